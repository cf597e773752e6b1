"""Keeping the ciphered copy right (search.cipher_records): written with every commit of a
collection that protects names, and rewritten whole when its names change.

``write_ciphered_copies`` is called by the commit stage with the records it has just indexed:
for the documents of collections that protect names it writes their ciphered copies, under the
collection's current cipher version, and sweeps the copies' records beyond a re-ingested
document's new counts.

``recipher_collection`` is the job that follows ``docket ciphers add|remove``: the change has
already raised the collection's cipher version (search.ciphers.CipherStore), so every copy
written before it is withheld from users without clearance; the job reads each document's
records, writes their copies under the new version with a ledger entry per document (mode
``cipher``), then deletes the copies of older versions. A collection left with no names has its
copy deleted: its normal records are what everyone reads again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Any

from opensearchpy import NotFoundError, OpenSearch, helpers

from config import Settings
from config.data import CIPHER_VERSION_FIELD
from ingest.ledger import ledger_entry, write_entries
from search.cipher_records import Action, cipher_fields, ciphered_records
from search.ciphers import CipherStore
from search.indices import Indices, ciphered_name
from search.store import now

BATCH = 200  # documents read, ciphered and written at once
Progress = Callable[[int], None]


def _copies(indices: Indices) -> list[str]:
    return [ciphered_name(i) for i in (indices.documents, indices.pages, indices.mentions)]


def write_ciphered_copies(client: OpenSearch, indices: Indices, records: list[Action]) -> None:
    """The ciphered copies of just-committed records whose collection protects names."""
    records = _whole(client, indices, records)
    collections = {str(c) for a in records if (c := (a.get("_source") or {}).get("collection"))}
    if not collections:
        return
    protections = CipherStore(client, indices.prefix).protections(collections)
    if not protections:
        return
    copies = ciphered_records(records, indices,
                              {c: p[0] for c, p in protections.items()},
                              {c: p[1] for c, p in protections.items()})
    if not copies:
        return
    helpers.bulk(client, copies, chunk_size=500, request_timeout=120)
    written = [a["_id"] for a in copies]
    doc_ids = sorted({a["_source"].get("doc_id") or a["_id"] for a in copies})
    _sweep(client, indices, doc_ids, written)


def mirror_update(client: OpenSearch, indices: Indices, doc_id: str, fields: dict) -> None:
    """An update of a document's fields that hold no text a name is written in (a near-duplicate
    group), made to its ciphered copy too, when it has one."""
    with suppress(NotFoundError):
        client.update(index=ciphered_name(indices.documents), id=doc_id, body={"doc": fields},
                      retry_on_conflict=3)


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


def _documents(client: OpenSearch, indices: Indices, collection: str) -> Iterator[list[dict]]:
    """The collection's document records, a batch at a time."""
    batch: list[dict] = []
    for hit in helpers.scan(client, index=indices.documents, size=BATCH,
                            query={"query": {"term": {"collection": collection}}}):
        batch.append(hit)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _records(client: OpenSearch, indices: Indices, documents: list[dict]) -> list[Action]:
    """A batch of documents with their pages and mentions, as bulk actions."""
    ids = [d["_id"] for d in documents]
    actions: list[Action] = []
    for index in (indices.pages, indices.mentions):
        actions += [{"_index": index, "_id": h["_id"], "_source": h["_source"]}
                    for h in helpers.scan(client, index=index, size=2000,
                                          query={"query": {"terms": {"doc_id": ids}}})]
    return actions + [{"_index": indices.documents, "_id": d["_id"], "_source": d["_source"]}
                      for d in documents]


def recipher_collection(client: OpenSearch, settings: Settings, collection: str,
                        progress: Progress | None = None) -> dict[str, Any]:
    """Rewrite the ciphered copy of ``collection`` under its current names and version, as a
    job with a ledger entry per document. Returns the job: id, documents, seconds."""
    # ingest.job imports the commit stage, which imports this module: imported when run.
    from ingest.job import new_job_id

    indices = Indices(settings.index_prefix)
    started = time.monotonic()
    job_id = new_job_id()
    total = client.count(index=indices.documents,
                         body={"query": {"term": {"collection": collection}}})["count"]
    client.index(index=indices.jobs, id=job_id, refresh="wait_for", body={
        "id": job_id, "collection": collection, "sources": [], "mode": "cipher",
        "status": "running", "received": total, "created_at": now()})
    protection = CipherStore(client, indices.prefix).protections([collection]).get(collection)
    done = 0
    for documents in _documents(client, indices, collection):
        if protection is not None:
            ciphers, version = protection
            copies = ciphered_records(_records(client, indices, documents), indices,
                                      {collection: ciphers}, {collection: version})
            helpers.bulk(client, copies, chunk_size=500, request_timeout=300)
        write_entries(client, indices, [_entry(job_id, d, protection) for d in documents],
                      wait=False)
        done += len(documents)
        if progress:
            progress(done)
    stale: dict = {"term": {"collection": collection}}
    if protection is not None:
        stale = {"bool": {"filter": [stale], "must_not": [
            {"term": {CIPHER_VERSION_FIELD: protection[1]}}]}}
    client.delete_by_query(index=",".join(_copies(indices)), body={"query": stale},
                           conflicts="proceed", refresh=True, request_timeout=3600)
    client.indices.refresh(index=f"{indices.ledger},{','.join(_copies(indices))}")
    client.update(index=indices.jobs, id=job_id, refresh="wait_for", retry_on_conflict=5,
                  body={"doc": {"status": "finished", "finished_at": now()}})
    return {"id": job_id, "documents": done, "seconds": time.monotonic() - started}


def _entry(job_id: str, document: dict, protection: Any) -> dict[str, Any]:
    """The ledger entry of one document re-ciphered: its path as the copy writes it."""
    source = document["_source"]
    path = source.get("path") or document["_id"]
    if protection is not None:
        path = cipher_fields({"path": path}, protection[0])["path"]
    entry = ledger_entry(job_id, source["collection"], path, state="indexed", stage="cipher",
                         doc_id=document["_id"], control=source.get("control"),
                         sha256=source.get("sha256"), size=source.get("size"),
                         mime=source.get("mime"))
    # One entry per document, even where two paths read the same once ciphered.
    entry["id"] = f"{job_id}-{document['_id']}"
    return entry
