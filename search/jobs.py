"""Reading jobs and their ledger for reports: counts, rate and ETA."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch

from search.errors import NotFoundError
from search.indices import Indices

TERMINAL = ("indexed", "partial", "failed", "password_protected", "duplicate", "skipped")


def job_report(client: OpenSearch, indices: Indices, job_id: str,
               collections: list[str] | None) -> dict[str, Any]:
    try:
        job = client.get(index=indices.jobs, id=job_id)["_source"]
    except OSNotFound:
        raise NotFoundError(f"no job {job_id}") from None
    if collections is not None and job["collection"] not in collections:
        raise NotFoundError(f"no job {job_id}")
    result = client.search(index=indices.ledger, body={
        "size": 0, "query": {"term": {"job_id": job_id}},
        "aggs": {"states": {"terms": {"field": "state", "size": 20}},
                 "last": {"max": {"field": "updated_at"}}}})
    counts = {state: 0 for state in ("queued", *TERMINAL)}
    for bucket in result["aggregations"]["states"]["buckets"]:
        counts[bucket["key"]] = bucket["doc_count"]
    done = sum(counts[s] for s in TERMINAL)
    started = datetime.fromisoformat(job["created_at"])
    end = datetime.fromisoformat(job["finished_at"]) if job.get("finished_at") else datetime.now(UTC)
    elapsed = max((end - started).total_seconds(), 1e-3)
    rate = done / elapsed if done else None
    eta = counts["queued"] / rate if rate and counts["queued"] else (0.0 if rate else None)
    failures = client.search(index=indices.ledger, body={
        "size": 500, "sort": [{"path": "asc"}],
        "query": {"bool": {"filter": [
            {"term": {"job_id": job_id}},
            {"terms": {"state": ["failed", "password_protected", "partial"]}}]}}})
    return {
        **{k: job.get(k) for k in ("id", "collection", "status", "mode", "received",
                                   "created_at", "finished_at")},
        "counts": counts, "done": done, "rate_per_s": rate, "eta_s": eta,
        "failures": [h["_source"] for h in failures["hits"]["hits"]],
    }
