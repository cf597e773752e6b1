"""The names stage reads what the files state about names (issue 13): a person "also known as"
another whole name, or known before by another surname ("née"), is one person, and `person:`
with either name finds the documents of both. Invented names of a town of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingested import hits_by_file, town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "cawdell-aliases"
FILES = {
    "log-1.txt": "Incident log.\n\nMartin Holloway was seen at the market with Colm Dwyer.",
    "log-2.txt": "Incident log.\n\nMartin Holloway drove the van to the yard on Friday.",
    "log-3.txt": "Incident log.\n\nMartin Holloway, also known as Martin Kerrigan, was arrested.",
    "intel-1.txt": "Intelligence.\n\nMartin Kerrigan rents the flat above the bakery.",
    "intel-2.txt": "Intelligence.\n\nMartin Kerrigan was seen with Colm Dwyer again.",
    "note-1.txt": "Note.\n\nMartin Kerrigan is not Stephen Kerrigan; no link has been found.",
    "note-2.txt": "Note.\n\nStephen Kerrigan, a joiner, rang the office on Monday.",
    "minutes-1.txt": "Minutes.\n\nPresent: Orla Kinsey (née Tapper), Colm Dwyer.",
    "minutes-2.txt": "Minutes.\n\nPresent: Orla Kinsey, Colm Dwyer.",
    "minutes-3.txt": "Minutes.\n\nPresent: Orla Tapper, Colm Dwyer.",
    "minutes-4.txt": "Minutes.\n\nPresent: Orla Tapper, Stephen Kerrigan.",
    # Another name in an appositive that speaks of naming, and a nickname inside a name.
    "log-4.txt": "Incident log.\n\nNiall Brophy (calls himself Niall Costigan) was stopped.",
    "log-5.txt": "Incident log.\n\nNiall Brophy was seen in the square.",
    "intel-3.txt": "Intelligence.\n\nNiall Costigan rents a lock-up on Mill Lane.",
    "minutes-5.txt": "Minutes.\n\nPresent: Aisling [Nuala] Quigley, Colm Dwyer.",
    "minutes-6.txt": "Minutes.\n\nPresent: Aisling Quigley, Colm Dwyer.",
    "note-3.txt": "Note.\n\nNuala Quigley rang the office about the rota.",
}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("aliases"), FILES, COLLECTION)


def test_a_stated_alias_finds_the_documents_of_both_names(api, town) -> None:  # noqa: ANN001
    for name in ("Martin Holloway", "Martin Kerrigan"):
        found = hits_by_file(api, f'person:"{name}"', COLLECTION)
        assert {"log-1.txt", "log-2.txt", "log-3.txt", "intel-1.txt", "intel-2.txt",
                "note-1.txt"} <= set(found), name
        assert "note-2.txt" not in found  # Stephen Kerrigan is someone else


def test_an_earlier_surname_finds_the_documents_of_both_names(api, town) -> None:  # noqa: ANN001
    for name in ("Orla Tapper", "Orla Kinsey"):
        found = set(hits_by_file(api, f'person:"{name}"', COLLECTION))
        assert {f"minutes-{n}.txt" for n in (1, 2, 3, 4)} <= found, name
        assert "log-1.txt" not in found  # Orla Tapper is one person, not the log's


def test_another_name_in_a_naming_appositive_finds_the_documents_of_both(api, town) -> None:  # noqa: ANN001
    found = set(hits_by_file(api, 'person:"Niall Brophy"', COLLECTION))
    assert {"log-4.txt", "log-5.txt", "intel-3.txt"} <= found


def test_a_nickname_written_inside_a_name_finds_the_documents_of_the_nickname(api, town) -> None:  # noqa: ANN001
    found = set(hits_by_file(api, 'person:"Aisling Quigley"', COLLECTION))
    assert {"minutes-5.txt", "minutes-6.txt", "note-3.txt"} <= found
