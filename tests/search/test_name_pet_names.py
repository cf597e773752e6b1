"""A pet name on the first letters of a person's forename, written with their surname in a few
documents, is that person; a pet name two people of the surname may have is no one's, and a
namesake a letter away is never a pet name (issue 13: nicknames; decoys never merge)."""

from __future__ import annotations

import pytest

from search.name_authority import same_people
from search.name_variants import _pet_name, pet_names


@pytest.mark.parametrize(("pet", "forename"), [("gilly", "giles"), ("maja", "marit"),
                                               ("raya", "raisa"), ("ayo", "ayodele"),
                                               ("tomo", "tomasz")])
def test_the_start_of_a_forename_with_a_pet_name_s_ending_is_a_pet_name(
        pet: str, forename: str) -> None:
    assert _pet_name(pet, forename)


@pytest.mark.parametrize(("pet", "forename"), [("ayodale", "ayodele"), ("mary", "margit"),
                                               ("bo", "bolaji"), ("kemi", "kwame")])
def test_a_namesake_a_forename_of_its_own_or_another_start_is_no_pet_name(
        pet: str, forename: str) -> None:
    assert not _pet_name(pet, forename)


def test_a_pet_name_in_a_few_documents_is_the_person_with_that_forename() -> None:
    documents = {"marit vaskila": 21, "maja vaskila": 2, "oskar vaskila": 12}
    assert pet_names(documents, {"maja vaskila": 2}, {}) == {"maja vaskila": "marit vaskila"}


def test_a_pet_name_two_people_of_the_surname_may_have_is_no_one_s() -> None:
    documents = {"chiara dunmore": 21, "chiaro dunmore": 9, "chia dunmore": 3}
    assert pet_names(documents, {"chia dunmore": 3}, {}) == {}


def test_a_pet_name_written_in_as_many_documents_as_a_person_stays_apart() -> None:
    documents = {"marit vaskila": 21, "maja vaskila": 7}
    assert pet_names(documents, {"maja vaskila": 7}, {}) == {}
    documents = {"marit vaskila": 8, "maja vaskila": 4}
    assert pet_names(documents, {"maja vaskila": 4}, {}) == {}


def test_the_authority_links_the_pet_name_to_the_person() -> None:
    counts = {"raisa tuliakova": 21, "raya tuliakova": 3}
    assert same_people(counts, dict(counts), {"raya tuliakova": 3}) == {
        "raya tuliakova": "raisa tuliakova"}
