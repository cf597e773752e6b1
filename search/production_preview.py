"""What issuing a production will give, before it is issued: each document in order with the
URN it has or is to be given, its pages, its approved redactions (those burned in) and those
still only proposed (not burned in), and the documents withheld in full with their reasons.

Which documents are withheld in full is decided here for the preview and for the issue job
alike (``withheld_in_full``, ingest.job.produce): those the production withholds, and those
whose every page is redacted whole. The URNs to be given are the prefix's next numbers as the
caller's scope sees them: the issue claims them, so another production of the same prefix
issued first moves them on.
"""

from __future__ import annotations

from typing import Any

from search.productions import Productions, urn
from search.redactions import approved_records, redactions_index
from search.scoped import ScopedStore

Record = dict[str, Any]


def withheld_in_full(production: Record, documents: dict[str, Record],
                     redactions: dict[str, list[Record]]) -> tuple[list[Record], list[str]]:
    """The documents withheld in full (control, doc id, source path, reason, redactions) and
    the ids of those to produce, in the production's order. ``documents`` and ``redactions``
    (approved, by document id) are those of the production's documents."""
    chosen = {w["control"]: w["reason"] for w in production.get("withheld") or []}
    withheld, produced = [], []
    for doc_id in production["doc_ids"]:
        document = documents.get(doc_id, {})
        control = document.get("control") or doc_id
        records = redactions.get(doc_id, [])
        whole = {int(r["page"]): r["reason"] for r in records if r["kind"] == "page"}
        pages = int(document.get("page_count") or 1)
        reason = chosen.get(control) or (
            "; ".join(sorted(set(whole.values()))) if len(whole) >= pages and document else None)
        if reason:
            withheld.append({"control": control, "doc_id": doc_id, "reason": reason,
                             "source_path": document.get("path"), "redactions": len(records)})
        else:
            produced.append(doc_id)
    return withheld, produced


def preview(store: ScopedStore, production_id: str) -> Record:
    """The production as issuing it would give it (see the module's docstring)."""
    productions = Productions(store)
    production = productions.get(production_id)
    productions.needs_clearance(production["collection"])
    doc_ids = production["doc_ids"]
    documents = {d["_id"]: d["_source"] for d in store.mget(
        store.indices.documents, doc_ids, _source_includes=["id", "control", "page_count"])}
    approved = approved_records(store, doc_ids)
    withheld, produced = withheld_in_full(production, documents, approved)
    reasons = {w["doc_id"]: w["reason"] for w in withheld}
    given = {r["doc_id"]: r["urn"] for r in productions.produced(production_id)}
    number = _top_number(productions, production["prefix"])
    pending = _proposed_counts(store, doc_ids)
    rows = []
    for position, (doc_id, control) in enumerate(zip(doc_ids, production["controls"],
                                                     strict=True), start=1):
        document = documents.get(doc_id)
        row: Record = {"position": position, "doc_id": doc_id, "control": control,
                       "pages": int((document or {}).get("page_count") or 1),
                       "redactions": len(approved.get(doc_id, [])),
                       "proposed": pending.get(doc_id, 0), "withheld": reasons.get(doc_id),
                       "urn": None, "urn_given": False, "missing": document is None}
        if doc_id in given:
            row.update(urn=given[doc_id], urn_given=True)
        elif doc_id in produced and document is not None:
            number += 1
            row["urn"] = urn(production["prefix"], number)
        rows.append(row)
    shown = [r for r in rows if r["urn"] and not r["withheld"]]
    return {"id": production_id, "state": production["state"], "prefix": production["prefix"],
            "documents": rows, "produced": len(shown), "withheld": len(withheld),
            "pages": sum(r["pages"] for r in shown),
            "redactions": sum(r["redactions"] for r in rows),
            "proposed": sum(r["proposed"] for r in rows)}


def _top_number(productions: Productions, prefix: str) -> int:
    """The highest number of the prefix given so far (0 for none)."""
    answer = productions.store.search(productions.produced_index, {
        "size": 0, "query": {"term": {"prefix": prefix}},
        "aggs": {"top": {"max": {"field": "number"}}}})
    return int(answer["aggregations"]["top"]["value"] or 0)


def _proposed_counts(store: ScopedStore, doc_ids: list[str]) -> dict[str, int]:
    """Per document, its redactions proposed and not yet decided (not burned in)."""
    counts: dict[str, int] = {}
    for start in range(0, len(doc_ids), 1000):
        answer = store.search(redactions_index(store.indices), {
            "size": 0, "query": {"bool": {"filter": [
                {"terms": {"doc_id": doc_ids[start:start + 1000]}},
                {"term": {"state": "proposed"}}]}},
            "aggs": {"docs": {"terms": {"field": "doc_id", "size": 1000}}}})
        counts.update({b["key"]: b["doc_count"] for b in answer["aggregations"]["docs"]["buckets"]})
    return counts
