"""References in the layouts a collection writes, learned from the collection: a force's letters
glued to its numbers, spaced, with or without leading zeros, are one reference wherever the
rest of the collection writes it in a readable form; references that differ in year or serial
(the look-alikes) stay apart. All forces, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns
from search.cases.layouts import learn_layouts, written_parts
from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.reference import reference_key


def _document(number: int, text: str) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"L-{number:06d}"
    return SourceDocument(f"l{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _groups(texts: list[str]) -> set[frozenset[str]]:
    documents = [_document(n, text) for n, text in enumerate(texts, 1)]
    return {frozenset(case.references) for case in build_cases("c", documents)}


@pytest.mark.parametrize("written", ["RB K 04417 02", "KT04417/02", "KT4417/2002", "ZQ 09/31102",
                                     "RBK0441702", "Incident: DX 312 4/7/03", "DX0312 04/07/03",
                                     "Your reference DX 312 4/7/03"])
def test_a_force_s_letters_then_its_numbers_are_a_reference(written: str) -> None:
    found = [m for m in find_patterns(f"Seen today: {written} refers.") if m.kind == "reference"]
    assert len(found) == 1 and written.endswith(found[0].text.split(": ")[-1]), found


@pytest.mark.parametrize(("one", "other"), [
    ("KT04417/02", "KT-04417/02"), ("KT4417/2002", "KT-04417/02"), ("RB K 04417 02", "RB-K-04417-02"),
    ("ZQ 09/31102", "ZQ/2009/31102"), ("DX0312 04/07/03", "Incident: DX 312 4/7/03"),
])
def test_one_reference_spaced_or_glued_has_one_key(one: str, other: str) -> None:
    assert reference_key(one) == reference_key(other) is not None


@pytest.mark.parametrize("text", ["Attended by PC 4417 and DS 2231.", "TEL 01632960077",
                                  "ARREST 12.3.2003: nobody.", "Postcode QX1 2DF."])
def test_ranks_phones_and_dates_are_no_references(text: str) -> None:
    assert not [m for m in find_patterns(text) if m.kind == "reference"]


def test_a_glued_reference_splits_where_the_collection_writes_its_year() -> None:
    groups = _groups([
        "Crime: RB-K-04417-02. Incident: DX 312 4/7/03 refers to it.",
        "Strategy minutes. Crime no. RB K 04417 02",
        "STATEMENT OF WITNESS\nRBK0441702\nI saw the car twice.",
        "STATEMENT OF WITNESS\nRBK0441703\nI saw nothing.",
        "Crime: RB-K-04417-03 was filed.",
    ])
    assert frozenset({"RB-K/2002/04417", "CAD/2003-07-04/0312"}) in groups
    assert frozenset({"RB-K/2003/04417"}) in groups  # next year's serial: another case


def test_a_serial_alone_is_found_where_the_entity_stage_missed_it() -> None:
    groups = _groups([
        "Our reference: HUB-Q-30412\nPolice crime number KT-04417/02 relates to this referral.",
        "Hub ref. HUB-Q-30412 discussed at the meeting.",
        "For your file, KT04417/02 and your hub reference is HUBQ30412.",
        "For your file, KT04418/02 and your hub reference is HUBQ30421.",
    ])
    assert frozenset({"REF/HUB/Q/30412", "KT/2002/04417"}) in groups
    assert frozenset({"KT/2002/04418"}) in groups  # a digit apart; its hub number is cited nowhere


def test_two_four_digit_numbers_read_in_the_order_the_collection_writes() -> None:
    layouts = learn_layouts([("a", written_parts("EB/2001/00734")),  # type: ignore[misc]
                             ("b", written_parts("EB/1999/04120"))])
    assert layouts["EB"].read(("2001", "2013")) == (2001, 2013)
    groups = _groups(["Log EB/2001/02013 opened.", "Incident EB/2001/2013 closed.",
                      "Incident EB/1999/04120 was another."])
    assert frozenset({"EB/2001/02013"}) in groups


def test_a_label_s_letters_stay_in_the_reference_shown() -> None:
    documents = [_document(1, "Crime CRN 04-31102 was recorded."),
                 _document(2, "Crime: CRN2004031102\nPolice crime number CRN 2004-031102.")]
    cases = build_cases("c", documents)
    assert len(cases) == 1
    assert next(iter(cases[0].references.values())).startswith("CRN")
