"""A register's index form with the courtesy title or rank between the comma and the given
name ("TOLLIVER, Mr Ross") (names25: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_tokens import tokens
from search.names import person_key

ROSS = Person("ross tolliver", "Ross Tolliver", named=5, documents=5)


@pytest.mark.parametrize("written", ["Tolliver, Mr Ross", "TOLLIVER, MR Ross",
                                     "Tolliver, Councillor Ross", "Tolliver, Cllr Ross"])
def test_a_title_after_the_comma_before_the_forename_is_the_person_s(written: str) -> None:
    assert person_key(written) == "ross tolliver"
    found = {lk.text: lk.key for lk in NameAuthority([ROSS]).find(f"Tenant:\t{written}\nFlat 2")}
    assert found == {written: "ross tolliver"}


def test_a_titled_surname_after_the_comma_is_someone_else() -> None:
    # A list: "Tolliver" and "Mr Okoro", no given name of Ross Tolliver's after the title.
    found = {lk.text: lk.key for lk in NameAuthority([ROSS]).find("Present: Tolliver, Mr Okoro")}
    assert "Tolliver, Mr Okoro" not in found


@pytest.mark.parametrize("written", ["D/S318 Tolliver", "D/C2915 Tolliver", "P/S 4471 Tolliver"])
def test_a_slashed_rank_glued_to_its_collar_number_is_the_rank_and_the_number(written: str) -> None:
    assert [w for w, _a, _b in tokens(written)][1:] == ["#", "tolliver"]
    ross = Person("ross tolliver", "Ross Tolliver", titles={"ds", "dc", "ps"}, named=5, documents=5)
    found = {lk.text: lk.key for lk in NameAuthority([ross]).find(f"Seen by {written} today.")}
    assert found == {written: "ross tolliver"}


@pytest.mark.parametrize("written", ["Tolliver; Ross Alban", "TOLLIVER, Ross Alban",
                                     "TOLLIVER Ross Alban"])
def test_an_index_line_with_every_given_name_links_them_all(written: str) -> None:
    ross = Person("ross tolliver", "Ross Tolliver", middles={"alban"}, named=5, documents=5)
    found = {lk.text: lk.key for lk in NameAuthority([ross]).find(f"Seen with {written}.")}
    assert found == {written: "ross tolliver"}


@pytest.mark.parametrize("rank", ["DetChInsp", "Det.Ch.Insp.", "D/C/Insp", "D/Ch/Insp"])
def test_a_chief_inspector_s_rank_run_together_or_slashed_is_the_rank(rank: str) -> None:
    assert person_key(f"{rank} Ross Tolliver") == person_key(f"Tolliver, {rank} Ross") == "ross tolliver"
    assert [w for w, _a, _b in tokens(f"{rank} Tolliver")] == ["dci", "tolliver"]
    ross = Person("ross tolliver", "Ross Tolliver", titles={"dci"}, named=5, documents=5)
    found = {lk.text: lk.key for lk in NameAuthority([ross]).find(f"Authorised by {rank} Tolliver.")}
    assert found == {f"{rank} Tolliver": "ross tolliver"}


def test_a_detective_sergeant_run_together_is_the_rank() -> None:
    assert person_key("DetSgt Ross Tolliver") == "ross tolliver"
    assert person_key("Detsgtov Ross") == "detsgtov ross"  # a word that only begins so
