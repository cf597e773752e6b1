"""``docket ingest --resume JOB``: run a job's files that are still queued (its workers were
stopped, the machine restarted), with the document ids and control numbers planned for them.

Each file is hashed again: one that changed since the job was planned is not ingested under the
old plan but recorded as failed, to be ingested by a new job. Entries written before the ledger
kept the source path (mapping v1) are found again from the job's sources. An entry whose source
is a blob (``blob:<sha256>``: a container a worker took from a remote store) is resumed from it.
"""

from __future__ import annotations

from pathlib import Path

from opensearchpy import OpenSearch

from config import Settings
from ingest.blobs import BlobStore, blob_store, ref_sha256
from ingest.discover import sha256_file
from ingest.job.dedup import Dedup
from ingest.job.groups import resumed_scans, scan_task_fields
from ingest.job.ledger import ledger_entry, scan_fields, write_entries
from ingest.job.plan import Plan, new_task, set_job
from ingest.job.staging import recorded_identity
from ingest.scans import RULE
from search.document_ids import DocumentIds
from search.errors import NotFoundError
from search.indices import Indices
from search.ledger import TOP_LEVEL, entries
from search.store import collection_ids
from search.system import SystemStore


def _source(job: dict, entry: dict) -> Path:
    if entry.get("source"):
        return Path(entry["source"])
    sources = [Path(s) for s in job.get("sources", [])]
    relpath = entry["path"]
    for root in sources:
        if root.is_file() and root.name == relpath:
            return root
        if len(sources) > 1 and relpath.split("/", 1)[0] == root.name:
            return root / relpath.split("/", 1)[1]
        if len(sources) == 1:
            return root / relpath
    return Path(relpath)


def _failed(job_id: str, collection: str, entry: dict, error_class: str, reason: str) -> dict:
    return ledger_entry(job_id, collection, entry["path"], sha256=entry.get("sha256"),
                        size=entry.get("size"), state="failed", stage="resume",
                        error_class=error_class, error_message=f"{entry['path']}: {reason}")


def resume_job(client: OpenSearch, settings: Settings, job_id: str) -> Plan:
    indices = Indices(settings.index_prefix)
    found = client.mget(index=indices.jobs, body={"ids": [job_id]})["docs"][0]
    if not found.get("found"):
        raise NotFoundError(f"no job {job_id}")
    job = found["_source"]
    ids = collection_ids(client, indices, job["collection"], settings.secret_key)
    plan = Plan(job_id=job_id, collection=job["collection"],
                dedup=Dedup(job_id, job["collection"], ids))
    store = blob_store(settings)
    # Copies planned as duplicates of a queued file become paths of its document.
    copies: dict[str, list[str]] = {}
    for entry in entries(SystemStore(client, indices), job_id, {"term": {"state": "duplicate"}}, TOP_LEVEL):
        if entry.get("doc_id"):
            copies.setdefault(entry["doc_id"], []).append(entry["path"])
    scans: list[dict] = []  # files of page-per-file scans: resumed scan by scan
    for entry in entries(SystemStore(client, indices), job_id, {"term": {"state": "queued"}}, TOP_LEVEL):
        if entry.get("rule") == RULE:
            scans.append(entry)
            continue
        path = _source(job, entry)
        if ref_sha256(str(path)) is not None:  # a container a worker took from the blob store
            _resume_blob(plan, entry, store, copies)
            continue
        if not path.is_file():
            plan.settled.append(_failed(job_id, plan.collection, entry, "SourceMissing",
                                        f"{path} is no longer there"))
            continue
        sha = sha256_file(path)
        if sha != entry.get("sha256"):
            plan.settled.append(_failed(job_id, plan.collection, entry, "SourceChanged",
                                        "the file changed since the job was planned"))
            continue
        task = new_task(job_id, plan.collection, path, entry["path"], sha, path.stat().st_size,
                        entry["control"], doc_id=entry["doc_id"],
                        other_paths=copies.get(entry["doc_id"], []))
        plan.dedup.judge(task.relpath, sha, task.size, None, child=False)
        plan.tasks.append(task)
    _resume_scans(plan, ids, scans, copies)
    write_entries(client, indices, plan.settled)
    set_job(client, indices, job_id, status="running")
    return plan


def _resume_blob(plan: Plan, entry: dict, store: BlobStore,
                 copies: dict[str, list[str]]) -> None:
    """A file whose entry names a blob (a remote store): resumed from the blob, if it is there."""
    if not store.exists(entry["sha256"]):
        plan.settled.append(_failed(plan.job_id, plan.collection, entry, "SourceMissing",
                                    f"{entry['source']} is not in the blob store"))
        return
    task = new_task(plan.job_id, plan.collection, Path(entry["source"]), entry["path"],
                    entry["sha256"], entry.get("size") or 0, entry["control"],
                    doc_id=entry["doc_id"], identity=recorded_identity(entry),
                    other_paths=copies.get(entry["doc_id"], []))
    plan.dedup.judge(task.relpath, task.sha256, task.size, None, child=False)
    plan.tasks.append(task)


def _resume_scans(plan: Plan, ids: DocumentIds, queued: list[dict],
                  copies: dict[str, list[str]]) -> None:
    """A page-per-file scan is resumed whole, as planned, or, when one of its files is gone or
    changed, not at all: each of its files is recorded as failed, for a new job to plan."""
    by_path = {entry["path"]: entry for entry in queued}
    for scan in resumed_scans(queued):
        planned = by_path[scan.pages[0].relpath]
        problem: tuple[str, str] | None = None
        if ids.of(scan.sha256) != planned["doc_id"]:
            # Some of its files were settled before the job stopped: not the scan as planned.
            problem = ("ScanIncomplete", f"only some files of the scan {scan.title} were left "
                                         "queued; ingest the folder again")
        for page in () if problem else scan.pages:
            path = Path(page.path)
            if not path.is_file():
                problem = ("SourceMissing", f"{path} (page of the scan {scan.title}) is no "
                                            "longer there")
            elif sha256_file(path) != page.sha256:
                problem = ("SourceChanged", f"page {page.relpath} of the scan {scan.title} "
                                            "changed since the job was planned")
            if problem:
                break
        if problem:
            plan.settled += [{**_failed(plan.job_id, plan.collection, by_path[page.relpath],
                                        *problem), **scan_fields(scan.title, number)}
                             for number, page in enumerate(scan.pages, start=1)]
            continue
        task = new_task(plan.job_id, plan.collection, control=planned["control"],
                        doc_id=planned["doc_id"], other_paths=copies.get(planned["doc_id"], []),
                        **scan_task_fields(scan))
        plan.dedup.judge(task.relpath, task.sha256, task.size, None, child=False)
        plan.tasks.append(task)
