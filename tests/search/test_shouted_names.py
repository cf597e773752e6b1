"""Organisations and places a collection writes only in capitals are shown as a reader writes
them: words capitalised, acronyms kept ("Harwick CID", never "Harwick Cid")."""

from __future__ import annotations

from collections import Counter

import pytest

from ingest.names import authority_of
from search.names import unshouted


@pytest.mark.parametrize("shouted, shown", [
    ("CID", "CID"), ("PNC", "PNC"), ("NSPCC", "NSPCC"), ("UTC", "UTC"), ("USA", "USA"),
    ("HARWICK MBC", "Harwick MBC"), ("AGE UK", "Age UK"), ("HARWICK DIV CID", "Harwick Div CID"),
    ("WEST YORKSHIRE POLICE", "West Yorkshire Police"), ("HOUSE OF COMMONS", "House of Commons"),
    ("THE RED LION INN", "The Red Lion Inn"), ("OLD KENT RD", "Old Kent Rd"),
    ("THORNLEIGH HSE", "Thornleigh Hse"), ("O'BRIEN & SONS LTD", "O'Brien & Sons Ltd"),
])
def test_a_name_in_capitals_keeps_its_acronyms(shouted: str, shown: str) -> None:
    assert unshouted(shouted) == shown


def test_the_facet_shows_a_shouted_organisation_with_its_acronym() -> None:
    forms = {("org", "harwick cid"): Counter({"HARWICK CID": 4}),
             ("place", "uk"): Counter({"UK": 2}),
             ("org", "ferncliffe"): Counter({"FERNCLIFFE": 1, "Ferncliffe": 1})}
    displays = authority_of(forms).displays
    assert displays[("org", "harwick cid")] == "Harwick CID"
    assert displays[("place", "uk")] == "UK"
    assert displays[("org", "ferncliffe")] == "Ferncliffe"  # a form in mixed case wins


def test_a_person_written_in_capitals_is_still_capitalised_word_by_word() -> None:
    forms = {("person", "raymond stokes"): Counter({"RAYMOND STOKES": 3})}
    assert authority_of(forms).displays[("person", "raymond stokes")] == "Raymond Stokes"
