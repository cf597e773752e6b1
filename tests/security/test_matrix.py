"""The access matrix: every GET endpoint in the app's OpenAPI × every kind of caller × a document
of a granted and of a not-granted collection -> the status it must answer, and no byte of the
other collection in any answer.

Routes are discovered, not listed: an endpoint added later is in the matrix the day it is added,
and a path parameter this file cannot fill fails the test until a filler is written for it.
Callers: admin (every collection), reviewer and reader (granted ``sec-a`` only), no token, and a
token that does not exist. ``sec-a`` and ``sec-b`` hold one document each.
"""

from __future__ import annotations

import time

import pytest

from api.app import create_app
from tests.security.conftest import Ingested, client_for

pytestmark = pytest.mark.integration

ROLES = ("admin", "reviewer", "reader", "none", "bad")
NO_AUTH = {"/api/health"}
REVIEWERS = ("admin", "reviewer")
ROLE_NEEDED = {"/api/audit": ("admin",), "/api/export": REVIEWERS,
               "/api/batches": REVIEWERS, "/api/batches/{batch_id}": REVIEWERS,
               "/api/batches/{batch_id}/documents/{position}": REVIEWERS,
               "/api/batches/{batch_id}/qc": REVIEWERS,
               "/api/batches/{batch_id}/qc/documents/{doc_id}": REVIEWERS,
               "/api/collections/{name}/review-progress": ("admin",),
               # Redactions are review work (api.routes.redactions): readers are refused.
               "/api/documents/{doc_id}/redactions": REVIEWERS,
               "/api/collections/{name}/redaction-reasons": REVIEWERS,
               "/api/collections/{name}/redaction-log": REVIEWERS,
               # The completeness report is review work too (api.routes.completeness).
               "/api/collections/{name}/completeness": REVIEWERS,
               "/api/collections/{name}/completeness.docx": REVIEWERS,
               "/api/collections/{name}/completeness/{section}": REVIEWERS,
               "/api/collections/{name}/completeness/{section}.csv": REVIEWERS,
               # Productions are disclosure work (api.routes.productions): readers are refused;
               # a reference resolves for whoever may see the document.
               "/api/productions": REVIEWERS, "/api/productions/{production_id}": REVIEWERS,
               "/api/productions/{production_id}/load-file": REVIEWERS,
               "/api/productions/{production_id}/download": REVIEWERS,
               "/api/productions/{production_id}/preview": REVIEWERS}
# The corpus is text: its pages have no image (tests/api/test_page_images.py has PDFs and scans).
NO_IMAGE = {"/api/documents/{doc_id}/pages/{number}/image"}
# What a caller granted only sec-a must never see: sec-b's document, its words, its person.
B_SECRETS = ("zebrabravo", "Cuthbert", "cuthbert", "SECB-")


def _get_routes() -> list[tuple[str, tuple[str, ...]]]:
    """(path template, path parameter names) of every GET operation in the OpenAPI."""
    schema = create_app().openapi()
    found = []
    for path, operations in sorted(schema["paths"].items()):
        if "get" in operations:
            names = tuple(p["name"] for p in operations["get"].get("parameters", [])
                          if p["in"] == "path")
            found.append((path, names))
    return found


ROUTES = _get_routes()
CASES = [(path, params, role, side) for path, params in ROUTES for role in ROLES
         for side in (("granted", "other") if params else ("-",))]


def fill(path: str, params: tuple[str, ...], corpus: Ingested, collection: str,
         batches: dict[str, str], productions: dict[str, tuple[str, str]],
         bundles: dict[str, tuple[str, str]], facts: dict[str, tuple[str, str]]) -> str:
    """The path with its parameters taken from the real data of one collection."""
    from search.cases.register import case_id

    person = {"sec-a": "marjorie tillingham", "sec-b": "cuthbert ravensworth"}[collection]
    crime = {"sec-a": "NP/1997/04512", "sec-b": "NP/1998/07731"}[collection]  # tests/security/conftest.py
    values = {"doc_id": corpus.doc_ids[collection], "number": "1",
              "job_id": corpus.jobs[collection], "kind": "person", "key": person,
              "case_id": case_id(collection, [crime]), "name": collection,
              "batch_id": batches[collection], "position": "1", "section": "families",
              "production_id": productions[collection][0], "urn": productions[collection][1],
              "page": "1", "bundle_id": bundles[collection][0], "letter": bundles[collection][1],
              "tab": "1", "fact_id": facts[collection][0], "control": facts[collection][1]}
    for name in params:
        assert name in values, f"no filler for the path parameter {{{name}}} of {path}: add one"
        path = path.replace(f"{{{name}}}", values[name])
    return path


def expected(path: str, role: str, side: str) -> int:
    if path in NO_AUTH:
        return 200
    if role in ("none", "bad"):
        return 401
    if role not in ROLE_NEEDED.get(path, ROLES):
        return 403
    if side == "other" and role != "admin":
        return 404  # the entity graph too: a name in no visible document is not found
    return 404 if path in NO_IMAGE else 200


def test_every_get_route_is_in_the_matrix() -> None:
    paths = {path for path, _ in ROUTES}
    assert {"/api/search", "/api/documents/{doc_id}", "/api/documents/{doc_id}/pages/{number}",
            "/api/documents/{doc_id}/file", "/api/jobs/{job_id}", "/api/collections",
            "/api/audit"} <= paths


