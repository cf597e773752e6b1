"""A person taken into custody by officers ("officers took X into custody") and one who gave a
cautioned interview, with a note after the name that no comma closes ("X, left handed gave a
cautioned interview"): the whole name read and made a suspect (search.cases.people,
search.cases.roles). All names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name


def _suspects(sentence: str) -> list[str]:
    found = []
    for name in record_names(sentence):
        rule = role_of_name(sentence[:name.start], sentence[name.start:name.end], sentence[name.end:])
        if rule is not None and rule.role == "suspect":
            found.append(name.display)
    return found


@pytest.mark.parametrize(("sentence", "shown"), [
    ("On the 3rd of May 2011 officers took Orrin Pask Vellacott, left handed into custody under arrest.",
     "Orrin Pask Vellacott"),
    ("At 06:10 officers took Orrin Vellacott into police custody.", "Orrin Vellacott"),
    ("On the 3rd of May 2011 Marie-Claude Orrin Vellacott, right handed gave a cautioned interview by "
     "appointment, represented by a solicitor.", "Marie-Claude Orrin Vellacott"),
    ("Orrin Pask Vellacott gave an interview under caution at the station.", "Orrin Pask Vellacott"),
])
def test_a_person_taken_into_custody_or_interviewed_under_caution_is_a_suspect(
        sentence: str, shown: str) -> None:
    assert _suspects(sentence) == [shown]


@pytest.mark.parametrize("sentence", [
    "She took Orrin Vellacott to school in the morning.",
    "Orrin Vellacott gave a statement as a witness.",
])
def test_a_person_taken_elsewhere_or_giving_a_witness_statement_is_no_suspect(sentence: str) -> None:
    assert _suspects(sentence) == []


def test_a_name_given_by_its_mention_is_a_suspect_when_taken_into_custody() -> None:
    sentence = "On the 3rd of May 2011 officers took Orrin Pask Vellacott, left handed into custody."
    at = sentence.index("Orrin")
    rule = role_of_name(sentence[:at], "Orrin Pask Vellacott", sentence[at + 20:])
    assert rule is not None and rule.role == "suspect"
