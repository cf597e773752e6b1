"""Quality control of review batches, and the review dashboard of a collection.

When a batch is fully coded, a lead sends a sample of it (a percentage, at least one document)
to a second reviewer. The sample is deterministic: the batch's documents ordered by
SHA-256(seed, document id), the first N taken, then shown in batch order; the same batch, seed
and percentage always give the same sample. The second reviewer's coding is recorded apart
from the document's own (kind ``qc`` in the review index) and never changes it; the report
compares the two, field by field of the collection's scheme: of the sampled documents the second
reviewer coded, how many had a value for the field on either side, and on how many the two
disagree (a multi-choice field disagrees unless both chose the same set).

The dashboard gives a lead each batch's progress, each reviewer's, and how many documents of the
collection carry each coding value.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

from search.coding import CodingStore, by_name, review_index
from search.coding_scheme import CodingError, Scheme, Values
from search.errors import ForbiddenError, NotFoundError
from search.fields import CODING_FIELDS
from search.names import fold
from search.review_batches import Batches, BatchNotReady
from search.store import now

COUNTED_VALUES = 100
Dsl = dict[str, Any]


def qc_sample(doc_ids: list[str], percent: float, seed: str) -> list[str]:
    """The QC sample of a batch: ``percent`` of its documents (rounded up, at least one),
    chosen by a hash of ``seed`` and each id, in batch order."""
    if not 0 < percent <= 100:
        raise ValueError("the QC sample is a percentage above 0 and at most 100")
    count = max(1, math.ceil(len(doc_ids) * percent / 100))
    ranked = sorted(doc_ids, key=lambda d: hashlib.sha256(f"{seed}\x00{d}".encode()).hexdigest())
    chosen = set(ranked[:count])
    return [d for d in doc_ids if d in chosen]


def _comparable(value: Any) -> Any:
    if isinstance(value, list):
        return frozenset(fold(str(v)) for v in value) or None
    return fold(str(value)) if value not in (None, "") else None


def disagreements(scheme: Scheme, first: dict[str, Values],
                  second: dict[str, Values]) -> list[Dsl]:
    """Per field of the scheme: the documents compared (the second reviewer coded them and
    either side gave the field a value), those where the two differ, and the rate."""
    report = []
    for field in scheme.fields:
        key = field.field.coding_key
        compared = differ = 0
        for doc_id, values in second.items():
            mine, theirs = _comparable(first.get(doc_id, {}).get(key)), _comparable(values.get(key))
            if mine is None and theirs is None:
                continue
            compared += 1
            differ += mine != theirs
        report.append({"field": field.name, "compared": compared, "disagreements": differ,
                       "rate": round(differ / compared, 4) if compared else None})
    return report


def qc_id(batch_id: str, doc_id: str) -> str:
    return "qc-" + hashlib.sha256(f"{batch_id}\x00{doc_id}".encode()).hexdigest()[:40]


class QualityControl:
    """The QC of the batches the caller may read (search.review_batches.Batches)."""

    def __init__(self, batches: Batches) -> None:
        self.batches = batches
        self.store = batches.store
        self.index = review_index(self.store.indices)
        self.coding = CodingStore(self.store)

    def start(self, batch_id: str, reviewer: str, percent: float, seed: str) -> Dsl:
        """Send a sample of a fully coded batch to ``reviewer`` (not its own reviewer)."""
        if not self.batches.lead:
            raise ForbiddenError("only a lead starts QC")
        batch = self.batches.get(batch_id)
        if reviewer == batch.get("reviewer"):
            raise CodingError("QC goes to a second reviewer, not the batch's own")
        coded = self.coding.coded_count(batch["doc_ids"])
        if coded < len(batch["doc_ids"]):
            raise BatchNotReady(f"the batch is not finished: {coded} of "
                                f"{len(batch['doc_ids'])} documents coded")
        sample = qc_sample(batch["doc_ids"], percent, seed)
        batch = {**batch, "qc_reviewer": reviewer, "qc": {
            "reviewer": reviewer, "percent": percent, "seed": seed, "doc_ids": sample,
            "created_by": self.batches.user, "created_at": now()}}
        self.batches.save(batch)
        return self.report(batch_id)

    def _qc_batch(self, batch_id: str) -> Dsl:
        batch = self.batches.get(batch_id)
        if not batch.get("qc"):
            raise NotFoundError(f"batch {batch_id} has no QC sample")
        return batch

    def code(self, batch_id: str, doc_id: str, values: dict[str, Any]) -> Values:
        """The second reviewer's coding of a sampled document, kept apart from its own."""
        batch = self._qc_batch(batch_id)
        if self.batches.user != batch["qc_reviewer"]:
            raise ForbiddenError("only the QC reviewer codes the QC sample")
        if doc_id not in batch["qc"]["doc_ids"]:
            raise NotFoundError(f"{doc_id} is not in the QC sample of {batch_id}")
        scheme = self.coding.require_scheme(batch["collection"])
        record_id = qc_id(batch_id, doc_id)
        found = self.store.get(self.index, record_id)
        before: Values = found["_source"]["values"] if found else {}
        given = scheme.checked(values)
        after = {k: v for k, v in {**before, **given}.items() if v is not None}
        self.store.client.index(index=self.index, id=record_id, refresh=True, body={
            "id": record_id, "kind": "qc", "collection": batch["collection"],
            "batch_id": batch_id, "doc_id": doc_id, "values": after, "coded": bool(after),
            "updated_by": self.batches.user, "updated_at": now()})
        return by_name(after)

    def coding_of(self, batch_id: str, doc_id: str) -> Values:
        """The second reviewer's coding of a sampled document, by field name (none yet: empty):
        what the QC reviewer's page shows instead of the first reviewer's, so they code blind.
        Whoever may read the batch reads it, as they read the report that compares the two."""
        batch = self._qc_batch(batch_id)
        if doc_id not in batch["qc"]["doc_ids"]:
            raise NotFoundError(f"{doc_id} is not in the QC sample of {batch_id}")
        found = self.store.get(self.index, qc_id(batch_id, doc_id))
        return by_name(found["_source"]["values"]) if found else {}

    def report(self, batch_id: str) -> Dsl:
        """The sample, the second reviewer's progress and the disagreement per field."""
        batch = self._qc_batch(batch_id)
        sample = batch["qc"]["doc_ids"]
        found = self.store.mget(self.index, [qc_id(batch_id, d) for d in sample])
        second = {hit["_source"]["doc_id"]: hit["_source"]["values"] for hit in found
                  if hit["_source"].get("coded")}
        first = {d: hit["_source"]["values"]
                 for d, hit in self.coding.codings_of(list(second)).items()}
        scheme = self.coding.require_scheme(batch["collection"])
        return {"batch_id": batch_id, "reviewer": batch["qc_reviewer"],
                "percent": batch["qc"]["percent"], "seed": batch["qc"]["seed"],
                "sample": sample, "coded": len(second), "total": len(sample),
                "fields": disagreements(scheme, first, second)}


