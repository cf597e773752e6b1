"""Outcome wordings of a disposal slip, an officer's diary in the first person and a
superintendent's authority to finalise (search.cases.outcomes). All sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Result R4 logged 2011-Feb-02 - NFA, Pupil Wren no longer willing to assist",
     "nfa", "victim did not support"),
    ("Log, Tue 02.02.11: closed as NFA by me - Pupil Wren says she wants nothing more done.",
     "nfa", "victim did not support"),
    ("Log, Tue 02.02.11: closed as NFA by me - we could never have proved it.",
     "nfa", "insufficient evidence"),
    ("Log, Tue 02.02.11: closed as NFA by me - the inspector thought a trial not worth it to the "
     "public.", "nfa", "not in public interest"),
    ("We halted the investigation without taking it further, at the wish of Pupil Wren.",
     "nfa", "victim did not support"),
    ("Result R0 logged 2011-Feb-02 - live, enquiries outstanding", "open", None),
    ("Log, Tue 02.02.11: the custody sergeant accepted my charge of Oren Vasko Pascoe, for theft.",
     "charged", None),
    ("I approve closure on 2 February, 2011 as CHARGED: Oren Vasko Pascoe faces two counts.",
     "charged", None),
    ("I approve closure on 2 February, 2011 as CAUTIONED: Oren Vasko Pascoe - 5ft 9in, after "
     "his admissions.", "cautioned", None),
])
def test_disposal_and_diary_wordings(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "The custody sergeant never accepted my charge of Oren Vasko Pascoe.",
    "We could not be sure who was outstanding on the rota.",
])
def test_words_alike_that_record_no_such_outcome(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is None or found.outcome not in ("charged", "open")
