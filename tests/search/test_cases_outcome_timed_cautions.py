"""The caution said on an arrest, written with the time of day it was said at ("caution
administered 06:34"), is no outcome; a caution given as the disposal (named as one, dated, or
said of the person) still is (search.cases.outcomes). Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize("sentence", [
    "Arrest: on suspicion of abusing a girl in a flat above a shop; caution administered 06:34.",
    "Arrested at the address, caution admin 14.10 hrs.",
    "Caution administered at 21:05, the man taken to the custody suite.",
])
def test_a_timed_caution_on_arrest_is_no_outcome(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is None or found.outcome != "cautioned"


@pytest.mark.parametrize("sentence", [
    "Outcome: caution admin'd 03.05.2004.",
    "He was given a simple caution at 14:30 on 3 May 2004.",
    "Jon Hale was cautioned at 14:30 on 3 May 2004 after admitting the offence.",
    "Caution administered 3 May 2004 at the station.",
])
def test_a_caution_as_the_disposal_is_still_read(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "cautioned"
