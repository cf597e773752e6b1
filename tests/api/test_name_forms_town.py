"""The names stage through the API over a third invented town (Ravensthorpe, tests.api.names_town):
initials in every order and layout, OCR slips in the shapes tesseract makes (look-alike letters
and digits, broken spaces), addresses with digits and hyphens, and a titled person tagged as an
organisation. Namesakes sharing an initial stay a possible match, a one-letter decoy stays
apart, and a list of namesakes does not read one's surname as the other's index form."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.api.names_town import EXPECTED, FILES, FULL
from tests.ingested import hits_by_file, town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "ravensthorpe"


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("ravensthorpe"), FILES, COLLECTION)


def _found(api, query: str) -> set[str]:  # noqa: ANN001
    return set(hits_by_file(api, query, COLLECTION)) - set(FULL)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_written_form_is_found_and_no_decoy(api, town, name: str) -> None:  # noqa: ANN001
    assert _found(api, f'person:"{name}"') == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_person_finds_whatever_the_phrase_finds(api, town, name: str) -> None:  # noqa: ANN001
    assert _found(api, f'"{name}"') <= _found(api, f'person:"{name}"')


def test_namesakes_with_one_initial_stay_a_possible_match(api, town) -> None:  # noqa: ANN001
    page = api.get("/api/entities/person/ian%20dobson", params={"collection": COLLECTION}).json()
    possible = {(m["text"], tuple(m["candidates"])) for m in page["possible_matches"]}
    assert ("I. Dobson", ("ian dobson", "irene dobson")) in possible


def test_a_name_misread_once_is_the_commoner_name(store, settings, town) -> None:  # noqa: ANN001
    from search.indices import Indices

    hits = store.search(index=Indices(settings.index_prefix).mentions, body={"size": 100, "query": {
        "bool": {"filter": [{"term": {"collection": COLLECTION}},
                            {"wildcard": {"key": "*holroyd"}}]}}})["hits"]["hits"]
    keys = {h["_source"]["text"]: (h["_source"]["key"], h["_source"].get("candidates"))
            for h in hits}
    # Two letters swapped in a name written once are a slip of the name written often, not
    # a namesake: every form is Brian's, none a possible match.
    assert keys["Brain Holroyd"] == keys["B. Holroyd"] == keys["bholroyd"] \
        == ("brian holroyd", None)


def test_the_stage_runs_again_to_the_same_result(api, town) -> None:  # noqa: ANN001
    from api.cli import run_stage

    _job, counts = run_stage([town], COLLECTION, "names", show_progress=False)
    assert counts.get("indexed") == len(FILES), counts
    for name, expected in EXPECTED.items():
        assert _found(api, f'person:"{name}"') == expected, name
