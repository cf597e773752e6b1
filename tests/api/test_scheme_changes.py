"""A coding scheme changed while review is under way (issue 18): a value taken off a list that
documents carry is refused unless renamed, a rename migrates every document's coding, its coding
sets (search and facets) and the QC codings, a respelled value follows the list, and a field with
coding cannot be dropped. Also: bulk coding of every result of a search (no saved search), and
the coding columns of the JSON export.

Everything runs on a small collection of its own, ingested for real.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import client_as_new_user
from tests.ingested import hits_by_file, ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "schemechange"
FILES = {f"note {n}.txt": f"Note {n}: {text}" for n, text in enumerate([
    "a taxi seen at the bus station, badge 4411.",
    "the taxi licensing panel deferred the renewal of badge 5522.",
    "a strategy meeting about the girl missing from home.",
    "the taxi office closed early on the Friday.",
    "a visit to the children's home about curfews.",
])}
OLD_ISSUES = ["taxi licencing", "missing from home", "Strategy meetings"]


def _scheme(issues: list[str], note: bool = True) -> dict:
    fields = [{"name": "coding.relevance"},
              {"name": "coding.issue", "label": "Issues", "choices": issues}]
    return {"fields": fields + ([{"name": "coding.note"}] if note else [])}


@pytest.fixture(scope="module")
def docs(api, store, settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    """Document ids by file name, the collection's scheme defined with the old list."""
    root: Path = tmp_path_factory.mktemp("scheme-change")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    answer = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json=_scheme(OLD_ISSUES))
    assert answer.status_code == 200, answer.text
    return {name: hit["id"] for name, hit in hits_by_file(api, "", COLLECTION).items()}


def _user(app, store, indices, settings, name: str) -> TestClient:  # noqa: ANN001
    return client_as_new_user(app, store, indices, settings, name, "reviewer", [COLLECTION])


@pytest.fixture(scope="module")
def ann(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "scheme-ann")


@pytest.fixture(scope="module")
def ben(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return _user(app, store, indices, settings, "scheme-ben")


def _ids(client: TestClient, q: str) -> set[str]:
    answer = client.get("/api/search", params={"q": q, "collection": COLLECTION, "size": 50})
    assert answer.status_code == 200, answer.text
    return {hit["id"] for hit in answer.json()["hits"]}


def _issues(client: TestClient, doc_id: str) -> list[str] | None:
    return client.get(f"/api/documents/{doc_id}/coding").json()["values"].get("coding.issue")


@pytest.fixture(scope="module")
def coded(api, ann, ben, docs) -> dict:  # noqa: ANN001
    """Ann codes every note (a batch of them all), two with the old 'taxi licencing', one with
    'Strategy meetings' and a note; Ben codes the whole batch as QC, one with the old value."""
    everything = ann.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "search": {"q": ""}, "values": {"coding.relevance": "relevant"}})
    assert everything.json()["matched"] == len(FILES), everything.text
    for name, issues in {"note 0.txt": ["taxi licencing", "missing from home"],
                         "note 1.txt": ["Taxi Licencing"], "note 2.txt": ["strategy meetings"]
                         }.items():
        answer = ann.put(f"/api/documents/{docs[name]}/coding",
                         json={"values": {"coding.issue": issues}})
        assert answer.status_code == 200, answer.text
    ann.put(f"/api/documents/{docs['note 4.txt']}/coding",
            json={"values": {"coding.note": "curfew breaches"}})
    saved = api.post("/api/saved-searches", json={
        "name": "all notes", "q": "note", "filters": [f"collection:{COLLECTION}"]}).json()
    (batch,) = api.post("/api/batches", json={
        "collection": COLLECTION, "saved_search": saved["id"], "size": 10,
        "reviewers": ["scheme-ann"], "name": "Notes"}).json()
    qc = api.post(f"/api/batches/{batch['id']}/qc", json={"reviewer": "scheme-ben",
                                                          "percent": 100})
    assert qc.status_code in (200, 201), qc.text
    answer = ben.put(f"/api/batches/{batch['id']}/qc/documents/{docs['note 1.txt']}",
                     json={"values": {"coding.issue": ["taxi licencing"]}})
    assert answer.status_code == 200, answer.text
    return batch


def test_the_scheme_reports_how_each_field_and_value_is_used(api, docs, coded) -> None:  # noqa: ANN001
    scheme = api.get(f"/api/collections/{COLLECTION}/coding-scheme").json()
    assert [f["name"] for f in scheme["available"]] == [
        "coding.relevance", "coding.issue", "coding.sensitivity", "coding.event_date",
        "coding.note"]
    assert scheme["usage"]["coding.issue"] == {"documents": 3, "values": {
        "taxi licencing": 2, "missing from home": 1, "Strategy meetings": 1}}
    assert scheme["usage"]["coding.relevance"]["documents"] == len(FILES)
    assert scheme["usage"]["coding.note"] == {"documents": 1, "values": {}}


