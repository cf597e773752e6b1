"""Reading OCR'd words as the collection's name parts (search.name_spelling): one letter from
exactly one part, whatever the letter; never a part itself, a forename, or a short word."""

from __future__ import annotations

import pytest

from search.name_spelling import NameSpelling, edit_distance

SPELLING = NameSpelling(["pollard", "pollart", "horsfall", "thornton", "mahmood", "dyer",
                         "karan", "gillian", "clarke", "brooks", "phillips", "hughes"])


@pytest.mark.parametrize(("word", "part"), [
    ("poilard", "pollard"), ("pollar", None),  # one letter from Pollard and Pollart: neither
    ("hgrsfall", "horsfall"), ("thorton", "thornton"), ("mahmoood", "mahmood"),
    ("giltian", "gillian"), ("pollard", None), ("pollart", None), ("dyar", None),
    ("karen", None),  # a forename of its own
    ("clark", None), ("brooke", None), ("philips", None), ("hughe", None),  # real spellings
    ("clarkc", "clarke"), ("phiilips", "phillips"), ("horsefall", "horsfall"), ("thronton", "thornton"),
])
def test_a_word_one_letter_from_one_name_part_is_read_as_it(word: str, part: str | None) -> None:
    assert SPELLING.correct(word) == part


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("thronton", "thornton", 3) == 1
    assert edit_distance("ashwood", "ashworth", 4) == 3
    assert edit_distance("abc", "abcdef", 2) == 2


@pytest.mark.parametrize("written", [
    "Ottoline Quаrmby",  # a Cyrillic "а" read for the Latin letter inside a Latin word
    "Ottolіne Quarmby",  # a Cyrillic "і"
    "OTTOLINE QUАRMBY",
    "Otto1ine Quarmby",
    "Ottoline Quarmb9",  # "9" for "y" is no slip; the person is still read by the rest
    "Otto+ine Quarmby",  # "+" read for "l" / "t"
])
def test_ocr_look_alikes_inside_a_name_are_read_as_the_name(written: str) -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("ottoline quarmby", "Ottoline Quarmby", named=20, documents=15),
                            Person("georgina quarmby", "Georgina Quarmby", named=9, documents=7)])
    text = f"Report by {written} on Monday."
    assert [lk.key for lk in people.find(text)] == ["ottoline quarmby"], written
    assert [lk.key for lk in people.find("Report by Geor9ina Quarmby.")] == ["georgina quarmby"]
