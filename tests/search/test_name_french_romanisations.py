"""The French romanisation of the Cyrillic "ч" ("tch" for "ch"), first in a name or after a
consonant: a rare spelling of a name is the usual one; "tch" after a vowel is English spelling,
and "Mitchell" beside "Michell" are two names."""

from __future__ import annotations

import pytest

from search.name_variants import variant_heads


@pytest.mark.parametrize(("rare", "common"), [
    ("ertchim ammosov", "erchim ammosov"),
    ("timur tchernov", "timur chernov"),
])
def test_a_french_romanisation_is_the_usual_spelling(rare: str, common: str) -> None:
    heads = {r: head for r, (head, _rule) in variant_heads({common: 30, rare: 2}).items()}
    assert heads == {rare: common}


def test_english_tch_after_a_vowel_is_no_romanisation() -> None:
    heads = variant_heads({"ruth michell": 30, "ruth mitchell": 2})
    assert heads.get("ruth mitchell", ("", "translit"))[1] != "translit"


def test_a_namesake_written_as_often_stays_apart() -> None:
    assert variant_heads({"timur chernov": 12, "timur tchernov": 12}) == {}
