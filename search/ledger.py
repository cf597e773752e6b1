"""Reading the ingestion ledger: its states, declared once here, and the counts and failures of
a job. Written by ingest.job alone; read here by the CLI, the API's job reports and ingest.job,
each through its store: the caller's scoped store for a report, the system store for ingestion.

``state_counts`` counts the files a job received (top-level entries): once the job is done,
``received`` is the sum of their terminal states. Children of containers (archive members,
attachments) carry ``container`` and are counted apart (``child_state_counts``).
"""

from __future__ import annotations

from collections.abc import Iterator

from search.scoped import ScopedStore

# Terminal ledger states; a job's received count is always their sum.
TERMINAL_STATES = (
    "indexed", "partial", "failed", "password_protected", "duplicate", "skipped",
)
LEDGER_STATES = ("queued", *TERMINAL_STATES)
# States that leave a document in the collection (a duplicate's is its first copy's).
DOCUMENT_STATES = ("indexed", "partial", "password_protected")
REPORTED_STATES = ("failed", "password_protected", "partial")
TOP_LEVEL = {"bool": {"must_not": [{"exists": {"field": "container"}}]}}
CHILDREN = {"exists": {"field": "container"}}


def _counts(store: ScopedStore, job_id: str, scope: dict) -> dict[str, int]:
    result = store.search(store.indices.ledger, {
        "size": 0, "query": {"bool": {"filter": [{"term": {"job_id": job_id}}, scope]}},
        "aggs": {"states": {"terms": {"field": "state", "size": 20}}}})
    counts = dict.fromkeys(LEDGER_STATES, 0)
    for bucket in result["aggregations"]["states"]["buckets"]:
        counts[bucket["key"]] = bucket["doc_count"]
    return counts


def state_counts(store: ScopedStore, job_id: str) -> dict[str, int]:
    """States of the files the job received (top level): their sum is ``received``."""
    return _counts(store, job_id, TOP_LEVEL)


def child_state_counts(store: ScopedStore, job_id: str) -> dict[str, int]:
    """States of the children found inside the job's containers, at any depth."""
    return _counts(store, job_id, CHILDREN)


def failure_query(job_id: str) -> dict:
    return {"bool": {"filter": [{"term": {"job_id": job_id}},
                                {"terms": {"state": list(REPORTED_STATES)}}]}}


def failures(store: ScopedStore, job_id: str, size: int = 1000) -> list[dict]:
    """Files that did not index, with their reasons (failed, password-protected, partial),
    children of containers included."""
    result = store.search(store.indices.ledger, {
        "size": size, "query": failure_query(job_id), "sort": [{"path": "asc"}]})
    return [hit["_source"] for hit in result["hits"]["hits"]]


def all_failures(store: ScopedStore, job_id: str) -> Iterator[dict]:
    """Every failure of a job, however many, in path order (for the CSV report)."""
    yield from (hit["_source"] for hit in store.scan(
        store.indices.ledger, {"query": failure_query(job_id), "sort": [{"path": "asc"}]},
        preserve_order=True))


def entries(store: ScopedStore, job_id: str, *filters: dict) -> Iterator[dict]:
    """The job's ledger entries that match every filter (e.g. the queued top-level files)."""
    query = {"bool": {"filter": [{"term": {"job_id": job_id}}, *filters]}}
    for hit in store.scan(store.indices.ledger, {"query": query}):
        yield hit["_source"]


def entry(store: ScopedStore, entry_id: str) -> dict | None:
    found = store.mget(store.indices.ledger, [entry_id])
    return found[0]["_source"] if found else None


def with_bytes(store: ScopedStore, job_id: str, shas: list[str]) -> list[dict]:
    """The job's entries that name a document for these bytes (copies excluded): its tasks,
    queued or done, for dedup across workers that share no memory."""
    if not shas:
        return []
    result = store.search(store.indices.ledger, {
        "size": len(shas) * 2, "_source": ["sha256", "doc_id", "path", "container"],
        "query": {"bool": {"filter": [
            {"term": {"job_id": job_id}}, {"terms": {"sha256": shas}},
            {"exists": {"field": "doc_id"}}],
            "must_not": [{"term": {"state": "duplicate"}}]}}})
    return [hit["_source"] for hit in result["hits"]["hits"]]


def copies_of(store: ScopedStore, doc_ids: list[str]) -> dict[str, list[str]]:
    """Paths of children recorded as copies of these documents (doc_id -> paths)."""
    if not doc_ids:
        return {}
    return read_copies(store.search(store.indices.ledger, copies_body(doc_ids)))


def copies_body(doc_ids: list[str]) -> dict:
    """The search ``copies_of`` makes (for a writer that sends it with others in a msearch)."""
    return {"size": 10_000, "_source": ["doc_id", "path"], "query": {"bool": {"filter": [
        {"terms": {"doc_id": doc_ids}}, {"term": {"state": "duplicate"}}, CHILDREN]}}}


def read_copies(result: dict) -> dict[str, list[str]]:
    copies: dict[str, list[str]] = {}
    for hit in result["hits"]["hits"]:
        copies.setdefault(hit["_source"]["doc_id"], []).append(hit["_source"]["path"])
    return copies


def tree_size(store: ScopedStore, job_id: str,
              container: str) -> tuple[int, int]:
    """Members and bytes recorded so far under one top-level file."""
    result = store.search(store.indices.ledger, {
        "size": 0, "track_total_hits": True, "query": {"bool": {"filter": [
            {"term": {"job_id": job_id}}, {"term": {"container": container}}]}},
        "aggs": {"bytes": {"sum": {"field": "size"}}}})
    return result["hits"]["total"]["value"], int(result["aggregations"]["bytes"]["value"] or 0)


def queued_children(store: ScopedStore, job_id: str, container: str,
                    parent: str) -> int:
    """Children of one container still queued (or waiting on their own children)."""
    return store.count(store.indices.ledger, {"query": {"bool": {"filter": [
        {"term": {"job_id": job_id}}, {"term": {"container": container}},
        {"term": {"parent": parent}}, {"term": {"state": "queued"}}]}}})


def descendants(store: ScopedStore, job_id: str, container: str,
                path: str, problems: int) -> tuple[dict[str, int], list[dict]]:
    """The states of everything found under ``path`` (any depth), and the first few of its
    failed or locked entries, in path order."""
    result = store.search(store.indices.ledger, {
        "size": problems, "sort": [{"path": "asc"}],
        "query": {"bool": {"filter": [{"term": {"job_id": job_id}},
                                      {"term": {"container": container}},
                                      {"prefix": {"path": f"{path}/"}}]}},
        "aggs": {"states": {"terms": {"field": "state", "size": 20}}},
        "post_filter": {"terms": {"state": ["failed", "password_protected"]}}})
    counts = {b["key"]: b["doc_count"] for b in result["aggregations"]["states"]["buckets"]}
    return counts, [hit["_source"] for hit in result["hits"]["hits"]]
