"""Reading jobs and their ledger for reports: counts, rate and ETA, and the failures as CSV.

``counts`` are of the files the job received (received = sum of terminal states);
``child_counts`` are of the children found inside its containers, counted apart (ingest.ledger).
Everything is read through the caller's scoped store: a job of a collection the caller may not
see is "no job".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from search.errors import NotFoundError
from search.scoped import ScopedStore

TERMINAL = ("indexed", "partial", "failed", "password_protected", "duplicate", "skipped")
REPORTED = ["failed", "password_protected", "partial"]
CSV_COLUMNS = ("path", "state", "stage", "error_class", "error_message")


def _job(store: ScopedStore, job_id: str) -> dict[str, Any]:
    found = store.get(store.indices.jobs, job_id)
    if found is None:
        raise NotFoundError(f"no job {job_id}")
    return found["_source"]


def _state_counts(store: ScopedStore, job_id: str, children: bool) -> dict[str, int]:
    scope = ({"exists": {"field": "container"}} if children
             else {"bool": {"must_not": [{"exists": {"field": "container"}}]}})
    result = store.search(store.indices.ledger, {
        "size": 0, "query": {"bool": {"filter": [{"term": {"job_id": job_id}}, scope]}},
        "aggs": {"states": {"terms": {"field": "state", "size": 20}}}})
    counts = {state: 0 for state in ("queued", *TERMINAL)}
    for bucket in result["aggregations"]["states"]["buckets"]:
        counts[bucket["key"]] = bucket["doc_count"]
    return counts


def _failures_query(job_id: str) -> dict:
    return {"bool": {"filter": [{"term": {"job_id": job_id}}, {"terms": {"state": REPORTED}}]}}


def failures_csv(store: ScopedStore, job_id: str) -> Iterator[str]:
    """Every failure of the job, children of containers included, as CSV lines in path order.
    Checks the job first, so an unknown or hidden job raises before anything is sent."""
    _job(store, job_id)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for hit in store.scan(store.indices.ledger, {
                "query": _failures_query(job_id), "sort": [{"path": "asc"}]}, preserve_order=True):
            entry = hit["_source"]
            writer.writerow([entry.get(column) or "" for column in CSV_COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return rows()


def job_report(store: ScopedStore, job_id: str) -> dict[str, Any]:
    job = _job(store, job_id)
    counts = _state_counts(store, job_id, children=False)
    done = sum(counts[s] for s in TERMINAL)
    started = datetime.fromisoformat(job["created_at"])
    end = datetime.fromisoformat(job["finished_at"]) if job.get("finished_at") else datetime.now(UTC)
    elapsed = max((end - started).total_seconds(), 1e-3)
    rate = done / elapsed if done else None
    eta = counts["queued"] / rate if rate and counts["queued"] else (0.0 if rate else None)
    failures = store.search(store.indices.ledger, {
        "size": 500, "sort": [{"path": "asc"}], "query": _failures_query(job_id)})
    return {
        **{k: job.get(k) for k in ("id", "collection", "status", "mode", "received",
                                   "created_at", "finished_at")},
        "counts": counts, "child_counts": _state_counts(store, job_id, children=True),
        "done": done, "rate_per_s": rate, "eta_s": eta,
        "failures": [h["_source"] for h in failures["hits"]["hits"]],
    }
