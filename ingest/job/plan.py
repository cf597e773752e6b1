"""Planning a job: its header, its files (discover, hash, identify), page-per-file scans
(ingest.job.groups), dedup, control numbers, and every file's ledger entry, queued or already
settled.

The job header (``jobs`` index) is written here only (``open_job``, ``set_job``), and every
``FileTask`` is made by ``new_task``.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from opensearchpy import OpenSearch

from config import Settings
from ingest.blobs import clear_stale_incoming
from ingest.containers import LISTING_FAMILIES, MAIL_FAMILIES
from ingest.containers.sniff import refine
from ingest.discover import discover, sha256_file
from ingest.identify import identify
from ingest.job.dedup import Dedup, known_documents
from ingest.job.groups import PlannedScan, find_scans, judge_scan, scan_task_fields, settled_entries
from ingest.job.ledger import ledger_entry, queued_entries, write_entries
from ingest.model import FileTask, Identity, ScanPage, SourceFile
from search.indices import Indices
from search.store import collection_ids, now, reserve_controls

FILE_TIMEOUT_S = 900
SCAN_PAGE_TIMEOUT_S = 120  # more for each page of a page-per-file scan
CONTAINER_TIMEOUT_S = 6 * 3600
STALE_WORK_S = 24 * 3600


@dataclass
class Plan:
    """What a job will do: tasks for workers, and files already settled (duplicates, skips)."""

    job_id: str
    collection: str
    tasks: list[FileTask] = field(default_factory=list)
    settled: list[dict] = field(default_factory=list)
    dedup: Dedup | None = None

    @property
    def received(self) -> int:
        # A scan's task is as many files as it has pages.
        return sum(len(t.group_pages) or 1 for t in self.tasks) + len(self.settled)


def new_job_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def timeout_for(task: FileTask) -> int:
    """Seconds a worker may spend on a task: unpacking a mailbox can take long."""
    containers = LISTING_FAMILIES | MAIL_FAMILIES
    if task.group_pages:
        return min(FILE_TIMEOUT_S + SCAN_PAGE_TIMEOUT_S * len(task.group_pages),
                   CONTAINER_TIMEOUT_S)
    return CONTAINER_TIMEOUT_S if task.family in containers else FILE_TIMEOUT_S


def open_job(client: OpenSearch, indices: Indices, collection: str, paths: list[Path],
             mode: str, wait: bool = False, group_pages: bool | None = None) -> str:
    """Write a new job's header (status ``planning``); returns its id. ``group_pages``: whether
    the job groups page-per-file scans (ingest.scans), recorded when it is a job of files."""
    job_id = new_job_id()
    rules = {} if group_pages is None else {"group_pages": group_pages}
    # No refresh wait by default: the ledger write and ``set_job`` after it both wait for one,
    # and on a busy node each wait costs seconds.
    client.index(index=indices.jobs, id=job_id, refresh="wait_for" if wait else False, body={
        "id": job_id, "collection": collection, "sources": [str(p) for p in paths],
        "mode": mode, "status": "planning", "received": 0, "created_at": now(), **rules})
    return job_id


def set_job(client: OpenSearch, indices: Indices, job_id: str, **fields: object) -> None:
    """Change the job's header, visible to searches on return. A forced refresh of the small
    jobs index: waiting for the next scheduled one cost 0.5-0.9 s a call on a busy node."""
    # A worker writing the job's last entry closes it too, maybe at this very moment.
    client.update(index=indices.jobs, id=job_id, refresh=True, retry_on_conflict=5,
                  body={"doc": fields})


def new_task(job_id: str, collection: str, path: Path, relpath: str, sha256: str, size: int,
             control: str, *, doc_id: str, identity: Identity | None = None,
             hint: str | None = None, parent: FileTask | None = None, other_paths: Iterable[str] = (),
             planned_new: bool = False, group: str | None = None,
             group_pages: tuple[ScanPage, ...] = ()) -> FileTask:
    """A file for a worker, identified by its bytes unless its identity is known; a child of
    ``parent`` when it was found inside it. ``doc_id``: the document it makes, by the
    collection's id scheme (search.document_ids), or the document a stage runs over.
    ``planned_new``: no document holds these bytes. A scan's task (``group_pages``,
    ingest.scans) is its first page's, titled ``group``; its other pages are paths of its
    document."""
    identity = identity or refine(identify(path), path, hint)
    tree = {}
    if parent is not None:
        tree = {"parent_id": parent.doc_id, "root_id": parent.root_id or parent.doc_id,
                "depth": parent.depth + 1, "container": parent.container or parent.relpath,
                "parent_path": parent.relpath}
    return FileTask(
        job_id=job_id, collection=collection, path=str(path), relpath=relpath, sha256=sha256,
        size=size, mime=identity.mime, family=identity.family, extension=identity.extension,
        doc_id=doc_id, control=control,
        other_paths=(*(page.relpath for page in group_pages[1:]), *other_paths),
        planned_new=planned_new, group=group, group_pages=group_pages, **tree)


def sources(paths: list[Path]) -> Iterable[SourceFile]:
    for source in discover(paths):
        if len(paths) > 1:
            # Several roots: keep each file's root name so paths cannot collide.
            root = next(p.resolve() for p in paths if source.path.is_relative_to(p.resolve()))
            name = root.name if root.is_dir() else ""
            relpath = f"{name}/{source.relpath}" if name else source.relpath
            source = SourceFile(path=source.path, relpath=relpath, size=source.size)
        yield source


def plan_job(
    client: OpenSearch, settings: Settings, paths: list[Path], collection: str, job_id: str,
    named: Sequence[SourceFile] = (), group_pages: bool = True,
) -> Plan:
    """``named``: files given with the paths they are to have in the collection (uploads, kept
    in the blob store), planned along with those discovered under ``paths``. ``group_pages``:
    files that are the pages of one scan make one document (ingest.scans)."""
    indices = Indices(settings.index_prefix)
    ids = collection_ids(client, indices, collection, settings.secret_key)
    plan = Plan(job_id=job_id, collection=collection, dedup=Dedup(job_id, collection, ids))
    found = [(s, sha256_file(s.path) if s.size else "") for s in [*sources(paths), *named]]
    found, scans = find_scans(found) if group_pages else (found, [])
    known = known_documents(client, indices, [ids.of(sha) for sha in [
        *(sha for _s, sha in found if sha), *(scan.sha256 for scan in scans)]])
    new: list[tuple[SourceFile, str]] = []
    copies: dict[str, list[str]] = {}  # doc_id -> paths of copies
    for source, sha in found:
        doc = known.get(ids.of(sha)) if sha else None
        verdict = plan.dedup.judge(source.relpath, sha, source.size, doc, child=False)
        if verdict is None:
            new.append((source, sha))
            continue
        plan.settled.append(ledger_entry(job_id, collection, source.relpath,
                                         state=verdict.state, **verdict.fields))
        if verdict.joins:
            copies.setdefault(verdict.joins, []).append(source.relpath)
    new_scans = _judge_scans(plan, scans, known, copies)
    controls = reserve_controls(client, indices, collection, len(new) + len(new_scans))
    for (source, sha), control in zip(new, controls[:len(new)], strict=True):
        plan.tasks.append(new_task(job_id, collection, source.path, source.relpath, sha,
                                   source.size, control, doc_id=ids.of(sha),
                                   other_paths=copies.pop(ids.of(sha), []),
                                   planned_new=True))  # dedup found no document for these bytes
    for scan, control in zip(new_scans, controls[len(new):], strict=True):
        fields = scan_task_fields(scan)
        plan.tasks.append(new_task(
            job_id, collection, control=control, planned_new=True, doc_id=ids.of(scan.sha256),
            other_paths=copies.pop(ids.of(scan.sha256), []), **fields))
    _add_paths(client, indices, known, copies)
    return plan


def _judge_scans(plan: Plan, scans: list[PlannedScan], known: dict[str, dict],
                 copies: dict[str, list[str]]) -> list[PlannedScan]:
    """The scans that need a worker; the others' files settled (already indexed, copies)."""
    new = []
    dedup = plan.dedup
    assert dedup is not None  # a job of files is always planned with its dedup
    for scan in scans:
        verdict = judge_scan(dedup, scan, known.get(dedup.ids.of(scan.sha256)))
        if verdict is None:
            new.append(scan)
            continue
        plan.settled += settled_entries(plan.job_id, plan.collection, scan, verdict)
        if verdict.joins:
            copies.setdefault(verdict.joins, []).extend(page.relpath for page in scan.pages)
    return new


