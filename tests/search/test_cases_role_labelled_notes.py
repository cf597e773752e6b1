"""A suspect read whatever note a force writes after a name to tell namesakes apart (a note in
guillemets, a labelled note after a semicolon or a slash), in a surname after a Faroese "í" or
"á", and from deeds written before a colon with their day, a prosecutor's refusal to charge the
person, a caution taken or an offence admitted (search.cases.people, search.cases.roles).
Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name


def _role(sentence: str, name: str) -> str | None:
    for written in record_names(sentence):
        if written.display == name:
            found = role_of_name(sentence[:written.start], sentence[written.start:written.end],
                                 sentence[written.end:])
            return found.role if found else None
    raise AssertionError(f"{name!r} not read as a name in {sentence!r}")


NOTES = [" «needs a Welsh interpreter»", "; eye colour: grey", " / walk: brisk", "; scar: left cheek"]
SAYINGS = [
    "{name}{note} was arrested at his flat on Aug 3rd, 2006.",
    "Note 4 May 2007: the family heard that {name}{note} has been charged.",
    "Note 4 May 2007: {name}{note} owned up and accepted a simple caution.",
    "Panel note: {name}{note} admitted the offence in interview.",
    "{name}{note} attended on Aug 9th, 2006 for a tape-recorded interview.",
    "Arrested Wed, 7 May 2008 on suspicion: {name}{note}.",
    "Voluntary interview 9 Feb 2009: {name}{note}.",
    "Picked out by Child K from an album of photographs: {name}{note}.",
    "Child K told an officer it was {name}{note}.",
    "The prosecutor refused to prosecute {name}{note}.",
]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("saying", SAYINGS)
def test_a_suspect_past_a_force_note(saying: str, note: str) -> None:
    assert _role(saying.format(name="Gwilym Arwel Pryce", note=note), "Gwilym Arwel Pryce") == "suspect"


@pytest.mark.parametrize("name", ["Eirikur Jóan í Stovu", "Rói Bjarni á Bakka"])
def test_a_faroese_surname_after_its_particle_is_read_whole(name: str) -> None:
    assert _role(f"Arrested Wed, 7 May 2008 on suspicion: {name}; beard: none.", name) == "suspect"


@pytest.mark.parametrize("sentence", [
    "Home address of Gwilym Arwel Pryce «Welsh speaker» confirmed.",
    "Witness interview 9 FEB 2009: Gwilym Arwel Pryce / walk: brisk.",
])
def test_a_note_alone_makes_no_suspect(sentence: str) -> None:
    assert _role(sentence, "Gwilym Arwel Pryce") != "suspect"
