"""Chips of the seventeenth names round (invented names): scrap yards, studios and their trades
are organisations, and a chaplain's title is no word of the name."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_kinds import name_kind
from search.names import person_display, person_key


@pytest.mark.parametrize("text", ["Ashby Metal Recycling", "Kelby Metals", "Holm Body Art",
                                  "Tattoo Holm", "Brigg Salvage"])
def test_scrap_yards_studios_and_trades_are_organisations(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


def test_a_forename_that_is_also_a_trade_s_word_stays_a_person() -> None:
    assert name_kind("person", "Art Garfunkel")[0] == "person"


def test_a_chaplain_s_title_is_no_word_of_the_name() -> None:
    assert person_key("Revd Chaplain Ann Hirst") == person_key("Chaplain Ann Hirst") == "ann hirst"
    assert person_display("Chaplain Ann Hirst") == "Ann Hirst"
    people = [Person("ann hirst", "Ann Hirst", titles={"chaplain"}, named=5, documents=5)]
    found = {lk.text: lk.key for lk in NameAuthority(people).find("Handed in by Chaplain Hirst.")}
    assert found == {"Chaplain Hirst": "ann hirst"}
