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


NOTES = [" «speaks Welsh and English»", "; eye colour: grey", " / walk: brisk", "; scar: left cheek"]
SAYINGS = [
    "Log | {name}{note} was arrested on Aug 3rd, 2006, then taken to custody.",
    "Update 4 May 2007 >> the family were told that {name}{note} has been charged.",
    "Update 4 May 2007 >> {name}{note} made full admissions and took a caution.",
    "DECISION 9 JUN 2008 -- GROUNDS: {name}{note} admitted the offence.",
    "Log | {name}{note} came in voluntarily on May 2nd, 2005 for a taped interview.",
    "Detained Tue, 6 May 2008 on suspicion: {name}{note}.",
    "VOLUNTARY INTERVIEW 9 FEB 2009: {name}{note}; legal adviser present.",
    "Picked out by Child K in her recorded interview: {name}{note}.",
    "Log | Child K told the officer it was {name}{note} who hurt her.",
    "The reviewing lawyer declined to charge {name}{note}.",
]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("saying", SAYINGS)
def test_a_suspect_past_a_force_note(saying: str, note: str) -> None:
    assert _role(saying.format(name="Gwilym Arwel Pryce", note=note), "Gwilym Arwel Pryce") == "suspect"


@pytest.mark.parametrize("name", ["Eirikur Jóan í Stovu", "Rói Bjarni á Bakka"])
def test_a_faroese_surname_after_its_particle_is_read_whole(name: str) -> None:
    assert _role(f"Detained Tue, 6 May 2008 on suspicion: {name}; beard: none.", name) == "suspect"


@pytest.mark.parametrize("sentence", [
    "Home address of Gwilym Arwel Pryce «speaks Welsh» confirmed.",
    "Witness interview 9 FEB 2009: Gwilym Arwel Pryce / walk: brisk.",
])
def test_a_note_alone_makes_no_suspect(sentence: str) -> None:
    assert _role(sentence, "Gwilym Arwel Pryce") != "suspect"
