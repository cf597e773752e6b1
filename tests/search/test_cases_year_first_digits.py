"""Dates written as eight digits with the year first ("20041217", ISO 8601's basic form): read as
dates, so that a review's later outcome wins over the earlier one whatever order the files
come in (search.cases.rules, search.cases.reading). All names and sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.rules import closed_date, dates_in


@pytest.mark.parametrize(("text", "day"), [
    ("Final review 20041217.", date(2004, 12, 17)),
    ("minutes issued 19990301", date(1999, 3, 1)),
    ("Record closed 17122004.", date(2004, 12, 17)),
])
def test_eight_digits_are_a_date_either_way_round(text: str, day: date) -> None:
    assert [d for d, _at in dates_in(text)] == [day]


@pytest.mark.parametrize("text", ["Crime CR20041217 was", "Log 2004/12171 shows", "20041317 is no date"])
def test_eight_digits_inside_a_reference_or_no_calendar_day_are_not_dates(text: str) -> None:
    assert dates_in(text) == ()


def _document(doc_id: str, control: str, text: str) -> SourceDocument:
    at = text.index("QX-")
    mentions = (Mention("reference", "QX-04-1234", "QX-04-1234", 1, at, at + 10),)
    return SourceDocument(doc_id, control, doc_id, None, "Test Police", {1: (text, f"{control}-0001")},
                          mentions, f"{doc_id}.txt", frozenset())


def test_a_review_dated_year_first_supersedes_the_earlier_outcome() -> None:
    review = _document("review", "C-000001", "Review board minutes issued 20190301.\nItem 4, QX-04-1234. "
                       "Final review 20190220. Result: Orrin Pask Vellacott now faces trial, charged "
                       "with rape.\n")
    record = _document("record", "C-000002", "Crime record QX-04-1234, reported 20040302.\n"
                       "Final review 20041217. Result: closed with no further action; the girl will "
                       "not support a prosecution.\n")
    [case] = build_cases("c", [review, record])
    assert case.outcome()[0] == "charged"


@pytest.mark.parametrize(("sentence", "day"), [
    ("FINALISED Friday, March 5, 2010 by the area DCI :: NO FURTHER ACTION :: no rationale given.",
     date(2010, 3, 5)),
    ("Closed on Monday, 8 March 2010 after review.", date(2010, 3, 8)),
])
def test_a_closure_dated_with_its_weekday_gives_the_closing_day(sentence: str, day: date) -> None:
    # the weekday before the date is no name whose date of birth follows
    assert closed_date(sentence) == day


def test_a_date_after_a_name_and_a_comma_is_still_a_date_of_birth() -> None:
    assert closed_date("Case closed; suspect Orrin Pask VELLACOTT, 14/03/1971.") is None
