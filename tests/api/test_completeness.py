"""The completeness report over HTTP: the disclosure set by an admin and shown in the collections
list, the report's counts equal to the job report's, its pages, CSV and DOCX, each audited, and
another collection's report refused to a user without a grant."""

from __future__ import annotations

import csv
import io

import docx
import pytest
from fastapi.testclient import TestClient

from tests.completeness_corpus import COLLECTION, COPIED, COPY_PATHS, Disclosure

pytestmark = pytest.mark.integration

BASE = f"/api/collections/{COLLECTION}"
REQUEST = {"organisation": "Northshire Police", "reference": "Rule 9 request R9-014",
           "sent": "2024-01-08", "due": "2024-02-05", "received": "2024-02-09"}


def client(app, store, indices, settings, name: str, role: str,  # noqa: ANN001
           collections: list[str]) -> TestClient:
    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add(name, role, collections,
                                                               cleared=True)
    return TestClient(app, headers={"Authorization": f"Bearer {token}"})


def test_an_admin_records_the_request_and_the_collections_list_shows_it(
        api: TestClient, disclosure: Disclosure) -> None:
    answer = api.put(f"{BASE}/disclosure", json=REQUEST)
    assert answer.status_code == 200, answer.text
    listed = {c["name"]: c for c in api.get("/api/collections").json()}
    assert listed[COLLECTION]["disclosure"] == REQUEST
    report = api.get(f"{BASE}/completeness").json()
    assert report["disclosure"] == REQUEST and report["disclosure_status"] == "late"
    wrong = api.put(f"{BASE}/disclosure", json={**REQUEST, "due": "2023-12-01"})
    assert wrong.status_code == 422 and "before the request was sent" in wrong.text
    assert api.put("/api/collections/no-such/disclosure", json=REQUEST).status_code == 404


def test_the_reports_counts_equal_the_job_report(api: TestClient, disclosure: Disclosure) -> None:
    report = api.get(f"{BASE}/completeness").json()
    job = api.get(f"/api/jobs/{disclosure.job_id}").json()
    (load,) = report["loads"]
    assert load["counts"] == job["counts"] and load["child_counts"] == job["child_counts"]
    assert report["files"]["received"] == job["received"]
    assert report["duplicates"] == {"documents": 2, "copies": 3}


def test_pages_csv_and_docx_carry_every_duplicate_path(api: TestClient,
                                                       disclosure: Disclosure) -> None:
    page = api.get(f"{BASE}/completeness/duplicates", params={"size": 1})
    assert page.status_code == 200 and len(page.json()["rows"]) == 1 and page.json()["next"]
    following = api.get(f"{BASE}/completeness/duplicates",
                        params={"size": 1, "cursor": page.json()["next"]}).json()
    paths = {p for row in page.json()["rows"] + following["rows"] for p in row["paths"]}
    assert {COPIED, *COPY_PATHS} <= paths
    assert api.get(f"{BASE}/completeness/duplicates",
                   params={"cursor": "not a cursor"}).status_code == 400
    assert api.get(f"{BASE}/completeness/everything").status_code == 422
    exported = api.get(f"{BASE}/completeness/duplicates.csv")
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert {r["path"] for r in rows if r["control"] == rows[0]["control"]} | paths >= {
        COPIED, *COPY_PATHS}
    assert {r["role"] for r in rows} == {"kept", "copy"}
    annex = api.get(f"{BASE}/completeness.docx")
    assert annex.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(annex.content)).paragraphs)
    assert "3 copies of 2 documents were suppressed" in text


def test_downloads_are_audited_as_exports(api: TestClient, store, settings,  # noqa: ANN001
                                          disclosure: Disclosure) -> None:
    api.get(f"{BASE}/completeness/families.csv")
    store.indices.refresh(index=f"{settings.index_prefix}-audit")
    audit = api.get("/api/audit", params={"action": "completeness.export", "size": 50})
    assert audit.status_code == 200, audit.text
    assert any(r["path"].endswith("/completeness/families.csv") for r in audit.json()["records"])


def test_another_collections_report_is_refused_without_a_grant(
        app, store, indices, settings, disclosure: Disclosure, sample_job: dict) -> None:  # noqa: ANN001
    reviewer = client(app, store, indices, settings, "completeness-sample-reviewer",
                      "reviewer", ["sample"])
    assert reviewer.get("/api/collections/sample/completeness").status_code == 200
    for path in ("", "/families", "/duplicates.csv"):
        assert reviewer.get(f"{BASE}/completeness{path}").status_code == 404, path
    assert reviewer.get(f"{BASE}/completeness.docx").status_code == 404
    assert reviewer.put("/api/collections/sample/disclosure", json=REQUEST).status_code == 403
    reader = client(app, store, indices, settings, "completeness-reader", "reader",
                    [COLLECTION])
    assert reader.get(f"{BASE}/completeness").status_code == 403
