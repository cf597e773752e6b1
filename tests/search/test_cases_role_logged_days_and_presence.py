"""Suspects read from a log's heading with its day written month first or year first and an
aside and a dash before the name ("INTERVIEWED UNDER CAUTION 2004/Mar/03 (VOLUNTARY) - X"),
from a bail notice's label ("Person bailed: X"), from a volunteer's visit to the station and
from the one named as "the man responsible"; and the one "present" at an interview (a
solicitor, an appropriate adult) read as no suspect (search.cases.roles). Invented
sentences."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name

NAME = "Darren Athelby"
OTHER = "Morwenna Trist"


def _role(sentence: str, name: str = NAME) -> str | None:
    at = sentence.index(name)
    found = role_of_name(sentence[:at], name, sentence[at + len(name):])
    return found.role if found else None


@pytest.mark.parametrize("sentence", [
    f"> INTERVIEWED UNDER CAUTION 2004/Mar/03 (VOLUNTARY) - {NAME} :: accent Fife.",
    f"Arrested March 3 2004: {NAME}.",
    f"Interview under caution 2004-Mar-03 - {NAME}",
    f"Person bailed: {NAME}. Bailed to return on 2 April 2004.",
    f"{NAME} came to the station by appointment on March 3 2004; interview under caution, "
    f"{OTHER} present.",
    f"The girl gave the name of the man responsible as {NAME}.",
    f"Her abuser is {NAME}, she says.",
])
def test_a_suspect_is_read(sentence: str) -> None:
    assert _role(sentence) == "suspect"


@pytest.mark.parametrize("sentence", [
    f"{NAME} came to the station by appointment on March 3 2004; interview under caution, "
    f"{OTHER} present.",
    f"Interview under caution, {OTHER} present throughout.",
    f"Arrested 3 May 2004: Jon Hale; {OTHER} was present.",
])
def test_the_one_present_is_no_suspect(sentence: str) -> None:
    assert _role(sentence, OTHER) != "suspect"


def test_a_log_that_says_it_was_not_done_names_no_suspect() -> None:
    assert _role(f"Suspect not arrested 2004/Mar/03: {NAME}") != "suspect"
    assert _role(f"The person responsible for her care is {NAME}.") != "suspect"
