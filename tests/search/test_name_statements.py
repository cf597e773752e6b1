"""Another whole name a document states a person goes by (search.name_statements): aliases and
earlier surnames, read from the words between two names. Names of a town of our own (Cawdell),
none from the evaluation sets."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.name_statements import stated_aliases, stated_earlier_names

PEOPLE = NameAuthority([Person("rhys tapper", "Rhys Tapper", named=20, documents=15),
                        Person("rhys mallon", "Rhys Mallon", named=8, documents=6),
                        Person("orla kinsey", "Orla Kinsey", named=12, documents=9),
                        Person("orla tapper", "Orla Tapper", named=10, documents=8)])


@pytest.mark.parametrize("text", [
    "Seen with Rhys Tapper, also known as Rhys Mallon, on Friday.",
    "Seen with Rhys Tapper (AKA Rhys Mallon) on Friday.",
    "Seen with Rhys Tapper @ Rhys MALLON on Friday.",
    "SUBJECT: Rhys Tapper\n\nAKA: MALLON, Rhys\n",
    "Seen with Rhys Tapper - known to the girls as Rhys Mallon - on Friday.",
])
def test_a_stated_alias_is_the_person_named_first(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == [("rhys mallon", "rhys tapper")]


@pytest.mark.parametrize("text", [
    "Rhys Mallon is not Rhys Tapper; no link has been found.",
    "Present: Rhys Tapper, Rhys Mallon.",
])
def test_two_names_side_by_side_state_nothing(text: str) -> None:
    assert stated_aliases(text, PEOPLE.find(text)) == []


@pytest.mark.parametrize("text", [
    "Minutes: Orla Kinsey (née Tapper)", "Informed: Orla Kinsey (formerly Tapper)",
    'To: "Orla Kinsey - formerly Tapper" <orla.tapper@cawdell.gov.uk>',
])
def test_an_earlier_surname_stated_after_a_name_is_the_same_person(text: str) -> None:
    assert stated_earlier_names(text, PEOPLE.find(text), set(PEOPLE.people)) == [
        ("orla kinsey", "orla tapper")]


def test_an_earlier_surname_no_one_was_known_by_states_nothing() -> None:
    text = "Minutes: Orla Kinsey (née Farrow)"
    assert stated_earlier_names(text, PEOPLE.find(text), set(PEOPLE.people)) == []


@pytest.mark.parametrize("text", [
    "NB Idris Tapley (a joiner) is a different person from Idris Tapper and is not connected.",
    "NB TAPLEY, Idris, a joiner, is not to be confused with Idris TAPPER.",
    "Idris Tapley is not Idris Tapper.",
])
def test_two_names_stated_apart_are_two_people(text: str) -> None:
    from search.name_statements import stated_apart, unmerged_by_statement

    assert stated_apart(text) == [("idris tapley", "idris tapper")]
    # A spelling one letter away, read as Idris Tapper, stays a person of its own.
    assert unmerged_by_statement({"idris tapley": "idris tapper"}, stated_apart(text)) == {
        "idris tapley"}
    assert unmerged_by_statement({"idris tapley": "idris tapper"},
                                 [("idris tapley", "i tapper")]) == {"idris tapley"}
    assert unmerged_by_statement({"idris tapley": "idris tapper"},
                                 [("idris tapley", "rhona gill")]) == set()


def test_of_two_names_stated_apart_the_person_s_own_spelling_stays_theirs() -> None:
    from search.name_statements import unmerged_by_statement

    aliases = {"idris tapper": "idris owain tapper", "idris tapley": "idris owain tapper"}
    assert unmerged_by_statement(aliases, [("idris tapley", "idris tapper")]) == {"idris tapley"}
    assert unmerged_by_statement(aliases, [("idris tapper", "idris tapley")]) == {"idris tapley"}
