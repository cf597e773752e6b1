"""A courtesy title typed in capitals before a name written in full (ingest.people): the name
is a person's, and the title no surname. Invented names."""

from __future__ import annotations

import pytest

from ingest.people import person_spans


@pytest.mark.parametrize(("text", "name"), [
    ("Yours faithfully,\n\nMR Lennie Oxendale\n\nEncl: rota", "MR Lennie Oxendale"),
    ("Signed: MRS Merrin Ferrabee", "MRS Merrin Ferrabee"),
    ("Seen by DR Oswy Pennycate today", "DR Oswy Pennycate"),
])
def test_a_name_after_a_courtesy_title_in_capitals_is_a_person(text: str, name: str) -> None:
    assert name in [span.text for span in person_spans(text)]


@pytest.mark.parametrize("text", ["Refugees from DR Congo arrived", "Typed up in MS Word"])
def test_a_title_s_capitals_before_one_word_are_no_name(text: str) -> None:
    assert person_spans(text) == []
