"""An ingestion job: plan the files (identify, hash, dedup, control numbers), then run them in a
local process pool or hand them to Celery, and account for every file in the ledger.

Containers are unpacked by the worker that runs them (ingest.children), so a container's task
gets ``CONTAINER_TIMEOUT_S`` rather than the per-file timeout; each of its children has the
per-file time (``Limits.child_timeout_s``) inside it.
"""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from opensearchpy import OpenSearch
from pebble import ProcessExpired, ProcessPool

from config import Settings
from ingest.containers import LISTING_FAMILIES, MAIL_FAMILIES
from ingest.containers.sniff import refine
from ingest.discover import discover, sha256_file
from ingest.errors import ExtractionTimeout, WorkerCrashed
from ingest.identify import identify
from ingest.ledger import ledger_entry, state_counts, write_entries
from ingest.model import FileTask, Outcome, SourceFile
from ingest.neardup import group_near_duplicates
from ingest.pipeline import commit_outcomes, process_file
from ingest.records import document_id
from search.indices import Indices
from search.store import ensure_collection, now, reserve_controls

FILE_TIMEOUT_S = 900
CONTAINER_TIMEOUT_S = 6 * 3600
STALE_WORK_S = 24 * 3600
COMMIT_EVERY = 64  # files per commit: each commit costs a ledger write and a partly filled bulk chunk
TASKS_PER_WORKER = 250  # recycle workers so that memory a library leaks is given back

Progress = Callable[[int], None]
Work = Callable[[FileTask, Settings], Outcome]


@dataclass
class Plan:
    """What a job will do: tasks for workers, and files already settled (duplicates, skips)."""

    job_id: str
    collection: str
    tasks: list[FileTask] = field(default_factory=list)
    settled: list[dict] = field(default_factory=list)

    @property
    def received(self) -> int:
        return len(self.tasks) + len(self.settled)


def new_job_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]


def timeout_for(task: FileTask) -> int:
    """Seconds a worker may spend on a task: a container's covers all its children."""
    containers = LISTING_FAMILIES | MAIL_FAMILIES
    return CONTAINER_TIMEOUT_S if task.family in containers else FILE_TIMEOUT_S


def _relpaths(paths: list[Path]) -> Iterable[SourceFile]:
    for source in discover(paths):
        if len(paths) > 1:
            # Several roots: keep each file's root name so paths cannot collide.
            root = next(p.resolve() for p in paths if source.path.is_relative_to(p.resolve()))
            name = root.name if root.is_dir() else ""
            relpath = f"{name}/{source.relpath}" if name else source.relpath
            source = SourceFile(path=source.path, relpath=relpath, size=source.size)
        yield source


