"""A Latin letter with a descender or a hook that the index does not fold ("ꞑ" for "n"), put by
a text layer for the plain letter, is read as that letter: the name is its person's. Invented
names."""

from __future__ import annotations

from search.name_authority import NameAuthority, Person
from search.names import look_alikes_read, person_key

BRANNOCK = NameAuthority([Person("merrin brannock", "Merrin Brannock", named=9, documents=9)])


def test_a_letter_with_a_descender_inside_a_name_is_its_plain_letter() -> None:
    assert look_alikes_read("Merrin Braꞑnock") == "Merrin Brannock"
    assert person_key("Merrin Braꞑnock") == "merrin brannock"
    assert [link.key for link in BRANNOCK.find("Signed: Merrin BRAꞐNOCK")] == ["merrin brannock"]


def test_a_decorated_letter_standing_alone_is_left_as_it_is() -> None:
    assert look_alikes_read("ꞑ") == "ꞑ"
