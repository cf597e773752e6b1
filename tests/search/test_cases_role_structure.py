"""Suspects read from how a file is built rather than from one force's wording
(search.cases.roles, search.cases.clauses, search.cases.rules): a field whose label names the
role, a question answered on its line, an aside in square brackets between a name and its
verb, "questioned under caution", "took X into custody", "picked X out", and the people such
sentences name beside the suspect who are no suspects. Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name
from search.cases.rules import sentences


def _role(sentence: str, name: str) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize(("sentence", "name"), [
    ("Accused person: Arvo Lembit KASK (born Tartu). Detained 3.V.2001.", "Arvo Lembit KASK"),
    ("Who was arrested? Kask Arvo Lembit (Estonian national), on 2001. 05. 03.", "Kask Arvo Lembit"),
    ("Was anyone charged? Yes: Kask Arvo Lembit, on 2001. 09. 12., with theft.", "Kask Arvo Lembit"),
    ("Who was questioned under caution? Arvo Kask (solicitor present: Ilse Tamm).", "Arvo Kask"),
    ("Minute 4. Arvo Lembit Kask [interpreter: Estonian] was charged on Monday 3rd May 2004.",
     "Arvo Lembit Kask"),
    ("Arvo Kask [interpreter: Estonian] attended by appointment on Monday 3rd May 2004 and was "
     "questioned under caution (solicitor present: Ilse Tamm).", "Arvo Kask"),
    ("Minute 3. I took Arvo Lembit Kask [interpreter: Estonian] into custody on Monday 3rd May "
     "2004 at his home.", "Arvo Lembit Kask"),
    ("Minute 5. Child 7-B picked out Arvo Lembit Kask [interpreter: Estonian] from an album of "
     "photographs.", "Arvo Lembit Kask"),
    ("No; Arvo Kask (Estonian national) was given a caution instead, on 2001. 05. 03.", "Arvo Kask"),
])
def test_the_structure_around_a_name_makes_it_a_suspect(sentence: str, name: str) -> None:
    assert _role(sentence, name) == "suspect"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Arvo Kask [interpreter: Estonian] attended by appointment on Monday 3rd May 2004 and was "
     "questioned under caution (solicitor present: Ilse Tamm).", "Ilse Tamm"),
    ("Home address of Arvo Lembit KASK (born Tartu): 4 Mill Road.", "Arvo Lembit KASK"),
    ("Was anyone charged? No; the file went to Ilse Tamm for advice.", "Ilse Tamm"),
    ("DC Ilse Tamm took the statement of Arvo Kask into account.", "Arvo Kask"),
    ("Minute 9. Statement obtained from Arvo Kask, bus driver.", "Arvo Kask"),
])
def test_the_people_beside_such_structures_are_no_suspects(sentence: str, name: str) -> None:
    assert _role(sentence, name) != "suspect"


def test_a_question_and_its_answer_on_one_line_are_one_sentence() -> None:
    text = "Which crime? T42-06-008813: theft.\nWho was arrested? Arvo Kask, on 2 March 2006.\n"
    assert "Who was arrested? Arvo Kask, on 2 March 2006." in [s.text for s in sentences(text)]
