"""Outcomes in three more registers: a records system's key=value audit line with a result
code ("result=CHG", "CAUT", "UNDET", "PENDING"), a reviewing officer's note in the past perfect
("it had concluded with NAME, a note on him, charged over ..."), and a decision table's row
("Proceed to trial: NAME", "NAME cautioned after admitting it"); and the plain words of a letter
("the investigation halted without any charges"). All sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("trail 12092011 :: result=CHG :: accused=Tobiah Grent Vellacott (height 180 cm) :: "
     "matter=theft", "charged", None),
    ("trail 12092011 :: result=CAUT :: subject=Tobiah Vellacott :: admitted=yes",
     "cautioned", None),
    ("trail 12092011 :: result=UNDET :: note=culprit unknown", "filed", None),
    ("trail 12092011 :: status=PENDING :: note=work outstanding", "open", None),
    ("Reviewer's note, Mar-03-2011: the investigation had concluded with Tobiah Vellacott, "
     "build: slim charged over the theft of a bicycle.", "charged", None),
    ("Reviewer's note, Mar-03-2011: the investigation had concluded with Tobiah Vellacott, "
     "build: slim accepting a caution.", "cautioned", None),
    ("Reviewer's note, Mar-03-2011: the investigation has not yet ended and remains open.",
     "open", None),
    ("Ruling of Mar. 3, 2011 | Proceed to trial: Tobiah Vellacott — eyes: blue charged, theft",
     "charged", None),
    ("Ruling of Mar. 3, 2011 | Diverted: Tobiah Vellacott — eyes: blue cautioned after "
     "admitting it", "cautioned", None),
    ("Ruling of Mar. 3, 2011 | Close, NFA: what we hold could not convince the bench", "nfa",
     "insufficient evidence"),
    ("Ruling of Mar. 3, 2011 | Close, NFA: the reviewing lawyers declined to charge", "nfa",
     "cps advice"),
    ("Ruling of Mar. 3, 2011 | Close, NFA: bringing it had no public value", "nfa",
     "not in public interest"),
    ("We write to say that on 03032011 the investigation halted without any charges.", "nfa", None),
    ("We write to say that on 03032011 the investigation halted without any charges: a trial "
     "would serve no one.", "nfa", "not in public interest"),
    ("We write to say that on 03032011 the matter closed as the culprit could not be traced.",
     "filed", None),
])
def test_an_outcome_in_an_audit_line_a_review_note_or_a_decision_row(
        sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason), found


@pytest.mark.parametrize("sentence", [
    "She did not want to proceed to trial with it.",
    "trail 12092011 :: status=received",
])
def test_words_that_state_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None
