"""Outcomes and dates in registers a force writes them in: a crime system's finalisation line
("CHARGE/REQUISITION", bail to the magistrates), an SIO's decision log ("Decision (date): charge
X with ..."), the victim updates of a crime record (what the carer was told), and the dates
such records write (an ordinal day with an abbreviated month and an apostrophe year, the year
first with an abbreviated month). All sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.outcomes import outcome_of
from search.cases.rules import dates_in, sentences


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("RESULT 3 May 2011 :: CHARGE/REQUISITION :: TSOI Wai-kin (Gordon) bailed to the "
     "magistrates for grooming", "charged", None),
    ("12. Decision (2011 May 03): charge Dauda Kpaka (custody record 0412) with grooming. "
     "Rationale: the code test is met.", "charged", None),
    ("RESULT 3 May 2011 :: NFA :: the evidence falls below the charging threshold", "nfa",
     "insufficient evidence"),
    ("Victim update 3rd May '11: carer told the matter is closed with no action, because the "
     "evidence could not reach the standard a court requires.", "nfa", "insufficient evidence"),
    ("Letter: on 3rd May '11 the investigation ended without any charge, as Minor R2 chose not "
     "to go on with it.", "nfa", "victim did not support"),
    ("Victim update 3rd May '11: carer told the case is closed with no action, in line with "
     "Minor R2's own wish not to continue.", "nfa", "victim did not support"),
    ("Victim update 3rd May '11: carer told the case is filed, nobody having been identified, "
     "and that it can be reopened.", "filed", None),
    ("8. Decision (2011 May 03): the investigation stays live.", "open", None),
])
def test_an_outcome_in_a_force_s_own_register(sentence: str, outcome: str,
                                              reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason), found


@pytest.mark.parametrize("sentence", [
    "Offence under investigation: grooming of a fourteen-year-old.",  # a form's field
    "12. Decision (2011 May 03): charge sheet to be prepared if the CPS agrees.",
])
def test_a_field_or_a_plan_is_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Signed 21st Nov. '99 at 06:10.", date(1999, 11, 21)),
    ("Decision (2003 Feb 09): treat him as a suspect.", date(2003, 2, 9)),
    ("Seen on 2004 October 2, at night.", date(2004, 10, 2)),
])
def test_dates_written_in_two_more_ways(text: str, day: date) -> None:
    assert [d for d, _at in dates_in(text)] == [day]


def test_a_month_cut_short_before_its_year_ends_no_sentence() -> None:
    found = [s.text for s in sentences("Victim update 4th Mar. '03: the carer was told. We met "
                                       "in Mar. Then we left.")]
    assert found == ["Victim update 4th Mar. '03: the carer was told.", "We met in Mar.",
                     "Then we left."]
