"""A nickname in single quotes inside or after a name ("Piran 'Pip' Trewhella", "TREWHELLA
'Pip'") is what the person is called, no middle name and no forename of the key, as in double
quotes; an apostrophe that opens or closes a name's word without its pair stays the word's
(names29: invented examples)."""

from __future__ import annotations

import pytest

from search.names import person_display, person_key


@pytest.mark.parametrize("written", ["Piran 'Pip' Trewhella", "Piran ‘Pip’ Trewhella",
                                     'Piran "Pip" Trewhella'])
def test_a_quoted_nickname_is_no_word_of_the_key(written: str) -> None:
    assert person_key(written) == "piran trewhella"
    assert person_display(written) == "Piran Trewhella"


def test_a_nickname_after_an_index_s_surname_is_no_forename() -> None:
    assert person_key("TREWHELLA 'Pip'") == "trewhella"


@pytest.mark.parametrize(("written", "key"), [("'Nenna Okafor", "nenna okafor"),
                                              ("Seamus O'Kelly", "seamus okelly"),
                                              ("Kaʻiulani 'Lani' Akana", "kaiulani akana")])
def test_an_apostrophe_of_the_name_s_own_stays(written: str, key: str) -> None:
    assert person_key(written) == key
