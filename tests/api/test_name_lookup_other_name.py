"""A look-up of another whole name a person goes by leads to that person (issue 13): "Colan
Kitto", stated to be Tamsin Trevanion's son's other name and filed under "Perran Trevanion"
by the names stage, looks up Perran Trevanion's entity page, with whom he is seen. Invented
names, none from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingested import town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "trevanion"
FILES = {
    "log-1.txt": "Log.\n\nPerran Trevanion was seen with Tamsin Trevanion at the market.",
    "log-2.txt": "Log.\n\nPerran Trevanion was seen again with Tamsin Trevanion last night.",
    "log-3.txt": "Log.\n\nPerran Trevanion (also known as Colan Kitto) paid in cash.",
    "log-4.txt": "Log.\n\nColan Kitto booked a pitch with Tamsin Trevanion on Sunday.",
    "log-5.txt": "Log.\n\nPerran Trevanion rang the office about the pitch.",
}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("trevanion"), FILES, COLLECTION)


def test_another_name_a_person_goes_by_looks_up_that_person(api, town) -> None:  # noqa: ANN001
    found = api.get("/api/entities", params={"q": "Colan Kitto", "kind": "person",
                                             "collection": COLLECTION})
    assert found.status_code == 200, found.text
    first = found.json()["results"][0]
    assert first["key"] == "perran trevanion"
    assert first["match"] == "exact"
