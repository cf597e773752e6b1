"""A person's description after the name ("(height 180 cm)", ", scar: on the chin", " — build:
slim") is a note on the name, not part of it, and stands between the name and what was done to
them, and tells namesakes apart; a records system's event line names its person after the event
("event=ARRESTED | subject=X"); a table's label cell on the line before the name's says the
role ("Named by Minor Heron", "Interviewed voluntarily", "Excluded from the investigation");
dates and sentences of such registers. All names and sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.flags import _told_apart
from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import CLEARED, role_of_name
from search.cases.rules import closed_date, dates_in, reported_date, sentences


def _role(sentence: str, name: str) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize(("text", "names"), [
    ("Prisoner: Torvald Ingram Quenby (height 183 cm).", ["Torvald Ingram Quenby"]),
    ("* Torvald Ingram Quenby, scar: on the chin was arrested.", ["Torvald Ingram Quenby"]),
    ("Proceed to trial: Torvald Ingram Quenby — build: slim charged", ["Torvald Ingram Quenby"]),
    # a table's cell on the line before is no part of the name
    ("Named by Minor Finch\nTorvald Ingram Quenby — build: slim", ["Torvald Ingram Quenby"]),
])
def test_a_description_after_a_name_marks_the_whole_name(text: str, names: list[str]) -> None:
    assert [n.display for n in record_names(text)] == names


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("* Torvald Ingram Quenby, scar: on the chin had been arrested by Mar-03-2011 and booked "
     "in.", "Torvald Ingram Quenby", "suspect"),
    ("* Torvald Ingram Quenby, scar: on the chin came in by arrangement on Mar-03-2011 and was "
     "interviewed under caution.", "Torvald Ingram Quenby", "suspect"),
    ("* Minor Finch had named Torvald Ingram Quenby, scar: on the chin as the man responsible.",
     "Torvald Ingram Quenby", "suspect"),
    ("trail 03032011 ; event=ARRESTED | subject=Torvald Ingram Quenby (height 183 cm)",
     "Torvald Ingram Quenby", "suspect"),
    ("trail 03032011 ; event=INTERVIEW_BY_ARRANGEMENT | subject=Torvald Ingram Quenby (height "
     "183 cm) | adviser=Maud Pell", "Torvald Ingram Quenby", "suspect"),
    ("trail 03032011 ; event=NAMED_BY_CHILD | name=Torvald Ingram Quenby | by=Minor Finch",
     "Torvald Ingram Quenby", "suspect"),
    ("trail ; event=CLEARED | subject=Torvald Ingram Quenby (height 183 cm) | alibi=abroad",
     "Torvald Ingram Quenby", CLEARED),
    ("trail 03032011 ; event=WITNESS_INTERVIEW | subject=Torvald Ingram Quenby",
     "Torvald Ingram Quenby", None),
    ("Named by Minor Finch Torvald Ingram Quenby — build: slim", "Torvald Ingram Quenby",
     "suspect"),
    ("Interviewed voluntarily Torvald Ingram Quenby — build: slim, on Mar. 3, 2011",
     "Torvald Ingram Quenby", "suspect"),
    ("Excluded from the investigation Torvald Ingram Quenby — build: slim: DNA did not match",
     "Torvald Ingram Quenby", CLEARED),
    # prose: who named a person is no label cell
    ("The girl was named by her aunt Maud Pell — build: slim, at the door.", "Maud Pell", None),
])
def test_the_role_past_a_description_an_event_line_or_a_label_cell(
        sentence: str, name: str, role: str | None) -> None:
    assert _role(sentence, name) == role


def _document(text: str, doc_id: str) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)
                     if m.kind != "person")
    return SourceDocument(doc_id, "D-000001", "statement", None, None,
                          {1: (text, "D-000001-0001")}, mentions)


@pytest.mark.parametrize(("note", "other_note", "apart"), [
    (" (height 183 cm)", " (height 168 cm)", True),
    (" (height 183 cm)", " (height 183 cm)", False),
    (" — build: slim, tall", " — build: stocky, short", True),
    # a description's value runs on into the sentence: its first words are compared
    (" — build: slim, tall", " — build: slim, tall, seen", False),
    (", scar: on the chin", ", scar: over the lip", True),
    # descriptions of two kinds say nothing of each other
    (" (height 183 cm)", ", scar: over the lip", False),
    # a weight after a comma
    (", weight 10 st 4 lb,", ", weight 16 st 1 lb,", True),
    (", weight 10 st 4 lb,", ", weight 10 st 4 lb,", False),
    # a measure after a comma with no colon, as a bracketed one
    (", shoe size 7", ", shoe size 12", True),
    (", shoe size 9", " (shoe size 9)", False),
    (", height 180 cm", " (height 180 cm)", False),
])
def test_namesakes_told_apart_by_their_description(note: str, other_note: str, apart: bool) -> None:
    cases = [build_cases("c", [_document(f"Crime number KX/11/{serial}.\nTorvald Ingram Quenby{written} "
                                         "was arrested on suspicion of grooming.", doc)])[0]
             for serial, written, doc in (("40312", note, "d1"), ("40999", other_note, "d2"))]
    assert _told_apart(cases[0], "torvald ingram quenby", cases[1], "torvald ingram quenby") is apart


@pytest.mark.parametrize(("text", "day"), [
    ("trail 17122004 :: status=closed", date(2004, 12, 17)),
    ("Reviewer's note, Dec-17-2004: the enquiry had ended.", date(2004, 12, 17)),
    ("Ruling of Dec. 17, 2004 | Stop", date(2004, 12, 17)),
])
def test_a_day_written_in_eight_digits_or_with_the_month_first_and_dashes(text: str, day: date) -> None:
    assert [found for found, _at in dates_in(text)] == [day]


@pytest.mark.parametrize("text", ["Ref 17122004/A", "crime 17122004CW", "serial 32132004",
                                  "ID 2004.17122004"])
def test_eight_digits_in_a_reference_or_no_day_are_no_date(text: str) -> None:
    assert dates_in(text) == ()


def test_may_with_a_full_stop_before_its_day_and_year_ends_no_sentence() -> None:
    texts = [s.text for s in sentences("Ruling of May. 3, 2011\nClose, NFA. He came in May. 22 "
                                       "people saw him.")]
    assert texts == ["Ruling of May. 3, 2011\nClose, NFA.", "He came in May.", "22 people saw him."]


def test_a_report_that_reached_the_police_and_an_investigation_shut_down_are_dated() -> None:
    assert reported_date("The report first reached police on Mar-02-2011.") == date(2011, 3, 2)
    assert closed_date("Investigation shut down on Mar-09-2011.") == date(2011, 3, 9)


@pytest.mark.parametrize(("text", "day"), [
    ("Docket sealed and sent to storage 23-06-09.", date(2009, 6, 23)),
    ("Message: on 02-11-98 he was cautioned.", date(1998, 11, 2)),
])
def test_a_day_month_and_two_digit_year_apart_by_dashes(text: str, day: date) -> None:
    assert [found for found, _at in dates_in(text)] == [day]


@pytest.mark.parametrize("text", ["sort code 23-06-09 on file", "ref QX-23-06-09/4", "item 23-06-091"])
def test_dashed_pairs_of_digits_in_a_number_are_no_date(text: str) -> None:
    assert dates_in(text) == ()
