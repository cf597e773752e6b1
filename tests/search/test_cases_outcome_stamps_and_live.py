"""A finalisation stamp that gives its day and who signed it before the status ("FINALISED ... by
the DI :: CHARGED :: ..."), and an investigation said to stay live or still running
(search.cases.outcomes). All names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.outcomes import outcome_of


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("FINALISED Tuesday, March 2, 2010 by the area DCI :: CHARGED :: Orrin Pask Vellacott, theft.",
     "charged", None),
    ("FINALISED 02/03/2010 by DS Helm :: NO FURTHER ACTION :: the girl will not support a "
     "prosecution.", "nfa", "victim did not support"),
    ("Finalised on 2.3.2010 by Insp Marrow | CAUTION ADMINISTERED | Orrin Vellacott.", "cautioned", None),
    ("Finalised 2 March 2010 by the reviewing sergeant: filed pending further information.",
     "filed", None),
])
def test_a_finalisation_stamp_gives_the_outcome_after_who_signed_it(
        sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "Tasking meeting 4th of May 2011: investigation to stay live; review in six weeks.",
    "The case will remain open until the phone download is back.",
    "Review 20110504. Result: none yet, enquiries still running.",
    "The enquiry is under way and a file will follow.",
])
def test_an_investigation_that_stays_live_or_runs_on_is_open(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "open"


def test_a_finalisation_without_a_signer_is_not_read_as_a_stamp() -> None:
    # "finalised" alone in prose says nothing of how the case ended
    assert outcome_of("The plan was finalised at the meeting and sent to the team.") is None


@pytest.mark.parametrize("sentence", ["Offender not identified.", "Note: culprit not traced at this time."])
def test_an_offender_not_yet_identified_is_no_filing(sentence: str) -> None:
    # where the enquiry stands, as "No suspect identified" is, not how it ended
    assert outcome_of(sentence) is None


@pytest.mark.parametrize("sentence", ["The offender could not be identified and the crime is filed.",
                                      "The culprit was never traced."])
def test_an_offender_who_could_not_be_found_is_a_filing(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == "filed"
