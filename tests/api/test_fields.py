"""``GET /api/fields``: the registry of document fields as the page reads it."""

from __future__ import annotations

import pytest

from search.facets import FACETS
from search.fields import DOCUMENT_FIELDS

pytestmark = pytest.mark.integration


def test_fields_need_a_valid_token(app) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    client = TestClient(app)
    assert client.get("/api/fields").status_code == 401
    assert client.get("/api/fields", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_fields_answer_the_registry(api) -> None:  # noqa: ANN001
    answer = api.get("/api/fields").json()
    assert [(f["name"], f["label"], f["kind"], f["field"]) for f in answer["facets"]] == [
        (f.name, f.label, f.kind, f.field) for f in FACETS]
    assert [f["name"] for f in answer["fields"]] == [f.name for f in DOCUMENT_FIELDS]
    sender = next(f for f in answer["fields"] if f["name"] == "from")
    assert sender == {"name": "from", "label": "Sender", "aliases": ["sender"],
                      "search": "keyword", "facets": ["from"]}
    date = next(f for f in answer["fields"] if f["name"] == "date")
    assert date["facets"] == ["year", "month"]
    star = next(f for f in answer["fields"] if f["name"] == "star")
    assert star["search"] is None  # a facet only: the query language has no star:


def test_every_facet_the_fields_list_is_answered_by_a_search(api, sample_job) -> None:  # noqa: ANN001
    names = [f["name"] for f in api.get("/api/fields").json()["facets"]]
    result = api.get("/api/search", params={"size": 1, "filter": "collection:sample"}).json()
    assert set(result["facets"]) == set(names)


def test_force_or_council_is_a_facet_a_filter_and_a_query_field(
    api, store, settings, tmp_path  # noqa: ANN001
) -> None:
    from ingest.job import finish_job, run_local, start_job

    files = {
        "Merseyside Police/DC Jones/statement.txt": "Statement of the witness about the van.",
        "Merseyside Police/log.txt": "Incident log: the van was seen at nine.",
        "Wirral_Borough_Council/minutes.txt": "Minutes of the licensing committee.",
        "J Smith/note.txt": "A note about the van, kept by the witness.",
    }
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text)
    plan = start_job(store, settings, [tmp_path], "forces", mode="local")
    run_local(store, settings, plan)
    finish_job(store, settings, plan.job_id)

    def search(*params: tuple[str, str]) -> dict:
        response = api.get("/api/search", params=[("filter", "collection:forces"), *params])
        assert response.status_code == 200, response.text
        return response.json()

    facet = {f["value"]: f["count"] for f in search()["facets"]["force"]}
    assert facet == {"Merseyside Police": 2, "Wirral Borough Council": 1}
    police = search(("filter", "force:Merseyside Police"))
    assert sorted(h["path"] for h in police["hits"]) == [
        "Merseyside Police/DC Jones/statement.txt", "Merseyside Police/log.txt"]
    assert search(("filter", "council:Wirral Borough Council"))["total"] == 1  # the alias
    queried = search(("q", 'van force:"merseyside police"'))  # keywords match in any case
    assert sorted(h["path"] for h in queried["hits"]) == sorted(h["path"] for h in police["hits"])
    others = search(("q", 'van NOT force:"Merseyside Police"'))
    assert [h["path"] for h in others["hits"]] == ["J Smith/note.txt"]
    listed = {f["name"]: f["label"] for f in api.get("/api/fields").json()["facets"]}
    assert listed["force"] == "Force / council"
