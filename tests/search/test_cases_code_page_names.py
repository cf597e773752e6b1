"""A person's name in a text file read through the wrong code page (DOS Canadian French read as
Mac Central European, HP Roman-8 read as Windows-1252) is the person the collection writes
rightly elsewhere, not a second one; and of two forms each the other's misreading, the one the
likelier pages make is the misreading (search.cases.spellings). All names are invented."""

from __future__ import annotations

from search.cases.spellings import code_page_misreads
from search.names import person_key


def _spelt(*written: str) -> dict[str, str]:
    return {person_key(w): w for w in written}


def test_a_dos_canadian_french_name_read_as_mac_central_european_is_the_right_one() -> None:
    misread = "Fran\u00e7ois L\u00e9vesque".encode("cp863").decode("mac_latin2")
    found = code_page_misreads(_spelt(misread, "Fran\u00e7ois L\u00e9vesque"))
    assert found == {person_key(misread): "francois levesque"}


def test_an_hp_roman_8_name_read_as_windows_1252_is_the_right_one() -> None:
    misread = "S\u00e9amus Ruan".encode("hp_roman8").decode("cp1252")
    found = code_page_misreads(_spelt(misread, "S\u00e9amus Ruan"))
    assert found == {person_key(misread): "seamus ruan"}


def test_of_two_forms_each_the_others_misreading_the_likelier_pages_decide() -> None:
    # a Lithuanian "Ž" written in ISO Baltic and read as Windows-1252 is "Þ"; the right form
    # is not renamed to the misread one through a rarer pair of pages
    right = "Gintaras \u017dilvinas"
    misread = right.encode("iso8859_13").decode("cp1252")
    found = code_page_misreads(_spelt(right, misread))
    assert found.get(person_key(misread)) == person_key(right)
    assert person_key(right) not in found
