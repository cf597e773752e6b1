"""Corrections are scoped: one made in a collection changes nothing in another, and making one
needs a reviewer's grant on its collection. sec-a names Marjorie Tillingham, sec-b Cuthbert
Ravensworth."""

from __future__ import annotations

import pytest

from search.corrections import Correction, Corrections
from search.entity_query import entity_clause
from tests.security.conftest import Ingested, client_for

pytestmark = pytest.mark.integration


def test_a_merge_in_one_collection_redirects_only_there() -> None:
    merge = Correction("merge", "person", "bob ray", "ann lee", collection="demo")
    corrections = Corrections([merge])
    assert corrections.redirect("person", "bob ray", "demo") == "ann lee"
    assert corrections.redirect("person", "bob ray", "other") == "bob ray"
    assert corrections.redirect("person", "bob ray") == "bob ray"  # no collection: global only
    assert corrections.apply("person", "bob ray", "other", "d1") == "bob ray"
    # Bob's own page leaves out his mentions in demo only; Ann's takes them in demo only.
    within_demo = {"bool": {"filter": [{"term": {"key": "bob ray"}},
                                       {"term": {"collection": "demo"}}]}}
    assert within_demo in entity_clause("person", "bob ray", corrections)["bool"]["must_not"]
    assert within_demo in entity_clause("person", "ann lee", corrections)["bool"]["should"]


def test_a_correction_in_one_collection_changes_nothing_in_another(
        sec_corpus: Ingested, sec_app, tokens, store, settings) -> None:  # noqa: ANN001
    admin = client_for(sec_app, tokens["admin"])
    reviewer = client_for(sec_app, tokens["reviewer"])  # a grant on sec-a only
    page = "/api/entities/person/cuthbert ravensworth"
    before = admin.get(page).json()
    assert before["mention_count"] >= 1
    refused = reviewer.post("/api/entities/corrections", json={
        "action": "merge", "kind": "person", "key": "Cuthbert Ravensworth",
        "into": "Marjorie Tillingham", "collection": "sec-b"})
    assert refused.status_code == 403
    made = reviewer.post("/api/entities/corrections", json={
        "action": "merge", "kind": "person", "key": "Cuthbert Ravensworth",
        "into": "Marjorie Tillingham", "collection": "sec-a"})
    assert made.status_code == 201
    try:
        after = admin.get(page)
        assert after.status_code == 200
        assert after.json()["key"] == "cuthbert ravensworth"
        assert after.json()["mention_count"] == before["mention_count"]
        assert after.json()["redirected_from"] is None
    finally:
        store.delete(index=f"{settings.index_prefix}-corrections", id=made.json()["id"],
                     refresh="wait_for")
