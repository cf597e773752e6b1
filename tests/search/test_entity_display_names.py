"""The look-up and the entity page show a person by the fullest name the files write for them,
never by an e-mail address's local part or a collar number's mark however often those were
linked to the person, nor by the bare surname when the full name is written (names29:
invented examples)."""

from __future__ import annotations

import pytest

from search.entities import display
from search.names import person_display


def _written(*forms: tuple[str, int]) -> list[dict[str, object]]:
    return [{"key": text, "doc_count": count} for text, count in forms]  # most mentioned first


def test_an_address_s_local_part_is_no_display_name() -> None:
    texts = _written(("cllr.trewhella", 9), ("Piran Trewhella", 4), ("Trewhella", 3))
    assert display("person", "piran trewhella", texts) == "Piran Trewhella"


def test_the_full_name_with_its_middle_name_is_shown_over_a_shorter_one() -> None:
    texts = _written(("kelynack", 16), ("Orsolya Kelynack", 13), ("Orsolya Mae Kelynack", 2),
                     ("Kelynack", 2), ("pc4471", 1))
    assert display("person", "orsolya mae kelynack", texts) == "Orsolya Mae Kelynack"


def test_without_the_full_name_the_longest_name_in_mixed_case_is_shown() -> None:
    texts = _written(("Kelynack", 13), ("Orsolya Kelynack", 12), ("KELYNACK", 4), ("o.kelynack", 3))
    assert display("person", "orsolya ivy kelynack", texts) == "Orsolya Kelynack"


def test_capitals_alone_are_shown_and_other_kinds_keep_their_usual_form() -> None:
    assert display("person", "piran trewhella", _written(("TREWHELLA", 3))) == "TREWHELLA"
    texts = _written(("Marlpool Baths", 5), ("Marlpool Swimming Baths", 1))
    assert display("org", "marlpool baths", texts) == "Marlpool Baths"


@pytest.mark.parametrize(("written", "shown"), [
    ("KERENZA MAY PENHALIGON-VOSE", "Kerenza May Penhaligon-Vose"),
    ("PENHALIGON-VOSE Kerenza", "Kerenza Penhaligon-Vose"),
    ("O'KELLY, Seamus", "Seamus O'Kelly")])
def test_a_name_written_in_capitals_is_shown_with_each_part_s_capital(written: str,
                                                                      shown: str) -> None:
    assert person_display(written) == shown
