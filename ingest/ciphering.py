"""Keeping the ciphered copy right (search.cipher_records): written with every commit of a
collection that protects names, and rewritten whole when its names change.

``write_ciphered_copies`` is called by the commit stage with the records it has just indexed:
for the documents of collections that protect names (or have approved redactions) it writes
their ciphered copies, under the collection's current cipher version and with each document's
approved redactions taken out, and sweeps the copies' records beyond a re-ingested document's
new counts.

The job that rewrites a collection's copy whole when its names change is
``ingest.job.recipher``.
"""

from __future__ import annotations

from opensearchpy import OpenSearch, helpers

from search.cipher_records import Action, ciphered_records
from search.ciphers import CipherSet, CipherStore
from search.indices import Indices, ciphered_name
from search.redactions import approved_redactions
from search.system import SystemStore


def copy_indices(indices: Indices) -> list[str]:
    return [ciphered_name(i) for i in (indices.documents, indices.pages, indices.mentions)]


def write_ciphered_copies(client: OpenSearch, indices: Indices, records: list[Action],
                          protections: dict[str, tuple[CipherSet, int]] | None = None) -> None:
    """The ciphered copies of just-committed records whose collection protects names.
    ``protections``: those of the records' collections, when the caller has read them (a job's
    commit reads them with its other look-ups, search.ciphers.protections_body)."""
    # Deleted records' copies are swept below with the others this write did not make.
    records = _whole(client, indices, [a for a in records if a.get("_op_type") != "delete"])
    collections = {str(c) for a in records if (c := (a.get("_source") or {}).get("collection"))}
    if not collections:
        return
    if protections is None:
        protections = CipherStore(client, indices.prefix).protections(collections)
    protections = {c: p for c, p in protections.items() if c in collections}
    if not protections:
        return
    doc_ids = {source.get("doc_id") or source["id"] for a in records
               if (source := a.get("_source") or {}).get("collection") in protections}
    records = _with_stored(client, indices, records, doc_ids)
    copies = ciphered_records(records, indices,
                              {c: p[0] for c, p in protections.items()},
                              {c: p[1] for c, p in protections.items()},
                              approved_redactions(SystemStore(client, indices), doc_ids))
    if not copies:
        return
    helpers.bulk(client, copies, chunk_size=500, request_timeout=120)
    written = [a["_id"] for a in copies]
    doc_ids = sorted({a["_source"].get("doc_id") or a["_id"] for a in copies})
    _sweep(client, indices, doc_ids, written)


def update_documents(client: OpenSearch, indices: Indices, fields: dict[str, dict]) -> None:
    """Updates of documents' fields that hold no text a name is written in (a near-duplicate
    group), doc_id -> fields, in one bulk made to their ciphered copies too."""
    send_updates(client, indices, [
        {"_op_type": "update", "_index": index, "_id": doc_id, "doc": values}
        for index in (indices.documents, ciphered_name(indices.documents))
        for doc_id, values in fields.items()])


def send_updates(client: OpenSearch, indices: Indices, updates: list[Action]) -> None:
    """Partial updates of documents and their ciphered copies in one bulk, each retried when
    the document changed under it. A copy that does not exist is no failure (a document of a
    collection that protects no names has none); any other refusal raises, naming the first."""
    if not updates:
        return
    failed = [item["update"] for ok, item in helpers.streaming_bulk(
        client, [{"retry_on_conflict": 3, **u} for u in updates], chunk_size=500,
        raise_on_error=False, raise_on_exception=False, request_timeout=120) if not ok]
    refused = [f for f in failed if f.get("_index") == indices.documents
               or f.get("status") != 404]
    if refused:
        raise RuntimeError(f"{len(refused)} document updates were refused, the first: "
                           f"{refused[0].get('_id')}: {refused[0].get('error')}")


def _whole(client: OpenSearch, indices: Indices, records: list[Action]) -> list[Action]:
    """Records with partial updates (a stage re-run updates the document's fields) replaced by
    the whole record as committed."""
    partial = [a["_id"] for a in records if a.get("_op_type") == "update"]
    if not partial:
        return records
    found = client.mget(index=indices.documents, body={"ids": partial})["docs"]
    return [a for a in records if a.get("_op_type") != "update"] + [
        {"_index": indices.documents, "_id": d["_id"], "_source": d["_source"]}
        for d in found if d.get("found")]


def _with_stored(client: OpenSearch, indices: Indices, records: list[Action],
                 doc_ids: set[str]) -> list[Action]:
    """``records`` with the stored pages and mentions of each document whose write carries
    none of them. A stage that rewrites only a document's mentions (the names stage linking "DC
    Thackery" to a protected person) still changes what its pages' copies must hide, and a copy
    written without its pages would sweep them away: the reader without clearance then had no
    page at all."""
    carried: dict[str, set[str]] = {indices.pages: set(), indices.mentions: set()}
    for action in records:
        if action["_index"] in carried:
            carried[action["_index"]].add(action["_source"]["doc_id"])
    stored: list[Action] = []
    for index, have in carried.items():
        missing = sorted(doc_ids - have)
        if missing:
            stored += [{"_index": index, "_id": hit["_id"], "_source": hit["_source"]}
                       for hit in helpers.scan(client, index=index, query={
                           "query": {"terms": {"doc_id": missing}}})]
    return records + stored


def _sweep(client: OpenSearch, indices: Indices, doc_ids: list[str], written: list[str]) -> None:
    """Copies of pages and mentions of these documents that this write did not make (a re-run
    that found fewer of them)."""
    query = {"bool": {"filter": [{"terms": {"doc_id": doc_ids}}],
                      "must_not": [{"ids": {"values": written}}]}}
    targets = [ciphered_name(indices.pages), ciphered_name(indices.mentions)]
    lines: list[dict] = []
    for index in targets:
        lines += [{"index": index}, {"size": 0, "track_total_hits": 1, "query": query}]
    for index, found in zip(targets, client.msearch(body=lines)["responses"], strict=True):
        if "error" in found or found["hits"]["total"]["value"]:
            client.delete_by_query(index=index, body={"query": query}, conflicts="proceed",
                                   request_timeout=300)
