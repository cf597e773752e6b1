"""Telephone numbers in Ofcom's ranges for drama, which training material and exercises use
and libphonenumber calls invalid, are read as phones in every range, written the ways files
write them ("0115 496 0263", "+44 (0)115 496 0263", "+44 (0)1154 960263"), and keyed alike, so a
call log and a statement that write one number two ways link (search.entity_kinds.phone)."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns


def _phones(text: str) -> list[str]:
    return [m.key for m in find_patterns(text) if m.kind == "phone"]


@pytest.mark.parametrize(("written", "key"), [
    ("0113 496 0571", "+441134960571"), ("0115 496 0263", "+441154960263"),
    ("0118 496 0999", "+441184960999"), ("0121 496 0892", "+441214960892"),
    ("0131 496 0001", "+441314960001"), ("0141 496 0400", "+441414960400"),
    ("0151 496 0123", "+441514960123"), ("0161 496 0123", "+441614960123"),
    ("0191 498 0624", "+441914980624"), ("020 7946 0321", "+442079460321"),
    ("028 9649 6123", "+442896496123"), ("029 2018 0777", "+442920180777"),
    ("01632 960418", "+441632960418"), ("07700 900686", "+447700900686"),
    ("0808 157 0555", "+448081570555"), ("0909 879 0123", "+449098790123"),
    ("0306 999 0456", "+443069990456"),
])
def test_a_drama_number_is_a_phone(written: str, key: str) -> None:
    assert _phones(f"Calls to the girl were made from {written} that night.") == [key]


def test_one_number_written_two_ways_has_one_key() -> None:
    assert _phones("Texts came from +44 (0)1154 960263, the phone of the man.") == \
        _phones("He was ringing her on 0115 496 0263 every evening.") == ["+441154960263"]


@pytest.mark.parametrize("text", [
    "The crime number was 0115 496 02.",  # too short for a number
    "Ring 0115 497 0263 for the desk.",  # beside the drama range, and not allocated either
])
def test_numbers_outside_the_ranges_are_not_taken(text: str) -> None:
    assert _phones(text) == []
