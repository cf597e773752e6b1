"""Outcome wordings of a disposal slip, an officer's diary in the first person and a
superintendent's authority to finalise (search.cases.outcomes). All sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Result R4 logged 2011-Feb-02 - NFA, Pupil Wren no longer willing to give evidence",
     "nfa", "victim did not support"),
    ("Log, Tue 02.02.11: closed as NFA - Pupil Wren wanted nothing further done.",
     "nfa", "victim did not support"),
    ("Log, Tue 02.02.11: closed as NFA - we could not have proved the offence.",
     "nfa", "insufficient evidence"),
    ("Log, Tue 02.02.11: closed as NFA - the inspector judged a trial not worth its cost to the "
     "public.", "nfa", "not in public interest"),
    ("We halted our enquiry there, at the request of Pupil Wren.",
     "nfa", "victim did not support"),
    ("Result R0 logged 2011-Feb-02 - live, enquiries outstanding", "open", None),
    ("Log, Tue 02.02.11: the desk sergeant accepted the charge against Oren Vasko Pascoe.",
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
