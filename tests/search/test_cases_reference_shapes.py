"""References read from the shapes councils and forces write them (search.cases.codes,
search.entity_kinds.reference, search.cases.grouping) and the items that link cases
(search.cases.items): a front door's "Contact reference", a council serial with its year in
brackets, a call number whose date is written with a four-digit year, a case re-crimed under a
new number, and vehicle marks and Welsh street names however written. Invented references."""

from __future__ import annotations

from ingest.patterns import find_patterns
from search.cases.codes import fold, labelled_tokens, year_folds
from search.cases.items import addresses, cued_marks
from search.cases.register import Mention, SourceDocument, build_cases


def _document(number: int, text: str) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"R-{number:06d}"
    return SourceDocument(f"r{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def test_a_contact_reference_is_a_referral_and_a_contact_number_a_phone() -> None:
    text = "Contact reference\n4410297\nContact number 01632 960077"
    assert [(text[a:b], head) for a, b, head in labelled_tokens(text)] == [("4410297", "REFERRAL")]


def test_a_council_serial_keeps_its_year_however_written() -> None:
    found = [[m.key for m in find_patterns(text) if m.kind == "reference"]
             for text in ("Your ref: TW 00412 (2004)", "Re: TW00412(04) of 1 May",
                          "reference TW 412 of 2004", "reference TW 412 of 04")]
    assert all(len(keys) == 1 for keys in found), found
    keys = {key for keys in found for key in keys}
    other_year = {m.key for text in ("Your ref: TW 00412 (2005)", "reference TW 412 of 05")
                  for m in find_patterns(text)}
    assert len(keys) == 1 and keys.isdisjoint(other_year)


def test_a_call_number_with_a_four_digit_year_in_its_date_is_the_short_one() -> None:
    assert fold("0771-141103") in year_folds("0771-14112003")
    assert year_folds("0771-45112003") == []  # no 45th day: no date to write short


def test_a_case_re_crimed_under_a_new_number_is_one_case() -> None:
    cases = build_cases("c", [
        _document(1, "Crime 31/22045/03 recorded on 4 May 2003."),
        _document(2, "Review: crime 31/22045/03 re-crimed as 31/60118/16, replacing the old number."),
        _document(3, "Crime 31/22046/03 recorded on 5 May 2003.")])
    grouped = sorted(sorted(case.references) for case in cases)
    assert len(grouped) == 2 and any(len(keys) == 2 for keys in grouped)


def test_the_word_call_is_a_label_not_a_force() -> None:
    keys = [m.key for m in find_patterns("SOURCE CALL 1997-140397 - see the log")
            if m.kind == "reference"]
    assert not any(key.startswith("CALL/") for key in keys)


def test_vehicle_marks_after_their_cue_in_any_case_and_older_shapes() -> None:
    text = "index rx53 kdl; registration M412 HYT; reg no: abc 123a; index card 12"
    assert [key for _s, _e, key in cued_marks(text)] == ["RX53KDL", "M412HYT", "ABC123A"]


def test_a_welsh_street_is_the_english_streets_address() -> None:
    found = [key for _s, _e, key, _w in addresses(
        "She was taken to 12 Heol Onnen, Caerwyn. The flat at 12 Onnen Road, Caerwyn CF9 2AB.")]
    assert found == ["12 onnen road", "12 onnen road cf9 2ab"]


def _reference_keys(text: str) -> set[str]:
    return {m.key for m in find_patterns(text) if m.kind == "reference"}


def test_a_call_number_with_a_signals_style_day_is_that_days_call() -> None:
    written = ("Incident / 0317/09OCT04", "Incident 317/09Oct04", "incident log 0317 09 OCT 04")
    keys = set().union(*(_reference_keys(text) for text in written))
    assert keys == {"CAD/2004-10-09/0317"}
    assert _reference_keys("Incident / 0317/19OCT04") == {"CAD/2004-10-19/0317"}


def test_a_day_joined_to_its_serial_by_a_colon_is_one_call_number() -> None:
    keys = _reference_keys("Incident: 140207:00418") | _reference_keys("incident 14022007:00418")
    assert keys == {"CAD/2007-02-14/0418"}
    assert _reference_keys("Call logged 14:02 by the desk") == set()


def test_a_team_code_before_the_year_and_serial_is_the_issuer_not_the_year() -> None:
    one = _reference_keys("Crime number: T42-06-008813") | _reference_keys("crime T42/06/008813")
    other_team = _reference_keys("Crime number: T17-06-008813")
    assert len(one) == 1 and one.isdisjoint(other_team)
    assert next(iter(one)).endswith("/2006/08813")


def test_a_day_with_a_roman_numeral_month_is_no_reference() -> None:
    assert _reference_keys("The file was closed on 17.VIII.2003 by the inspector.") == set()
    assert _reference_keys("The file was closed on 17.viii.2003 by the inspector.") == set()


def test_a_number_that_stands_in_place_of_another_is_one_case_renumbered() -> None:
    cases = build_cases("c", [
        _document(1, "Crime 31/22045/03 recorded on 4 May 2003."),
        _document(2, "Review: the new number 31/60118/16 now stands in place of 31/22045/03.")])
    assert [len(case.references) for case in cases] == [2]


def test_a_mark_read_out_a_character_at_a_time_is_the_mark() -> None:
    text = "Car described as a grey van, reg K X 5 1 B T D. Index card 12 K X."
    assert [key for _s, _e, key in cued_marks(text)] == ["KX51BTD"]


def test_a_number_recorded_afresh_superseding_another_is_one_case_renumbered() -> None:
    cases = build_cases("c", [
        _document(1, "Crime 31/22045/03 recorded on 4 May 2003."),
        _document(2, "The allegations were recorded afresh as 31/60118/16, superseding 31/22045/03.")])
    assert [len(case.references) for case in cases] == [2]


def test_a_number_recorded_afresh_with_the_old_one_called_the_same_matter_is_one_case() -> None:
    cases = build_cases("c", [
        _document(1, "Crime 31/22045/03 recorded on 4 May 2003."),
        _document(2, "Review: recorded afresh as 31/60118/16; the old number 31/22045/03 is the same "
                     "matter."),
        _document(3, "Crime 31/22046/03 recorded on 5 May 2003.")])
    assert sorted(len(case.references) for case in cases) == [1, 2]
