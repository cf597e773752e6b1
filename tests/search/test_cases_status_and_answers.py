"""The case register on a crime system's status lines and a question-and-answer review form
(issue 21): "suspect DETAINED >> X" (an arrow for the label's colon), a question on one line and
its answer on the next ("Q7. Anyone detained or arrested?" / "A. Yes: X"), "Whom does the young
person name?" answered "A. Pupil Teasel names X"; outcomes a status change, a panel's minute
and a form's answer state; dates written month first or year first with full stops. The
material is invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.codes import _mention_token
from search.cases.grouping import Groups
from search.cases.items import cued_marks
from search.cases.outcomes import outcome_of
from search.cases.reading import described
from search.cases.register import _date_orders
from search.cases.roles import role_of_name
from search.cases.rules import dates_in, month_first, sentences, writes_month_first
from search.cases.sources import SourceDocument


@pytest.mark.parametrize(("before", "written"), [
    ("03/11/2005 suspect DETAINED >> ", "Orvar Tadej Klemenc"),
    ("03/11/2005 suspect INTERVIEWED VOLUNTARILY >> ", "Orvar Tadej Klemenc"),
    ("03/11/2005 suspect NAMED BY GIRL K4 >> ", "Orvar Tadej Klemenc"),
    ("Q7. Anyone detained or arrested? A. Yes: ", "Orvar Tadej Klemenc"),
    ("Q8. Anyone else interviewed under caution? A. Yes: ", "Orvar Tadej Klemenc"),
    ("Q9. And whom does the young person name? A. Pupil Wren names ", "Orvar Tadej Klemenc"),
])
def test_status_lines_and_answers_make_a_suspect(before: str, written: str) -> None:
    rule = role_of_name(before, written, "; build slim, 2005.11.03")
    assert rule is not None and rule.role == "suspect"


def test_a_status_line_that_names_no_suspect_makes_none() -> None:
    rule = role_of_name("03/11/2005 status NEW >> OPEN; phoned in by ", "Ada Klemenc", ".")
    assert rule is None or rule.role != "suspect"


@pytest.mark.parametrize("written", ["Pupil Teasel", "Juvenile Sorrel", "A. Pupil"])
def test_a_subjects_label_and_code_word_is_no_suspect(written: str) -> None:
    rule = role_of_name("Q9. And whom does the young person name? A. ", written, " names Orvar Klemenc.")
    assert rule is not None and rule.role == "subject"


def test_a_question_and_its_answer_on_the_next_line_are_one_sentence() -> None:
    text = ("Q. Anyone detained or arrested?\nA. Yes: Orvar Tadej Klemenc, 2005.11.03\n"
            "Q. Other matters?\nA. None.")
    assert sentences(text)[0].text.startswith("Q. Anyone detained or arrested?\nA. Yes: Orvar")


def test_a_question_without_an_answer_line_still_ends_a_sentence() -> None:
    assert len(sentences("Was the girl seen again?\nShe was seen at the station.")) == 2


def test_a_question_after_a_sentence_on_its_line_keeps_its_answer() -> None:
    text = "Operation LARCH. Q. Outcome of enquiry?\nA. Charge, 2011.03.02: Orvar Klemenc."
    assert sentences(text)[-1].text.startswith("Q. Outcome of enquiry?\nA. Charge")


def test_a_log_line_that_starts_with_its_date_is_a_sentence_of_its_own() -> None:
    text = ("11/02/2006 status NEW >> OPEN; phoned in by a teacher\n"
            "11/09/2006 suspect DETAINED >> Orvar Klemenc")
    assert [s.text[:10] for s in sentences(text)] == ["11/02/2006", "11/09/2006"]
    assert len(sentences("He was seen on\n11/02/2006 at the depot.")) == 1


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("07/14/2005 status OPEN >> CHARGED; Orvar Klemenc bailed to the youth court", "charged", None),
    ("07/14/2005 status OPEN >> CAUTIONED; Orvar Klemenc accepted it", "cautioned", None),
    ("07/14/2005 status OPEN >> OPEN; note: further enquiries continuing", "open", None),
    ("Panel minute, 3 Feb. 2006: finalised with a charge, Orvar Klemenc to face trial.", "charged",
     None),
    ("Panel minute, 3 Feb. 2006: finalised with a formal caution after Orvar Klemenc admitted it.",
     "cautioned", None),
    ("Q. Outcome of enquiry?\nA. Charge, 2006.02.03: Orvar Klemenc, for it.", "charged", None),
    ("Q. Outcome of enquiry?\nA. NFA, 2006.02.03; the evidence held would not support any "
     "prosecution.", "nfa", "insufficient evidence"),
    ("Q. Outcome of enquiry?\nA. NFA, 2006.02.03; a prosecution helps no one.", "nfa",
     "not in public interest"),
    ("Closed NFA; the panel thought a trial does the public no good.", "nfa",
     "not in public interest"),
    ("NFA: the girl would not back a prosecution.", "nfa", "victim did not support"),
])
def test_status_changes_minutes_and_answers_state_outcomes(sentence: str, outcome: str,
                                                           reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_two_forces_crime_numbers_are_never_one_case() -> None:
    groups = Groups()
    police_a = "DECLARED/Northmoor Police/crime/NM/~4/01234"
    council_a = "DECLARED/Northmoor Council/referral/2004/00077"
    police_b, shared = "DECLARED/Eastfen Police/crime/EF/D/01234", "INCIDENT/2004/00555"
    groups.join([police_a, council_a])
    groups.join([police_a, shared])
    groups.join([police_b, shared])
    assert groups.find(police_a) == groups.find(council_a) != groups.find(police_b)


def test_a_number_written_in_words_is_not_found_inside_dates() -> None:
    """"incident 0318 of 05.06.2003" is no token "06.2003" to find in every date of June."""
    assert _mention_token("0318 of 05.06.2003") is None
    assert _mention_token("INC05062003-0318") == "INC05062003-0318"


def test_a_document_that_writes_the_month_first_is_read_so() -> None:
    page = "09/23/2004 status NEW >> OPEN\n10/05/2004 status OPEN >> NFA"
    assert writes_month_first([page]) and not writes_month_first(["23/09/2004 and 05/10/2004"])
    with month_first(writes_month_first([page])):
        assert [d for d, _at in dates_in("10/05/2004 closed")] == [date(2004, 10, 5)]
    assert [d for d, _at in dates_in("10/05/2004 closed")] == [date(2004, 5, 10)]
    assert [d for d, _at in dates_in("09/23/2004")] == [date(2004, 9, 23)]  # only that order


def test_records_of_one_kind_share_their_date_order() -> None:
    def record(doc_id: str, line: str) -> SourceDocument:
        return SourceDocument(doc_id, doc_id, "", None, None,
                              {1: (f"EVENT PRINT FOR FILE 1/{doc_id}\n{line}", "c")}, ())
    documents = _date_orders([record("a", "04/16/2003 opened"), record("b", "04/12/2001 opened")])
    assert [d.month_first for d in documents] == [True, True]
    assert [d.month_first for d in _date_orders([record("c", "16/04/2003 opened"),
                                                 record("d", "04/12/2001 opened")])] == [False, False]


def test_a_date_written_year_first_with_full_stops() -> None:
    assert [d for d, _at in dates_in("A. 2004.10.12; phoned in")] == [date(2004, 10, 12)]


def test_an_eye_colour_in_brackets_describes_the_person() -> None:
    assert described(" (eye colour hazel) was detained") == "eye colour: hazel"
    assert described(" (eye color grey)") == "eye color: grey"


def test_a_plate_with_a_dot_for_its_space() -> None:
    text = "Vehicle seen: a grey Skoda Yeti, plate KX08.TRV."
    assert [(text[a:b], key) for a, b, key in cued_marks(text)] == [("KX08.TRV", "KX08TRV")]
