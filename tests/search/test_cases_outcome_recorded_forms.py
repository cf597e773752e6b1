"""Outcomes written as a register records them: a verb of recording and the status in capitals
with no colon ("disposal entered CHARGE - X"), a prosecution begun as the person "put before the
court", an enquiry "wound up" with its reason, and a trial that would bring "the public no
benefit" (the public-interest reason in other words). Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Case progression, 3 May 2004: disposal entered CHARGE - Marek Tomas Wiśniewski, assault.",
     "charged", None),
    ("Outcome recorded NFA - grounds: evidential test not passed.", "nfa", "insufficient evidence"),
    ("Audit 15 Jun '08 - result accepted: detected, Marek Tomas Wiśniewski put before the court on "
     "a charge of assault.", "charged", None),
    ("Officers have wound up their enquiry because a trial would bring the public no benefit.",
     "nfa", "not in public interest"),
    ("The enquiry stopped, uncharged, a superintendent ruling that a trial would bring the public "
     "no benefit.", "nfa", "not in public interest"),
])
def test_an_outcome_as_a_register_records_it(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    # a recording verb with no status in capitals after it
    "The disposal entered on the system was checked by Sergeant Marek Tomas.",
])
def test_a_recording_verb_without_a_status_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None
