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
    keys = {m.key for text in ("Your ref: TW 00412 (2004)", "Re: TW00412(04) of 1 May",
                               "reference TW 412 of 2004")
            for m in find_patterns(text) if m.kind == "reference"}
    other_year = {m.key for m in find_patterns("Your ref: TW 00412 (2005)")}
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
