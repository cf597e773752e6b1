"""The ingestion ledger: one record per file a job received, ending in a terminal state.

``received`` always equals the sum of the terminal states once a job is done; while it runs,
the difference is the files still ``queued``.

Children of containers (archive members, attachments, messages of a mailbox, at any depth) get
ledger entries too, so each one's state and reason can be reported, but they are not files the
job received: their entries carry ``container`` (the top-level file they came from), ``parent``
(the file that held them) and ``depth``, and are counted apart (``child_state_counts``). So:

- ``state_counts`` counts top-level entries only, and received = sum of their terminal states;
- a container's own entry is terminal only once all its children are, and says ``partial``
  (or ``failed`` for an archive none of whose members could be indexed) when any child failed,
  was locked or was cut off by a limit, with the reasons; its ``children`` field is the number
  of descendants;
- a child is never ``queued``: it is found, processed and recorded by the worker holding its
  container, and its entry is written before the container's, so a worker that dies mid-way
  leaves the container queued, and the retry meets the children already indexed.

Children entries have their own ids (``child=True``), so a child path can never overwrite the
entry of a top-level file whose folder happens to be named like an archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from opensearchpy import OpenSearch, helpers

from ingest.model import TERMINAL_STATES, Outcome
from search.indices import Indices
from search.store import now

REPORTED_STATES = ("failed", "password_protected", "partial")
TOP_LEVEL = {"bool": {"must_not": [{"exists": {"field": "container"}}]}}
CHILDREN = {"exists": {"field": "container"}}


def ledger_id(job_id: str, relpath: str, child: bool = False) -> str:
    key = f"child:{relpath}" if child else relpath
    return f"{job_id}-{hashlib.sha1(key.encode('utf-8', 'surrogateescape')).hexdigest()}"


def ledger_entry(job_id: str, collection: str, relpath: str, **fields: Any) -> dict[str, Any]:
    entry = {
        "id": ledger_id(job_id, relpath, child=bool(fields.get("container"))),
        "job_id": job_id, "collection": collection, "path": relpath, "updated_at": now(),
    }
    entry.update({key: value for key, value in fields.items() if value is not None})
    return entry


def write_entries(client: OpenSearch, indices: Indices, entries: list[dict[str, Any]],
                  wait: bool = True) -> None:
    """``wait=False`` for children's entries: the container's own entry, written after them
    and waited for, makes them visible with it (a refresh covers the whole index)."""
    if not entries:
        return
    actions = ({"_index": indices.ledger, "_id": e["id"], "_source": e} for e in entries)
    helpers.bulk(client, actions, chunk_size=1000, refresh="wait_for" if wait else False,
                 request_timeout=120)


def outcome_entry(outcome: Outcome) -> dict[str, Any]:
    task = outcome.task
    has_doc = outcome.state in ("indexed", "partial", "password_protected", "duplicate")
    return ledger_entry(
        task.job_id, task.collection, task.relpath, sha256=task.sha256, size=task.size,
        mime=task.mime, state=outcome.state, stage=outcome.stage,
        error_class=outcome.error_class, error_message=outcome.error_message,
        doc_id=task.doc_id if has_doc else None, control=task.control if has_doc else None,
        pages=outcome.pages, duration_ms=outcome.duration_ms,
        container=task.container, parent=task.parent_path,
        depth=task.depth if task.container else None,
        children=sum(outcome.children.values()) if outcome.children else None,
    )


def record_outcomes(client: OpenSearch, indices: Indices, outcomes: list[Outcome]) -> None:
    top_level = any(outcome.task.container is None for outcome in outcomes)
    write_entries(client, indices, [outcome_entry(outcome) for outcome in outcomes],
                  wait=top_level)


def _counts(client: OpenSearch, indices: Indices, job_id: str, scope: dict) -> dict[str, int]:
    result = client.search(
        index=indices.ledger,
        body={"size": 0, "query": {"bool": {"filter": [{"term": {"job_id": job_id}}, scope]}},
              "aggs": {"states": {"terms": {"field": "state", "size": 20}}}},
    )
    counts = {state: 0 for state in ("queued", *TERMINAL_STATES)}
    for bucket in result["aggregations"]["states"]["buckets"]:
        counts[bucket["key"]] = bucket["doc_count"]
    return counts


def state_counts(client: OpenSearch, indices: Indices, job_id: str) -> dict[str, int]:
    """States of the files the job received (top level): their sum is ``received``."""
    return _counts(client, indices, job_id, TOP_LEVEL)


def child_state_counts(client: OpenSearch, indices: Indices, job_id: str) -> dict[str, int]:
    """States of the children found inside the job's containers, at any depth."""
    return _counts(client, indices, job_id, CHILDREN)


def _failure_query(job_id: str) -> dict:
    return {"bool": {"filter": [{"term": {"job_id": job_id}},
                                {"terms": {"state": list(REPORTED_STATES)}}]}}


def failures(client: OpenSearch, indices: Indices, job_id: str, size: int = 1000) -> list[dict]:
    """Files that did not index, with their reasons (failed, password-protected, partial),
    children of containers included."""
    result = client.search(index=indices.ledger, body={
        "size": size, "query": _failure_query(job_id), "sort": [{"path": "asc"}]})
    return [hit["_source"] for hit in result["hits"]["hits"]]


def all_failures(client: OpenSearch, indices: Indices, job_id: str) -> Iterator[dict]:
    """Every failure of a job, however many, in path order (for the CSV report)."""
    yield from (hit["_source"] for hit in helpers.scan(
        client, index=indices.ledger, preserve_order=True,
        query={"query": _failure_query(job_id), "sort": [{"path": "asc"}]}))
