"""Writing the ingestion ledger: one entry per file a job received, ending in a terminal state
(the states and the reader are in search.ledger).

``received`` always equals the sum of the terminal states once a job is done; while it runs,
the difference is the files still ``queued``.

Children of containers (archive members, attachments, messages of a mailbox, at any depth) get
ledger entries too, so each one's state and reason can be reported, but they are not files the
job received: their entries carry ``container`` (the top-level file they came from), ``parent``
(the file that held them) and ``depth``, and are counted apart. So:

- received = sum of the top-level entries' terminal states;
- a container's own entry is terminal only once all its descendants are, and says ``partial``
  (or ``failed`` for an archive none of whose members could be indexed) when any of them failed,
  was locked or was cut off by a limit, with the reasons (ingest.job.family); its ``children``
  field is the number of descendants;
- a container's entry, and its records, are written after its children's, so a job stopped
  mid-way leaves the container queued, and the retry meets the children already indexed.

A page-per-file scan (ingest.scans) is one document made of several files the job received:
each file has its own entry, which names the rule (``rule``), the scan (``group``), its place
in it (``group_page``) and the document (``doc_id``, ``control``). A file of the scan that could
not be read is ``partial`` (the document is) with its own reason; the others are ``indexed``.

Children entries have their own ids (``child=True``), so a child path can never overwrite the
entry of a top-level file whose folder happens to be named like an archive.
"""

from __future__ import annotations

import hashlib
from typing import Any

from opensearchpy import OpenSearch, helpers

from ingest.model import FileTask, Outcome, ScanPage
from ingest.scans import RULE
from search.indices import Indices
from search.ledger import DOCUMENT_STATES
from search.store import now


def ledger_id(job_id: str, relpath: str, child: bool = False) -> str:
    key = f"child:{relpath}" if child else relpath
    return f"{job_id}-{hashlib.sha1(key.encode('utf-8', 'surrogateescape')).hexdigest()}"


def ledger_entry(job_id: str, collection: str, relpath: str, **fields: Any) -> dict[str, Any]:
    entry = {
        "id": ledger_id(job_id, relpath, child=bool(fields.get("container"))),
        "job_id": job_id, "collection": collection, "path": relpath, "updated_at": now(),
    }
    entry.update({key: value for key, value in fields.items() if value is not None})
    return entry


def queued_entry(task: FileTask, stage: str = "queue", source: bool = True) -> dict[str, Any]:
    """A task's entry before a worker has run it."""
    return ledger_entry(task.job_id, task.collection, task.relpath, sha256=task.sha256,
                        size=task.size, mime=task.mime, state="queued", stage=stage,
                        doc_id=task.doc_id, control=task.control,
                        source=task.path if source else None, **child_fields(task))


def queued_entries(task: FileTask, stage: str = "queue") -> list[dict[str, Any]]:
    """A task's entries before a worker has run it: one per file a scan is made of."""
    if not task.group_pages:
        return [queued_entry(task, stage)]
    return [ledger_entry(task.job_id, task.collection, page.relpath, sha256=page.sha256,
                         size=page.size, mime=task.mime, state="queued", stage=stage,
                         doc_id=task.doc_id, control=task.control, source=page.path,
                         **scan_fields(task.group, number))
            for number, page in enumerate(task.group_pages, start=1)]


def scan_fields(title: str | None, number: int) -> dict[str, Any]:
    """What a file of a scan records: the rule that grouped it, the scan, and its place."""
    return {"rule": RULE, "group": title, "group_page": number}


def child_fields(task: FileTask) -> dict[str, Any]:
    """Where a child sits in its tree (nothing for a top-level file)."""
    if task.container is None:
        return {}
    return {"container": task.container, "parent": task.parent_path, "depth": task.depth}


def write_entries(client: OpenSearch, indices: Indices, entries: list[dict[str, Any]],
                  wait: bool = True) -> None:
    """``wait=False`` for children's entries: the container's own entry, written after them
    and waited for, makes them visible with it (a refresh covers the whole index)."""
    if not entries:
        return
    actions = ({"_index": indices.ledger, "_id": e["id"], "_source": e} for e in entries)
    helpers.bulk(client, actions, chunk_size=1000, refresh="wait_for" if wait else False,
                 request_timeout=120)


def outcome_entry(outcome: Outcome) -> dict[str, Any]:
    task = outcome.task
    has_doc = outcome.state in (*DOCUMENT_STATES, "duplicate")
    return ledger_entry(
        task.job_id, task.collection, task.relpath, sha256=task.sha256, size=task.size,
        mime=task.mime, state=outcome.state, stage=outcome.stage,
        error_class=outcome.error_class, error_message=outcome.error_message,
        doc_id=task.doc_id if has_doc else None, control=task.control if has_doc else None,
        pages=outcome.pages, duration_ms=outcome.duration_ms, extractor=outcome.extractor,
        **child_fields(task),
        children=sum(outcome.children.values()) if outcome.children else None,
    )


def outcome_entries(outcome: Outcome) -> list[dict[str, Any]]:
    """An outcome's entries: one per file a scan is made of, each with its own state."""
    if not outcome.task.group_pages:
        return [outcome_entry(outcome)]
    return [_scan_page_entry(outcome, page, number)
            for number, page in enumerate(outcome.task.group_pages, start=1)]


def _scan_page_entry(outcome: Outcome, page: ScanPage, number: int) -> dict[str, Any]:
    task = outcome.task
    has_doc = outcome.state in (*DOCUMENT_STATES, "duplicate")
    state, error = outcome.state, (outcome.error_class, outcome.error_message)
    own = outcome.page_errors.get(page.relpath)
    if own is not None:
        # This file is why its document is partial (or, with no document, failed).
        state, error = ("partial" if outcome.state in DOCUMENT_STATES else outcome.state), own
    elif outcome.page_errors and outcome.state in DOCUMENT_STATES:
        state, error = "indexed", (None, None)  # its page was read; another file's was not
    return ledger_entry(
        task.job_id, task.collection, page.relpath, sha256=page.sha256, size=page.size,
        mime=task.mime, state=state, stage=outcome.stage, error_class=error[0],
        error_message=error[1], doc_id=task.doc_id if has_doc else None,
        control=task.control if has_doc else None, duration_ms=outcome.duration_ms,
        extractor=outcome.extractor, **scan_fields(task.group, number))
