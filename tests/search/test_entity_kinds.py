"""The entity kind registry (search.entity_kinds): the declarations are consistent, and every
list of kinds is derived from them."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.entity_kinds import (
    BY_NAME,
    ENTITY_KINDS,
    FACET_KINDS,
    KINDS,
    LINK_KINDS,
    PATTERN_KINDS,
    problems,
)
from search.entity_kinds.declaration import EntityKind


def test_declarations_are_consistent() -> None:
    assert problems(ENTITY_KINDS) == []
    names = [kind.name for kind in ENTITY_KINDS]
    assert len(set(names)) == len(names)
    precedences = [kind.precedence for kind in ENTITY_KINDS]
    assert len(set(precedences)) == len(precedences), "precedence must order every pair of kinds"
    assert all(isinstance(p, int) for p in precedences)
    for kind in ENTITY_KINDS:
        assert kind.label and kind.plural, kind.name
        if kind.is_pattern:
            assert callable(kind.key) and callable(kind.display) and callable(kind.span_of), kind.name


def test_spacy_kinds_are_declared_without_a_pattern_and_rank_below_patterns() -> None:
    named = {"person", "org", "place", "date"}
    assert named <= set(KINDS) and not named & set(PATTERN_KINDS)
    lowest_pattern = min(BY_NAME[k].precedence for k in PATTERN_KINDS)
    assert all(BY_NAME[k].precedence < lowest_pattern for k in named)


def test_problems_names_each_inconsistency() -> None:
    phone = BY_NAME["phone"]
    twin = dataclasses.replace(phone, order=999)
    unkeyed = dataclasses.replace(phone, name="unkeyed", order=998, precedence=998, key=None)
    bad_name = dataclasses.replace(phone, name="Bank-Details", order=997, precedence=997)
    found = problems((phone, twin, unkeyed, bad_name))
    assert "two kinds share a name" in found and "two kinds share a precedence" in found
    assert any(p.startswith("unkeyed:") for p in found)
    assert any(p.startswith("'Bank-Details'") for p in found)


def test_derived_lists_follow_the_declarations() -> None:
    assert tuple(kind.name for kind in sorted(ENTITY_KINDS, key=lambda k: k.order)) == KINDS
    assert set(LINK_KINDS) == {k.name for k in ENTITY_KINDS if k.linked}
    assert "date" not in LINK_KINDS and "dob" not in LINK_KINDS and "phone" in LINK_KINDS
    assert FACET_KINDS == ("person", "org", "place")


def test_api_kind_is_the_registry() -> None:
    from api.entity_models import BatchRequest, Kind

    assert get_args(Kind) == KINDS
    assert BatchRequest.model_json_schema()["properties"]["kind"]["enum"] == list(KINDS)



NEEDING = [kind for kind in ENTITY_KINDS if kind.needs is not None]


@pytest.mark.parametrize("kind", NEEDING, ids=lambda kind: kind.name)
def test_what_a_kind_needs_is_inside_every_match_of_its_pattern(kind: EntityKind) -> None:
    # a page without what the kind needs is never scanned: a match without it would be lost
    assert kind.pattern is not None and kind.needs is not None

    @settings(max_examples=300, deadline=None)
    @given(st.from_regex(kind.pattern, fullmatch=True))
    def matches_hold_what_is_needed(text: str) -> None:
        for match in kind.pattern.finditer(text):
            assert kind.needs.search(match.group()), (kind.name, match.group())

    matches_hold_what_is_needed()

