"""A forename's start with a diminutive's ending (the seventeenth names round, invented names):
"Fergie" of "Fergus", "Tamsy" of "Tamsin"; a namesake one letter away is no diminutive."""

from __future__ import annotations

import pytest

from search.name_variants import forename_rule, variant_heads


@pytest.mark.parametrize(("rare", "common"), [("fergie", "fergus"), ("tamsy", "tamsin"),
                                              ("lorcey", "lorcan")])
def test_a_diminutive_is_a_nickname(rare: str, common: str) -> None:
    assert forename_rule(rare, common) == "nickname"


@pytest.mark.parametrize(("rare", "common"), [("joey", "joel"), ("tamsy", "tam"),
                                              ("fergie", "ferdinand")])
def test_no_diminutive_without_enough_of_the_forename(rare: str, common: str) -> None:
    assert forename_rule(rare, common) != "nickname"


def test_a_rare_diminutive_with_the_surname_is_the_person() -> None:
    heads = variant_heads({"fergus mallory": 20, "fergie mallory": 2})
    assert heads == {"fergie mallory": ("fergus mallory", "nickname")}
