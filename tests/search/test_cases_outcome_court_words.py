"""Outcomes said in words a force's register uses and the rules did not read: a court date
given as the result ("to appear before the magistrates"), a charging authority received and the
man charged with an identifier in square brackets, a charge told to a family in the present
tense ("is charged"), and an enquiry that goes on ("not finalised, enquiries continue"). And
what must stay no outcome or stay another one. All sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Result code ZQ entered 2011-05-03. Kestrin Olbay Marsh (33) to appear at the magistrates "
     "for inciting a girl to engage in sexual activity.", "charged"),
    ("Kestrin MARSH will appear before the youth court on 9 June for grooming.", "charged"),
    ("Finalisation note, Tuesday 3 May 2011: charging authority received and ORBELL Kestrin "
     "Ray [PNC 1979/112233X] charged (grooming).", "charged"),
    ("Entry 14: authority to charge granted by the duty lawyer.", "charged"),
    ("Carer update 3-May-2011: mother told Kestrin Ray ORBELL, 02/02/1979 is charged "
     "(grooming) and bailed.", "charged"),
    ("Finalisation note, Tuesday 3 May 2011: not finalised, enquiry continues.", "open"),
    ("Review position: investigation continues under the new team.", "open"),
    ("Finalisation note: not yet finalised.", "open"),
])
def test_an_outcome_in_court_and_continuation_words(sentence: str, outcome: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == outcome, found


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("The duty lawyer refused authority to charge.", "nfa"),
    ("No authority to charge was given: no further action.", "nfa"),
])
def test_a_refused_authority_stays_an_nfa(sentence: str, outcome: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == outcome, found


@pytest.mark.parametrize("sentence", [
    "She was asked to appear at the magistrates as a witness.",
    "Request authority to charge from the duty lawyer.",
    "The phone continues to ring at night.",
])
def test_a_witness_summons_a_request_or_a_ringing_phone_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None
