"""Names whose surname is two joined by a conjunction ("Vidal i Roig", "Ortega y Lanz") or
whose given name has a Catalan middle dot ("Marcel·lí"), read whole; a note after a double
colon ("X :: accent Geordie") or a description after a dash with no colon ("X – hair auburn")
read as a note on the person, not as part of the name nor a stop before the deed
(search.cases.people, search.cases.reading). Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.reading import _DOUBLE_COLON_NOTE, described
from search.cases.roles import role_of_name


def _roles(sentence: str) -> dict[str, str | None]:
    found = {}
    for written in record_names(sentence):
        rule = role_of_name(sentence[:written.start], sentence[written.start:written.end],
                            sentence[written.end:])
        found[written.display] = rule.role if rule else None
    return found


@pytest.mark.parametrize(("sentence", "name"), [
    ("Arrested on 3-May-2004: Pau Jordi Vidal i Roig.", "Pau Jordi Vidal i Roig"),
    ("Tomás Ortega y Lanz was charged on 9 June 2005.", "Tomás Ortega y Lanz"),
    ("Officers arrested Marcel·lí Puig i Coll at his flat.", "Marcel·lí Puig i Coll"),
    ("Sérgio Luís Silva e Costa was interviewed under caution.", "Sérgio Luís Silva e Costa"),
])
def test_two_joined_surnames_are_one_name(sentence: str, name: str) -> None:
    assert _roles(sentence) == {name: "suspect"}


@pytest.mark.parametrize("sentence", [
    "Pau Jordi Vidal i Roig – hair auburn was arrested on 3 May 2004.",
    "Arrested on 3-May-2004: Pau Jordi Vidal i Roig – hair auburn.",
    "Roble Axmed Warsame :: accent Geordie was arrested on 3 May 2004.",
    "The school raised Roble Axmed Warsame :: accent Geordie as a person of concern.",
    "> SUSPECT NAMED BY Girl Wren - Roble Axmed Warsame :: accent North African.",
])
def test_a_note_after_the_name_is_no_stop_before_the_deed(sentence: str) -> None:
    assert list(_roles(sentence).values()) == ["suspect"]


@pytest.mark.parametrize(("after", "note"), [
    (" – hair auburn was arrested", "hair: auburn"),
    (" - build stocky, was charged", "build: stocky"),
    (" :: accent Geordie was arrested", "accent: geordie"),
    (" :: accent: Fife", "accent: fife"),
    (", hair: dark brown was arrested", "hair: dark brown"),
])
def test_the_note_tells_namesakes_apart(after: str, note: str) -> None:
    assert described(after) == note


def test_the_words_of_a_double_colon_note_are_no_one_s_name() -> None:
    sentence = "Arrested: Roble Axmed Warsame :: accent East African."
    assert _DOUBLE_COLON_NOTE.search(sentence[:sentence.index("East")])
    assert not _DOUBLE_COLON_NOTE.search(sentence[:sentence.index("Roble")])