def test_taking_a_value_in_use_off_the_list_is_refused_and_changes_nothing(
        api, ann, docs, coded) -> None:  # noqa: ANN001
    new_list = ["taxi licensing", "missing from home", "strategy meetings"]
    refused = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json=_scheme(new_list))
    assert refused.status_code == 409, refused.text
    assert ("coding.issue: 'taxi licencing' is given to 2 documents and 1 QC coding and is not "
            "on the new list") in refused.json()["detail"]
    dropped = api.put(f"/api/collections/{COLLECTION}/coding-scheme",
                      json=_scheme(OLD_ISSUES, note=False))
    assert dropped.status_code == 409
    assert "coding.note is coded on 1 document" in dropped.json()["detail"]

    fields = api.get(f"/api/collections/{COLLECTION}/coding-scheme").json()["fields"]
    assert fields[1]["choices"] == OLD_ISSUES
    assert _issues(ann, docs["note 1.txt"]) == ["taxi licencing"]

    still_listed = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json={
        **_scheme(new_list), "renames": {"coding.issue": {"missing from home": None}}})
    assert still_listed.status_code == 422
    assert "'missing from home' is still on the list" in still_listed.json()["detail"]
    off_list = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json={
        **_scheme(new_list), "renames": {"coding.issue": {"taxi licencing": "taxis"}}})
    assert off_list.status_code == 422 and "'taxis'" in off_list.json()["detail"]
    assert ann.put(f"/api/collections/{COLLECTION}/coding-scheme",
                   json=_scheme(new_list)).status_code == 403


def test_a_rename_migrates_the_coding_its_search_facets_and_qc(api, ann, docs, coded, store,  # noqa: ANN001
                                                               settings) -> None:  # noqa: ANN001
    from search.indices import alias_name

    answer = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json={
        **_scheme(["taxi licensing", "strategy meetings", "curfews"]),
        "renames": {"coding.issue": {"Taxi Licencing": "taxi licensing",
                                     "missing from home": None}}})
    assert answer.status_code == 200, answer.text
    assert sorted(answer.json()["renamed"], key=lambda r: r["old"]) == [
        {"field": "coding.issue", "old": "Strategy meetings", "new": "strategy meetings",
         "documents": 1, "qc": 0},
        {"field": "coding.issue", "old": "missing from home", "new": None, "documents": 1,
         "qc": 0},
        {"field": "coding.issue", "old": "taxi licencing", "new": "taxi licensing",
         "documents": 2, "qc": 1}]

    assert _issues(ann, docs["note 0.txt"]) == ["taxi licensing"]
    assert _issues(ann, docs["note 1.txt"]) == ["taxi licensing"]
    assert _issues(ann, docs["note 2.txt"]) == ["strategy meetings"]
    assert _ids(ann, 'coding.issue:"taxi licensing"') == {docs["note 0.txt"], docs["note 1.txt"]}
    assert _ids(ann, 'coding.issue:"taxi licencing"') == set()
    assert _ids(ann, 'coding.issue:"missing from home"') == set()
    facets = ann.get("/api/search", params={"collection": COLLECTION}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["coding.issue"]} == {
        "taxi licensing": 2, "strategy meetings": 1}
    qc = ann.get(f"/api/batches/{coded['id']}/qc/documents/{docs['note 1.txt']}").json()
    assert qc["values"]["coding.issue"] == ["taxi licensing"]
    report = api.get(f"/api/batches/{coded['id']}/qc").json()
    issue = next(f for f in report["fields"] if f["field"] == "coding.issue")
    assert issue == {"field": "coding.issue", "compared": 1, "disagreements": 0, "rate": 0.0}

    # Sent again, the same scheme changes nothing more: the coding already follows it.
    again = api.put(f"/api/collections/{COLLECTION}/coding-scheme", json={
        **_scheme(["taxi licensing", "strategy meetings", "curfews"])})
    assert again.status_code == 200 and again.json()["renamed"] == []
    store.indices.refresh(index=alias_name(settings.index_prefix, "audit"))  # appended unrefreshed
    audit = api.get("/api/audit", params={"action": "coding.scheme.set", "size": 20}).json()
    renames = [r["details"]["renamed"] for r in audit["records"]
               if r["status"] == 200 and r["details"].get("collection") == COLLECTION]
    assert [len(r) for r in renames[:2]] == [0, 3], renames  # newest first


def test_bulk_coding_codes_every_result_of_a_search_and_the_json_export_has_it(
        ann, docs, coded) -> None:  # noqa: ANN001
    taxis = _ids(ann, "taxi")
    answer = ann.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "search": {"q": "taxi"}, "values": {"coding.issue": ["curfews"]}, "add": True})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"collection": COLLECTION, "matched": len(taxis),
                             "changed": len(taxis)}
    assert _ids(ann, "coding.issue:curfews") == taxis
    assert _issues(ann, docs["note 0.txt"]) == ["taxi licensing", "curfews"]

    both = ann.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "search": {"q": "taxi"}, "ids": [docs["note 0.txt"]], "values": {}})
    assert both.status_code == 422
    bad = ann.post(f"/api/collections/{COLLECTION}/coding/bulk", json={
        "search": {"q": "taxi AND ("}, "values": {"coding.issue": ["curfews"]}})
    assert bad.status_code == 400

    exported = ann.get("/api/export", params={"q": "coding.issue:curfews",
                                              "collection": COLLECTION, "format": "json"})
    assert exported.status_code == 200, exported.text
    rows = {row["id"]: row for row in json.loads(exported.text)}
    assert set(rows) == taxis
    assert rows[docs["note 0.txt"]]["coding.issue"] == ["taxi licensing", "curfews"]
    assert rows[docs["note 0.txt"]]["coding.relevance"] == "relevant"