@pytest.mark.parametrize(("path", "params", "role", "side"), CASES,
                         ids=[f"{p} {r} {s}" for p, _, r, s in CASES])
def test_access(path: str, params: tuple[str, ...], role: str, side: str, sec_app,  # noqa: ANN001
                sec_corpus: Ingested, tokens: dict[str, str], sec_batches: dict[str, str],
                sec_productions: dict[str, tuple[str, str]],
                sec_bundles: dict[str, tuple[str, str]],
                sec_facts: dict[str, tuple[str, str]]) -> None:
    token = {"none": None, "bad": "not-a-real-token"}.get(role, tokens.get(role))
    client = client_for(sec_app, token)
    url = fill(path, params, sec_corpus, "sec-b" if side == "other" else "sec-a", sec_batches,
               sec_productions, sec_bundles, sec_facts)
    # Probe with the other collection's words where a route takes a query.
    response = client.get(url, params={"q": "Ravensworth zebrabravo"} if not params else None)
    assert response.status_code == expected(path, role, side), response.text[:300]
    assert "Traceback" not in response.text
    if role in ("reviewer", "reader") and response.status_code == 200:
        body = response.text
        assert sec_corpus.doc_ids["sec-b"] not in body
        leaked = [s for s in B_SECRETS if s in body and s not in str(response.request.url)]
        assert not leaked, f"{url} shows {leaked} of a collection the caller may not see"


@pytest.mark.parametrize("role", ["reviewer", "reader"])
def test_search_finds_only_the_granted_collection(role: str, sec_app, sec_corpus,  # noqa: ANN001
                                                  tokens: dict[str, str]) -> None:
    client = client_for(sec_app, tokens[role])
    everything = client.get("/api/search", params={"size": 100}).json()
    assert {hit["collection"] for hit in everything["hits"]} == {"sec-a"}
    assert {f["value"] for f in everything["facets"]["collection"]} == {"sec-a"}
    # Asking for the other collection by filter narrows, never widens.
    other = client.get("/api/search", params={"collection": "sec-b", "q": "zebrabravo"}).json()
    assert other["total"] == 0
    names = client.get("/api/collections").json()
    assert [c["name"] for c in names] == ["sec-a"]


WRITES = [
    # (method, path, body, roles that may) - the rest get 403 (401 without a valid token).
    ("POST", "/api/collections", {"name": "sec-new"}, ("admin",)),
    ("POST", "/api/ingest/path", {"collection": "sec-a", "path": "/nonexistent"}, ("admin",)),
    ("POST", "/api/collections/sec-a/stages", {"stage": "names"}, ("admin",)),
    ("POST", "/api/documents/{doc_id}/tags", {"tag": "sec-tag"}, ("admin", "reviewer")),
    ("PUT", "/api/documents/{doc_id}/star", None, ("admin", "reviewer")),
    ("POST", "/api/documents/{doc_id}/notes", {"text": "a note"}, ("admin", "reviewer")),
    ("POST", "/api/entities/corrections", {"action": "alias", "kind": "person",
                                           "key": "marjorie tillingham", "alias": "M Tillingham",
                                           "collection": "sec-a"}, ("admin", "reviewer")),
    ("PUT", "/api/collections/sec-a/coding-scheme", {"fields": [{"name": "coding.relevance"}]},
     ("admin",)),
    ("PUT", "/api/documents/{doc_id}/coding", {"values": {"coding.relevance": "relevant"}},
     ("admin", "reviewer")),
]


@pytest.mark.parametrize(("method", "path", "body", "allowed"), WRITES,
                         ids=[f"{m} {p}" for m, p, _, _ in WRITES])
@pytest.mark.parametrize("role", ROLES)
def test_writes(method: str, path: str, body: dict | None, allowed: tuple[str, ...], role: str,
                sec_app, sec_corpus: Ingested, tokens: dict[str, str],  # noqa: ANN001
                sec_batches: dict[str, str]) -> None:  # the coding scheme is defined
    token = {"none": None, "bad": "not-a-real-token"}.get(role, tokens.get(role))
    url = path.replace("{doc_id}", sec_corpus.doc_ids["sec-a"])
    response = client_for(sec_app, token).request(method, url, json=body)
    if role in ("none", "bad"):
        assert response.status_code == 401
    elif role not in allowed:
        assert response.status_code == 403, response.text
    elif path == "/api/ingest/path":  # allowed, and refused for the path: no ingest roots here
        assert "ingest root" in response.json()["detail"]
    else:
        assert response.status_code < 400, response.text
    if path.endswith("/stages") and response.status_code == 202:
        # A stage job runs in the background: let it end before other tests read sec-a.
        _wait_for_job(client_for(sec_app, token), response.json()["job_id"])


def _wait_for_job(client, job_id: str, timeout_s: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while client.get(f"/api/jobs/{job_id}").json().get("status") != "finished":
        assert time.monotonic() < deadline, f"job {job_id} did not finish"
        time.sleep(0.2)


@pytest.mark.parametrize("role", ["reviewer", "reader"])
def test_writes_to_a_not_granted_document_are_404(role: str, sec_app, sec_corpus,  # noqa: ANN001
                                                  tokens: dict[str, str]) -> None:
    client = client_for(sec_app, tokens[role])
    doc = sec_corpus.doc_ids["sec-b"]
    for method, body in (("POST", {"tag": "x"}),):
        response = client.request(method, f"/api/documents/{doc}/tags", json=body)
        assert response.status_code == (404 if role == "reviewer" else 403)
