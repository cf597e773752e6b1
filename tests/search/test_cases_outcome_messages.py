"""Outcomes in an officer's own short messages and notes, all invented: a text to the family
(the name with a numbered aside before "charged", "still working on it", "we had to file it"),
a records store slip ("NOT boxed - file still live", "(PI test failed)"), a handover note ("we
never had enough for a jury") and a letter's "we are dropping the investigation" with its
reason in a family's words."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


def _label(text: str) -> str | None:
    found = outcome_of(text)
    if found is None:
        return None
    return found.outcome + (f"/{found.reason}" if found.reason else "")


@pytest.mark.parametrize(("text", "expected"), [
    ("Message to mum, 4th Mar 2011: Bořivoj Kvido Vlček, height 5 ft 9 in charged this evening "
     "- he is in the cells tonight.", "charged"),
    ("SMS to foster carer 02-02-03: Ilse Brann, aged 41 cautioned this morning for the theft.",
     "cautioned"),
    ("Message to mum, 9th May 2012: Still working on it, will call when I know more.", "open"),
    ("Storage docket, 03-03-03: NOT archived - file still live with DC Roe.", "open"),
    ("Message to mum, 1st Apr 2010: We have had to file it - nobody saw his face.", "filed"),
    ("Letter to the family: since 12/12/2012 we are dropping the investigation, out of respect "
     "for the wishes of the young person.", "nfa/victim did not support"),
    ("Letter to the family: since 12/12/2012 we are dropping the investigation.", "nfa"),
    ("Storage docket, 03-03-03: archived as CLOSED - NO FURTHER ACTION (PI test failed).",
     "nfa/not in public interest"),
    ("Note for my relief, 5/5/2005: done - NFA, as the public gains nothing from a trial.",
     "nfa/not in public interest"),
    ("Note for my relief, 5/5/2005: done - I NFA'd it; we never had enough for a jury.",
     "nfa/insufficient evidence"),
    ("Letter: we are dropping the investigation, as the evidence would never have got past a "
     "charging lawyer.", "nfa/insufficient evidence"),
    ("Note for my relief: done - NFA'd; the boy asked us to leave it.",
     "nfa/victim did not support"),
])
def test_outcomes_in_messages_notes_and_slips(text: str, expected: str) -> None:
    assert _label(text) == expected


@pytest.mark.parametrize("text", [
    "Letter: we dropped the investigation as nobody could be identified.",
    "Bořivoj Vlček, height 5 ft 9 in, was not charged.",
])
def test_what_is_not_an_nfa_or_a_charge(text: str) -> None:
    assert _label(text) not in ("nfa", "charged")
