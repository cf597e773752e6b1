"""A roll or a register writes a surname in capitals with its title after it and no comma
("KELYNACK Mr.", "TREWHELLA PCSO"): the person is found there, and a recogniser's reading of it
as an organisation is a person's (names29: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_kinds import name_kind
from search.names import person_key


@pytest.mark.parametrize("text", ["KELYNACK Ms", "TREWHELLA Sgt", "KELYNACK Mr."])
def test_a_surname_in_capitals_and_its_title_is_a_person_not_an_organisation(text: str) -> None:
    assert name_kind("org", text)[0] == "person"
    assert name_kind("place", text)[0] == "person"


@pytest.mark.parametrize("text", ["CID Sgt", "HOLLINSBY Police", "NHS Trust"])
def test_an_organisation_with_a_rank_s_word_stays_one(text: str) -> None:
    assert name_kind("org", text)[0] == "org"


PEOPLE = [Person("orsolya kelynack", "Orsolya Kelynack"), Person("piran trewhella", "Piran Trewhella")]


def _links(text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in NameAuthority(PEOPLE).find(text)}


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Officer on the sweep: KELYNACK Mr.; parent rung", "KELYNACK Mr", "orsolya kelynack"),
    ("Sheets taken by: TREWHELLA PCSO\n", "TREWHELLA PCSO", "piran trewhella"),
    ("Copied to TREWHELLA Ms\n", "TREWHELLA Ms", "piran trewhella"),
])
def test_a_roll_s_surname_in_capitals_and_its_title_after_finds_the_person(
        text: str, written: str, key: str) -> None:
    assert _links(text).get(written) == key


@pytest.mark.parametrize(("text", "not_written"), [
    ("Handed to KELYNACK Mr Trewhella said", "KELYNACK Mr"),  # the title is the next name's
    ("Handed to Kelynack Mr. then left", "Kelynack Mr"),  # no capitals: a sentence's words
    ("Lives at 4 KELYNACK DR, Marlpool", "KELYNACK DR"),  # a street's abbreviation: a drive
])
def test_no_title_is_filed_behind_a_surname_otherwise(text: str, not_written: str) -> None:
    links = _links(text)
    assert not_written not in links
    if "Trewhella said" in text:
        assert links["Mr Trewhella"] == "piran trewhella"


def test_a_woman_detective_constable_and_an_acting_rank_written_short_are_titles() -> None:
    assert _links("Ledger seized by: WDC Trewhella, ser. no. 0716").get(
        "WDC Trewhella") == "piran trewhella"
    assert person_key("WDC Orsolya Kelynack") == "orsolya kelynack"
    assert person_key("Actg DS Piran Trewhella") == "piran trewhella"
