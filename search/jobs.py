"""Reading jobs and their ledger for reports: counts, rate and ETA, and the failures as CSV.

``counts`` are of the files the job received (received = sum of terminal states);
``child_counts`` are of the children found inside its containers, counted apart (search.ledger).
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
from search.ledger import (
    TERMINAL_STATES,
    all_failures,
    child_state_counts,
    failure_query,
    state_counts,
)
from search.scoped import ScopedStore

CSV_COLUMNS = ("path", "state", "stage", "error_class", "error_message")
# The modes of the jobs that load files (``docket ingest``, uploads, a server path: local pool or
# queue). Other jobs (``stage:ocr``, ``cipher``, ``redact``) have a ledger entry per document
# already there, not per file received.
LOAD_MODES = ("local", "queue")


def job_record(store: ScopedStore, job_id: str) -> dict[str, Any]:
    """The job as recorded; NotFoundError for an unknown job or one the caller may not see."""
    found = store.get(store.indices.jobs, job_id)
    if found is None:
        raise NotFoundError(f"no job {job_id}")
    return found["_source"]


def failures_csv(store: ScopedStore, job_id: str) -> Iterator[str]:
    """Every failure of the job, children of containers included, as CSV lines in path order.
    Checks the job first, so an unknown or hidden job raises before anything is sent."""
    job_record(store, job_id)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        for entry in all_failures(store, job_id):
            writer.writerow([entry.get(column) or "" for column in CSV_COLUMNS])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return rows()


JOB_SUMMARY_FIELDS = ("id", "collection", "status", "mode", "received", "created_at",
                      "finished_at")


def recent_jobs(store: ScopedStore, size: int = 20) -> list[dict[str, Any]]:
    """The caller's visible jobs, newest first, as recorded (the landing list of the jobs
    screen; a job's counts are read one job at a time, by ``job_report``)."""
    result = store.search(store.indices.jobs, {
        "size": size, "sort": [{"created_at": {"order": "desc", "missing": "_last"}}],
        "_source": list(JOB_SUMMARY_FIELDS)})
    return [{k: hit["_source"].get(k) for k in JOB_SUMMARY_FIELDS}
            for hit in result["hits"]["hits"]]


def job_report(store: ScopedStore, job_id: str) -> dict[str, Any]:
    job = job_record(store, job_id)
    counts = state_counts(store, job_id)
    done = sum(counts[s] for s in TERMINAL_STATES)
    started = datetime.fromisoformat(job["created_at"])
    end = datetime.fromisoformat(job["finished_at"]) if job.get("finished_at") else datetime.now(UTC)
    elapsed = max((end - started).total_seconds(), 1e-3)
    rate = done / elapsed if done else None
    eta = counts["queued"] / rate if rate and counts["queued"] else (0.0 if rate else None)
    failures = store.search(store.indices.ledger, {
        "size": 500, "sort": [{"path": "asc"}], "query": failure_query(job_id)})
    return {
        **{k: job.get(k) for k in ("id", "collection", "status", "mode", "received",
                                   "created_at", "finished_at", "group_pages")},
        "counts": counts, "child_counts": child_state_counts(store, job_id),
        "done": done, "rate_per_s": rate, "eta_s": eta,
        "failures": [h["_source"] for h in failures["hits"]["hits"]],
    }
