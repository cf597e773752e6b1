"""A complaint told in other words ("the family warned officers that ...", "concerns were raised")
in a case that records no outcome: the case is flagged as a complaint with no recorded outcome
(search.cases.reading, search.cases.flags). All names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.flags import case_flags
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.vocabulary import NO_OUTCOME


def _flags(sentence: str) -> list[str]:
    text = f"Log number LX-1234-09.\n{sentence}\n"
    doc = SourceDocument("d1", "D-000001", "letter", None, None, {1: (text, "D-000001-0001")},
                         (Mention("reference", "LX-1234-09", "LX-1234-09", 1, 11, 21),))
    cases = build_cases("c", [doc])
    return [f.flag for flags in case_flags(cases, 28, {}).values() for f in flags]


@pytest.mark.parametrize("sentence", [
    "A month ago the family warned officers that grown men collect her at night; nobody has got back.",
    "Her aunt alerted the police to a car that waits outside the school.",
    "Concerns were raised by her teacher and nothing has been done since.",
])
def test_a_complaint_in_other_words_with_no_outcome_is_flagged(sentence: str) -> None:
    assert NO_OUTCOME in _flags(sentence)


def test_a_letter_that_raises_nothing_is_not_flagged() -> None:
    assert NO_OUTCOME not in _flags("The officer told the family the date of the next meeting.")