def review_progress(batches: Batches, collection: str) -> Dsl:
    """A collection's review: each batch's progress, each reviewer's, and the coding counts."""
    if not batches.lead:
        raise ForbiddenError("only a lead sees the review dashboard")
    listed = batches.with_progress(batches.listed(collection))
    reviewers: dict[str, Dsl] = {}
    for batch in listed:
        name = batch["reviewer"] or ""
        row = reviewers.setdefault(name, {"reviewer": batch["reviewer"], "batches": 0,
                                          "coded": 0, "total": 0})
        row["batches"] += 1
        row["coded"] += batch["coded"]
        row["total"] += batch["total"]
    choice_fields = [f for f in CODING_FIELDS if f.coding and f.coding.has_choices]
    result = batches.store.search(review_index(batches.store.indices), {
        "size": 0, "track_total_hits": True, "query": {"bool": {"filter": [
            {"term": {"kind": "coding"}}, {"term": {"coded": True}},
            {"term": {"collection": collection}}]}},
        "aggs": {f.coding_key: {"terms": {"field": f"values.{f.coding_key}",
                                          "size": COUNTED_VALUES}} for f in choice_fields}})
    counts = {f.name: [{"value": b["key"], "count": b["doc_count"]}
                       for b in result["aggregations"][f.coding_key]["buckets"]]
              for f in choice_fields}
    return {"collection": collection, "coded_documents": result["hits"]["total"]["value"],
            "batches": listed,
            "reviewers": sorted(reviewers.values(), key=lambda r: r["reviewer"] or ""),
            "coding_counts": counts}
