"""Who a child named, as a log's heading in capitals with a dash ("NAMED BY CHILD A - X") or after
an offender's noun and a colon ("names the man responsible: X") (search.cases.roles). All names
and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name


def _role(sentence: str, name: str) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize(("sentence", "name"), [
    ("NAMED BY YOUNG PERSON TEAL - Orrin Pask Vellacott (interpreter: none).", "Orrin Pask Vellacott"),
    ("Named by Child K/4 \u2013 Orrin Pask Vellacott, left handed.", "Orrin Pask Vellacott"),
    ("In her interview Girl Sorrel names the man responsible: Orrin Pask Vellacott, left handed.",
     "Orrin Pask Vellacott"),
    ("The girl identified her abuser: Orrin Pask Vellacott [accent: Fife].", "Orrin Pask Vellacott"),
    ("The men responsible: Orrin Pask Vellacott.", "Orrin Pask Vellacott"),
])
def test_a_person_named_as_the_one_who_did_it_is_a_suspect(sentence: str, name: str) -> None:
    assert _role(sentence, name) == "suspect"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The person responsible for the premises is Orrin Vellacott.", "Orrin Vellacott"),
    ("Her teacher: Orrin Pask Vellacott.", "Orrin Pask Vellacott"),
])
def test_a_person_named_otherwise_is_no_suspect(sentence: str, name: str) -> None:
    assert _role(sentence, name) != "suspect"


def test_the_named_person_is_read_whole_after_the_heading() -> None:
    sentence = "NAMED BY YOUNG PERSON TEAL - Orrin Pask Vellacott (interpreter: none)."
    assert "Orrin Pask Vellacott" in [n.display for n in record_names(sentence)]
