"""What a completeness report covers, and how its lists are paged.

A collection's report covers the files its *loads* received (``search.jobs.LOAD_MODES``: the
jobs of ``docket ingest`` and of uploads), not the ledger entries of the jobs that re-ran a stage,
re-ciphered or redacted the documents already there: those count documents, not files received.
Every read goes through the caller's scoped store, so a collection the caller has no grant on is
"no collection", and a caller without clearance reads the ciphered copy of the documents.

Lists are paged by an opaque cursor: the position after the last row (``search_after`` values,
or a composite aggregation's ``after_key``), base64 JSON. It needs no signature: it only says
where to start reading, and the store scopes every read whatever it says.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from search.errors import QueryError
from search.jobs import LOAD_MODES
from search.scoped import Dsl, ScopedStore
from search.store import visible_collection

MAX_CURSOR_CHARS = 4000
MAX_LOADS = 10_000


@dataclass(frozen=True)
class Scope:
    """One collection's record and its loads (job headers, oldest first)."""

    collection: str
    record: Dsl
    loads: list[Dsl] = field(default_factory=list)

    @property
    def job_ids(self) -> list[str]:
        return [load["id"] for load in self.loads]

    def ledger(self, *clauses: Dsl) -> Dsl:
        """A query of the loads' ledger entries that match every clause."""
        return {"bool": {"filter": [{"term": {"collection": self.collection}},
                                    {"terms": {"job_id": self.job_ids}}, *clauses]}}

    def documents(self, *clauses: Dsl) -> Dsl:
        """A query of the collection's documents that match every clause."""
        return {"bool": {"filter": [{"term": {"collection": self.collection}}, *clauses]}}


def open_scope(store: ScopedStore, collection: str) -> Scope:
    """The collection's scope; NotFoundError when the caller may not see it."""
    record = visible_collection(store, collection)
    result = store.search(store.indices.jobs, {
        "size": MAX_LOADS, "sort": [{"created_at": "asc"}, {"id": "asc"}],
        "query": {"bool": {"filter": [{"term": {"collection": collection}},
                                      {"terms": {"mode": list(LOAD_MODES)}}]}}})
    return Scope(collection, record, [hit["_source"] for hit in result["hits"]["hits"]])


def encode_after(after: Any) -> str | None:
    if after is None:
        return None
    payload = json.dumps(after, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def decode_after(cursor: str | None) -> Any:
    """The position a cursor names (None: the start); QueryError (400) when it is not one."""
    if not cursor:
        return None
    if len(cursor) > MAX_CURSOR_CHARS:
        raise QueryError("the cursor is not valid: start again from the first page")
    try:
        return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        raise QueryError("the cursor is not valid: start again from the first page") from None


def sorted_page(store: ScopedStore, index: str, query: Dsl, sort: list[Dsl], after: Any,
                size: int, source: list[str] | None = None) -> tuple[list[Dsl], Any]:
    """One page of hits in ``sort`` order after ``after``, and the position after it (None at
    the end). ``sort`` must end in a unique field, so no row is skipped or repeated."""
    body: Dsl = {"size": size, "query": query, "sort": sort, "track_total_hits": False}
    if source is not None:
        body["_source"] = source
    if after is not None:
        if not isinstance(after, list):
            raise QueryError("the cursor is not valid: start again from the first page")
        body["search_after"] = after
    hits = store.search(index, body)["hits"]["hits"]
    return [hit["_source"] for hit in hits], (hits[-1]["sort"] if len(hits) == size else None)


def composite_page(store: ScopedStore, index: str, query: Dsl, sources: list[Dsl], after: Any,
                   size: int, aggs: Dsl | None = None) -> tuple[list[Dsl], Any]:
    """One page of a composite aggregation's buckets after ``after``, and its ``after_key``
    (None at the end)."""
    composite: Dsl = {"size": size, "sources": sources}
    if after is not None:
        if not isinstance(after, dict):
            raise QueryError("the cursor is not valid: start again from the first page")
        composite["after"] = after
    agg: Dsl = {"composite": composite, **({"aggs": aggs} if aggs else {})}
    result = store.search(index, {"size": 0, "query": query, "aggs": {"page": agg}})
    page = result["aggregations"]["page"]
    buckets = page["buckets"]
    return buckets, (page.get("after_key") if len(buckets) == size else None)


def all_buckets(store: ScopedStore, index: str, query: Dsl, sources: list[Dsl],
                aggs: Dsl | None = None, size: int = 5000) -> Iterator[Dsl]:
    """Every bucket of a composite aggregation, page by page."""
    after = None
    while True:
        buckets, after = composite_page(store, index, query, sources, after, size, aggs)
        yield from buckets
        if after is None:
            return
