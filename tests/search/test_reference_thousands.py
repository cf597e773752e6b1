"""A serial printed with a thousands comma after a label (search.entity_kinds.reference): the
comma is no separator of the number's parts. All numbers are invented."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns


def _keys(text: str) -> list[str]:
    return [m.key for m in find_patterns(text) if m.kind == "reference"]


@pytest.mark.parametrize(("text", "key"), [
    ("Logged; crime number 41,275/08/KQ.", "KQ/2008/41275"),
    ("Crime no 3,210/11/KQ refers.", "KQ/2011/03210"),
])
def test_a_serial_with_a_thousands_comma_is_one_number(text: str, key: str) -> None:
    assert _keys(text) == [key]


def test_the_same_number_without_its_comma_has_the_same_key() -> None:
    assert _keys("crime number 41275-08-KQ") == _keys("crime number 41,275/08/KQ")


def test_numbers_listed_with_a_comma_are_not_run_together() -> None:
    assert "CRIME/1234567" not in _keys("Crime numbers 1234, 567 and 89 were checked.")


def test_a_case_shows_the_serial_with_its_thousands_comma_whole() -> None:
    from search.cases.codes import value_span

    for written, shown in [("crime number 41,275/08/KQ", "41,275/08/KQ"), ("41,275/08/KQ", "41,275/08/KQ"),
                           ("items 1, 275/08/KQ", "275/08/KQ")]:
        span = value_span(written)
        assert span is not None and written[span[0]:span[1]] == shown


def test_a_serial_with_a_thousands_comma_written_bare_is_the_number_the_collection_knows() -> None:
    from search.cases.register import Mention, SourceDocument, build_cases

    def document(number: int, text: str) -> SourceDocument:
        mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
        control = f"T-{number:06d}"
        return SourceDocument(f"t{number}", control, f"doc {number}", None, None,
                              {1: (text, f"{control}-0001")}, tuple(mentions))

    cases = build_cases("c", [
        document(1, "Crime number 41275-08-KQ: allegation recorded."),
        document(2, "Operation Quillwort re-examines 41,275/08/KQ, which had been finalised."),
    ])
    holding = [case for case in cases if "OPERATION/QUILLWORT" in case.references]
    assert len(holding) == 1 and "KQ/2008/41275" in holding[0].references
