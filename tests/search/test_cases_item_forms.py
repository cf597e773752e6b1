"""Vehicles, phones and addresses written in forms that must still link cases: a phone number
with a slash after its area code, dashes after +44 or stops between its groups, and a house
number written in words. All numbers, streets and towns are invented (Ofcom's drama ranges)."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns
from search.cases.items import addresses


@pytest.mark.parametrize("written", ["07700 900412", "07700/900412", "+44-7700-900-412",
                                     "+44 7700 900412", "07700.900412", "07700.900.412"])
def test_one_mobile_number_however_written_has_one_key(written: str) -> None:
    found = [m.key for m in find_patterns(f"The number {written} rang her.") if m.kind == "phone"]
    assert found == ["+447700900412"]


def test_a_landline_with_a_slash_after_its_area_code() -> None:
    found = [m.key for m in find_patterns("Calls from 0113/4960412 daily.") if m.kind == "phone"]
    assert found == ["+441134960412"]


@pytest.mark.parametrize("text", ["Crime 0412/2004 was filed.", "Seen on 02/03/2004.",
                                  "Seen on 02.03.2004.", "Seen on 02.03.04 at 0112.", "Paid 0.75."])
def test_a_reference_or_a_date_with_a_slash_is_no_phone(text: str) -> None:
    assert not [m for m in find_patterns(text) if m.kind == "phone"]


def test_a_house_number_in_words_is_the_number() -> None:
    (worded,) = addresses("Home of the suspect: Forty-six Tanpit Parade, Wendham.")
    (digits,) = addresses("Home of the suspect: 46 Tanpit Parade, Wendham.")
    assert worded[2] == digits[2] == "46 tanpit parade in wendham"


@pytest.mark.parametrize("text", ["Seven Sisters Road, Wendham.", "Twenty Acres Road, Wendham."])
def test_a_number_word_alone_is_part_of_a_street_s_name(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(("text", "key"), [
    ("Home of the suspect: 12 Ropewalk Twitten, Wendham WD3 4QT.", "12 ropewalk twitten wd3 4qt"),
    ("Seen going into 7 Maltings Loke (WD4 1AB) after dark.", "7 maltings loke"),
    ("Lives at 30 Keelmen's Chare, Wendham WD2 8PL: the suspect.", "30 keelmen's chare wd2 8pl"),
])
def test_a_lane_s_local_word_makes_an_address(text: str, key: str) -> None:
    assert [found[2] for found in addresses(text)] == [key]
