"""One set of dedup rules, for the files a job receives and the members of its containers.

A file needs no worker when it is empty, when its document already holds its path (indexed by
an earlier job, or by an earlier attempt at this one), or when its bytes are already a document
or a task of this job: then it is a ``duplicate`` and its path joins that document's ``paths``.
The store's documents are looked up in batches (``known``); what this job has planned is kept
in ``Dedup.seen``, filled as tasks are made (one process) or from the ledger (Celery workers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from opensearchpy import OpenSearch

from search.document_ids import DocumentIds
from search.indices import Indices
from search.ledger import with_bytes
from search.system import SystemStore


@dataclass(frozen=True)
class First:
    """The first copy of some bytes in this job: its path and the document it will make."""

    path: str
    doc_id: str
    top_level: bool


@dataclass
class Verdict:
    """How a file was settled without a worker: its ledger fields, and, for a duplicate, the
    document its path joins."""

    state: str
    fields: dict[str, Any]
    joins: str | None = None


@dataclass
class Dedup:
    job_id: str
    collection: str
    ids: DocumentIds  # how the collection's ids are made (search.document_ids)
    seen: dict[str, First] = field(default_factory=dict)  # sha256 -> first copy in this job

    def judge(self, relpath: str, sha256: str, size: int, known: dict | None,
              child: bool) -> Verdict | None:
        """The verdict on a file that needs no processing; None when it is new (and then it is
        this job's first copy of its bytes)."""
        if size == 0:
            return Verdict("skipped", {"size": 0, "stage": "discover", "error_class": "EmptyFile",
                                       "error_message": f"{relpath}: zero-byte file"})
        doc_id = self.ids.of(sha256)
        common = {"sha256": sha256, "size": size, "doc_id": doc_id}
        if known and relpath in known.get("paths", []):
            if known.get("job_id") == self.job_id:
                # Indexed by an earlier attempt at its container, in this job.
                return Verdict("indexed", {**common, "stage": "index",
                                           "control": known.get("control")})
            return Verdict("skipped", {
                **common, "stage": "dedup", "control": known.get("control"),
                "error_class": "AlreadyIndexed",
                "error_message": f"{relpath}: already indexed with the same content"})
        first = self.seen.get(sha256)
        if known or first:
            if known:
                where = known.get("path") or (known.get("paths") or ["?"])[0]
            else:
                where = first.path + (" (a file of this job)" if child and first.top_level
                                      else "")
                doc_id = first.doc_id
            return Verdict("duplicate", {**common, "doc_id": doc_id, "stage": "dedup",
                                         "error_message": f"{relpath}: same bytes as {where}"},
                           joins=doc_id)
        self.seen[sha256] = First(relpath, doc_id, not child)
        return None

    def forget(self, sha256: str, relpath: str) -> None:
        """A first copy that made no document: a later copy is tried afresh."""
        first = self.seen.get(sha256)
        if first is not None and first.path == relpath:
            del self.seen[sha256]


def known_documents(client: OpenSearch, indices: Indices, doc_ids: list[str]) -> dict[str, dict]:
    """The documents among these ids, with what dedup reads of them."""
    found: dict[str, dict] = {}
    for start in range(0, len(doc_ids), 1000):
        batch = doc_ids[start : start + 1000]
        if not batch:
            continue
        result = client.mget(index=indices.documents, body={"ids": batch},
                             _source_includes=["paths", "path", "control", "job_id"])
        found.update({d["_id"]: d["_source"] for d in result["docs"] if d.get("found")})
    return found


def planned_copies(client: OpenSearch, indices: Indices, job_id: str,
                   shas: list[str]) -> dict[str, First]:
    """This job's tasks with these bytes, read from the ledger: what ``Dedup.seen`` holds in the
    process that planned them, for a Celery worker that did not."""
    firsts: dict[str, First] = {}
    for entry in with_bytes(SystemStore(client, indices), job_id, shas):
        firsts.setdefault(entry["sha256"], First(entry["path"], entry["doc_id"],
                                                 not entry.get("container")))
    return firsts
