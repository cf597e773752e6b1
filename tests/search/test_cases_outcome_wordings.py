"""Outcomes and dates in the structures a force or council writes them (search.cases.outcomes,
search.cases.rules): a numbered outcome type with its meaning in brackets, a finalisation field
authorised on a day, what the police told the council, a letter's closure "because ...", and the
days a case was reported and closed. Invented wordings, people and references."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.rules import closed_date, outcome_of, reported_date


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Disposal class 3 (caution) entered 03/05/2004 by the OIC.", "cautioned", None),
    ("Result type 1 (charge/summons) 03/05/2004 - WÓJCIK/Piotr.", "charged", None),
    ("Closure authorised: CAUTION. Piotr Wójcik (son of Adam) cautioned at Hull on 3 May 2004.",
     "cautioned", None),
    ("Outcome recorded on 03/05/2004: NFA - the threshold test was not passed.", "nfa",
     "insufficient evidence"),
    ("On 3 May 2004 officers told us that no charge would follow, because the evidence was too "
     "weak.", "nfa", "insufficient evidence"),
    ("We were told on 3 May 2004 that there would be no charge to follow, after the CPS "
     "lawyer advised against it.", "nfa", "cps advice"),
    ("The case was closed on 3 May 2004 without anybody being charged, because your son asked "
     "us to stop.", "nfa", "victim did not support"),
    ("The file was closed on 3 May 2004 without anyone being prosecuted.", "nfa", None),
    ("Since 3 May 2004 Piotr Wójcik has been facing a criminal charge.", "charged", None),
    ("The case was closed in May 2004, as we could not identify who was responsible.", "filed",
     None),
    ("Outcome code pending - an active investigation.", "open", None),
])
def test_outcomes_in_the_structures_records_write_them(sentence: str, outcome: str,
                                                       reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_the_day_police_were_first_told_is_the_report_and_a_finalisation_day_the_closure() -> None:
    assert reported_date("The council was first informed on 2 March 2004.") == date(2004, 3, 2)
    assert closed_date("12/06/2004 | PS Lee | Finalisation authorised on 12/06/2004: "
                       "UNDETECTED.") == date(2004, 6, 12)


def _document(number: int, text: str, day: date) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"O-{number:06d}"
    return SourceDocument(f"o{number}", control, f"doc {number}", day, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def test_a_log_closure_is_dated_by_its_row_not_by_the_log_opening() -> None:
    log = ("Crime No: KX-04-12345\nOccurrence log\n02/03/2004\nPC Ann Lee #1234\nInitial report "
           "received 02/03/2004.\n12/06/2004\nPS Tom Rees #5678\nFinalisation authorised on "
           "12/06/2004: UNDETECTED - no lines of enquiry left.")
    (case,) = build_cases("c", [_document(1, log, date(2004, 3, 2))])
    assert case.outcome()[0] == "filed"
    assert [day for day, _cite in case.closed] == [date(2004, 6, 12)]


def test_a_review_table_read_as_one_sentence_keeps_the_decision_after_the_reopening() -> None:
    review = ("Historic review - position at 20 December 2016\nOperation Kite\nre-examines "
              "Crime No: KX-04-12345 (first closed 5 June 2004)\nOperation Kite\nreopened "
              "4 July 2016\nOperation Kite\nFinalisation authorised on 13 November 2016: NFA - "
              "a prosecution is not in the public interest")
    (case,) = build_cases("c", [_document(1, review, date(2016, 12, 20))])
    assert case.outcome()[:2] == ("nfa", "not in public interest")


def test_an_nfa_named_after_the_reopening_is_the_one_reopened() -> None:
    (case,) = build_cases("c", [_document(1, "Crime No: KX-04-12345\nThe case was re-opened on "
                                             "3 May 2015 after the NFA of 12 June 2005.",
                                          date(2015, 5, 3))])
    assert case.outcome()[0] == "open"
