"""The names stage through the API, over an invented town (Holmbridge): ``person:"Full Name"``
finds the documents where the person is written only by initials, title and surname, title
and collar number, an e-mail address or an OCR slip; people one letter apart stay apart; chips
show no person as an organisation; and two people who share documents list each other."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from tests.ingested import hits_by_file, town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "holmbridge"
ROSTER = ("Holmbridge duty roster. Present: Gareth Pickles, Wendy Jane Oldroyd, Imran Sadiq, "
          "Colin Dyson and Maureen Crabtree.")
FILES = {
    "roster.txt": ROSTER,
    "roster2.txt": ROSTER.replace("duty roster", "rest day list"),
    "roster3.txt": ROSTER.replace("duty roster", "training list"),
    "tyson.txt": "Report. Colin Tyson and Maureen Crabtre were seen at the market.",
    "tyson2.txt": "Second report. Colin Tyson and Maureen Crabtre left the market at noon.",
    "initials.txt": "Log entry 14:02. The alarm was reset by G.R. Pickles at the depot.",
    "glued.txt": "Property returned to the owner. Signed: WJ OLDROYD, for the division.",
    "collar.txt": "Arrest at Mill Street. Detained by PS 604 Sadiq and taken to custody.",
    "title.txt": "The call was taken by DS Oldroyd, who passed it to the night shift.",
    "email.txt": "From: gpickles@holmbridge.police.uk\nTo: imransadiq@holmbridge.gov.uk\n"
                 "Subject: keys\n\nThe keys are in the safe.",
    "slip.txt": "Statement of Imran Sadlq, aged 41, taken at the station on Tuesday.",
    "hirst.txt": "Kevin Hirst and his sister Karen Hirst live at the farm.",
    "khirst.txt": "Message left for K. Hirst about the gate at the farm.",
    "dckaren.txt": "Kevin Hirst was interviewed by DC Karen Hirst at the station.",
    "dchirst.txt": "The file was closed by DC Hirst on Friday.",
}
EXPECTED = {
    "Gareth Pickles": {"roster.txt", "roster2.txt", "roster3.txt", "initials.txt", "email.txt"},
    "Wendy Jane Oldroyd": {"roster.txt", "roster2.txt", "roster3.txt", "glued.txt", "title.txt"},
    "Imran Sadiq": {"roster.txt", "roster2.txt", "roster3.txt", "collar.txt", "email.txt",
                    "slip.txt"},
    "Colin Tyson": {"tyson.txt", "tyson2.txt"},
    "Maureen Crabtre": {"tyson.txt", "tyson2.txt"},
}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("holmbridge"), FILES, COLLECTION)


def _search(api, query: str) -> dict[str, dict]:  # noqa: ANN001
    return hits_by_file(api, query, COLLECTION)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_person_search_finds_every_written_form_and_no_decoy(api, town, name: str) -> None:  # noqa: ANN001
    assert set(_search(api, f'person:"{name}"')) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_person_search_finds_at_least_the_phrase(api, town, name: str) -> None:  # noqa: ANN001
    assert set(_search(api, f'"{name}"')) <= set(_search(api, f'person:"{name}"'))


def test_no_person_is_also_an_organisation_or_a_place(store, settings, town) -> None:  # noqa: ANN001
    from search.indices import Indices

    hits = store.search(index=Indices(settings.index_prefix).documents, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    people = {p for h in hits for p in h["_source"]["person"]}
    others = {v for h in hits for v in h["_source"]["org"] + h["_source"]["place"]}
    assert not people & others
    assert not {"Ps 604 Sadiq", "Wj Oldroyd", "Imran Sadlq"} & others


def test_people_who_share_documents_list_each_other(api, town) -> None:  # noqa: ANN001
    keys = ["gareth pickles", "wendy jane oldroyd", "imran sadiq", "colin dyson",
            "maureen crabtree"]
    for key in keys:
        page = api.get(f"/api/entities/person/{quote(key)}", params={"collection": COLLECTION})
        assert page.status_code == 200, page.text
        listed = {row["key"] for row in page.json()["cooccurring"] if row["kind"] == "person"}
        assert set(keys) - {key} <= listed, key


def test_a_title_written_before_a_full_name_tells_namesakes_apart(api, town) -> None:  # noqa: ANN001
    assert "dchirst.txt" in _search(api, 'person:"Karen Hirst"')
    assert "dchirst.txt" not in _search(api, 'person:"Kevin Hirst"')


def test_a_form_two_people_hold_is_shown_with_its_candidates(api, town) -> None:  # noqa: ANN001
    page = api.get("/api/entities/person/kevin%20hirst", params={"collection": COLLECTION}).json()
    possible = {(m["text"], tuple(m["candidates"])) for m in page["possible_matches"]}
    assert ("K. Hirst", ("karen hirst", "kevin hirst")) in possible


def test_a_correction_runs_the_names_stage_again(api, store, settings, town) -> None:  # noqa: ANN001
    from search.indices import Indices

    response = api.post("/api/entities/corrections", json={
        "action": "merge", "kind": "person", "key": "colin tyson", "into": "Colin Dyson",
        "collection": COLLECTION})
    assert response.status_code == 201, response.text
    store.indices.refresh(index=Indices(settings.index_prefix).documents)
    hits = store.search(index=Indices(settings.index_prefix).documents, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    tyson = next(h["_source"] for h in hits if h["_source"]["path"].endswith("/tyson.txt")
                 or h["_source"]["path"] == "tyson.txt")
    assert "Colin Dyson" in tyson["person"], tyson["person"]
