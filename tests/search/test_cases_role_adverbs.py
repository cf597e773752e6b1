"""A suspect's deed read with an adverb between its auxiliary and its verb ("has now been
charged", "had since been arrested"), and a deed denied the same way ("has still not been
charged") read as no deed (search.cases.roles). Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name

NAME = "Darren Athelby"


def _role(sentence: str) -> str | None:
    for written in record_names(sentence):
        if written.display == NAME:
            found = role_of_name(sentence[:written.start], sentence[written.start:written.end],
                                 sentence[written.end:])
            return found.role if found else None
    return None  # not read as a name at all: no role either


@pytest.mark.parametrize("sentence", [
    f"Update 3 March 2004: {NAME} has now been charged with two offences.",
    f"By the review in 2005, {NAME} had since been arrested and bailed.",
    f"Log 12/06/1999: {NAME} has also been interviewed under caution.",
    f"{NAME} has subsequently been charged and remanded.",
    f"{NAME} had finally been arrested on 4 July 2001.",
])
def test_a_deed_after_an_adverb_makes_a_suspect(sentence: str) -> None:
    assert _role(sentence) == "suspect"


@pytest.mark.parametrize("sentence", [
    f"Update 3 March 2004: {NAME} has still not been charged.",
    f"{NAME} has never been arrested.",
    f"{NAME} hasn't been charged and is not a suspect.",
    f"{NAME} has now been spoken to as a witness.",
])
def test_a_denied_deed_or_another_role_makes_no_suspect(sentence: str) -> None:
    assert _role(sentence) != "suspect"
