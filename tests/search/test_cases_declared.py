"""Reference formats a user declares for a collection (search.entity_kinds.reference_declared,
search.cases.declarations): an analyst describes a force's numbers by a shape or by examples
taken from its documents; the register then reads every written form of one number as one
reference, keeps look-alikes apart, and refuses a declaration that would read what is no
reference. All forces, numbers and sentences are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.patterns import find_patterns
from search.cases.declarations import declared_references
from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.reference_declared import DeclarationError, declared_format, shape_of

QUARRENDON = (
    declared_format("Quarrendon Police", "crime",
                    ["{serial:4}.{YY}.QT", "QT {serial:4} {YY}", "QT-{YY}-{serial:4}"],
                    ["3381.07.QT", "QT 3381 07"]),
    declared_format("Quarrendon Police", "incident", ["ZW {YYYY} {serial:3-4}"], ["ZW-2007-0117"]),
)
LETTERS = [
    "Crime record 3381.07.QT opened on 2 May 2007 for Child B.",
    "Strategy meeting about QT 3381 07: the police will interview Kyle Brandt.",
    "Letter to the family. Your reference QT-07-3381.",
    "Crime record 3381.08.QT opened on 9 June 2008 for Child C.",
    "Log: ZW 2007 117 dated 2 May 2007 refers to crime record 3381.07.QT.",
    "Log ZW-2007-0117 closed.",
]


def _document(number: int, text: str) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"Q-{number:06d}"
    return SourceDocument(f"q{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _cases(texts: list[str], formats: tuple = ()) -> list[set[str]]:
    documents = [_document(n, text) for n, text in enumerate(texts, 1)]
    return [set(case.references.values())
            for case in build_cases("c", documents, formats)]


def _written_together(cases: list[set[str]], *forms: str) -> bool:
    return any(all(any(form == written for written in case) for form in forms) for case in cases)


def test_a_force_s_numbers_group_as_its_declared_format_says() -> None:
    # Undeclared, the letters, year and serial each written form holds make it one number
    # (search.cases.grouping.join_written_alike); declared, the format says so.
    before = _cases(LETTERS)
    assert len(before) == 2 and {"3381.08.QT"} in before
    after = _cases(LETTERS, QUARRENDON)
    assert len(after) == 2
    (crime,) = [c for c in after if "ZW 2007 117" in c]
    assert len(crime) == 2 and "3381.07.QT" in crime  # the crime number and its log
    assert [c for c in after if c == {"3381.08.QT"}]  # the next year's serial: another case


def test_every_written_form_of_a_declared_number_has_one_key() -> None:
    text = "Seen 3381.07.QT, QT 3381 07 and QT-07-3381; not 3381.08.QT nor 3382.07.QT."
    read = QUARRENDON[0].read(text)
    keys = [key for _start, _end, key in read]
    assert len(read) == 5 and len(set(keys[:3])) == 1 and len(set(keys)) == 3
    assert [text[s:e] for s, e, _k in read][:3] == ["3381.07.QT", "QT 3381 07", "QT-07-3381"]


def test_two_owners_numbers_of_the_same_digits_stay_two() -> None:
    other = declared_format("Quarrendon Borough Council", "referral", ["QT-{YY}-{serial:4}"], [])
    text = "Crime record QT-07-3381."
    assert QUARRENDON[0].read(text)[0][2] != other.read(text)[0][2]


def test_a_declared_reading_replaces_the_built_in_one_over_the_same_characters() -> None:
    document = declared_references(_document(1, "Crime record 3381.07.QT was filed."), QUARRENDON)
    references = [m for m in document.mentions if m.kind == "reference"]
    assert [(m.text, m.key) for m in references] == [
        ("3381.07.QT", "DECLARED/Quarrendon Police/crime/QT/2007/03381")]


@pytest.mark.parametrize(("shape", "written", "also"), [
    ("B/{serial:6}/{YY}[-{check}]", "B/004417/03-7", "B 004417 03"),  # the check left off
    ("OX[-]{YYYY}{MM}{DD}-{serial:4}", "OX20030704-0312", "OX 20030704 0312"),
    ("MH/{year}/{serial:4}[{letters:1}]", "MH/03/0412", "MH/2003/0412"),
    ("KD {DD}{MM}/{serial:4}/{YY}", "KD 0407/0312/03", "KD-0407-0312-03"),
])
def test_optional_parts_separators_and_years_written_either_way(shape: str, written: str,
                                                                 also: str) -> None:
    declared = declared_format("Nornbury", "incident", [shape], [written, also])
    assert declared.read(written)[0][2] == declared.read(also)[0][2]


def test_a_letter_after_the_serial_or_another_day_is_another_number() -> None:
    hub = declared_format("Nornbury Council", "referral", ["MH/{YY}/{serial:4}[{letters:1}]"], [])
    assert hub.read("MH/03/0412")[0][2] != hub.read("MH/03/0412B")[0][2]
    log = declared_format("Nornbury", "incident", ["KD {DD}{MM}/{serial:4}/{YY}"], [])
    assert log.read("KD 0407/0312/03")[0][2] != log.read("KD 0704/0312/03")[0][2]
    assert log.read("KD 3102/0312/03") == []  # no 31 February: no reference


def test_a_colon_is_a_separator_and_a_number_sign_is_written_as_it_is() -> None:
    """A force that splits its numbers by colons, and one that writes a number sign after its
    letters, with or without spaces around it: each number is one reference however written."""
    log = declared_format("Wexcombe", "incident", ["WX:{YY}{MM}{DD}:{serial:4}"],
                          ["WX:110314:0217", "WX.110314.0217"])
    assert log.read("log WX:110314:0217 refers")[0][2] == log.read("WX 110314 0217")[0][2]
    assert log.read("WX:110314:0217")[0][2] != log.read("WX:110315:0217")[0][2]
    crime = declared_format("Wexcombe", "crime", ["WC#{serial:5}/{year}"],
                            ["WC#40711/11", "WC # 40711 / 2011"])
    keys = {crime.read(text)[0][2] for text in ("crime WC#40711/11.", "WC # 40711 / 2011",
                                                "WC#40711/2011")}
    assert len(keys) == 1
    assert crime.read("WC#40712/11")[0][2] not in keys
    assert crime.read("14:30 on 3 March") == []


def test_a_part_in_brackets_a_capitalised_word_and_a_financial_year() -> None:
    """A serial with its issuer and year after it in brackets; a log written after its
    capitalised label ("Log", read in any case); a council's referral by financial year, one
    serial in two financial years being two referrals."""
    crime = declared_format("Harnside", "crime", ["HX[-]{YY}/C/{serial:5}", "C{serial:5} (HX{YY})"],
                            ["HX07/C/40711", "C40711 (HX07)"])
    keys = {crime.read(text)[0][2] for text in ("crime C40711 (HX07) refers", "C40711 ( HX07 )",
                                                "HX-07-C-40711")}
    assert len(keys) == 1 and crime.read("C40711 (HX08)")[0][2] not in keys
    log = declared_format("Harnside", "incident", ["Log {YYYY}/{DDD}/{serial:4}"], [])
    assert log.read("see LOG 2007/045/0217.")[0][2] == log.read("Log 2007/045/0217")[0][2]
    assert log.read("Log 2007/045/0217")[0][2].endswith("2007-02-14/00217")
    referral = declared_format("Harnside Council", "referral", ["HMC/{FY}/{serial:4}"],
                               ["HMC/07-08/5207", "HMC 2007/08 5207"])
    assert referral.read("HMC/07-08/5207")[0][2] == referral.read("HMC 2007-08 5207")[0][2]
    assert referral.read("HMC/08-09/5207")[0][2] != referral.read("HMC/07-08/5207")[0][2]
    assert referral.read("HMC/07-09/5207") == []  # no financial year


def test_a_comma_between_parts_and_a_numbered_part_of_the_year() -> None:
    """A log numbered within a quarter of the year, written with a comma between its serial and
    its quarter, or without: one serial in two quarters is two incidents."""
    log = declared_format("Harnside", "incident", ["HL{YY}Q{part:1}-{serial:4}",
                                                   "HLOG {serial:4}, Q{part:1} {YYYY}"],
                          ["HL07Q3-0217", "HLOG 0217, Q3 2007"])
    keys = {log.read(text)[0][2] for text in ("see HL07Q3-0217.", "HLOG 0217, Q3 2007 refers",
                                              "HLOG 0217 Q3 2007")}
    assert len(keys) == 1
    assert log.read("HLOG 0217, Q4 2007")[0][2] not in keys


def test_a_number_made_of_the_minute_of_a_call() -> None:
    """An event numbered by the date and the minute of the call, with no serial: the same
    minute on another day, or another minute of one day, is another event."""
    event = declared_format("Harnside", "incident", ["HE{YY}{MM}{DD}T{time}",
                                                     "HE {DD}/{MM}/{YY} {time}"],
                            ["HE070314T0917", "HE 14/03/07 09:17"])
    keys = {event.read(text)[0][2] for text in ("see HE070314T0917.", "HE 14/03/07 09:17 refers")}
    assert len(keys) == 1 and next(iter(keys)).endswith("2007-03-14/T0917")
    assert event.read("HE 14/03/07 21:17")[0][2] not in keys
    assert event.read("HE070315T0917")[0][2] not in keys
    assert event.read("HE 14/03/07 25:17") == []  # no minute of a day
    labelled = declared_format("Harnside", "incident", ["{DD}.{MM}.{YYYY} at {time}hrs"], [],
                               anchors=["event of"])
    assert labelled.read("the event of 14.03.2007 at 0917hrs")[0][2] in keys


def test_a_number_that_holds_its_day_and_no_year() -> None:
    """A call numbered within its day, the day and month written and no year: one serial on
    two days is two calls."""
    call = declared_format("Harnside", "incident", ["{serial:4}/HK{DD}{MM}", "{serial:4} HK {DD}/{MM}"],
                           ["0217/HK1403", "0217 HK 14/03"])
    keys = {call.read(text)[0][2] for text in ("call 0217/HK1403.", "0217 HK 14/03 refers")}
    assert len(keys) == 1 and next(iter(keys)).endswith("--03-14/00217")
    assert call.read("0217/HK1503")[0][2] not in keys
    assert call.read("0217/HK3102") == []  # no 31 February


def test_a_call_numbered_within_the_day_of_its_iso_week() -> None:
    """A call log kept by ISO week: the ISO year, the week and the day of the week make the
    day (around New Year the ISO year is not the calendar year); one serial on two days is two
    calls, and the same call written in words is one."""
    log = declared_format("Harnside", "incident", ["{YY}[ ]W{WW}-{D}/{serial:4}",
                                                   "{WW} day {D} of {YYYY}, log {serial:4}"],
                          ["11W22-3/0417"], anchors=["week"])  # words alone: after "week"
    keys = {log.read(text)[0][2] for text in (
        "call 11W22-3/0417 logged", "11 W22 3 0417 refers", "week 22 day 3 of 2011, log 0417")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/2011-06-01/00417")  # a Wednesday
    assert log.read("11W22-4/0417")[0][2] not in keys
    assert log.read("call 09W01-1/0002")[0][2].endswith("/2008-12-29/00002")  # ISO 2009, week 1
    assert log.read("call 11W54-1/0417") == [] and log.read("call 11W22-8/0417") == []


def test_a_crime_number_with_the_last_digit_of_its_year() -> None:
    """A force that writes only its year's last digit: one serial under two digits is two
    crimes; the decade is not written, so the key holds the digit alone."""
    crime = declared_format("Harnside", "crime", ["{serial:5}/{Y}/HN", "HN-{Y}-{serial:5}"],
                            ["31842/7/HN"])
    keys = {crime.read(text)[0][2] for text in ("crime 31842/7/HN", "HN-7-31842 refers",
                                                "crime 31842 7 HN")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/~7/31842")
    assert crime.read("crime 31842/8/HN")[0][2] not in keys


def test_a_financial_year_written_run_together_is_keyed_by_its_first_year() -> None:
    """"FY1112" and "FY11-12" are the year from April 2011: one serial in two financial years
    is two crimes; four digits that are no financial year ("1113") read nothing."""
    crime = declared_format("Harnside", "crime", ["HS/FY{FY}/{serial:5}", "{serial:5} FY{FY}"],
                            ["HS/FY1112/31842"])
    keys = {crime.read(text)[0][2] for text in ("crime HS/FY1112/31842", "HS FY1112 31842",
                                                "31842 FY11-12 refers")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/2011/31842")
    assert crime.read("HS/FY1213/31842")[0][2] not in keys
    assert crime.read("HS/FY1113/31842") == []


def test_a_month_in_roman_numerals_or_as_a_letter_is_the_month() -> None:
    """A call log that writes its month in Roman numerals, and a council's contact numbered
    with a letter for its month (A January to L December), each also written with the month
    in words: one serial in two months is two numbers."""
    call = declared_format("Harnside", "incident", ["HX/{YYYY}/{MR}/{serial:4}",
                                                    "HX {serial:4} of {MR}/{YY}"], [])
    keys = {call.read(text)[0][2] for text in ("call HX/2011/IX/0417", "HX 0417 of IX/11")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/2011-09/00417")
    assert call.read("HX/2011/XII/0417")[0][2].endswith("/2011-12/00417")
    assert call.read("HX/2011/IIII/0417") == []
    contact = declared_format("Harnside Council", "referral", ["HBC-{serial:4}-{ML}{YY}",
                                                               "HBC {serial:4} of {MON} {YYYY}"], [])
    keys = {contact.read(text)[0][2] for text in ("HBC-6120-C11", "HBC 6120 of March 2011")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/2011-03/06120")
    assert contact.read("HBC-6120-M11") == []  # no thirteenth month


def test_a_serial_printed_with_a_thousands_comma_is_the_same_serial() -> None:
    crime = declared_format("Harnside", "crime", ["{serial:1-5}/{YY}/HN", "HN-{YYYY}-{serial:1-5}"],
                            [])
    keys = {crime.read(text)[0][2] for text in ("crime 31,842/11/HN", "31842-11-HN",
                                                "HN-2011-31842")}
    assert len(keys) == 1 and next(iter(keys)).endswith("/2011/31842")
    assert crime.read("crime 842/11/HN")[0][2].endswith("/2011/00842")
    assert crime.read("crime 3,31,842/11/HN") == []  # no thousands grouping


def test_a_division_or_a_day_count_is_a_numbered_part_of_the_number() -> None:
    crime = declared_format("Harnside", "crime", ["{serial:6}-HSP-{YY}/D{part:1}",
                                                  "D{part:1}/HSP/{serial:6}/{YYYY}"], [])
    keys = {crime.read(text)[0][2] for text in ("crime 031842-HSP-11/D2", "D2/HSP/031842/2011")}
    assert len(keys) == 1 and crime.read("031842-HSP-11/D3")[0][2] not in keys
    message = declared_format("Harnside", "incident", ["MN{part:4}.M{serial:4}",
                                                       "Day {part:4} message {serial:4}"], [])
    keys = {message.read(text)[0][2] for text in ("call MN4120.M0417", "day 4120 message 0417")}
    assert len(keys) == 1 and message.read("MN4121.M0417")[0][2] not in keys


def test_one_letter_between_the_parts_is_written_as_it_is() -> None:
    """An event numbered within the hour of the call: "14h27" is the 27th call of 14:00."""
    event = declared_format("Harnside", "incident", ["EV{YY}-{DD}{MM}-{part:2}h{serial:2}"],
                            ["EV08-2311-14h27"])
    keys = {event.read(text)[0][2] for text in ("event EV08-2311-14h27", "EV08-2311-14H27")}
    assert len(keys) == 1 and event.read("EV08-2311-15h27")[0][2] not in keys
    assert event.read("EV08-2311-1427") == []


def test_an_example_alone_gives_the_shape() -> None:
    assert shape_of("KX/2004/012345") == "KX/{YYYY}/{serial:6}"
    assert shape_of("VLG/120304/0456") == "VLG/{DD}{MM}{YY}/{serial:4}"
    declared = declared_format("Kexby", "crime", [], ["KX/2004/012345"])
    assert declared.read("see KX 2004 012345.")[0][2].endswith("/2004/12345")


@pytest.mark.parametrize(("shapes", "examples", "reason"), [
    (["QT-{YY}-{serial:5}"], ["QT-07-3381"], "fits none of the shapes"),
    (["{serial:5}/{YY}"], [], "would read every number"),
    (["{letters} {serial}"], [], "would read 'PC 1234'"),
    (["QT-{YY}"], [], "has no {serial}"),
    (["QT-{yyyyy}-{serial}"], [], "unknown part"),
    (["QT/{DD}/{serial}"], [], "a day needs"),
    (["QT/{MM}/{serial}"], [], "a month needs its year"),
    (["QT/{WW}/{serial}"], [], "an ISO week"),
    (["QT/{YY}W{WW}/{serial}"], [], "an ISO week"),
    (["QT/{Y}{MM}/{serial}"], [], "takes no month or day"),
    (["QT-[{YY}-{serial}"], [], "without its ']'"),
    (["QT+{YY}+{serial}"], [], "neither a letter"),
    ([], ["ICR 1203/0456/04"], "cannot tell its serial"),
    ([], [], "needs a shape or an example"),
])
def test_a_declaration_that_cannot_work_is_refused_with_its_reason(
        shapes: list[str], examples: list[str], reason: str) -> None:
    with pytest.raises(DeclarationError, match=reason.replace("{", r"\{").replace("(", r"\(")
                       .replace("[", r"\[").replace("]", r"\]")):
        declared_format("Quarrendon Police", "crime", shapes, examples)


def test_an_unknown_scheme_or_an_owner_with_a_slash_is_refused() -> None:
    with pytest.raises(DeclarationError, match="one of crime, incident, referral"):
        declared_format("Quarrendon Police", "parking", ["QT-{YY}-{serial}"], [])
    with pytest.raises(DeclarationError, match="without '/'"):
        declared_format("Quarrendon/Police", "crime", ["QT-{YY}-{serial}"], [])


def test_a_day_of_the_year_is_read_as_that_day() -> None:
    log = declared_format("Harnby", "incident", ["{YY}Q{DDD}/{serial:4}", "{YY} Q{DDD} {serial:4}"],
                         ["11Q045/0317", "11 Q045 0317"])
    assert log.read("log 11Q045/0317.")[0][2] == log.read("log 11 Q045 0317")[0][2]
    assert log.read("11Q045/0317")[0][2].endswith("/2011-02-14/00317")
    assert log.read("11Q054/0317")[0][2] != log.read("11Q045/0317")[0][2]  # another day
    assert log.read("11Q366/0317") == []  # 2011 has no 366th day
    assert log.read("12Q366/0317") != []


def test_a_month_in_letters_beside_its_day_is_the_same_day_as_in_digits() -> None:
    pad = declared_format("Harnby", "incident", ["HX[ ]{serial:4}-{DD}{MON}{year}"],
                          ["HX0291-17MAR09", "HX 0291 17 MAR 2009", "HX0291-17Mar2009"])
    keys = {pad.read(w)[0][2] for w in ("HX0291-17MAR09", "HX 0291 17 MAR 2009",
                                        "HX0291-17 March 2009")}
    assert keys == {pad.read("HX0291-17MAR09")[0][2]}
    assert next(iter(keys)).endswith("/2009-03-17/00291")
    assert pad.read("HX0291-17APR09")[0][2] not in keys  # the next month: another log
    assert pad.read("HX0291-31FEB09") == []


def test_a_month_without_its_day_keys_the_year_and_month() -> None:
    contact = declared_format("Harnby", "incident", ["{serial:5}-HB[-]{YY}{MM}",
                                                     "HB[-]{YY}{MM}.{serial:5}"],
                              ["04412-HB-1003", "04412 HB1003", "HB1003.04412"])
    one = {contact.read(w)[0][2] for w in ("04412-HB-1003", "04412 HB1003", "HB1003.04412")}
    assert len(one) == 1 and next(iter(one)).endswith("/2010-03/04412")
    assert contact.read("04412-HB-1004")[0][2] not in one  # the next month
    assert contact.read("04412-HB-1013") == []  # no 13th month


def test_a_numbered_part_makes_another_reference() -> None:
    person = declared_format("Harnby Council", "referral", ["PN[ ]{serial:7}/E{part:1}"],
                             ["PN0098123/E1", "PN 0098123 E1", "PN.0098123.E2"])
    first, again, second = (person.read(w)[0][2] for w in
                            ("PN0098123/E1", "PN 0098123 E1", "PN.0098123.E2"))
    assert first == again != second
    assert person.read("PN0098123") == []  # the episode is part of the number


def test_two_episodes_of_one_person_number_are_two_cases() -> None:
    person = (declared_format("Harnby Council", "referral", ["PN[ ]{serial:7}/E{part:1}"], []),)
    texts = ["Referral PN0098123/E1 received 4 May 2009 for YP7.",
             "Minutes: PN 0098123 E1 discussed; police to interview Dale Orrin.",
             "Referral PN.0098123.E2 received 2 June 2011 for YP7."]
    assert sorted(len(case) for case in _cases(texts, person)) == [1, 1]


@pytest.mark.parametrize(("shape", "reason"), [
    ("HX{serial:4}-{DD}", "a day needs"),
    ("HX{serial:4}-{MON}", "a month needs"),
    ("HX{serial:4}-{DD}{MM}{MON}{YY}", "one month"),
    ("HX{serial:4}-{DDD}", "a day of the year needs"),
    ("HX{serial:4}-{DDD}{MM}{YY}", "a day of the year needs"),
    ("HX{serial:4}/E{part:0}", "is no width"),
])
def test_dates_and_parts_that_cannot_be_read_are_refused(shape: str, reason: str) -> None:
    with pytest.raises(DeclarationError, match=reason):
        declared_format("Harnby", "incident", [shape], [])


def test_two_series_of_one_owner_and_scheme_told_apart_by_their_letters_stay_two() -> None:
    # a council's two kinds of enquiry, declared as two formats: one serial and year under each
    # are two referrals, and every written form of one is one
    enquiry = declared_format("Brackwater Council", "referral", ["E12/{year}-{serial:4}"], [],
                              name="Brackwater E12")
    review = declared_format("Brackwater Council", "referral", ["E31/{year}-{serial:4}"], [],
                             name="Brackwater E31")
    text = "Enquiry E12/09-4410, E12-2009-4410 and E31/09-4410."
    keys = [key for f in (enquiry, review) for _s, _e, key in f.read(text)]
    assert len(keys) == 3 and len(set(keys)) == 2


def test_a_force_s_own_letters_win_over_another_force_s_shape_of_any_letters() -> None:
    # one force writes a district of any two letters, another its own fixed letters; a number
    # of the second, in a shape the first's also reads, is the second force's
    districts = declared_format("Fenmoor Police", "crime", ["{letters:2} {YYYY}/{serial:5}"], [])
    fixed = declared_format("Sallowby Police", "crime", ["SB:{YYYY}:{serial:5}"], [])
    for formats in ((districts, fixed), (fixed, districts)):
        document = declared_references(_document(1, "Crime SB 2009:44120 and KT 2009/44120."),
                                       formats)
        keys = sorted(m.key for m in document.mentions if m.kind == "reference")
        assert keys == ["DECLARED/Fenmoor Police/crime/KT/2009/44120",
                        "DECLARED/Sallowby Police/crime/SB/2009/44120"]


def test_a_word_the_force_writes_before_its_number_is_part_of_the_reference() -> None:
    # "Sect. KL 2009/44120": the word with its capital and dot, then a space, in any case
    sections = declared_format("Fenmoor Police", "crime",
                               ["Sect. {letters:2} {YYYY}/{serial:5}", "{letters:2}.{YY}/{serial:5}"],
                               ["Sect. KL 2009/44120", "KL.09/44120"])
    text = "Crime Sect. KL 2009/44120, SECT KL 2009/44120 and KL.09/44120."
    read = sections.read(text)
    assert [text[s:e] for s, e, _k in read] == ["Sect. KL 2009/44120", "SECT KL 2009/44120",
                                                "KL.09/44120"]
    assert len({key for _s, _e, key in read}) == 1


def test_a_scan_that_reads_a_zero_as_the_letter_o_still_reads_the_declared_number() -> None:
    text = "Crime record QT-O7-3381 was filed."
    scanned = replace(_document(1, text), scanned=frozenset({1}))
    keys = {m.key for m in declared_references(scanned, QUARRENDON).mentions if m.kind == "reference"}
    typed = {m.key for m in declared_references(_document(2, "Crime record QT-07-3381 was filed."),
                                                QUARRENDON).mentions if m.kind == "reference"}
    assert keys == typed and len(keys) == 1
    plain = {m.key for m in declared_references(_document(3, text), QUARRENDON).mentions
             if m.kind == "reference"}
    assert plain != typed  # a typed page's letter O is a letter
