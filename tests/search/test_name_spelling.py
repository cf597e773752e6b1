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


@pytest.mark.parametrize(("written", "key"), [
    ("Ottol\ufffdne Quarmby", "ottoline quarmby"),  # a letter the engine could not read
    ("Ottoline Q\ufffdarmby", "ottoline quarmby"),
    ("OTTOLINE QUARMB\ufffd", "ottoline quarmby"),
    ("Ge\ufffdrgina Quarmby", "georgina quarmby"),
    ("Ottoline Quar mby", "ottoline quarmby"),  # a stray space inside a word
    ("Otto line Quarmby", "ottoline quarmby"),
])
def test_an_unreadable_letter_or_a_stray_space_inside_a_name_is_read_past(written: str, key: str
                                                                          ) -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("ottoline quarmby", "Ottoline Quarmby", named=20, documents=15),
                            Person("georgina quarmby", "Georgina Quarmby", named=9, documents=7)])
    assert [lk.key for lk in people.find(f"Report by {written} on Monday.")] == [key], written


def test_an_unreadable_letter_that_two_name_parts_fit_reads_neither() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("ottoline quarmby", "Ottoline Quarmby", named=20, documents=15),
                            Person("ottoline quarkby", "Ottoline Quarkby", named=9, documents=7)])
    assert [lk.key for lk in people.find("Report by Ottoline Quar\ufffdby on Monday.")] == []
    # A space inside a word joins only a lowercase piece to the word before it: two names stay two.
    assert [lk.text for lk in people.find("Seen by Ottoline Quarmby and Jo Quarkby.")] == [
        "Ottoline Quarmby"]


def test_a_stray_space_joins_a_word_even_where_the_recogniser_made_a_person_of_its_first_half(
        ) -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("ottoline quarmby", "Ottoline Quarmby", named=20, documents=15),
                            Person("ottoline quar", "Ottoline Quar", named=1, documents=1)])
    assert [(lk.text, lk.key) for lk in people.find("Handset of Ottoline Quar mby (target).")] == [
        ("Ottoline Quar mby", "ottoline quarmby")]


def test_a_stray_space_inside_the_surname_of_a_three_word_name_is_read_past() -> None:
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([
        Person("ana lucia quarmby", "Ana Lucia Quarmby", named=20, documents=15),
        Person("ana lucia quarmbo", "Ana Lucia Quarmbo", named=10, documents=10),
        Person("ana lucia quarm", "Ana Lucia Quarm", named=1, documents=1)])
    assert [(lk.text, lk.key) for lk in people.find("Handset of (Ana Lucia Quarm by) target")] \
        == [("Ana Lucia Quarm by", "ana lucia quarmby")]


def test_a_name_cut_to_an_initial_makes_no_form_of_the_forename_alone() -> None:
    from search.name_authority import NameAuthority, Person

    # "Ana Lucia Q" (a recogniser's cut of "Ana Lucia Q. Moreno") is written once: its slips
    # must not read a lone "Ana Lucia" or "Ana" as theirs.
    people = NameAuthority([Person("ana lucia q", "Ana Lucia Q", named=1, documents=1)])
    assert [lk.text for lk in people.find("Present: Ana Lucia (Chair), Ana, Lucia")] == []
