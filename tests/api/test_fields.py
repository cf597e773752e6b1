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
