"""What an investigator sees as a person is a person: a venue's door staff, a young person's
code with a Roman numeral, a baths and a nightclub are not, and a sentence going on after a
name is not the name's (names29: invented examples)."""

from __future__ import annotations

import pytest

from search.name_kinds import name_kind


@pytest.mark.parametrize("text", ["Head Doorman", "Chief Lifeguard", "Senior Doorwoman",
                                  "Juvenile XIV", "Juvenile ix", "Youth XII", "Child VII"])
def test_door_staff_and_numbered_young_people_are_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Door Supervisor", "Night Steward", "Pool Attendant"])
def test_a_post_in_words_of_the_language_is_no_person(text: str) -> None:
    """Not "Door": the role's word is no label to cut from a name's end when every word
    before it is a word of the language."""
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize(("text", "person"), [("Ann Hirst Supervisor", "Ann Hirst"),
                                               ("Grace Porter", "Grace Porter")])
def test_a_name_before_a_post_stays_the_person(text: str, person: str) -> None:
    assert name_kind("person", text) == ("person", person)


@pytest.mark.parametrize("text", ["Quarrendale Baths", "Velvetine Nightclub", "Marlpool Casino"])
def test_a_baths_and_a_nightclub_are_organisations(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


def test_a_sentence_going_on_after_a_name_is_not_the_name_s() -> None:
    assert name_kind("person", "Orsolya Kelynack for") == ("person", "Orsolya Kelynack")


@pytest.mark.parametrize("text", ["James Doorman", "Ivy Kelynack", "Xi Wen"])
def test_people_with_such_words_stay_people(text: str) -> None:
    assert name_kind("person", text)[0] == "person"
