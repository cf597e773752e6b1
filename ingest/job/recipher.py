"""The re-cipher job that follows ``docket ciphers add|remove`` (and ``docket ciphers apply``).

The change has already raised the collection's cipher version (search.ciphers.CipherStore), so
every copy written before it is withheld from users without clearance; the job reads each
document's records, writes their copies under the new version (with the document's approved
redactions taken out, search.redaction_text) with a ledger entry per document (mode
``cipher``), then deletes the copies of older versions, and rewrites the case register's copy
(ingest.job.cases). A collection left with no names and no redactions has its copy deleted: its
normal records are what everyone reads again. The redaction job (ingest.job.redact) runs this
job for a collection's first approved redaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from opensearchpy import OpenSearch, helpers

from config import Settings
from config.data import CIPHER_VERSION_FIELD
from ingest.ciphering import copy_indices
from ingest.job.cases import update_cases
from ingest.job.ledger import ledger_entry, write_entries
from ingest.job.plan import open_job, set_job
from search.cipher_records import Action, cipher_fields, ciphered_records
from search.ciphers import CipherStore
from search.indices import Indices
from search.redactions import approved_redactions
from search.store import now
from search.system import SystemStore

BATCH = 200  # documents read, ciphered and written at once
Progress = Callable[[int], None]


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


def document_records(client: OpenSearch, indices: Indices, documents: list[dict]) -> list[Action]:
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
    indices = Indices(settings.index_prefix)
    started = time.monotonic()
    job_id = open_job(client, indices, collection, [], "cipher", wait=True)
    total = client.count(index=indices.documents,
                         body={"query": {"term": {"collection": collection}}})["count"]
    set_job(client, indices, job_id, status="running", received=total)
    protection = CipherStore(client, indices.prefix).protections([collection]).get(collection)
    done = 0
    for documents in _documents(client, indices, collection):
        if protection is not None:
            ciphers, version = protection
            redacted = approved_redactions(SystemStore(client, indices),
                                           [d["_id"] for d in documents])
            copies = ciphered_records(document_records(client, indices, documents), indices,
                                      {collection: ciphers}, {collection: version}, redacted)
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
    client.delete_by_query(index=",".join(copy_indices(indices)), body={"query": stale},
                           conflicts="proceed", refresh=True, request_timeout=3600)
    client.indices.refresh(index=f"{indices.ledger},{','.join(copy_indices(indices))}")
    # The case register's copy names people too: rewritten under the new names and version.
    update_cases(client, settings, collection)
    set_job(client, indices, job_id, status="finished", finished_at=now())
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
