"""A man known by his second given name, written once with his first given name's initial
before it ("W. Oswy Hebden"), and elsewhere by his first given name ("Wulfric Hebden"): one
person (ingest.names.titles_read). Invented names."""

from __future__ import annotations

from ingest.names import titles_read
from search.name_authority import NameAuthority, Person

HEBDENS = [Person("oswy hebden", "Oswy Hebden", named=3),
           Person("wulfric hebden", "Wulfric Hebden", named=8)]


def test_an_initial_before_a_full_name_makes_the_person_of_that_initial_the_same_man() -> None:
    read = titles_read(NameAuthority(HEBDENS), ["See below - W. Oswy Hebden wants this."])
    assert read.one_person == [("oswy hebden", "wulfric hebden")]


def test_a_name_without_an_initial_or_with_its_own_says_nothing() -> None:
    texts = ["See below - Oswy Hebden wants this.", "Copy to O. Oswy Hebden."]
    assert titles_read(NameAuthority(HEBDENS), texts).one_person == []


def test_an_initial_two_people_of_the_surname_share_says_nothing() -> None:
    people = [*HEBDENS, Person("wymond hebden", "Wymond Hebden", named=4)]
    read = titles_read(NameAuthority(people), ["See below - W. Oswy Hebden wants this."])
    assert read.one_person == []
