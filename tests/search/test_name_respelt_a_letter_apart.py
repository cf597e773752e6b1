"""A spelling a letter from a person's name, written in a few documents beside the name written
in many, is the person's; a namesake a letter away, named in full wherever he appears, is not
(issue 13: transliterations and other spellings; decoys never merge)."""

from __future__ import annotations

from search.name_authority import same_people
from search.name_variants import respelt_a_letter_apart


def test_a_letter_added_in_a_few_documents_is_the_person() -> None:
    documents = {"garvan pellowe": 21, "garvan pelloweh": 3}
    found = respelt_a_letter_apart(documents, {"garvan pelloweh": 5}, {})
    assert found == {"garvan pelloweh": "garvan pellowe"}


def test_a_letter_changed_or_dropped_is_the_person_too() -> None:
    documents = {"nsoki mbalundo": 24, "nsoki mbarundo": 1,
                 "kwesi agyeman": 16, "kwesi agyemaan": 2}
    found = respelt_a_letter_apart(documents, {"nsoki mbarundo": 2, "kwesi agyemaan": 2}, {})
    assert found == {"nsoki mbarundo": "nsoki mbalundo", "kwesi agyemaan": "kwesi agyeman"}


def test_a_namesake_written_in_many_documents_stays_apart() -> None:
    documents = {"garvan pellowe": 21, "garvan pellowa": 9}
    assert respelt_a_letter_apart(documents, {}, {}) == {}
    # Read in the text in as many documents as a namesake is, however few the recogniser saw.
    documents = {"garvan pellowe": 21, "garvan pellowa": 2}
    assert respelt_a_letter_apart(documents, {"garvan pellowa": 6}, {}) == {}


def test_a_spelling_a_letter_from_two_people_is_no_ones() -> None:
    documents = {"teodor valescu": 20, "teodor valascu": 11, "teodor valiscu": 1}
    assert respelt_a_letter_apart(documents, {"teodor valiscu": 1}, {}) == {}


def test_the_nearer_of_a_person_and_a_decoy_two_letters_away_holds_it() -> None:
    documents = {"dauda mbaltari": 9, "dauda mbaltare": 10, "daouda mbaltari": 2}
    found = respelt_a_letter_apart(documents, {"daouda mbaltari": 2}, {})
    assert found == {"daouda mbaltari": "dauda mbaltari"}


def test_the_usual_spelling_must_be_far_commoner() -> None:
    documents = {"oumar sarrazin": 8, "oumar sarrazine": 4}
    assert respelt_a_letter_apart(documents, {"oumar sarrazine": 4}, {}) == {}


def test_two_known_forenames_or_short_parts_are_two_people() -> None:
    documents = {"john birtwistle": 30, "joan birtwistle": 2, "ann kim": 30, "ann kym": 1}
    written = {"joan birtwistle": 2, "ann kym": 1}
    assert respelt_a_letter_apart(documents, written, {}) == {}


def test_the_authority_merges_the_spelling_and_keeps_the_decoy() -> None:
    counts = {"garvan pellowe": 21, "garvan pelloweh": 3, "garvan pellowa": 9}
    aliases = same_people(counts, dict(counts), {"garvan pelloweh": 5})
    assert aliases.get("garvan pelloweh") == "garvan pellowe"
    assert "garvan pellowa" not in aliases
