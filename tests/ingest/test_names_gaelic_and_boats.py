"""names31: the recogniser's spans keep a Gaelic surname whole ("Mac an t-Saoir"), and a name
written after a boat's kind ("narrowboat Sea Holly") is the boat's (invented examples)."""

from __future__ import annotations

import pytest

from ingest.entities import after_thing_label
from ingest.people import person_spans


def test_a_gaelic_surname_of_words_is_kept_whole_in_a_span() -> None:
    spans = person_spans("Statement taken by DS Eoghan Mac an t-Sluagh on Monday.")
    assert any(s.text.endswith("Eoghan Mac an t-Sluagh") for s in spans)


@pytest.mark.parametrize("text", ["B12\tnarrowboat Sea Holly\t", "the yacht Sea Holly was",
                                  "cruiser Sea Holly\t"])
def test_a_name_after_a_boat_s_kind_is_the_boat_s(text: str) -> None:
    assert after_thing_label(text, text.index("Sea"))


def test_a_name_after_other_words_is_no_boat() -> None:
    text = "He left by boat with Ruairi Quarrendon."
    assert not after_thing_label(text, text.index("Ruairi"))
