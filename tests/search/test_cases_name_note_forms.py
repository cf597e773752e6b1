"""A note on a person written after the whole name in forms other forces use: angle brackets
("<photo 96835>", a custody photograph's number), a description's measure after a comma with no
colon (", shoe size 9", ", height 180 cm"), and a double-barrelled surname after two given names
("Cynwrig Hedd Parry-Hughes", not the family name "Hedd" and given names "Parry-Hughes"). All
names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name


def _role(sentence: str, name: str) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize(("text", "names"), [
    ("* Marek Tomas Wiśniewski <photo 12345> was arrested on 3 May 2004.", ["Marek Tomas Wiśniewski"]),
    ("The man the girl accuses is Marek Tomas Wiśniewski <custody image 4411>.",
     ["Marek Tomas Wiśniewski"]),
    ("The girl identifies the offender as Halvard Ivar Rønning, shoe size 9.", ["Halvard Ivar Rønning"]),
    ("Arrest of Halvard Ivar Rønning, shoe size 13 carried out 13.04.2006.", ["Halvard Ivar Rønning"]),
    ("Police shared concerns about Bryn Owain Lloyd-Pritchard (tattoo: rose, left arm).",
     ["Bryn Owain Lloyd-Pritchard"]),
    # a family name first, then two given names joined by a hyphen, still reads as before
    ("Arrested Popescu Ana-Maria at home.", ["Ana Maria Popescu"]),
])
def test_a_note_after_the_name_in_another_form_leaves_the_whole_name(text: str, names: list[str]) -> None:
    assert [n.display for n in record_names(text)] == names


@pytest.mark.parametrize(("sentence", "name"), [
    ("* Marek Tomas Wiśniewski <photo 12345> was arrested on 3 May 2004 and taken to custody.",
     "Marek Tomas Wiśniewski"),
    ("Halvard Ivar Rønning, shoe size 9 was charged on 4 June 2005.", "Halvard Ivar Rønning"),
])
def test_the_note_stands_between_the_name_and_what_was_done(sentence: str, name: str) -> None:
    assert _role(sentence, name) == "suspect"


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # the one a person accuses, as what he is
    ("The man the girl accuses is Marek Tomas Wiśniewski.", "Marek Tomas Wiśniewski", "suspect"),
    ("The person whom she named was Marek Tomas Wiśniewski.", "Marek Tomas Wiśniewski", "suspect"),
    ("The man who found her is Marek Tomas Wiśniewski.", "Marek Tomas Wiśniewski", None),
    # a log's heading with the day, its year cut to two figures
    ("Detained on suspicion 15 Dec '07: Bryn Owain Lloyd-Pritchard (tattoo: rose, left arm)",
     "Bryn Owain Lloyd-Pritchard", "suspect"),
    # a day written out with its weekday before the interview
    ("Marek Tomas Wiśniewski came voluntarily on 11 January 2003 (Saturday) for a cautioned "
     "interview.", "Marek Tomas Wiśniewski", "suspect"),
])
def test_who_is_accused_detained_or_interviewed_is_the_suspect(sentence: str, name: str,
                                                               role: str | None) -> None:
    assert _role(sentence, name) == role
