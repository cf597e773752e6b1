"""The ingestion ledger: one record per file a job received, ending in a terminal state.

``received`` always equals the sum of the terminal states once a job is done; while it runs,
the difference is the files still ``queued``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from opensearchpy import OpenSearch, helpers

from ingest.model import TERMINAL_STATES, Outcome
from search.indices import Indices
from search.store import now


def ledger_id(job_id: str, relpath: str) -> str:
    return f"{job_id}-{hashlib.sha1(relpath.encode('utf-8', 'surrogateescape')).hexdigest()}"


def ledger_entry(job_id: str, collection: str, relpath: str, **fields: Any) -> dict[str, Any]:
    entry = {
        "id": ledger_id(job_id, relpath), "job_id": job_id, "collection": collection,
        "path": relpath, "updated_at": now(),
    }
    entry.update({key: value for key, value in fields.items() if value is not None})
    return entry


def write_entries(client: OpenSearch, indices: Indices, entries: list[dict[str, Any]]) -> None:
    actions = ({"_index": indices.ledger, "_id": e["id"], "_source": e} for e in entries)
    helpers.bulk(client, actions, chunk_size=1000, refresh="wait_for", request_timeout=120)


def outcome_entry(outcome: Outcome) -> dict[str, Any]:
    task = outcome.task
    return ledger_entry(
        task.job_id, task.collection, task.relpath, sha256=task.sha256, size=task.size,
        mime=task.mime, state=outcome.state, stage=outcome.stage,
        error_class=outcome.error_class, error_message=outcome.error_message,
        doc_id=task.doc_id if outcome.state in ("indexed", "partial") else None,
        control=task.control if outcome.state in ("indexed", "partial") else None,
        pages=outcome.pages, duration_ms=outcome.duration_ms,
    )


def record_outcomes(client: OpenSearch, indices: Indices, outcomes: list[Outcome]) -> None:
    write_entries(client, indices, [outcome_entry(outcome) for outcome in outcomes])


def state_counts(client: OpenSearch, indices: Indices, job_id: str) -> dict[str, int]:
    result = client.search(
        index=indices.ledger,
        body={"size": 0, "query": {"term": {"job_id": job_id}},
              "aggs": {"states": {"terms": {"field": "state", "size": 20}}}},
    )
    counts = {state: 0 for state in ("queued", *TERMINAL_STATES)}
    for bucket in result["aggregations"]["states"]["buckets"]:
        counts[bucket["key"]] = bucket["doc_count"]
    return counts


def failures(client: OpenSearch, indices: Indices, job_id: str, size: int = 1000) -> list[dict]:
    """Files that did not index, with their reasons (failed, password-protected, partial)."""
    result = client.search(
        index=indices.ledger,
        body={
            "size": size,
            "query": {"bool": {"filter": [
                {"term": {"job_id": job_id}},
                {"terms": {"state": ["failed", "password_protected", "partial"]}},
            ]}},
            "sort": [{"path": "asc"}],
        },
    )
    return [hit["_source"] for hit in result["hits"]["hits"]]
