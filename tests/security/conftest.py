"""Fixtures of the security tests: small collections ingested for real, users of every role, and
apps of their own (so the failure limiter of one test never throttles another).

Collections: ``sec-a`` and ``sec-b`` hold one document each, each citing a case of its own (the
access matrix); ``sec-c`` holds
a statement naming a protected person (ciphers); ``sec-hostile`` holds HTML, SVG and text that
try to inject markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from config import Settings

DOCS = {
    "sec-a": {"statement-a.txt": (
        "Witness statement of Marjorie Tillingham, taken at Danby House on 3 March 1997.\n"
        "Marjorie Tillingham described the aardvarkalpha ledger kept in the office.\n"
        "Crime number NP/97/4512 refers: Marjorie Tillingham was arrested.\n")},
    "sec-b": {"statement-b.txt": (
        "Report by Cuthbert Ravensworth about Brindle Farm, dated 9 June 1998.\n"
        "Cuthbert Ravensworth kept the zebrabravo accounts in a locked drawer.\n"
        "Crime number NP/98/7731 refers: Cuthbert Ravensworth was arrested.\n")},
    "sec-c": {"interview-c.txt": (
        "Interview with Harriet Quenby, 14 May 1996, at Danby House.\n"
        "Harriet Quenby said that DC Sarah Whitlock took her statement about the kestrel "
        "minibus. QUENBY, Harriet was then fifteen. Miss Quenby was driven home by "
        "Oswald Pargeter. Contact: harriet.quenby@example.org.\n\n"
        "Harriet Quenby later wrote again about the kestrel minibus.\n")},
    "sec-hostile": {
        "hostile.html": (
            "<html><head><title>hostile page</title><script>alert('head')</script></head><body>"
            "<p>osprey report <script>alert(1)</script><img src=x onerror=alert(2)>"
            "<a href=\"javascript:alert(3)\">link</a> &lt;b&gt;escaped&lt;/b&gt;</p></body></html>"),
        "hostile.svg": (
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(4)</script>"
            "<text x=\"1\" y=\"1\">osprey vector</text><foreignObject><iframe src=\"x\"/>"
            "</foreignObject></svg>"),
        # CSV keeps markup as literal text (the other two are parsed as markup): escaping, not
        # stripping, must make it harmless.
        "hostile.csv": ("name,comment\nosprey,<script>alert(8)</script>\n"
                        "kite,\"<img src=x onerror=alert(9)> </mark><b>\"\n"),
        "hostile.txt": (
            "osprey notes <script>alert(5)</script> <img src=x onerror=alert(6)> "
            "\"quoted\" & 'single' </mark><mark>fake</mark> <svg onload=alert(7)>\n"),
    },
}


@dataclass(frozen=True)
class Ingested:
    doc_ids: dict[str, str]  # collection -> its document id
    jobs: dict[str, str]  # collection -> job id
    folders: dict[str, Path]


@pytest.fixture(scope="session")
def sec_corpus(store, indices, settings: Settings,  # noqa: ANN001
               tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    """Every collection above, ingested in this process (one spaCy load, no worker pool).
    Jobs are planned and closed in parallel: most of their time is waiting for refreshes."""
    from concurrent.futures import ThreadPoolExecutor

    from ingest.job import JobRun, finish_job, start_job
    from ingest.worker import process_file, work_context

    root = tmp_path_factory.mktemp("sec-corpus")
    folders = {}
    for collection, files in DOCS.items():
        folders[collection] = root / collection
        folders[collection].mkdir()
        for name, text in files.items():
            (folders[collection] / name).write_text(text, encoding="utf-8")
    with ThreadPoolExecutor(len(DOCS)) as pool:
        plans = dict(zip(DOCS, pool.map(lambda c: start_job(
            store, settings, [folders[c]], c, mode="local"), DOCS), strict=True))
        context = work_context(settings)
        for plan in plans.values():
            run = JobRun(store, settings, plan)
            for task in plan.tasks:
                assert not run.receive(process_file(task, context))  # text files hold no others
            run.commit(wait=True)
        list(pool.map(lambda plan: finish_job(store, settings, plan.job_id), plans.values()))
    doc_ids = {}
    for collection, files in DOCS.items():
        found = store.search(index=indices.documents, body={
            "query": {"term": {"collection": collection}}, "_source": ["id"], "size": 10})
        ids = [hit["_source"]["id"] for hit in found["hits"]["hits"]]
        assert len(ids) == len(files), (collection, ids)
        doc_ids[collection] = ids[0]
    jobs = {collection: plan.job_id for collection, plan in plans.items()}
    return Ingested(doc_ids, jobs, folders)


@pytest.fixture(scope="session")
def tokens(store, indices, settings: Settings) -> dict[str, str]:  # noqa: ANN001
    """One user per role, the non-admins granted sec-a only (and the cipher users sec-c)."""
    from concurrent.futures import ThreadPoolExecutor

    from search.users import UserStore

    users = UserStore(store, indices, settings.secret_key)
    specs = {
        "admin": ("sec-admin", "admin", ["*"], False),
        "reviewer": ("sec-reviewer", "reviewer", ["sec-a"], False),
        "reader": ("sec-reader", "reader", ["sec-a"], False),
        "uncleared": ("sec-uncleared", "reviewer", ["sec-c"], False),
        "cleared": ("sec-cleared", "reviewer", ["sec-c"], True),
    }
    with ThreadPoolExecutor(len(specs)) as pool:  # each add waits for a refresh
        made = pool.map(lambda spec: users.add(*spec[:3], cleared=spec[3]), specs.values())
        return dict(zip(specs, made, strict=True))


@pytest.fixture(scope="session")
def sec_batches(sec_app, sec_corpus: Ingested, tokens: dict[str, str]) -> dict[str, str]:  # noqa: ANN001
    """A review batch per collection, of its one document, coded and with a QC sample (for the
    access matrix): sec-a's assigned to the reviewer, sec-b's to nobody; the admin does the QC."""
    admin = client_for(sec_app, tokens["admin"])
    batches = {}
    for collection, reviewers in (("sec-a", ["sec-reviewer"]), ("sec-b", [])):
        # The fields other tests defined stay (a scheme may not drop a field in use), with
        # relevance among them.
        scheme = admin.get(f"/api/collections/{collection}/coding-scheme").json()["fields"]
        fields = [{"name": f["name"], "choices": f["choices"]} for f in scheme
                  if f["name"] != "coding.relevance"]
        admin.put(f"/api/collections/{collection}/coding-scheme",
                  json={"fields": [{"name": "coding.relevance"}, *fields]}).raise_for_status()
        admin.put(f"/api/documents/{sec_corpus.doc_ids[collection]}/coding",
                  json={"values": {"coding.relevance": "relevant"}}).raise_for_status()
        saved = admin.post("/api/saved-searches", json={
            "name": f"all of {collection}", "filters": [f"collection:{collection}"]}).json()
        made = admin.post("/api/batches", json={"collection": collection, "reviewers": reviewers,
                                                "saved_search": saved["id"]})
        made.raise_for_status()
        batches[collection] = made.json()[0]["id"]
        admin.post(f"/api/batches/{batches[collection]}/qc",
                   json={"reviewer": "sec-admin", "percent": 100}).raise_for_status()
    return batches


@pytest.fixture(scope="session")
def sec_productions(sec_app, sec_corpus: Ingested, tokens: dict[str, str]  # noqa: ANN001
                    ) -> dict[str, tuple[str, str]]:
    """A production per collection, of its one document, issued by the admin (for the access
    matrix): collection -> (production id, URN)."""
    admin = client_for(sec_app, tokens["admin"])
    made = {}
    for collection, prefix in (("sec-a", "PA"), ("sec-b", "PB")):
        control = admin.get(f"/api/documents/{sec_corpus.doc_ids[collection]}").json()["control"]
        production = admin.post("/api/productions", json={
            "name": f"all of {collection}", "collection": collection, "recipient": "matrix",
            "prefix": prefix, "controls": [control]})
        production.raise_for_status()
        production_id = production.json()["id"]
        admin.post(f"/api/productions/{production_id}/issue").raise_for_status()
        shown = admin.get(f"/api/productions/{production_id}").json()
        made[collection] = (production_id, shown["produced"][0]["urn"])
    return made


@pytest.fixture(scope="session")
def sec_bundles(sec_app, sec_corpus: Ingested, tokens: dict[str, str]  # noqa: ANN001
                ) -> dict[str, tuple[str, str]]:
    """A bundle per collection (S of sec-a, T of sec-b: letters no other test's collection
    uses, since a letter alone names a bundle only while one collection has it), one tab of its
    one document, built by the admin (for the access matrix): collection -> (bundle id,
    letter)."""
    admin = client_for(sec_app, tokens["admin"])
    made = {}
    for collection, letter in (("sec-a", "S"), ("sec-b", "T")):
        control = admin.get(f"/api/documents/{sec_corpus.doc_ids[collection]}").json()["control"]
        bundle = admin.post("/api/bundles", json={
            "collection": collection, "letter": letter, "title": f"all of {collection}",
            "sections": [{"tabs": [{"title": "One", "documents": [{"document": control}]}]}]})
        bundle.raise_for_status()
        admin.post(f"/api/bundles/{bundle.json()['id']}/build").raise_for_status()
        made[collection] = (bundle.json()["id"], letter)
    return made


@pytest.fixture(scope="session")
def sec_facts(sec_app, sec_corpus: Ingested, tokens: dict[str, str]  # noqa: ANN001
              ) -> dict[str, tuple[str, str]]:
    """A chronology fact per collection citing its one document's first page, made by the
    admin (for the access matrix): collection -> (fact id, the document's control number)."""
    admin = client_for(sec_app, tokens["admin"])
    made = {}
    for collection in ("sec-a", "sec-b"):
        doc = sec_corpus.doc_ids[collection]
        fact = admin.post("/api/chronology", json={
            "collection": collection, "date": {"from": "1997-03"},
            "description": f"what the document of {collection} says",
            "citations": [{"doc_id": doc, "page": 1}]})
        fact.raise_for_status()
        made[collection] = (fact.json()["id"], admin.get(f"/api/documents/{doc}").json()["control"])
    return made


def make_app(store, settings: Settings, **changes: object) -> FastAPI:  # noqa: ANN001
    from api.app import create_app

    return create_app(settings.model_copy(update=changes), client=store)


@pytest.fixture(scope="session")
def sec_app(store, settings: Settings) -> FastAPI:  # noqa: ANN001
    """An app whose failure limit the access matrix (many bad tokens) cannot reach."""
    return make_app(store, settings, auth_failure_limit=1_000_000)


def client_for(app: FastAPI, token: str | None, address: str = "testclient") -> TestClient:
    client = TestClient(app, raise_server_exceptions=False, client=(address, 50000))
    if token is not None:
        client.headers["Authorization"] = f"Bearer {token}"
    return client


def reviewers_of(app: FastAPI, store, indices, settings: Settings,  # noqa: ANN001
                 collection: str, name: str) -> tuple[TestClient, TestClient]:
    """Two reviewers of ``collection``, clients of ``app``: one without clearance (who sees
    ciphers), one cleared (who sees the names); ``name`` makes their user names unique."""
    from search.users import UserStore

    users = UserStore(store, indices, settings.secret_key)
    return tuple(client_for(app, users.add(f"{name}-{who}", "reviewer", [collection],
                                           cleared=cleared))
                 for who, cleared in (("reader", False), ("cleared", True)))

