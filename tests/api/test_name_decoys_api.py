"""Two people whose names sound alike or are spelt a letter apart, each named in full in
documents of their own, through the API (issue 13): ``person:`` finds each one's documents and
none of the other's, each entity page lists its own documents, chips show each by their own
name, and a form that fits both ("B. Moffatt") stays a possible match of both. Names of a town
of our own (Cawdell), none from the evaluation sets."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.ingested import hits_by_file, town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "cawdell"
PANEL = ("Cawdell youth panel, minutes.\n\nPresent: Brandon Moffatt (chair), Oswin Meagher and "
         "Ruth Tallentire.\n\nThe panel reviewed the referrals.")
FILES = {
    "panel-1.txt": PANEL,
    "panel-2.txt": PANEL.replace("referrals", "housing reports"),
    "panel-3.txt": PANEL.replace("referrals", "school visits"),
    "visit-1.txt": "Home visit.\n\nBrendon Moffatt was at home with his father when we called.",
    "visit-2.txt": "Second home visit.\n\nBrendon Moffatt said he had been at college all day.",
    "lease-1.txt": "Dear Sir,\n\nOswin Meager wrote to us about the lease of the shop unit.",
    "lease-2.txt": "File note.\n\nOswin Meager did not come to the lease review on Monday.",
    "both.txt": "Statement.\n\nBrandon Moffatt told me that Brendon Moffatt is no relation.",
    "note.txt": "Front desk.\n\nA note was left for B. Moffatt at the front desk.",
}
EXPECTED = {
    "Brandon Moffatt": {"panel-1.txt", "panel-2.txt", "panel-3.txt", "both.txt"},
    "Brendon Moffatt": {"visit-1.txt", "visit-2.txt", "both.txt"},
    "Oswin Meagher": {"panel-1.txt", "panel-2.txt", "panel-3.txt"},
    "Oswin Meager": {"lease-1.txt", "lease-2.txt"},
}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("cawdell"), FILES, COLLECTION)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_person_finds_each_one_and_never_the_other(api, town, name: str) -> None:  # noqa: ANN001
    assert set(hits_by_file(api, f'person:"{name}"', COLLECTION)) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_entity_page_lists_its_own_documents(api, town, name: str) -> None:  # noqa: ANN001
    key = name.casefold()
    page = api.get(f"/api/entities/person/{quote(key)}", params={"collection": COLLECTION})
    assert page.status_code == 200, page.text
    listed = {d["path"].rsplit("/", 1)[-1] for d in page.json()["documents"]}
    assert listed == EXPECTED[name]
    assert {v["key"] for v in page.json()["variants"]} == {key}


def test_chips_show_each_by_their_own_name(api, town) -> None:  # noqa: ANN001
    hits = hits_by_file(api, "", COLLECTION)
    assert hits["visit-1.txt"]["entities"]["person"] == ["Brendon Moffatt"]
    assert hits["lease-1.txt"]["entities"]["person"] == ["Oswin Meager"]
    assert sorted(hits["both.txt"]["entities"]["person"]) == ["Brandon Moffatt", "Brendon Moffatt"]


def test_a_form_that_fits_both_stays_a_possible_match(api, town) -> None:  # noqa: ANN001
    page = api.get("/api/entities/person/brendon%20moffatt", params={"collection": COLLECTION})
    possible = {(m["text"], tuple(m["candidates"])) for m in page.json()["possible_matches"]}
    assert ("B. Moffatt", ("brandon moffatt", "brendon moffatt")) in possible
