"""Outcome registers worded as a decision log or a sign-off: a label with what it was recorded
as ("result entered as CAUTIONED"), a decision's infinitive ("nobody to be charged", "NAME not
to be prosecuted"), an outcome not yet given ("none yet"), and NFA reasons in other words.
All wordings are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("text", "outcome", "reason"), [
    ("Review stamp 3/4/2011: result entered as CAUTIONED; the man admitted it.", "cautioned", None),
    ("CLOSING NOTE 2 May 2010. RESULT RECORDED AS: SUMMONS. NOTE: he answers at court.",
     "charged", None),
    ("CLOSING NOTE 2 May 2010. RESULT RECORDED AS: NONE YET. NOTE: work continues.", "open", None),
    ("LOG 3 - RULING: enquiry closed, nobody to be charged. WHY: left empty.", "nfa", None),
    ("RULING: Piet Smit not to be prosecuted. WHY: the lawyer's written view.", "nfa", "cps advice"),
    ("RULING: enquiry closed, nobody to be charged. WHY: proof insufficient to go to court.",
     "nfa", "insufficient evidence"),
    ("RULING: enquiry closed, nobody to be charged. WHY: a trial would not help the community.",
     "nfa", "not in public interest"),
    ("The file was shut with nobody in court, a trial being thought against the greater good.",
     "nfa", "not in public interest"),
    ("Result entered as NFA; the young person declined to take the matter any further.",
     "nfa", "victim did not support"),
])
def test_a_register_entry_gives_its_outcome(text: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(text)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_as_alone_after_a_label_is_not_an_outcome() -> None:
    """"as" reads a label only after a verb of recording, with the status in capitals next."""
    assert outcome_of("The outcome as we understand it will follow.") is None
