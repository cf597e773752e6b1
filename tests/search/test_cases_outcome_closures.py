"""Outcomes said by a closure's reasons, a decision's words and a register's Home Office number
(search.cases.outcomes): a letter's "we closed the case" with the NFA's reason, a supervisor's
"enough to charge", a caution taken, a case filed, outcome 10. All sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("On 4 March we closed the investigation because the lawyer at the CPS advised us against a "
     "charge.", "nfa", "cps advice"),
    ("We ended the enquiry, honouring the wish of Child K not to take matters further.", "nfa",
     "victim did not support"),
    ("Supervisor's review: no further action, as Girl M wants no part in any court case.", "nfa",
     "victim did not support"),
    ("We closed the matter: what evidence we gathered could not support a prosecution.", "nfa",
     "insufficient evidence"),
    ("Review 2/2/09: no further action since proof of the assault is lacking.", "nfa",
     "insufficient evidence"),
    ("We closed this case after weighing the public interest against a trial.", "nfa",
     "not in public interest"),
    ("Crime result: outcome 10, formal action not taken.", "nfa", "not in public interest"),
    ("No prosecution: the suspect is eighty-nine and gravely ill.", "nfa", None),
    ("Rationale 9/9/09: enough evidence to charge; Dorian Quell now faces two counts.", "charged",
     None),
    ("Tobias Wrenfield admitted the theft and took a simple caution at the station.", "cautioned",
     None),
    ("On 12 May we filed the case as nobody could be traced.", "filed", None),
])
def test_a_closure_s_words_say_its_outcome(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "There was not enough to charge him at that stage, so enquiries were paused.",
    "We closed the case file for the weekend and reopened it on Monday.",
])
def test_no_charge_and_a_closure_without_a_reason_are_no_charge_nor_nfa(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is None or found.outcome not in ("charged", "nfa")


@pytest.mark.parametrize("sentence", [
    "I detained him for the burglary at Elm Row; the caution was given.",
    "Caution given.",
])
def test_the_caution_said_on_an_arrest_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Caution given to Lionel Aspery at the custody desk.",
    "A simple caution was given after he admitted the theft.",
])
def test_a_caution_given_to_someone_is_the_outcome(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "cautioned"
