"""The case register read from structure rather than from a force's wording: references a label
names (in running text, a field on its own line, a table column) in layouts no shape declares,
each written form folded to one key and found again unlabelled; suspects in a list's entries
and a form's numbered questions; outcomes from a force's own disposal codes and from minutes'
and letters' plain words (invented forces, people and references throughout)."""

from __future__ import annotations

import pytest

from search.cases.codes import fold, labelled_tokens
from search.cases.outcomes import outcome_of
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name
from search.cases.rules import sentences


def _document(number: int, text: str, people: tuple[str, ...] = ()) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    for name in people:
        at = text.index(name)
        mentions.append(Mention("person", name.lower(), name, 1, at, at + len(name)))
    control = f"S-{number:06d}"
    return SourceDocument(f"s{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _cases(*texts: str) -> list[list[str]]:
    built = build_cases("c", [_document(n, t) for n, t in enumerate(texts)])
    return sorted(sorted(case.references.values()) for case in built)


@pytest.mark.parametrize("written", ["44 1123 0876", "44-11230876", "4411230876"])
def test_every_written_form_of_a_value_folds_to_one_key(written: str) -> None:
    assert fold(written) == fold("4411230876")


def test_look_alikes_fold_apart() -> None:
    assert fold("44 1123 0876") != fold("44 1123 0877")
    assert fold("54 1123 0876") != fold("44 1123 0876")
    assert fold("0991-QSR-03") == fold("991-QSR-03") != fold("0991-QSR-04")


def test_a_label_names_the_token_after_it_in_running_text_and_a_field() -> None:
    text = ("Converted to crime 4411230876; this incident (03MAR02-0917) closed to it.\n"
            "Police crime no.\n02 518823 K\nReferral | TQRF/33012")
    found = {text[s:e]: head for s, e, head in labelled_tokens(text)}
    assert found == {"4411230876": "CRIME", "03MAR02-0917": "INCIDENT", "02 518823 K": "CRIME",
                     "TQRF/33012": "REFERRAL"}


def test_a_table_column_headed_by_a_label_names_its_cells() -> None:
    text = "Row | Referral | Young person\n1 | 44512-QSR-02 | Minor Q\n2 | 0991-QSR-03 | Minor P"
    assert [text[s:e] for s, e, _h in labelled_tokens(text)] == ["44512-QSR-02", "0991-QSR-03"]


def test_a_date_or_a_time_after_a_label_is_no_reference() -> None:
    assert labelled_tokens("Crime reported 12/03/2004 at 1410 hours.") == []


def test_a_labelled_value_is_one_case_with_its_unlabelled_forms_and_its_ties() -> None:
    cases = _cases(
        "Originating call 03MAR02-0917 became crime 4411230876.",
        "Statement of a witness.\nRe 44 1123 0876\nI saw the car.",
        "The council's number for crime 4411230876 is 0991-QSR-03.",
        "Tracking sheet\nRow | Referral | Young person\n1 | 991-QSR-03 | Minor P",
        "Relates to 44-11230876: the file was reviewed.")
    assert len(cases) == 1
    assert {"03MAR02-0917", "0991-QSR-03"} <= set(cases[0])


def test_look_alike_values_stay_two_cases() -> None:
    cases = _cases("Converted to crime 4411230876; incident 03MAR02-0917 closed to it.",
                   "Converted to crime 4411230877; incident 04MAR02-0917 closed to it.")
    assert len(cases) == 2


def test_a_crime_number_and_a_referral_number_of_the_same_digits_stay_two() -> None:
    assert len(_cases("Crime no: 55120/06", "Referral no: 55120/06")) == 2


def test_a_value_a_shape_reads_cut_short_is_read_whole() -> None:
    cases = _cases("Police crime no. | 61822 K 03 (council referral TQRF/33012)",
                   "Converted to crime 61822K03; the log closed.")
    assert cases == [["61822 K 03", "TQRF/33012"]]


@pytest.mark.parametrize(("after", "cue"), [
    (" - detained 4 May 2001 (theft); booked into Holmbury custody.", "detained"),
    (" - attended 4 May 2001 by arrangement; interview under caution with Joan Bly "
     "(solicitor) present.", "interview under caution"),
    (" - identified by Girl Q in her video interview; she says he hurt her.", "identified by"),
])
def test_a_list_entry_says_what_was_done_to_the_name_after_a_dash(after: str, cue: str) -> None:
    found = role_of_name("", "KELLER Anton", f" Piet{after}")
    assert found is not None and found.role == "suspect" and cue in found.rule


def test_a_list_entry_that_clears_the_name_makes_no_suspect() -> None:
    assert role_of_name("", "KELLER Anton Piet", " - traced and eliminated; CCTV elsewhere.") is None


def test_a_forms_numbered_question_and_its_answer_are_one_sentence() -> None:
    text = "Home address given: 1 Mill Road.\nQ5 Suspect? Anton Piet KELLER a.k.a. 'Bear' - " \
           "arrested Mon 3 May 2004 for theft. Next? Yes."
    assert [s.text for s in sentences(text)][1] == \
        "Q5 Suspect? Anton Piet KELLER a.k.a. 'Bear' - arrested Mon 3 May 2004 for theft."


def test_a_suspect_after_a_forms_question_with_an_alias() -> None:
    found = role_of_name("Q5 Suspect? ", "Anton Piet KELLER", " a.k.a. 'Bear' - named by Girl Q.")
    assert found is not None and found.role == "suspect"


def test_an_alias_is_no_person_of_its_own() -> None:
    text = "Q5 Suspect? Anton Piet KELLER a.k.a. 'Bear' - arrested Mon 3 May 2004. Crime 4411230876."
    built = build_cases("c", [_document(1, text, ("Anton Piet KELLER", "Bear"))])
    assert set(built[0].roles) == {"anton piet keller"}


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Clear-up K1 (charge) entered 6 May 1997: BLY Anton to answer theft.", "charged", None),
    ("Clear-up K2 (formal caution) entered 6 May 1997: BLY Anton admitted it.", "cautioned", None),
    ("Clear-up K5 (NFA, evidential shortfall) entered 2 May 1998.", "nfa", "insufficient evidence"),
    ("Clear-up K6 (NFA, complainant withdrew) entered 2 May 1998.", "nfa", "victim did not support"),
    ("The panel heard that a CPS lawyer read the file and on 2.3.2001 advised no charge.", "nfa",
     "cps advice"),
    ("The panel heard that the chief officer judged a prosecution contrary to the public "
     "interest, so the police will take it no further.", "nfa", "not in public interest"),
    ("The panel heard that the file closed on 2.3.2001 with no further action; the evidence fell "
     "short.", "nfa", "insufficient evidence"),
    ("No further action (Mon 3 May 2004) - Girl Q pulled out; she will not back a prosecution.",
     "nfa", "victim did not support"),
    ("The panel heard that as of 1.1.2001 the investigation is still active.", "open", None),
    ("Q3 Result of enquiry? Still being investigated at Mon 3 May 2004.", "open", None),
    ("Q3 Result of enquiry? Charge - Anton KELLER charged Mon 3 May 2004 (theft).", "charged",
     None),
])
def test_outcomes_read_from_codes_minutes_and_questions(sentence: str, outcome: str,
                                                         reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_the_caution_an_arrest_is_made_under_is_no_outcome() -> None:
    assert outcome_of("0640 arrested BLY Anton - theft - caution given, no reply.") is None


def test_a_surname_first_name_keeps_every_forename() -> None:
    from search.cases.people import record_names

    names = record_names("There I arrested KELLER Anton Piet on suspicion. BLY Joan Home address.")
    assert [n.key for n in names] == ["anton piet keller", "joan bly"]


def test_one_street_in_two_towns_is_two_addresses_whatever_the_postcodes_letters() -> None:
    from search.cases.items import addresses

    one = addresses("Home address given: 12 Mill Avenue, Eastholm QZ4 4SX.")
    other = addresses("Home address given: 12 Mill Avenue, Westholm CY5 8DF.")
    assert one[0][2] != other[0][2]


def test_namesakes_whose_middle_names_differ_are_two_suspects() -> None:
    from search.cases.flags import _told_apart
    from search.cases.register import build_cases

    case = build_cases("c", [_document(1, "Crime 4411230876 was recorded.")])[0]
    assert _told_apart(case, "anton piet keller", case, "anton joel keller")
    assert not _told_apart(case, "anton piet keller", case, "anton keller")


def test_a_question_in_a_tables_cell_and_its_answer_are_one_sentence() -> None:
    text = "Operation Tern\tQ7 Result? Charge - Anton KELLER charged Mon 3 May 2004.\t"
    assert any(s.text.startswith("Operation Tern\tQ7 Result? Charge") for s in sentences(text))


def test_minutes_of_a_reopened_case_end_with_their_latest_decision() -> None:
    from datetime import date

    text = ("Minutes of the case review\nCrime 4411230876, Girl Q\n"
            "1. Background. First report received 27.11.2002.\n"
            "2. Decision. The panel heard that the file closed on 19.05.2003 with no further "
            "action; the evidence fell short.\n"
            "3. Reopened 13.03.2015 by the review team.\n"
            "4. Latest. The panel heard that a CPS lawyer read the file and on 14.09.2015 "
            "advised no charge.")
    document = _document(1, text)
    document = SourceDocument(document.doc_id, document.control, document.title,
                              date(2002, 11, 27), None, document.pages, document.mentions)
    case = build_cases("c", [document])[0]
    latest = max(case.outcomes, key=lambda o: o[0])
    assert (latest[1], latest[2]) == ("nfa", "cps advice")


def test_a_reference_split_over_a_line_is_not_its_last_part() -> None:
    from search.cases.codes import _mention_token

    assert _mention_token("crime no. KT-06-\n41290") == "KT-06-41290"


def test_an_arrests_caution_after_an_alias_is_no_outcome() -> None:
    assert outcome_of("0640 arrested Anton KELLER a.k.a. 'Bear' - theft - caution given, no reply.") \
        is None


def test_a_date_of_birth_is_no_date_of_the_case() -> None:
    from search.cases.rules import closed_date, event_dates, reported_date

    text = "The panel heard that Anton Keller (DOB 01/12/1974) was cautioned on 23.11.2006."
    assert [d.isoformat() for d, _at in event_dates(text)] == ["2006-11-23"]
    assert closed_date(text) is not None and closed_date(text).isoformat() == "2006-11-23"
    assert reported_date("First report to police received 22.11.2006.").isoformat() == "2006-11-22"


def test_a_name_before_its_labelled_date_of_birth() -> None:
    from search.cases.people import record_names

    names = record_names("There I arrested Anton Keller (DOB 16/04/1956) on suspicion.")
    assert [n.key for n in names] == ["anton keller"]


def test_a_date_and_its_time_after_a_label_is_no_reference() -> None:
    assert labelled_tokens("Incident 12.03.2004 1410 logged by the control room.") == []
