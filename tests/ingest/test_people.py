"""The person rules of one page (ingest.people.person_spans): pure, no servers."""

from __future__ import annotations

import pytest

from ingest.people import person_spans


@pytest.mark.parametrize("line", [
    "Subject: Tyrone DOHERTY Ref: CS457292\r\nVisit by the duty worker.",
    "Name: KELLY Ref: 40213/07",
    "DOHERTY Ref: CS457292",
])
def test_capitals_before_a_label_are_read_without_failing_the_page(line: str) -> None:
    # "SURNAME Ref:" once made the surname-first rule index a second word that trimming had
    # removed, and the whole file failed with an IndexError.
    spans = person_spans(line)
    assert all(" " in span.text.strip() or span.rule != "surname_first" for span in spans)


def test_the_police_index_form_without_its_comma_is_a_name() -> None:
    (span,) = person_spans("WEBB Mark (DOB 01/02/1979) was summonsed.")
    assert span.text == "WEBB Mark"
