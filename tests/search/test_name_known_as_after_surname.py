"""A surname, then the name the person goes by after "known as" or "a.k.a." ("Pike (known as
Dozzer)"): the person whose stated other name it is, whatever their middle names."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person

PEOPLE = [Person("dorothy ann pike", "Dorothy Ann Pike", aliases={"dot pike"}, named=9,
                 documents=9),
          Person("rhys quill", "Rhys Quill", aliases={"dozzer quill"}, named=9, documents=9),
          Person("tom pike", "Tom Pike", named=9, documents=9)]


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Seen: Pike (known as Dot) at the bar.", "Pike (known as Dot", "dorothy ann pike"),
    ("Seen: QUILL (known as Dozzer).", "QUILL (known as Dozzer", "rhys quill"),
    ("Seen: QUILL a.k.a. Dozzer.", "QUILL a.k.a. Dozzer", "rhys quill"),
])
def test_a_surname_known_as_a_stated_name_is_that_person(text: str, written: str,
                                                           key: str) -> None:
    links = [(link.text, link.key) for link in NameAuthority(PEOPLE).find(text)]
    assert links == [(written, key)]


def test_a_name_no_one_goes_by_leaves_the_shared_surname_open() -> None:
    links = NameAuthority(PEOPLE).find("Seen: Pike (known as Bazza).")
    assert all(link.key is None for link in links)
