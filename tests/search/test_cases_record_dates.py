"""The dates a crime system's record lines give a case: the record created (or the call taken)
is the report, the record finalised or closed with the day after it is the closure, and a date
of birth written after a name and a comma is no report. All sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.rules import dates_in, reported_date, stated_closure


@pytest.mark.parametrize(("sentence", "day"), [
    ("Occurrence created 2011-04-02.", date(2011, 4, 2)),
    ("Call taken 2011-04-02 14:10 from the carer.", date(2011, 4, 2)),
    ("Call received 2-Apr-2011", date(2011, 4, 2)),
    ("Crime recorded 02/04/2011 by the front desk.", date(2011, 4, 2)),
])
def test_a_record_created_or_a_call_taken_is_the_report(sentence: str, day: date) -> None:
    assert reported_date(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Police reported: Odran Vey KELLISH, 14/03/1971 is thought to be grooming her.",
    "Reported concern about Marek Tull Osgood, 3 March 1968, seen at the park.",
])
def test_a_date_of_birth_after_a_name_is_no_report(sentence: str) -> None:
    assert reported_date(sentence) is None


@pytest.mark.parametrize(("sentence", "day"), [
    ("Occurrence finalised 2011-09-30.", date(2011, 9, 30)),
    ("Crime closed on the system 30-Sep-2011.", date(2011, 9, 30)),
    ("Record filed 30/09/2011 by the sergeant.", date(2011, 9, 30)),
])
def test_a_record_finalised_on_a_day_is_its_closure(sentence: str, day: date) -> None:
    assert stated_closure(sentence) == day


@pytest.mark.parametrize("sentence", [
    "Papers filed with the court on the first hearing.",
    "The phone was closed 3 times that week.",
])
def test_a_closure_word_without_its_day_is_no_closure(sentence: str) -> None:
    assert stated_closure(sentence) is None


def test_a_date_written_with_dashes_and_a_four_digit_year_is_read_and_a_number_s_parts_are_not(
) -> None:
    assert [d for d, _at in dates_in("Result entered 09-11-2006: no further action.")] == [
        date(2006, 11, 9)]
    assert dates_in("Referral KQ-4410-2006 and log 3-14-2006-1.") == ()


@pytest.mark.parametrize(("sentence", "reported", "closed"), [
    ("Report date 09/10/07.", date(2007, 10, 9), None),
    ("Closure date 11/10/07.", None, date(2007, 10, 11)),
    ("Case closed Oct 11 2007.", None, date(2007, 10, 11)),
])
def test_a_print_s_report_date_and_closure_date(sentence: str, reported: date | None,
                                                closed: date | None) -> None:
    assert (reported_date(sentence), stated_closure(sentence)) == (reported, closed)


@pytest.mark.parametrize(("sentence", "day"), [
    ("Closed 2011/04/02, filed as undetected.", date(2011, 4, 2)),
    ("Finalisation date: 2011/04/02.", date(2011, 4, 2)),
    ("CLOSED 02-Apr-11.", date(2011, 4, 2)),
])
def test_a_closure_with_the_year_first_or_a_status_print_line_is_read(sentence: str, day: date) -> None:
    assert stated_closure(sentence) == day


def test_a_year_first_date_inside_a_reference_is_no_date() -> None:
    assert dates_in("Crime KX/2011/04/02 was filed.") == ()


def test_a_status_print_received_line_is_the_report() -> None:
    assert reported_date("RECEIVED 02-Apr-11.") == date(2011, 4, 2)
    assert reported_date("The nurse received 3 letters from her.") is None


def test_a_status_print_line_after_a_heading_line_is_read() -> None:
    text = "VICTIM CODE: Girl Juniper\nRECEIVED 02-Apr-11."
    assert reported_date(text) == date(2011, 4, 2)
    assert stated_closure("OUTCOME: filed\nCLOSED 09-Apr-11.") == date(2011, 4, 9)


@pytest.mark.parametrize(("text", "day"), [
    ("First reported: 2011-Oct-09", date(2011, 10, 9)),
    ("Slip closed 2011/Oct/09 by the sergeant", date(2011, 10, 9)),
    ("Seen 2011 October 9", date(2011, 10, 9)),
])
def test_the_year_first_then_the_month_s_name_apart_by_dashes_or_slashes(text: str, day: date) -> None:
    assert [d for d, _at in dates_in(text)] == [day]
