"""Re-run one stage over documents that exist: ``docket ingest PATH --collection C --stage S``,
or ``POST /api/collections/{name}/stages``.

- ``entities`` and ``ocr``: per document, by the work functions of ``ingest.rerun``, in the
  local pool or on Celery (``FileTask.stage`` names the work), as a load's files are.
- ``names``: the collection's name authority again over the documents (``ingest.job.names``),
  in this process rather than the pool: it reads and writes in batches, and needs no model.
- ``cases``: the collection's case register rebuilt (``ingest.job.cases``), in this process;
  every planned document gets its entry.

Which documents: those of the files under PATH (by content, as ingestion found them) and all
their descendants (archive members, attachments); with no PATH (``POST /api/collections/{name}/
stages``), every document of the collection. A stage run is a job of its own (mode
``stage:<name>``) with one ledger entry per document, so received = sum of terminal states holds.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest import formats
from ingest.blobs import BlobStore, blob_store
from ingest.discover import sha256_file
from ingest.identify import identify
from ingest.job import (
    Plan,
    dispatch,
    finish_job,
    new_task,
    open_job,
    set_job,
    sources,
    write_entries,
)
from ingest.job.cases import run_cases_job, set_closed_days
from ingest.job.groups import find_scans
from ingest.job.ledger import queued_entry
from ingest.job.names import run_names_job
from ingest.job.pool import Workers
from ingest.job.run import Progress, collection_stage
from ingest.model import Identity
from ingest.rerun import WORK
from search.document_ids import DocumentIds
from search.indices import Indices
from search.store import collection_ids

__all__ = ["STAGES", "WORK", "plan_stage", "run_stage_job"]

# The stages that can be run again, with what each does: the CLI's --stage, the API's body and
# the archivist's page all take their names from here.
STAGES: dict[str, str] = {
    "entities": "Find the names, places, dates and amounts in the stored text again",
    "ocr": "Read scanned pages again with OCR, then find their entities again",
    "names": "Link the names of every document to the collection's people again",
    "cases": "Rebuild the collection's case register",
}
_FIELDS = ["path", "sha256", "size", "mime", "extension", "control", "collection", "parent_id",
           "root_id"]


def _documents(client: OpenSearch, indices: Indices, collection: str,
               doc_ids: list[str] | None) -> dict[str, dict]:
    """The documents of these ids and all their descendants (root_id is the top-level id);
    every document of the collection when ``doc_ids`` is None."""
    found: dict[str, dict] = {}
    if doc_ids is None:
        everything = {"term": {"collection": collection}}
        for hit in helpers.scan(client, index=indices.documents, _source=_FIELDS,
                                query={"query": everything}):
            found[hit["_id"]] = hit["_source"]
        return found
    for start in range(0, len(doc_ids), 1000):
        batch = doc_ids[start : start + 1000]
        query = {"bool": {"filter": [{"term": {"collection": collection}}], "should": [
            {"ids": {"values": batch}}, {"terms": {"root_id": batch}}],
            "minimum_should_match": 1}}
        for hit in helpers.scan(client, index=indices.documents, _source=_FIELDS,
                                query={"query": query}):
            found[hit["_id"]] = hit["_source"]
    return found


def _stored_family(store: BlobStore, doc: dict) -> str:
    """The family of a stored document. Its record keeps only the type label ("word" is DOC,
    DOCX or RTF), so the original is identified again from the blob store; "" when it is not
    there, and the stage says so for that document. A remote store's blob is not fetched for
    this: the family is the one its recorded MIME type declares."""
    if store.remote:
        fmt = formats.by_mime(doc.get("mime") or "") if store.exists(doc["sha256"]) else None
        return fmt.family if fmt else ""
    original = Path(store.ref(doc["sha256"]))
    return identify(original).family if original.is_file() else ""


def _document_ids(ids: DocumentIds, paths: list[Path]) -> list[str]:
    """The documents of the files under the paths. A page-per-file scan's is found by its files
    together (ingest.scans), and each file by itself, in case it was ingested with the rule off."""
    found = [(s, sha256_file(s.path)) for s in sources(paths) if s.size]
    return [ids.of(sha) for sha in [
        *(sha for _s, sha in found), *(scan.sha256 for scan in find_scans(found)[1])]]


def plan_stage(client: OpenSearch, settings: Settings, paths: list[Path] | None, collection: str,
               stage: str) -> Plan:
    """A stage job over the documents of the files under ``paths`` (every document of the
    collection when None), each with its queued ledger entry."""
    if stage not in STAGES:
        raise ValueError(f"stage must be one of {', '.join(STAGES)}")
    indices = Indices(settings.index_prefix)
    document_ids = collection_ids(client, indices, collection, settings.secret_key)
    job_id = open_job(client, indices, collection, paths or [], f"stage:{stage}", wait=True)
    plan = Plan(job_id=job_id, collection=collection)
    ids = None if paths is None else _document_ids(document_ids, paths)
    store = blob_store(settings)
    for doc_id, doc in sorted(_documents(client, indices, collection, ids).items()):
        original = store.ref(doc["sha256"])  # a worker fetches it when the store is remote
        identity = Identity(mime=doc.get("mime") or "", family=_stored_family(store, doc),
                            extension=doc.get("extension") or "")
        task = new_task(job_id, collection, Path(original), doc["path"], doc["sha256"],
                        doc.get("size") or 0, doc["control"], doc_id=doc_id, identity=identity)
        # Its place in the family, as a document (not as a child entry of this job's ledger).
        plan.tasks.append(dataclasses.replace(task, parent_id=doc.get("parent_id"),
                                              root_id=doc.get("root_id"), stage=stage))
    # Documents, not files, are what a stage run receives: each has its entry, queued.
    write_entries(client, indices, [queued_entry(t, stage=stage, source=False)
                                    for t in plan.tasks])
    set_job(client, indices, job_id, status="running", received=plan.received)
    return plan


def run_stage_job(client: OpenSearch, settings: Settings, plan: Plan, stage: str,
                  queue: bool = False, progress: Progress | None = None,
                  closed_within: int | None = None) -> dict[str, int] | None:
    """Run a planned stage job; returns its ledger counts once it is closed, or None when its
    documents went to Celery (the workers close the job, as for a load). ``entities`` and
    ``ocr`` go to the pool or the queue; ``names`` and ``cases`` run here (see above). For
    cases, ``closed_within`` first sets the collection's limit for "closed early"."""
    failed: list[str] = []
    if stage == "names":
        with collection_stage("names", failed):
            run_names_job(client, settings, plan.job_id, plan.collection, plan.tasks)
        return finish_job(client, settings, plan.job_id, names=False, failed=failed)
    if stage == "cases":
        if closed_within is not None:
            set_closed_days(client, settings, plan.collection, closed_within)
        workers = Workers(settings)  # a warm pool, if one is up, reads the documents in parts
        try:
            with collection_stage("cases", failed):
                run_cases_job(client, settings, plan.job_id, plan.collection, plan.tasks,
                              workers.mapper())
        finally:
            workers.close()
        return finish_job(client, settings, plan.job_id, names=False, cases=False,
                          failed=failed)
    if queue and not plan.tasks:
        return finish_job(client, settings, plan.job_id)  # no worker would ever close it
    return dispatch(client, settings, plan, queue, progress=progress, work=WORK[stage])
