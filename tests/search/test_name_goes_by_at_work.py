"""A name used at work, stated after the person's name (the seventeenth names round, invented
names): "(goes by X at work)", and a display name's "- goes by X at work"."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_statements import stated_aliases

PEOPLE = [Person("ines pardew", "Ines Pardew", named=9, documents=9),
          Person("nessa oakes", "Nessa Oakes", named=3, documents=3)]


@pytest.mark.parametrize("text", [
    "Artist: Ines Pardew (goes by Nessa Oakes at work)\n",
    "Police: Ines Pardew (goes by Nessa Oakes at work), Force HQ",
    'Cc: "Ines Pardew - goes by Nessa Oakes at work" <ip@example.org>',
    'From: "Ines Pardew - goes by Nessa Oakes at work (Site Office)" <ip@example.org>',
    "Manager: Ines Pardew (known as Nessa Oakes on site)\n",
])
def test_a_name_used_at_work_is_stated(text: str) -> None:
    links = NameAuthority(PEOPLE).find(text)
    assert stated_aliases(text, links) == [("nessa oakes", "ines pardew")]


def test_a_capitalised_place_after_the_name_is_no_where_it_is_used() -> None:
    text = "Ines Pardew (goes by Nessa Oakes at Holm Mill)"
    assert stated_aliases(text, NameAuthority(PEOPLE).find(text)) == []