def _existing(client: OpenSearch, indices: Indices, doc_ids: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for start in range(0, len(doc_ids), 1000):
        batch = doc_ids[start : start + 1000]
        result = client.mget(index=indices.documents, body={"ids": batch},
                             _source_includes=["paths", "control"])
        found.update({d["_id"]: d["_source"] for d in result["docs"] if d.get("found")})
    return found


def plan_job(
    client: OpenSearch, settings: Settings, paths: list[Path], collection: str, job_id: str
) -> Plan:
    indices = Indices(settings.index_prefix)
    ensure_collection(client, indices, collection)
    plan = Plan(job_id=job_id, collection=collection)
    hashed: list[tuple[SourceFile, str]] = []
    for source in _relpaths(paths):
        if source.size == 0:
            plan.settled.append(ledger_entry(job_id, collection, source.relpath, size=0,
                                             state="skipped", stage="discover",
                                             error_class="EmptyFile",
                                             error_message=f"{source.relpath}: zero-byte file"))
            continue
        hashed.append((source, sha256_file(source.path)))
    existing = _existing(client, indices, [document_id(collection, sha) for _s, sha in hashed])
    firsts: dict[str, SourceFile] = {}
    extra_paths: dict[str, list[str]] = {}
    new: list[tuple[SourceFile, str]] = []
    for source, sha in hashed:
        doc_id = document_id(collection, sha)
        known = existing.get(doc_id)
        if known and source.relpath in known.get("paths", []):
            plan.settled.append(ledger_entry(
                job_id, collection, source.relpath, sha256=sha, size=source.size,
                state="skipped", stage="dedup", doc_id=doc_id, control=known.get("control"),
                error_class="AlreadyIndexed",
                error_message=f"{source.relpath}: already indexed with the same content"))
        elif known or sha in firsts:
            extra_paths.setdefault(doc_id, []).append(source.relpath)
            first = known.get("paths", ["?"])[0] if known else firsts[sha].relpath
            plan.settled.append(ledger_entry(
                job_id, collection, source.relpath, sha256=sha, size=source.size,
                state="duplicate", stage="dedup", doc_id=doc_id,
                error_message=f"{source.relpath}: same bytes as {first}"))
        else:
            firsts[sha] = source
            new.append((source, sha))
    controls = reserve_controls(client, indices, collection, len(new))
    for (source, sha), control in zip(new, controls, strict=True):
        identity = refine(identify(source.path), source.path)
        plan.tasks.append(FileTask(
            job_id=job_id, collection=collection, path=str(source.path),
            relpath=source.relpath, sha256=sha, size=source.size, mime=identity.mime,
            family=identity.family, extension=identity.extension,
            doc_id=document_id(collection, sha), control=control,
            other_paths=tuple(extra_paths.pop(document_id(collection, sha), []))))
    _add_paths(client, indices, existing, extra_paths)
    return plan


def _add_paths(
    client: OpenSearch, indices: Indices, existing: dict[str, dict], extra: dict[str, list[str]]
) -> None:
    """Keep every path of a document seen again at new paths."""
    for doc_id, paths in extra.items():
        merged = list(dict.fromkeys([*existing[doc_id].get("paths", []), *paths]))
        client.update(index=indices.documents, id=doc_id, body={"doc": {"paths": merged}},
                      retry_on_conflict=3)


def start_job(
    client: OpenSearch, settings: Settings, paths: list[Path], collection: str, mode: str
) -> Plan:
    """Plan a job and write its ledger: every file queued or already settled."""
    indices = Indices(settings.index_prefix)
    job_id = new_job_id()
    # No refresh wait here: the ledger write and the job's update below both wait for one, and
    # on a busy node each wait costs seconds.
    client.index(index=indices.jobs, id=job_id, body={
        "id": job_id, "collection": collection, "sources": [str(p) for p in paths],
        "mode": mode, "status": "planning", "received": 0, "created_at": now()})
    plan = plan_job(client, settings, paths, collection, job_id)
    _clear_stale_work(settings)
    queued = [ledger_entry(job_id, collection, t.relpath, sha256=t.sha256, size=t.size,
                           mime=t.mime, state="queued", stage="queue", doc_id=t.doc_id,
                           control=t.control, source=t.path) for t in plan.tasks]
    write_entries(client, indices, queued + plan.settled)
    client.update(index=indices.jobs, id=job_id, refresh="wait_for",
                  body={"doc": {"status": "running", "received": plan.received}})
    return plan


def _clear_stale_work(settings: Settings) -> None:
    """Work folders a killed worker left behind (live ones are younger than any timeout)."""
    work = settings.data_dir / "work"
    for folder in work.iterdir() if work.is_dir() else ():
        if time.time() - folder.stat().st_mtime > STALE_WORK_S:
            shutil.rmtree(folder, ignore_errors=True)


def _worker_init(settings: Settings) -> None:
    from ingest.entities import load_nlp
    from search.client import reset_clients

    # Workers commit the children of containers: each needs its own connections, not the
    # parent's, copied by the fork.
    reset_clients()
    load_nlp(settings.spacy_model)


def _expired(task: FileTask, error: Exception) -> Outcome:
    exc: Exception
    if isinstance(error, FutureTimeout):
        exc = ExtractionTimeout(f"{task.relpath}: took longer than {timeout_for(task)}s")
    else:
        exc = WorkerCrashed(f"{task.relpath}: the worker died ({error})")
    return Outcome(task=task, state="failed", stage="extract", error_class=type(exc).__name__,
                   error_message=str(exc))


def run_local(
    client: OpenSearch, settings: Settings, plan: Plan, progress: Progress | None = None,
    work: Work = process_file,
) -> None:
    """Run a planned job in a process pool of ``settings.workers`` processes.

    Commits do not wait for the ledger's refresh (this process alone writes the job's top-level
    entries, and waiting stalls the commits up to a refresh interval each); the last one does,
    so that the whole ledger is visible when this returns."""
    pending: list[Outcome] = []
    with ProcessPool(max_workers=max(1, settings.workers), max_tasks=TASKS_PER_WORKER,
                     initializer=_worker_init, initargs=(settings,)) as pool:
        futures = [(task, pool.schedule(work, args=(task, settings), timeout=timeout_for(task)))
                   for task in plan.tasks]
        for number, (task, future) in enumerate(futures, start=1):
            try:
                outcome = future.result()
            except (FutureTimeout, ProcessExpired) as error:
                outcome = _expired(task, error)
            pending.append(outcome)
            if len(pending) >= COMMIT_EVERY or number == len(futures):
                commit_outcomes(client, settings, pending, wait=number == len(futures))
                if progress:
                    progress(len(pending))
                pending = []


def finish_job(client: OpenSearch, settings: Settings, job_id: str) -> dict[str, int]:
    """Make the job's records searchable and close it when no file is left queued."""
    indices = Indices(settings.index_prefix)
    client.indices.refresh(index=f"{indices.documents},{indices.pages},{indices.mentions}")
    group_near_duplicates(client, indices, job_id)
    counts = state_counts(client, indices, job_id)
    status = "finished" if counts.get("queued", 0) == 0 else "running"
    # A worker writing the job's last entry closes it too, maybe at this very moment.
    client.update(index=indices.jobs, id=job_id, refresh="wait_for", retry_on_conflict=5,
                  body={"doc": {"status": status, "finished_at": now()}})
    return counts