def _add_paths(
    client: OpenSearch, indices: Indices, known: dict[str, dict], extra: dict[str, list[str]]
) -> None:
    """Keep every path of a document seen again at new paths."""
    for doc_id, paths in extra.items():
        merged = list(dict.fromkeys([*known[doc_id].get("paths", []), *paths]))
        client.update(index=indices.documents, id=doc_id, body={"doc": {"paths": merged}},
                      retry_on_conflict=3)


def start_job(
    client: OpenSearch, settings: Settings, paths: list[Path], collection: str, mode: str,
    named: Sequence[SourceFile] = (), group_pages: bool = True,
) -> Plan:
    """Plan a job and write its ledger: every file queued or already settled. Each file's
    ledger entry keeps where its bytes are (``source``), which is what a resume reads."""
    indices = Indices(settings.index_prefix)
    # Checked before the job is opened: a collection whose ids another secret made stops here
    # (IdKeyMismatch), with no job left half-made.
    collection_ids(client, indices, collection, settings.secret_key)
    job_id = open_job(client, indices, collection, [*paths, *(s.path for s in named)], mode,
                      group_pages=group_pages)
    plan = plan_job(client, settings, paths, collection, job_id, named, group_pages)
    clear_stale_work(settings)
    write_entries(client, indices,
                  [e for t in plan.tasks for e in queued_entries(t)] + plan.settled, wait=False)
    # Visible before any worker can count the job's queued entries (a Celery worker closes a
    # job that has none); forced, rather than waiting up to a refresh interval for it.
    client.indices.refresh(index=indices.ledger)
    set_job(client, indices, job_id, status="running", received=plan.received)
    return plan


def clear_stale_work(settings: Settings) -> None:
    """Work folders a killed worker left behind (live ones are younger than any timeout), and
    uploads a killed server left half-staged."""
    clear_stale_incoming(settings.blob_dir, STALE_WORK_S)
    work = settings.data_dir / "work"
    for folder in work.iterdir() if work.is_dir() else ():
        if time.time() - folder.stat().st_mtime > STALE_WORK_S:
            shutil.rmtree(folder, ignore_errors=True)
