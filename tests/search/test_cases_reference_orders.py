"""References in layouts the built-in formats read without a declaration: a crime number written
serial first with the four-digit year and the force's letters last, or letters, year and serial
apart by spaces (after a label too); an occurrence log's compact date apart by spaces, or its day
with dots before a slash and the serial. A rank, a date of birth or a count is no reference.
All letters, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns


def _keys(text: str) -> list[str]:
    return [m.key for m in find_patterns(text) if m.kind == "reference"]


@pytest.mark.parametrize("written", ["2011-40712-QX", "40712/2011/QX", "QX 2011 40712",
                                     "Crime: QX 2011 40712", "Your ref QX 2011 40712"])
def test_one_crime_number_in_any_order_has_one_key(written: str) -> None:
    assert _keys(f"Seen {written} today.") == ["QX/2011/40712"]


@pytest.mark.parametrize("written", ["ZL20110304-0412", "ZL 20110304 0412", "ZL 04.03.2011/0412"])
def test_one_log_number_with_its_day_written_three_ways(written: str) -> None:
    assert _keys(f"Log {written} opened.") == ["CAD/2011-03-04/0412"]


@pytest.mark.parametrize("text", ["PC 2011 4071 attended.", "DOB 1985 12345 noted.",
                                  "In 2011 40712 calls were taken."])
def test_a_rank_a_birth_or_a_count_is_no_reference(text: str) -> None:
    assert _keys(text) == []


def test_a_letter_after_the_serial_is_a_sub_number_of_its_own() -> None:
    sibling, first = _keys("Referral HB/04/0412C opened; HB/04/0412 closed.")
    assert sibling != first and sibling.startswith(first)
    assert _keys("Crime KX/04/12345 A team attended.") == ["KX/2004/12345"]


def _grouped(texts: list[str]) -> list[set[str]]:
    from search.cases.register import Mention, SourceDocument, build_cases

    documents = []
    for number, text in enumerate(texts, 1):
        mentions = tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                         for m in find_patterns(text))
        documents.append(SourceDocument(f"o{number}", f"O-{number:06d}", f"doc {number}", None,
                                        None, {1: (text, f"O-{number:06d}-0001")}, mentions))
    return [set(case.documents) for case in build_cases("c", documents)]


def test_a_labelled_number_with_its_parts_in_another_order_is_the_collection_s_one() -> None:
    grouped = _grouped([
        "Incident H4-11-0937 opened for Child K.",
        "Incident log 11H4/0937 refers.",  # the year first, glued to the code
        "Incident H3-11-0937 opened for Child M.",  # another code: another log
        "Incident log 12H4/0937 refers.",  # another year: another log
    ])
    assert sorted(grouped, key=min) == [{"o1", "o2"}, {"o3"}, {"o4"}]


@pytest.mark.parametrize("heading", ["CRIME FILE QX-2011-40712-CR", "Crime FILE QX-2011-40712-CR",
                                     "Crime number: PAGE QX-2011-40712-CR"])
def test_a_heading_s_word_before_a_number_is_no_part_of_it(heading: str) -> None:
    assert _keys(f"{heading} page 2") == _keys("Crime number QX-2011-40712-CR")
    [case] = _cases_of([f"{heading} page 2"])
    assert list(case.references.values()) == ["QX-2011-40712-CR"]  # shown without the word


def _cases_of(texts: list[str]) -> list:
    from search.cases.register import Mention, SourceDocument, build_cases

    return build_cases("c", [SourceDocument(
        f"h{n}", f"H-{n}", "doc", None, None, {1: (text, f"H-{n}-1")},
        tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)))
        for n, text in enumerate(texts, 1)])
