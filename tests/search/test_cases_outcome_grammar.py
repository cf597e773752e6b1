"""Outcomes read from a sentence's grammar rather than its wording (search.cases.clauses,
search.cases.outcomes): a prosecution verb with the person it was done to, in any voice and
with any note between the name and the verb; a charge brought; a denial of going further for
the future or for nobody; a case ended without a charge; and what may yet happen, under "if"
or in a question, read as no outcome. Invented sentences, plain English of any force."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Police charged John Smith on 3 May.", "charged"),
    ("He got charged yesterday and is in custody.", "charged"),
    ("Charges were brought against him in June.", "charged"),
    ("The CPS agreed charges of rape.", "charged"),
    ("A man charged with rape appeared before the magistrates.", "charged"),
    # whatever note a log writes between the name and the verb
    ("Update 4 May: Tom Reeve (passport QX118204) charged tonight.", "charged"),
    ("Update 4 May: Tom Reeve, 11 st 2 lb, charged tonight.", "charged"),
    ("Tom Reeve [markers: violent] cautioned for the assault.", "cautioned"),
    ("He was dealt with by means of a caution.", "cautioned"),
    ("Nobody will be prosecuted.", "nfa"),
    ("He will not face any charges.", "nfa"),
    ("The case will not go to court.", "nfa"),
    ("We will not be taking the matter any further.", "nfa"),
    ("The police will not be pursuing this.", "nfa"),
    ("It was decided that no action would be taken against him.", "nfa"),
    ("We stopped the investigation without taking it further.", "nfa"),
    ("The enquiry stopped without charges.", "nfa"),
    ("The investigation has been closed with no charges.", "nfa"),
    ("We are still investigating.", "open"),
])
def test_an_outcome_read_from_the_sentences_grammar(sentence: str, outcome: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == outcome


@pytest.mark.parametrize("sentence", [
    "If he is charged we will let you know.",
    "We are waiting to hear whether he will be charged.",
    "Was anyone charged? No.",
    "He will be charged tomorrow.",
    "We hope to charge him next week.",
    "CPS to advise on charging the suspect.",
    "Charging advice awaited from them.",
    "Tom Reeve cautioned and replied nothing.",
    # the caution an interview is given under
    "Suspect seen by appointment 3 May, cautioned and questioned: Tom Reeve.",
    "He had previously been charged with theft in 1999.",
    "The officer in charge was DS Holt.",
])
def test_what_may_happen_or_what_happened_before_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None


@pytest.mark.parametrize(("sentence", "reason"), [
    ("She no longer wants to go ahead, so we have closed the case.", "victim did not support"),
    ("We stopped the investigation without taking it further, at the wish of Child M.",
     "victim did not support"),
    ("We don't have enough evidence to take it to court, so the case is closed.",
     "insufficient evidence"),
])
def test_an_nfa_with_its_reason_in_any_voice(sentence: str, reason: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == ("nfa", reason)


def test_whoever_did_it_never_identified_is_a_filing() -> None:
    found = outcome_of("The investigation was shelved, because whoever did this was never identified.")
    assert found is not None and found.outcome == "filed"


@pytest.mark.parametrize("sentence", [
    # a witness statement's declaration, on every statement of every case
    "I understand a court could be shown it, and that I face prosecution should I knowingly include "
    "anything false or misleading.",
    "He faces prosecution should the evidence hold up.",
])
def test_a_condition_by_inversion_or_said_of_oneself_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None
