"""Ranks written short with a slash or a full stop glued to the letter ("D/Cons", "D.Sgt.",
"P.Con"): the officer's title, before the surname or after it with a collar number."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_tokens import tokens

PEOPLE = [Person("tamsin pellow", "Tamsin Pellow", titles={"dc"}, named=9, documents=9),
          Person("orla pellew", "Orla Pellew", titles={"ds"}, named=9, documents=9),
          Person("ian conway", "Ian Conway", named=9, documents=9)]


@pytest.mark.parametrize(("written", "key"), [
    ("D/Cons Pellow", "tamsin pellow"), ("Pellow D/Cons 4471", "tamsin pellow"),
    ("Det Cons PELLOW", "tamsin pellow"), ("D.Sgt. Pellew", "orla pellew"),
    ("Pellew D.Sgt. 0417", "orla pellew"), ("P.Con Pellow", "tamsin pellow"),
])
def test_a_rank_written_short_links_the_officer(written: str, key: str) -> None:
    links = [link.key for link in NameAuthority(PEOPLE).find(f"Action for {written} today.")
             if link.key]
    assert links == [key], written


def test_an_initial_before_a_name_beginning_with_con_stays_an_initial() -> None:
    assert [w for w, _a, _b in tokens("D.Conway and P.Constance")] == [
        "d", "conway", "and", "p", "constance"]


@pytest.mark.parametrize("written", ["Master Kaito", "Mstr KAITO", "Kaito · Mstr"])
def test_a_boy_s_title_written_out_or_short_links_the_boy(written: str) -> None:
    people = NameAuthority([Person("ren kaito", "Ren Kaito", titles={"master"}, named=9,
                                   documents=9)])
    assert [link.key for link in people.find(f"Collected {written} at four.")] == ["ren kaito"]
