"""An NFA whose evidence is on the wrong side of the charging threshold, in any of the family's
prepositions (below, short of, under, beneath), is an NFA for insufficient evidence."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize("sentence", [
    "RESULT: NO FURTHER ACTION. NOTE: evidence short of the charging threshold.",
    "NFA: the evidence fell under the charging standard.",
    "NFA - the evidence fell below the threshold for charge.",
])
def test_evidence_on_the_wrong_side_of_the_threshold_is_insufficient(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "nfa" and found.reason == "insufficient evidence"
