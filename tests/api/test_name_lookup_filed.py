"""A look-up of a name as the files write it leads to the person it is filed under (issue
13): "Sarah Tremayne", linked by the names stage to "Sarah Louise Tremayne", looks up that
person first, before a name written once that is closer to it letter for letter. Invented
names, none from the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingested import town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "tremayne"
FILES = {
    "minutes-1.txt": "Strategy meeting.\n\nPresent: Sarah Louise Tremayne (chair), Jago Pascoe.",
    "minutes-2.txt": "Strategy meeting.\n\nPresent: Sarah Louise Tremayne (chair), Morwenna Hosking.",
    "minutes-3.txt": "Review meeting.\n\nPresent: Sarah Louise Tremayne, Jago Pascoe.",
    "letter-1.txt": "Dear Sir,\n\nSarah Tremayne asked me to write about the school visit.",
    "letter-2.txt": "Dear Madam,\n\nSarah Tremayne will attend the hearing on Monday.",
    "scan.txt": "Note.\n\nSarah Tremaync called the office at 10:00.",
    "rota.txt": "Rota.\n\nSarah Tremaine rang the office about the rota on Friday.",
}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("tremayne"), FILES, COLLECTION)


def test_a_name_as_written_looks_up_the_person_it_is_filed_under(api, town) -> None:  # noqa: ANN001
    found = api.get("/api/entities", params={"q": "Sarah Tremayne", "kind": "person",
                                             "collection": COLLECTION})
    assert found.status_code == 200, found.text
    first = found.json()["results"][0]
    assert first["key"] == "sarah louise tremayne"
    assert first["match"] == "exact"
    assert first["documents"] >= 5
