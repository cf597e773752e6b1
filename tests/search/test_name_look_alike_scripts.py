"""Letters of other blocks a text layer puts for a name's Latin letter: a lowered (subscript)
letter, a Canadian syllabic or a Cherokee letter drawn as a Latin one, a styled mathematical
letter (names25: invented examples)."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_tokens import tokens
from search.names import person_display, person_key

TOLLIVER = Person("ross tolliver", "Ross Tolliver", named=5, documents=5)


@pytest.mark.parametrize("written", ["Rₒss Tolliver", "Ross Toₗliver", "Ross Tolliᐯer",
                                     "Ross TolliᐯeR", "Ross Tolliveᖇ", "Ꮢoss Tolliver",
                                     "𝐑oss Tolliver", "Ross 𝒯olliver", "Ross Tolliver"])
def test_a_look_alike_or_styled_letter_inside_a_name_is_the_latin_letter(written: str) -> None:
    assert person_key(written) == "ross tolliver"
    assert [w for w, _a, _b in tokens(written)] == ["ross", "tolliver"]


def test_a_syllabic_drawn_as_a_small_latin_letter_reads_as_it() -> None:
    assert person_key("Kemal Ulᑲashen") == person_key("Kemal Ulbashen") == "kemal ulbashen"
    assert person_key("Ruth Maᑎᑌel") == "ruth manuel"


def test_the_name_with_a_look_alike_is_one_person_with_the_name() -> None:
    found = {lk.text: lk.key for lk in NameAuthority([TOLLIVER]).find("Ask Ross Tolliᐯer to call.")}
    assert found == {"Ross Tolliᐯer": "ross tolliver"}


def test_a_word_wholly_in_syllabics_keeps_its_letters() -> None:
    assert person_key("ᑕᑎᑌ Tolliver") == "ᑕᑎᑌ tolliver"


def test_a_syllabic_inside_a_word_is_shown_as_a_small_letter() -> None:
    assert person_display("Ross Tolliᑕhuk") == "Ross Tollichuk"
