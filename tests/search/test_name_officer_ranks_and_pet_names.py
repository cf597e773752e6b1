"""An officer's acting or temporary rank, a councillor's other spellings, a pet name cut from
the forename and a compound forename of two-letter halves still find the person; a namesake one
letter away is no pet name (names28: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_variants import forename_rule


@pytest.mark.parametrize("text", ["DC (T) Kelynack attended", "Insp (A) KELYNACK signed",
                                  "DS (A) Kelynack (pers. no. 4417)"])
def test_an_acting_or_temporary_rank_s_letter_still_finds_the_officer(text: str) -> None:
    people = NameAuthority([Person("merryn kelynack", "Merryn Kelynack", named=8)])
    assert [link.key for link in people.find(text)] == ["merryn kelynack"], text


def test_a_compound_forename_of_two_letter_halves_is_found_with_its_hyphen() -> None:
    people = NameAuthority([Person("pali ngowi", "Pali Ngowi", named=8)])
    assert [link.key for link in people.find("front passenger: Pa-Li Ngowi")] == ["pali ngowi"]


@pytest.mark.parametrize(("pet", "formal"), [("orsi", "orsolya"), ("jacs", "jacinta")])
def test_a_pet_name_cut_from_the_forename_is_the_person_s(pet: str, formal: str) -> None:
    assert forename_rule(pet, formal) == "nickname"


@pytest.mark.parametrize(("near", "formal"), [("jacinto", "jacinta"), ("orsolia", "orsolya")])
def test_a_namesake_one_letter_away_is_no_pet_name(near: str, formal: str) -> None:
    assert forename_rule(near, formal) != "nickname"


@pytest.mark.parametrize("text", ["KELYNACK - Insp (A)\n", "KELYNACK - Cncllr\n",
                                  "Cncllr Kelynack said"])
def test_a_rank_after_a_dash_with_its_acting_letter_and_a_councillor_s_spelling_find_the_person(
        text: str) -> None:
    people = NameAuthority([Person("merryn kelynack", "Merryn Kelynack", named=8)])
    assert [link.key for link in people.find(text)] == ["merryn kelynack"], text
