"""A name's hyphen, apostrophe or colon written with another mark than the keyboard's (a dash
from a word processor, a backtick for an okina, a modifier letter colon), and the titles
"Matron" and "Cr" (names25: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_tokens import tokens
from search.names import person_display, person_key, typed_marks


@pytest.mark.parametrize("written", ["Ana Pérez–López", "Ana Pérez—López", "Ana Pérez−López",
                                     "Ana Pérez‐López", "PÉREZ–LÓPEZ, Ana"])
def test_a_dash_inside_a_name_is_its_hyphen(written: str) -> None:
    assert person_key(written) == person_key("Ana Pérez-López") == "ana perez-lopez"


@pytest.mark.parametrize("written", ["Keola Hawai`i", "Keola Hawai´i", "Keola Hawai′i"])
def test_a_backtick_accent_or_prime_inside_a_name_is_its_apostrophe(written: str) -> None:
    assert person_key(written) == person_key("Keola Hawaiʻi") == "keola hawaii"
    assert person_display(written) == "Keola Hawai'i"


@pytest.mark.parametrize("written", ["Saːra Lowdell", "Sa꞉ra Lowdell", "Sa˸ra Lowdell"])
def test_a_colon_look_alike_inside_a_name_is_its_colon(written: str) -> None:
    assert person_key(written) == person_key("Sa:ra Lowdell") == "sara lowdell"


def test_the_matcher_reads_the_name_as_typed_and_keeps_the_text_s_spans() -> None:
    text = "Seen by Ana Pérez–López and Keola Hawai`i at 10–12"
    assert typed_marks(text) == "Seen by Ana Pérez-López and Keola Hawai'i at 10–12"
    assert [w for w, _a, _b in tokens(text)] == [
        "seen", "by", "ana", "perez-lopez", "and", "keola", "hawaii", "at", "#", "#"]
    assert [(a, b) for w, a, b in tokens(text) if w == "perez-lopez"] == [(12, 23)]


def test_dashes_between_words_or_numbers_are_left_as_they_are() -> None:
    assert typed_marks("Osarch – D.N. on 10–12 May") == "Osarch – D.N. on 10–12 May"


def test_the_name_typed_with_a_hyphen_finds_it_written_with_a_dash() -> None:
    people = [Person("ana perez-lopez", "Ana Pérez-López", named=5, documents=5)]
    found = {lk.text: lk.key for lk in NameAuthority(people).find("Report from Ana Pérez–López.")}
    assert found == {"Ana Pérez–López": "ana perez-lopez"}


@pytest.mark.parametrize("title", ["Matron", "Cr", "Cr."])
def test_a_matron_s_and_a_councillor_s_short_title_are_no_words_of_the_name(title: str) -> None:
    assert person_key(f"{title} Ann Hirst") == "ann hirst"
    assert person_display(f"{title} Ann Hirst") == "Ann Hirst"
    people = [Person("ann hirst", "Ann Hirst", named=5, documents=5)]
    found = {lk.text: lk.key for lk in NameAuthority(people).find(f"Signed by {title} Hirst, ward 4.")}
    assert found == {f"{title} Hirst": "ann hirst"}
