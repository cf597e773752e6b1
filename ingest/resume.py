"""``docket ingest --resume JOB``: run a job's files that are still queued (its workers were
stopped, the machine restarted), with the document ids and control numbers planned for them.

Each file is hashed again: one that changed since the job was planned is not ingested under the
old plan but recorded as failed, to be ingested by a new job. Entries written before the ledger
kept the source path (mapping v1) are found again from the job's sources.
"""

from __future__ import annotations

from pathlib import Path

from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest.containers.sniff import refine
from ingest.discover import sha256_file
from ingest.identify import identify
from ingest.job import Plan
from ingest.ledger import TOP_LEVEL, ledger_entry, write_entries
from ingest.model import FileTask
from search.errors import NotFoundError
from search.indices import Indices


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
    plan = Plan(job_id=job_id, collection=job["collection"])
    # Copies planned as duplicates of a queued file become paths of its document.
    copies: dict[str, list[str]] = {}
    duplicates = {"bool": {"filter": [{"term": {"job_id": job_id}},
                                      {"term": {"state": "duplicate"}}, TOP_LEVEL]}}
    for hit in helpers.scan(client, index=indices.ledger, query={"query": duplicates}):
        if hit["_source"].get("doc_id"):
            copies.setdefault(hit["_source"]["doc_id"], []).append(hit["_source"]["path"])
    query = {"bool": {"filter": [{"term": {"job_id": job_id}}, {"term": {"state": "queued"}},
                                 TOP_LEVEL]}}
    for hit in helpers.scan(client, index=indices.ledger, query={"query": query}):
        entry = hit["_source"]
        path = _source(job, entry)
        if not path.is_file():
            plan.settled.append(_failed(job_id, plan.collection, entry, "SourceMissing",
                                        f"{path} is no longer there"))
            continue
        sha = sha256_file(path)
        if sha != entry.get("sha256"):
            plan.settled.append(_failed(job_id, plan.collection, entry, "SourceChanged",
                                        "the file changed since the job was planned"))
            continue
        identity = refine(identify(path), path)
        plan.tasks.append(FileTask(
            job_id=job_id, collection=plan.collection, path=str(path), relpath=entry["path"],
            sha256=sha, size=path.stat().st_size, mime=identity.mime, family=identity.family,
            extension=identity.extension, doc_id=entry["doc_id"], control=entry["control"],
            other_paths=tuple(copies.get(entry["doc_id"], []))))
    write_entries(client, indices, plan.settled)
    client.update(index=indices.jobs, id=job_id, refresh="wait_for",
                  body={"doc": {"status": "running"}})
    return plan
