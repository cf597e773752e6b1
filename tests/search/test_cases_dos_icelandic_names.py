"""A name in an old PC's Icelandic text (DOS code page 861) read as DOS's Western or Central
European page ("ð" as "î", "Ó" as "Ž") is the person the collection writes rightly elsewhere,
not a second person (search.cases.spellings). Invented names."""

from __future__ import annotations

from search.cases.spellings import code_page_misreads
from search.names import person_key


def _renames(*names: str) -> dict[str, str]:
    return code_page_misreads({person_key(name): name for name in names})


def test_a_dos_icelandic_name_misread_is_the_name_written_right() -> None:
    right = "Guðrún Heiða Sigurðardóttir"
    misread = right.encode("cp861").decode("cp850")
    assert misread != right
    assert _renames(right, misread) == {person_key(misread): person_key(right)}


def test_a_capital_o_acute_misread_through_dos_central_european() -> None:
    right = "Ólafur Hrafn Jónsson"
    misread = right.encode("cp861").decode("cp852")
    assert _renames(right, misread) == {person_key(misread): person_key(right)}


def test_a_name_no_document_writes_rightly_stays_as_written() -> None:
    misread = "Guðrún Heiða Sigurðardóttir".encode("cp861").decode("cp850")
    assert _renames(misread, "Anna Müller") == {}


def test_a_name_written_rightly_is_not_renamed_to_a_dos_misreading() -> None:
    right = "Aurélie Thérèse Côté"
    misread = right.encode("cp850").decode("mac_roman")  # DOS bytes shown as a Mac's
    assert person_key(right) not in _renames(right, misread)
