"""A post is no organisation, and ranks written after a surname are no person (issue 13)."""

from __future__ import annotations

import pytest

from search.name_kinds import name_kind


@pytest.mark.parametrize("kind", ["org", "place", "person"])
@pytest.mark.parametrize("text", ["Social Worker", "SOCIAL WORKER", "Duty Social Worker"])
def test_a_post_is_no_organisation_place_or_person(kind: str, text: str) -> None:
    """A recogniser tags "Social Worker" under a signature as an organisation: it is a job."""
    assert name_kind(kind, text)[0] is None


@pytest.mark.parametrize("text", ["Social Worker Team", "Social Services", "Hollins Motors"])
def test_a_team_a_service_or_a_firm_stays_an_organisation(text: str) -> None:
    assert name_kind("org", text)[0] == "org"


@pytest.mark.parametrize(("text", "surname"), [("Smith Actg DS", "Smith"),
                                                ("Ashworth Actg DS", "Ashworth"),
                                                ("Ashworth Acting DS", "Ashworth"),
                                                ("Kearney Det Sgt", "Kearney")])
def test_ranks_after_a_surname_leave_the_surname_not_the_ranks(text: str, surname: str) -> None:
    assert name_kind("person", text) == ("person", surname)


@pytest.mark.parametrize("text", ["Actg DS", "Det Sgt", "Alan Actg DS", "Told Actg DS"])
def test_ranks_alone_or_after_a_forename_or_a_verb_are_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


def test_a_full_name_before_ranks_keeps_its_forename() -> None:
    assert name_kind("person", "Helen Ashworth")[1] == "Helen Ashworth"


@pytest.mark.parametrize(("text", "name"), [("Thu Besnik Gashi", "Besnik Gashi"),
                                             ("Instructor Winston Dumas", "Winston Dumas"),
                                             ("Thu Ilirjan", "Ilirjan"),
                                             ("Instructor Kelvin", "Kelvin")])
def test_a_day_s_column_or_a_post_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert name_kind("person", text) == ("person", name)


@pytest.mark.parametrize("text", ["Sun Li", "Friday Adebayo", "Eric Holder"])
def test_names_that_are_days_or_posts_elsewhere_stay_names(text: str) -> None:
    assert name_kind("person", text) == ("person", text)


@pytest.mark.parametrize("kind", ["person", "org"])
@pytest.mark.parametrize("text", ["Portfolio Holder", "Licence Holder"])
def test_a_post_held_is_no_person_or_organisation(kind: str, text: str) -> None:
    assert name_kind(kind, text)[0] is None


@pytest.mark.parametrize("text", ["Harwick General", "Attorney General"])
def test_a_general_hospital_or_a_post_general_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Café Rosé", "Hotel Splendide"])
def test_a_venue_named_after_its_word_is_an_organisation(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


def test_a_forename_before_general_stays_a_person() -> None:
    assert name_kind("person", "Ann General") == ("person", "Ann General")
