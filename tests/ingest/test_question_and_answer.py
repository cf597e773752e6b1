"""A record written in questions and answers (interview records, review forms): a line's "Q."
or "A." says who speaks and is no initial, so "A. Lodger M3" is no person "A. Lodger", while an
initial in a sentence of the same record still is. Names, codes and the form are invented."""

from __future__ import annotations

import pytest

from ingest.entities import find_mentions, load_nlp
from ingest.model import Page
from ingest.people import person_spans

FORM = ("Eastdale Police\nCase review (questions and answers)\n"
        "Q. Who is the young person?\nA. Lodger M3\n"
        "Q. Who investigated?\nA. DS Orla Brackenridge no. 5120\n"
        "Q. Whom does the young person name?\nA. Lodger M3 names Teodor Wyszomirski\n"
        "Q. Anything else?\nA. Calls to Lodger M3 came from a phone box.\n"
        "Q. Who else was told?\nA. Brackenridge told the school; seen by J. Quarendon later.\n")


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def test_an_answer_mark_is_no_initial_for_the_name_rules() -> None:
    found = {s.text for s in person_spans(FORM)}
    assert not any(text.startswith(("A.", "Q.")) for text in found)
    assert "J. Quarendon" in found


def test_no_person_is_made_of_a_question_or_answer_mark(nlp) -> None:  # noqa: ANN001
    people = {m.text for m in find_mentions([Page(1, FORM)], nlp, 100_000) if m.kind == "person"}
    assert not any(text.startswith(("A.", "Q.", "A ", "Q ")) for text in people), people
    assert "Orla Brackenridge" in people and "J. Quarendon" in people


def test_a_page_with_no_questions_keeps_a_line_s_initial() -> None:
    letter = "Dear Sir,\nA. Quarendon called at the office.\nYours faithfully"
    assert [s.text for s in person_spans(letter)] == ["A. Quarendon"]
