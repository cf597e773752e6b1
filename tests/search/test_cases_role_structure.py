"""Suspects read from how a file is built rather than from one force's wording
(search.cases.roles, search.cases.clauses, search.cases.rules): a field whose label names the
role, a question answered on its line, an aside in square brackets between a name and its
verb, "questioned under caution", "took X into custody", "picked X out", and the people such
sentences name beside the suspect who are no suspects. Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import role_of_name
from search.cases.rules import sentences


def _document(number: int, text: str, names: tuple[str, ...]) -> SourceDocument:
    """A document whose person mentions are the names given, where the text writes them (as
    a language model may find only part of a name)."""
    mentions = [Mention("person", " ".join(n.lower().split()), n, 1, text.index(n),
                        text.index(n) + len(n)) for n in names]
    control = f"S-{number:06d}"
    return SourceDocument(f"s{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


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


@pytest.mark.parametrize(("sentence", "name"), [
    ("Whom did Child 7-B name? Kask Arvo Lembit (Estonian national).", "Kask Arvo Lembit"),
    ("Minute 10. Minute to DI: Arvo Lembit Kask [interpreter: Estonian] received a formal "
     "caution on Monday 3rd May 2004.", "Arvo Lembit Kask"),
])
def test_a_question_of_who_was_named_and_a_caution_received_make_a_suspect(
        sentence: str, name: str) -> None:
    assert _role(sentence, name) == "suspect"


@pytest.mark.parametrize(("text", "display"), [
    ("Minute 3. I took Ruben Alves dos Reis into custody.", "Ruben Alves dos Reis"),
    ("Home address of Pieter Jan van der Berg: 4 Mill Road.", "Pieter Jan van der Berg"),
    ("Who was arrested? Tamm Arvo Lembit (Estonian national), on 3 May 2004.", "Tamm Arvo Lembit"),
    ("Child 7-B picked out Arvo Lembit Kask [interpreter: Estonian] from an album.",
     "Arvo Lembit Kask"),
])
def test_a_name_is_read_whole_through_its_particles_and_up_to_a_note_on_the_person(
        text: str, display: str) -> None:
    assert display in [name.display for name in record_names(text)]


def test_two_people_with_the_same_first_words_stay_two_when_read_whole() -> None:
    documents = [_document(1, "Who was arrested? Tamm Arvo Lembit (Estonian national), on 3 May "
                              "2004. Crime T42-06-008813.", ("Tamm Arvo",)),
                 _document(2, "Who was arrested? Tamm Arvo Peeter (Estonian national), on 9 May "
                              "2004. Crime T42-06-008813.", ("Tamm Arvo",))]
    suspects = {key for case in build_cases("c", documents) for key, roles in case.roles.items()
                if any(role[0] == "suspect" for role in roles)}
    assert suspects == {"tamm arvo lembit", "tamm arvo peeter"}
