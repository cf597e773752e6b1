"""Roles by family, all invented: a suspect arrested, interviewed under caution, charged,
named as the one who did it, with a status in brackets or an offence in the perfect tense; and
the people who must not become suspects (officers, a statement's maker who made the arrest,
people named as someone else, victims of an offence done to them)."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name

NAME = "Oren Vasko Pascoe"


def _role(sentence: str) -> str | None:
    before, after = sentence.split("{N}")
    found = role_of_name(before, NAME, after)
    return found.role if found else None


@pytest.mark.parametrize("sentence", [
    "On 3 May 2004 {N} was arrested at his flat on suspicion of rape.",
    "Officers arrested {N} at the bus station.",
    "{N} (aged 34) was interviewed under caution and made no comment.",
    "{N} was charged with three counts of sexual activity with a child.",
    "The girl named {N} as the man who took her to the flat.",
    "Suspect: {N}",
    "Detained person | {N} | arrested 03/05/2004",
    "{N} attended voluntarily and was interviewed under caution.",
    "{N} was taken into custody at 14:30.",
    "{N} (arrested) denied the offence in interview.",
    "{N} (IUC) gave a prepared statement.",
    "Intelligence names {N} as the driver who collects the girls.",
    "It was alleged that {N} had sexually assaulted the girl.",
    "{N} has groomed several girls.",
    "{N}'s arrest took place on 3 May.",
    "{N} was booked into custody at 14:30.",
    "{N} was detained under PACE at the station.",
    "03/05/2004 14:30 ARREST - {N} - s.9 SOA",
    "Custody record opened for {N}.",
    "{N} was identified by the girl as her abuser.",
    "The girls described {N} as the man who gave them drink.",
    "{N} stands accused of two rapes.",
])
def test_a_suspect_family_is_read(sentence: str) -> None:
    assert _role(sentence) == "suspect"


@pytest.mark.parametrize(("sentence", "role"), [
    ("DC {N} arrested the suspect at 14:30.", "officer"),
    ("I, {N}, arrested the man at 14:30.", "officer"),
    ("I, {N}, PC 4431, arrested the man at his home.", "officer"),
    ("The complainant, {N}, was seen by the nurse.", "subject"),
    ("{N} (victim) was seen at the hospital.", "subject"),
    ("Witness {N} saw the car leave at midnight.", "witness"),
])
def test_a_person_who_is_no_suspect_keeps_their_role(sentence: str, role: str) -> None:
    assert _role(sentence) == role


@pytest.mark.parametrize("sentence", [
    "{N} had been abused by her uncle.",
    "The girl named {N} as the person who called the police.",
    "The mother named {N} as her daughter's friend.",
    "I, {N}, am a detective constable.",
    "{N} drove the girl home after school.",
    "The girl described {N} as her best friend.",
    "{N} was identified by the caller as the man who rang.",
    "{N} was named by the girl as the man who helped her.",
    "{N} was accused of lying by her mother.",
    "Appropriate adult: {N}",
    "{N} was informed of the arrest of her son.",
])
def test_no_false_suspect(sentence: str) -> None:
    assert _role(sentence) != "suspect"


@pytest.mark.parametrize(("word", "adverb"), [
    ("VOLUNTARILY", True), ("Subsequently", True), ("Reportedly", True),
    ("Kelly", False), ("Connolly", False), ("Emily", False), ("Beverly", False),
])
def test_a_one_word_adverb_is_no_name(word: str, adverb: bool) -> None:
    from search.cases.reading import _ADVERB
    assert bool(_ADVERB.fullmatch(word)) is adverb


@pytest.mark.parametrize(("heading", "role"), [
    ("ARRESTED PERSON", "suspect"),
    ("Person charged", "suspect"),
    ("Person under investigation", "suspect"),
    ("Person of concern", "suspect"),
    ("Section 3: Suspect(s)", "suspect"),
    ("Arresting officer", "officer"),
    ("Custody sergeant", "officer"),
    ("Appropriate adult", None),
    ("Injured party", "subject"),
])
def test_a_form_section_gives_its_role(heading: str, role: str | None) -> None:
    from search.cases.roles import role_of_field
    found = role_of_field([heading], "Name: Oren Vasko Pascoe", [])
    assert (found.role if found else None) == role
