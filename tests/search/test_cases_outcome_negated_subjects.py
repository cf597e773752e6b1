"""Outcomes said in words a charge's or an NFA's usual wording misses (search.cases.outcomes):
a charge its subject denies ("nobody charged", "no one was prosecuted"), an object before "no
further" ("taking it no further"), "finalised with nothing further to do", and a case kept
active while lines of enquiry remain; with the NFA's reason a victim's change of mind or weak
evidence gives. Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.rules import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Dear Mrs Pell, on 4 March 2006 the enquiry finished with nobody charged.", "nfa", None),
    ("No one was prosecuted and the file was closed on 2 May 2007.", "nfa", None),
    ("The investigation ended with no-one charged, as Child Q asked for it to stop.", "nfa",
     "victim did not support"),
    ("Update 3 Jun 2004: officers are taking it no further.", "nfa", None),
    ("Update 3 Jun 2004: officers are taking it no further because Child Q has decided against "
     "giving evidence.", "nfa", "victim did not support"),
    ("Unit entry Feb 2nd, 2010: finalised with nothing further to do, the evidence not being "
     "strong enough for a jury.", "nfa", "insufficient evidence"),
    ("Unit entry Feb 2nd, 2010: finalised with nothing further to do against Ivo Brack; the Crown "
     "prosecutor advised so.", "nfa", "cps advice"),
    ("PANEL DECISION 3 MAR 2011 -- RESULT: NONE, KEEP ACTIVE -- WHY: lines of enquiry remain.",
     "open", None),
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
