"""Phonetic letters a text layer puts for a name's small Latin letter: a tone letter for "s", a
turned alpha for "a", an esh for "f", a kra for "k", an iota for "i" (invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.names import person_key

TOLLIVER = Person("ross tolliver", "Ross Tolliver", named=5, documents=5)
KAFALA = Person("sika kafala", "Sika Kafala", named=5, documents=5)


@pytest.mark.parametrize(("written", "key"), [
    ("Roƨs Tolliver", "ross tolliver"), ("Ross Tollɩver", "ross tolliver"),
    ("Siĸa Kɒfala", "sika kafala"), ("Sika Kaʃala", "sika kafala"),
])
def test_a_phonetic_look_alike_inside_a_name_is_the_latin_letter(written: str, key: str) -> None:
    assert person_key(written) == key
    found = {lk.text: lk.key for lk in NameAuthority([TOLLIVER, KAFALA]).find(
        f"Ask {written} to call.")}
    assert found == {written: key}
