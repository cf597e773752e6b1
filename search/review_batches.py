"""Review batches: the documents of a saved search cut into batches for reviewers to code.

A lead (in Docket's roles, an admin) makes batches from one of their saved searches, within one
collection. The documents come whole families at a time: a hit pulls in its family (an e-mail
and its attachments, a container and its members: the ``root_id`` ingest stores), and documents
that are near-duplicates (``near_dup_group``) or share content (``sha256``) are grouped with
them, so one reviewer sees a family and its near-copies side by side. These *review units* are
packed in the saved search's order into batches of about the chosen size; a unit is never
split, so a batch holds more than the size only when one unit alone does.

A batch (kind ``batch`` in the review index) lists its documents in review order and its
reviewer; a reviewer walks it position by position, coding as they go (search.coding), and its
progress is how many of its documents have coding. Quality control of a finished batch is in
search.review_qc.

Who may see a batch: a lead any batch of the collections they see; a reviewer the batches
assigned to them, for review or for QC. Reads go through the caller's scoped store.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from opensearchpy import helpers

from search.coding import CHUNK, CodingStore, by_name, review_index
from search.documents import SORTS, DocumentSearch, SearchRequest
from search.errors import ForbiddenError, NotFoundError
from search.saved_searches import saved_searches_index
from search.scoped import ScopedStore
from search.store import now

MAX_BATCH_SIZE = 5000
MAX_BATCHES_LISTED = 1000
MAX_DOCUMENTS = 65_536
UNIT_FIELDS = ["id", "control", "root_id", "near_dup_group", "sha256", "collection"]
SUMMARY_FIELDS = ["id", "control", "title", "date", "type", "collection", "path"]
Dsl = dict[str, Any]


class BatchNotReady(Exception):
    """A batch asked for something it is not ready for (QC of a batch not fully coded)."""


# --- review units (pure) ---------------------------------------------------------------------


def review_units(documents: list[Dsl]) -> list[list[Dsl]]:
    """``documents`` (in review order) grouped into units: a family, with every document that
    is a near-duplicate of, or has the content of, one of its members. Units come in the order
    of their first document; a unit's documents in control-number order (a parent before its
    attachments)."""
    parent = list(range(len(documents)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    for position, document in enumerate(documents):
        for key in ("root_id", "near_dup_group", "sha256"):
            value = document.get(key)
            if not value:
                continue
            other = first_with.setdefault((key, str(value)), position)
            a, b = root(other), root(position)
            if a != b:
                parent[max(a, b)] = min(a, b)  # the unit is known by its earliest document
    units: dict[int, list[Dsl]] = {}
    for position, document in enumerate(documents):
        units.setdefault(root(position), []).append(document)
    return [sorted(unit, key=lambda d: (str(d.get("control") or ""), d["id"]))
            for _, unit in sorted(units.items())]


def pack(units: list[list[Dsl]], size: int) -> list[list[str]]:
    """Units packed in order into batches of about ``size`` documents, none split."""
    batches: list[list[str]] = []
    current: list[str] = []
    for unit in units:
        if current and len(current) + len(unit) > size:
            batches.append(current)
            current = []
        current += [d["id"] for d in unit]
    if current:
        batches.append(current)
    return batches


# --- the documents of a saved search ---------------------------------------------------------


def saved_request(saved: Dsl) -> SearchRequest:
    """The search a saved search records (its filters are ``name:value`` lines)."""
    filters: dict[str, list[str]] = {}
    for line in saved.get("filters") or []:
        name, _, value = str(line).partition(":")
        filters.setdefault(name.strip(), []).append(value)
    return SearchRequest(q=saved.get("q") or "", filters=filters,
                         date_from=saved.get("date_from"), date_to=saved.get("date_to"),
                         sort=saved.get("sort") or "relevance")


def saved_search_documents(store: ScopedStore, saved_id: str, collection: str,
                           fields: list[str] | None = None) -> list[Dsl]:
    """The documents of one of the caller's saved searches within ``collection``, in its sort
    order (NotFoundError for a saved search that is not the caller's)."""
    found = store.get(saved_searches_index(store.indices), saved_id)
    if found is None or found["_source"].get("kind") != "saved":
        raise NotFoundError(f"no saved search {saved_id}")
    return search_documents(store, saved_request(found["_source"]), collection, fields)


def search_documents(store: ScopedStore, request: SearchRequest, collection: str,
                     fields: list[str] | None = None) -> list[Dsl]:
    """Every document a search finds within ``collection``, in its sort order (no page cap;
    ValueError past ``MAX_DOCUMENTS``)."""
    narrowed = store.narrowed([collection])
    compiled = DocumentSearch(narrowed).compile(request)
    hits = narrowed.scan(narrowed.indices.documents, {
        "query": compiled.whole(), "sort": SORTS[request.sort],
        "_source": fields or UNIT_FIELDS}, preserve_order=True, size=CHUNK)
    documents: list[Dsl] = []
    for hit in hits:
        documents.append(hit["_source"])
        if len(documents) > MAX_DOCUMENTS:
            raise ValueError(f"the search finds more than {MAX_DOCUMENTS} documents in "
                             f"{collection}: narrow it down")
    return documents


def with_families(store: ScopedStore, documents: list[Dsl], collection: str) -> list[Dsl]:
    """``documents`` and, after each family's first, the members of its family not among them."""
    roots = sorted({str(d["root_id"]) for d in documents if d.get("root_id")})
    seen = {d["id"] for d in documents}
    extra: list[Dsl] = []
    for start in range(0, len(roots), CHUNK):
        extra += [hit["_source"] for hit in store.scan(store.indices.documents, {
            "_source": UNIT_FIELDS, "query": {"bool": {"filter": [
                {"term": {"collection": collection}},
                {"terms": {"root_id": roots[start:start + CHUNK]}}]}}}, size=CHUNK)
            if hit["_source"]["id"] not in seen]
    return documents + sorted(extra, key=lambda d: (str(d.get("control") or ""), d["id"]))


# --- batches ---------------------------------------------------------------------------------


def summary(batch: Dsl) -> Dsl:
    return {key: batch.get(key) for key in ("id", "collection", "name", "sequence",
                                            "saved_search", "reviewer", "qc_reviewer",
                                            "created_by", "created_at", "count")}


class Batches:
    """The review batches the store's caller may see. ``lead``: the caller makes and assigns
    batches and sees them all (the admin role)."""

    def __init__(self, store: ScopedStore, lead: bool) -> None:
        if store.caller.user is None:
            raise ValueError("batches are read by a user")
        self.store = store
        self.client = store.client  # writes
        self.index = review_index(store.indices)
        self.user: str = store.caller.user
        self.lead = lead
        self.coding = CodingStore(store)

    def create(self, collection: str, saved_id: str, size: int, reviewers: list[str],
               name: str) -> list[Dsl]:
        """Batches of the saved search's documents (families whole, duplicates together),
        assigned to ``reviewers`` in turn (none: unassigned)."""
        if not self.lead:
            raise ForbiddenError("only a lead makes batches")
        documents = saved_search_documents(self.store, saved_id, collection)
        units = review_units(with_families(self.store, documents, collection))
        made = []
        for number, doc_ids in enumerate(pack(units, size), start=1):
            reviewer = reviewers[(number - 1) % len(reviewers)] if reviewers else None
            batch = {"id": f"batch-{uuid.uuid4().hex}", "kind": "batch",
                     "collection": collection, "name": f"{name} {number}", "sequence": number,
                     "saved_search": saved_id, "doc_ids": doc_ids, "count": len(doc_ids),
                     "reviewer": reviewer, "qc_reviewer": None, "qc": None,
                     "created_by": self.user, "created_at": now()}
            made.append(batch)
        helpers.bulk(self.client, ({"_op_type": "create", "_index": self.index,
                                    "_id": batch["id"], "_source": batch} for batch in made),
                     refresh=True, request_timeout=120)
        return made

    def get(self, batch_id: str) -> Dsl:
        """A batch the caller may read: NotFoundError outside their collections, ForbiddenError
        for a reviewer's batch that is not theirs."""
        found = self.store.get(self.index, batch_id)
        if found is None or found["_source"].get("kind") != "batch":
            raise NotFoundError(f"no batch {batch_id}")
        batch = found["_source"]
        if not self.lead and self.user not in (batch.get("reviewer"), batch.get("qc_reviewer")):
            raise ForbiddenError("this batch is assigned to another reviewer")
        return batch

    def listed(self, collection: str | None = None) -> list[Dsl]:
        """The batches the caller may read (a reviewer: theirs), in the order they were made."""
        filters: list[Dsl] = [{"term": {"kind": "batch"}}]
        if collection:
            filters.append({"term": {"collection": collection}})
        if not self.lead:
            filters.append({"bool": {"should": [{"term": {"reviewer": self.user}},
                                                {"term": {"qc_reviewer": self.user}}],
                                     "minimum_should_match": 1}})
        result = self.store.search(self.index, {
            "size": MAX_BATCHES_LISTED, "query": {"bool": {"filter": filters}},
            "sort": [{"created_at": "asc"}, {"sequence": "asc"}]})
        return [hit["_source"] for hit in result["hits"]["hits"]]

    def with_progress(self, batches: Iterable[Dsl]) -> list[Dsl]:
        """Each batch's summary with its progress, the coded documents counted in one round trip."""
        batches = list(batches)
        counts = self.store.msearch([(self.index, {
            "size": 0, "track_total_hits": True, "query": {"bool": {"filter": [
                {"term": {"kind": "coding"}}, {"term": {"coded": True}},
                {"terms": {"doc_id": batch["doc_ids"]}}]}}}) for batch in batches])
        return [{**summary(batch), "coded": count["hits"]["total"]["value"],
                 "total": len(batch["doc_ids"])} for batch, count in zip(batches, counts,
                                                                         strict=True)]

    def assign(self, batch_id: str, reviewer: str | None) -> Dsl:
        if not self.lead:
            raise ForbiddenError("only a lead assigns batches")
        batch = {**self.get(batch_id), "reviewer": reviewer}
        self.client.index(index=self.index, id=batch_id, body=batch, refresh=True)
        return batch

    def save(self, batch: Dsl) -> None:
        self.client.index(index=self.index, id=batch["id"], body=batch, refresh=True)

    def step(self, batch_id: str, position: int) -> Dsl:
        """The document at ``position`` (from 1) of a batch: what it is, its coding, where the
        previous and next ones are, and the batch's progress."""
        batch = self.get(batch_id)
        doc_ids = batch["doc_ids"]
        if not 1 <= position <= len(doc_ids):
            raise NotFoundError(f"batch {batch_id} has positions 1 to {len(doc_ids)}")
        doc_id = doc_ids[position - 1]
        found = self.store.get(self.store.indices.documents, doc_id,
                               _source_includes=SUMMARY_FIELDS)
        coding = self.coding.codings_of([doc_id]).get(doc_id)
        return {
            "batch_id": batch_id, "position": position, "total": len(doc_ids),
            "previous": position - 1 if position > 1 else None,
            "next": position + 1 if position < len(doc_ids) else None,
            "document": {k: (found["_source"] if found else {"id": doc_id}).get(k)
                         for k in SUMMARY_FIELDS},
            "coding": by_name(coding["_source"]["values"]) if coding else {},
            "coded": self.coding.coded_count(doc_ids),
        }
