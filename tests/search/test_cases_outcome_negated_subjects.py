"""Outcomes said in words a charge's or an NFA's usual wording misses (search.cases.outcomes):
a charge its subject denies ("nobody charged", "no one was prosecuted"), an object before "no
further" ("taking it no further"), "nothing more to be done", and a case kept live or one
whose lines of inquiry remain; with the NFA's reason a victim's change of mind or weak
evidence gives. Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.rules import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Dear Mrs Pell, since 4 March 2006 the case has been closed with no-one charged.", "nfa", None),
    ("No one was prosecuted and the file was closed on 2 May 2007.", "nfa", None),
    ("Our investigation ended with none of them charged, as Child Q asked for the case to end.", "nfa",
     "victim did not support"),
    ("Update 3 Jun 2004: officers are taking it no further.", "nfa", None),
    ("Update 3 Jun 2004: detectives are taking it no further, Child Q deciding against giving "
     "evidence.", "nfa", "victim did not support"),
    ("Log of Feb 2nd, 2010: closed, nothing more to be done, the evidence not being strong "
     "enough for a jury.", "nfa", "insufficient evidence"),
    ("Log of Feb 2nd, 2010: nothing further is to be done about Ivo Brack, on a prosecutor's "
     "advice.", "nfa", "cps advice"),
    ("Panel of 3 March 2011 agreed to keep the case live.", "open", None),
    ("Review 3 March 2011: two lines of inquiry still remain.", "open", None),
])
def test_outcomes_in_other_words(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "Ivo Brack was charged with two counts of rape on 3 May 2005.",
    "Nobody else was present when Ivo Brack was charged.",
])
def test_a_charge_of_someone_is_still_a_charge(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "charged"
