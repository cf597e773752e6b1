"""Outcomes and their dates read from how a file writes them rather than from one force's
wording (search.cases.outcomes, search.cases.rules): a disposal code with its meaning in
brackets after any label, "no proceedings" as the police's NFA with its reason, a file put
for filing with the culprit unknown, further work needed, a question answered "Yes", the
caution an arrest is made under, and dates with a Roman-numeral month or written year first
with full stops. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.flags import reported
from search.cases.outcomes import outcome_of
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.rules import dates_in, reported_date, sentences, stated_closure


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Clear-up method 04 (charge) entered 3.V.2001: Arvo KASK, for theft.", "charged", None),
    ("Disposal 31 entered 3.V.2001: no proceedings, the evidence being too thin to go on.",
     "nfa", "insufficient evidence"),
    ("I respectfully submit that no proceedings follow, for want of sufficient proof.",
     "nfa", "insufficient evidence"),
    ("I submit that no proceedings follow, the reviewing lawyer having advised so.",
     "nfa", "cps advice"),
    ("I respectfully submit the file for filing on 3 May 2001, the offender being unknown.",
     "filed", None),
    ("On 3 May 2001 the file stays with the team; further enquiries are needed.", "open", None),
    ("Was anyone charged? Yes: Arvo Kask, on 2001. 05. 03., with theft.", "charged", None),
])
def test_an_outcome_read_from_its_structure(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "Caution given, no reply.",
    "Was anyone charged? No.",
])
def test_an_arrests_caution_and_a_bare_no_are_no_outcome(sentence: str) -> None:
    assert outcome_of(sentence) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Taken into custody 28.IV.2001.", date(2001, 4, 28)),
    ("Closed 8.XII.1999 by the inspector.", date(1999, 12, 8)),
    ("Closed 2006. 01. 10. with no further action.", date(2006, 1, 10)),
    ("Closed 8.xii.1999 by the inspector.", date(1999, 12, 8)),  # the numeral in small letters
    ("Taken into custody 14.iv.2003.", date(2003, 4, 14)),
    ("The file was closed on the 21st day of November 1999.", date(1999, 11, 21)),
    ("Sworn this 2nd day of June, 2004 before me.", date(2004, 6, 2)),
])
def test_dates_with_a_roman_month_or_the_year_first_with_full_stops(text: str, day: date) -> None:
    assert [found for found, _at in dates_in(text)] == [day]


def test_a_date_written_with_full_stops_does_not_end_its_sentence() -> None:
    text = "The file was reviewed. Closed 2006. 01. 10. with no further action: too weak.\nNext."
    assert "Closed 2006. 01. 10. with no further action: too weak." in [s.text for s in sentences(text)]


@pytest.mark.parametrize(("sentence", "day"), [
    ("The matter came to police notice on Friday 3rd May 2002.", date(2002, 5, 3)),
    ("Date of first complaint: 3.V.2002.", date(2002, 5, 3)),
    ("When was it reported? 2002. 05. 03.", date(2002, 5, 3)),
])
def test_the_day_a_case_was_reported_however_the_file_asks_it(sentence: str, day: date) -> None:
    assert reported_date(sentence) == day


@pytest.mark.parametrize("sentence", [
    "I write about your daughter, referred to in our papers as Child 7-B, on 3 May 2002.",
    "Closed 2002. 05. 03. with no further action: Referred Child T would not support it.",
])
def test_a_name_for_the_child_is_no_report(sentence: str) -> None:
    assert reported_date(sentence) is None


@pytest.mark.parametrize(("sentence", "day"), [
    ("Minute 12. File closed by the DI on Friday 3rd May 2002.", date(2002, 5, 3)),
    ("When was it closed? 2002. 05. 03.", date(2002, 5, 3)),
    ("Date cleared up or written off: 3.V.2002.", date(2002, 5, 3)),
])
def test_the_day_a_case_was_closed_however_the_file_asks_it(sentence: str, day: date) -> None:
    assert stated_closure(sentence) == day


def test_a_date_the_tenth_of_a_collection_carries_is_no_documents_date() -> None:
    shared = date(2000, 1, 1)
    documents = [SourceDocument(f"d{n}", f"C-{n:04d}", "log", shared, None,
                                {1: (f"Crime 31/{22000 + n}/03 recorded.", f"C-{n:04d}-0001")},
                                (Mention("reference", f"31/2003/{22000 + n}", "x", 1, 6, 17),))
                 for n in range(12)]
    cases = build_cases("c", documents)
    assert len(cases) == 12 and all(reported(case) is None for case in cases)
