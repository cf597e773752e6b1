"""A Khoekhoe or San name's click letter ("ǃGaroëb", "ǂKhomas") is written "!" or left out by
clerks and keyboards: every way is the person, and the search asks for the name as written
too (names29: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.names import person_key
from search.query import build_query


@pytest.mark.parametrize("written", ["Josua ǃGaroeb", "Josua !Garoeb", "Josua ! Garoeb",
                                     "Josua Garoeb", "ǃGAROEB, Josua"])
def test_the_name_keys_alike_with_or_without_its_click(written: str) -> None:
    assert person_key(written) == "josua garoeb"


@pytest.mark.parametrize("text", ["Paid by Josua ǃGaroeb, cash.", "Paid by Josua !Garoeb.",
                                  "Paid by Josua Garoeb.", "Paid by Mr ǃGaroeb."])
def test_every_way_of_writing_the_click_finds_the_person(text: str) -> None:
    authority = NameAuthority([Person("josua garoeb", "Josua ǃGaroeb")])
    assert [link.key for link in authority.find(text)] == ["josua garoeb"]


def test_the_person_search_asks_for_the_name_with_and_without_its_click() -> None:
    query = str(build_query('person:"Josua ǃGaroeb"'))
    assert "josua garoeb" in query and "josua ǃgaroeb" in query


def test_a_bar_inside_a_word_is_still_read_as_the_letter_it_looks_like() -> None:
    assert person_key("Petroneǀ Hirst") == "petronel hirst"
