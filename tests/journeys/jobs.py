"""Running jobs the way a user does, through the HTTP API: start one, follow
``GET /api/jobs/{id}`` until it finishes, then read what search and the document view show."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from config import Settings

JOB_WAIT_S = 600  # OCR and LibreOffice on a loaded machine; never asserted on


def app_with_roots(store, settings: Settings, *roots: Path) -> FastAPI:  # noqa: ANN001
    """The app as configured with DOCKET_INGEST_ROOTS (the session app has none)."""
    from api.app import create_app

    return create_app(settings.model_copy(update={"ingest_roots": list(roots)}), client=store)


def admin_client(app: FastAPI, token: str) -> TestClient:
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def wait_for_job(client: TestClient, job_id: str, timeout: float = JOB_WAIT_S) -> dict:
    """The job's report once it is finished (every file in a terminal state)."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get(f"/api/jobs/{job_id}")
        assert response.status_code == 200, response.text
        report = response.json()
        if report["status"] == "finished":
            return report
        if time.monotonic() > deadline:
            pytest.fail(f"job {job_id} did not finish in {timeout:.0f}s: {report}")
        time.sleep(0.5)


def ingest_path(client: TestClient, path: Path, collection: str) -> dict:
    """``POST /api/ingest/path`` and the finished job's report."""
    started = client.post("/api/ingest/path", json={"path": str(path), "collection": collection})
    assert started.status_code == 202, started.text
    return wait_for_job(client, started.json()["job_id"])


def found_paths(client: TestClient, q: str, collection: str) -> list[str]:
    """Paths of the documents a query finds in one collection, sorted."""
    response = client.get("/api/search", params={"q": q, "collection": collection, "size": 100})
    assert response.status_code == 200, response.text
    return sorted(hit["path"] for hit in response.json()["hits"])


def documents(client: TestClient, collection: str) -> dict[str, dict]:
    """Every document of a collection as the document view shows it, by path."""
    hits = client.get("/api/search", params={"collection": collection, "size": 100}).json()["hits"]
    return {hit["path"]: client.get(f"/api/documents/{hit['id']}").json() for hit in hits}


def failure_rows(client: TestClient, job_id: str) -> list[dict[str, str]]:
    response = client.get(f"/api/jobs/{job_id}/failures.csv")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def ledger(store, settings: Settings, job_id: str) -> dict[str, dict]:  # noqa: ANN001
    """The job's ledger entries by path, children of containers included (the ledger index is
    the record every report is read from)."""
    from search.indices import Indices

    index = Indices(settings.index_prefix).ledger
    store.indices.refresh(index=index)
    result = store.search(index=index, body={"size": 1000, "query": {"term": {"job_id": job_id}}})
    return {hit["_source"]["path"]: hit["_source"] for hit in result["hits"]["hits"]}
