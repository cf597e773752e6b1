"""Outcomes in plain words no form's label gives (search.cases.outcomes): an outcome number's
reason yielding to the words after it, "nothing further by police", an enquiry "closed with no
charge", a complainant "not wishing to go through with" a prosecution, and enquiries that "go
on". Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Outcome 14 recorded 3 May 2004: the reviewing prosecutor advised against any charge.",
     "nfa", "cps advice"),  # the number says one reason, its words another: the words win
    ("Outcome 15 recorded 3 May 2004: evidential difficulties.", "nfa", "insufficient evidence"),
    ("Closure approved 3 May 2004: nothing further by police, the form left blank.", "nfa", None),
    ("On 3 May 2004 we closed the investigation with no charge.", "nfa", None),
    ("Decision sent 3 May 2004: no further action, the girl not wishing to go through with a "
     "trial.", "nfa", "victim did not support"),
    ("Position sent 3 May 2004: nothing decided yet, enquiries go on.", "open", None),
])
def test_an_outcome_in_plain_words(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "I have nothing further to add to this statement.",
    "The enquiry went on for months before the file was sent.",
])
def test_words_like_them_that_record_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None
