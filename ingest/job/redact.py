"""The redaction job: the ciphered copy of the documents whose approved redactions changed,
rewritten with them taken out (search.redaction_text), as a job with a ledger entry per
document (mode ``redact``).

``withhold`` runs first, in the request that approved or rejected: it takes the documents'
copies (and the copies of the register's cases that cite them) away, so that users without
clearance do not find them until they are rewritten (never the text just redacted, served from
a copy made before). A collection's first approved
redaction marks it as redacted and raises its cipher version (search.ciphers.CipherStore.bump):
from then on it has a copy even if it protects no name, and the whole of it is withheld until
the re-cipher job (ingest.job.recipher, which applies the redactions too) has written it.

``rewrite`` then writes the copies, and the case register's copy (ingest.job.cases, which
masks what the redactions took out of the sentences it quotes). It reads the approved
redactions again after writing and rewrites the documents whose redactions changed meanwhile,
so a decision made while it ran is never lost: that decision's own ``withhold`` came after
its state was stored, so either this check sees it or the copy written here is taken away
again.
"""

from __future__ import annotations

import time
from typing import Any

from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest.job.cases import update_case_copy
from ingest.job.ledger import ledger_entry, write_entries
from ingest.job.plan import open_job, set_job
from ingest.job.recipher import document_records, recipher_collection
from search.cipher_records import cipher_fields, ciphered_records
from search.ciphers import CipherStore
from search.indices import Indices, ciphered_name
from search.redaction_text import Applied
from search.redactions import approved_redactions
from search.store import now
from search.system import SystemStore

BATCH = 200
MAX_ROUNDS = 5  # rewrites of documents whose redactions keep changing while the job runs


def withhold(client: OpenSearch, settings: Settings, collection: str,
             doc_ids: list[str]) -> bool:
    """Take the documents' copies away from users without clearance until ``rewrite``; returns
    True when the whole collection is withheld instead (its first redaction: ``rewrite`` then
    writes the whole copy)."""
    indices = Indices(settings.index_prefix)
    ciphers = CipherStore(client, indices.prefix)
    if not ciphers.redacted(collection):
        ciphers.bump(collection, redacted=True)
        return True
    client.delete_by_query(
        index=",".join(ciphered_name(i) for i in (indices.pages, indices.mentions,
                                                   indices.cases)),
        body={"query": {"terms": {"doc_id": doc_ids}}}, conflicts="proceed", refresh=True)
    client.delete_by_query(index=ciphered_name(indices.documents), conflicts="proceed",
                           body={"query": {"ids": {"values": doc_ids}}}, refresh=True)
    return False


def rewrite(client: OpenSearch, settings: Settings, collection: str, doc_ids: list[str],
            whole: bool = False) -> dict[str, Any]:
    """Write the copies ``withhold`` took away (the whole collection's when ``whole``); returns
    the job: id, documents, seconds."""
    if whole:
        return recipher_collection(client, settings, collection)
    indices = Indices(settings.index_prefix)
    started = time.monotonic()
    job_id = open_job(client, indices, collection, [], "redact", wait=True)
    set_job(client, indices, job_id, status="running", received=len(doc_ids))
    pending, done = sorted(set(doc_ids)), 0
    for _round in range(MAX_ROUNDS):
        written = {}
        for start in range(0, len(pending), BATCH):
            written.update(_write(client, indices, collection, job_id, pending[start:start + BATCH]))
        done += len(pending)
        reader = SystemStore(client, indices)
        client.indices.refresh(index=f"{indices.prefix}-redactions")
        now_approved = approved_redactions(reader, pending)
        pending = [d for d in pending if _spans(now_approved.get(d)) != _spans(written.get(d))]
        if not pending:
            break
    client.indices.refresh(index=",".join(
        [indices.ledger, *(ciphered_name(i) for i in (indices.documents, indices.pages,
                                                       indices.mentions))]))
    # The case register quotes the documents: its copy is rewritten with the redactions too.
    update_case_copy(client, settings, collection)
    set_job(client, indices, job_id, status="finished", finished_at=now())
    return {"id": job_id, "documents": done, "seconds": time.monotonic() - started}


def _spans(applied: Applied | None) -> tuple:
    if not applied:
        return ()
    return (tuple(sorted(applied.whole_pages)),
            tuple(sorted((p, tuple(sorted(s))) for p, s in applied.spans.items())),
            tuple(sorted(applied.names)))


def _write(client: OpenSearch, indices: Indices, collection: str, job_id: str,
           doc_ids: list[str]) -> dict[str, Applied]:
    """One batch's copies with its approved redactions, and a ledger entry per document;
    returns the redactions written."""
    reader = SystemStore(client, indices)
    protection = CipherStore(client, indices.prefix).protections([collection]).get(collection)
    documents = reader.mget(indices.documents, doc_ids)
    applied = approved_redactions(reader, doc_ids)
    if protection is not None and documents:
        ciphers, version = protection
        copies = ciphered_records(document_records(client, indices, documents), indices,
                                  {collection: ciphers}, {collection: version}, applied)
        helpers.bulk(client, copies, chunk_size=500, request_timeout=300)
    entries = []
    for document in documents:
        source = document["_source"]
        path = source.get("path") or document["_id"]
        if protection is not None:
            path = cipher_fields({"path": path}, protection[0])["path"]
        entry = ledger_entry(job_id, collection, path, state="indexed", stage="redact",
                             doc_id=document["_id"], control=source.get("control"),
                             sha256=source.get("sha256"), size=source.get("size"),
                             mime=source.get("mime"))
        entry["id"] = f"{job_id}-{document['_id']}"
        entries.append(entry)
    write_entries(client, indices, entries, wait=False)
    return applied
