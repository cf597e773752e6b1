"""Running a job: outcomes in, store writes out. ``JobRun`` is the one place that decides what
is written, and when, for the local pool (``run_local``) and, through ingest.job.remote, for
Celery workers.

A container's outcome comes back with its members (ingest.worker). Here they are checked
against the tree's limits, deduplicated (ingest.job.dedup), given control numbers and queued as
tasks of their own; members that need no worker (unreadable, empty, copies) are settled at once.
The container's records and ledger entry wait until every descendant is committed; its state
is then settled from theirs (ingest.job.family). Children always reach the store before their
container, so a job stopped mid-way leaves the container ``queued``, never half-indexed.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

from opensearchpy import NotFoundError, OpenSearch
from pebble import ProcessExpired

from config import Settings
from ingest.blobs import BlobUnreachable
from ingest.containers import Limits
from ingest.errors import CollectionStageFailed, ExtractionTimeout, WorkerCrashed
from ingest.job.cases import update_job_cases
from ingest.job.commit import add_paths, commit_outcomes
from ingest.job.dedup import Dedup, known_documents
from ingest.job.family import Family, TreeTotals, settle
from ingest.job.ledger import ledger_entry
from ingest.job.names import update_job_names
from ingest.job.plan import Plan, new_task, set_job, timeout_for
from ingest.job.pool import PoolLost, Scheduler, Workers
from ingest.model import FileTask, MemberRef, Outcome
from ingest.neardup import group_near_duplicates
from ingest.worker import process_file, work_context
from search.corrections import ingest_corrections
from search.indices import Indices
from search.ledger import DOCUMENT_STATES, state_counts
from search.store import collection_ids, now, reserve_controls
from search.system import SystemStore

COMMIT_EVERY = 64  # outcomes held uncommitted at most before the workers are fed no more
COMMIT_AT_LEAST = 8  # outcomes per commit while workers run: each commit costs two requests
IN_FLIGHT_PER_WORKER = 4  # tasks handed to the pool per process: none waits on the job

Progress = Callable[[int], None]
Work = Callable[[FileTask, Settings], Outcome]

log = logging.getLogger(__name__)


@dataclass
class Waiting:
    """A container whose descendants are not all committed yet."""

    outcome: Outcome
    family: Family
    left: int = 0


@dataclass
class Members:
    """A container's members, as the job judged them."""

    tasks: list[FileTask] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)  # settled without a worker
    joins: dict[str, list[str]] = field(default_factory=dict)  # doc_id -> copies' paths
    known: set[str] = field(default_factory=set)  # doc_ids that already have a document


def expired(task: FileTask, error: Exception) -> Outcome:
    """The outcome of a task whose worker timed out or died."""
    exc: Exception
    if isinstance(error, FutureTimeout):
        exc = ExtractionTimeout(f"{task.relpath}: took longer than {timeout_for(task)}s")
    else:
        exc = WorkerCrashed(f"{task.relpath}: the worker died ({error})")
    return Outcome(task=task, state="failed", stage="extract", error_class=type(exc).__name__,
                   error_message=str(exc))


def child_entry(parent: FileTask, relpath: str, state: str, **fields: object) -> dict:
    return ledger_entry(parent.job_id, parent.collection, relpath, state=state,
                        container=parent.container or parent.relpath, parent=parent.relpath,
                        depth=parent.depth + 1, **fields)


def judge_members(client: OpenSearch, indices: Indices, parent: FileTask,
                  members: list[MemberRef], dedup: Dedup, family: Family) -> Members:
    """Dedup and number a container's members; those settled at once are counted in
    ``family``, the others come back as tasks."""
    judged = Members()
    collection = parent.collection
    shas = [m.sha256 for m in members if m.error_class is None and m.size]
    known = known_documents(client, indices, [dedup.ids.of(s) for s in shas])
    new: list[tuple[MemberRef, str]] = []
    for member in members:
        relpath = f"{parent.relpath}/{member.name}"
        if member.error_class is not None:
            message = f"{relpath}: {member.error_message}"
            judged.entries.append(child_entry(parent, relpath, member.error_state,
                                              stage="unpack", error_class=member.error_class,
                                              error_message=message))
            # A skip (a link, a device) is a rule applied, not a problem of the container.
            skipped = member.error_state == "skipped"
            family.record(member.error_state, [] if skipped else [(member.error_class, message)])
            continue
        doc = known.get(dedup.ids.of(member.sha256)) if member.size else None
        verdict = dedup.judge(relpath, member.sha256, member.size, doc, child=True)
        if verdict is None:
            new.append((member, relpath))
            continue
        judged.entries.append(child_entry(parent, relpath, verdict.state, **verdict.fields))
        family.record(verdict.state, [])
        if verdict.joins:
            judged.joins.setdefault(verdict.joins, []).append(relpath)
            if doc:
                judged.known.add(verdict.joins)
    controls = reserve_controls(client, indices, collection, len(new))
    for (member, relpath), control in zip(new, controls, strict=True):
        judged.tasks.append(new_task(parent.job_id, collection, Path(str(member.path)), relpath,
                                     member.sha256, member.size, control,
                                     doc_id=dedup.ids.of(member.sha256),
                                     identity=member.identity, hint=member.family_hint,
                                     parent=parent,
                                     planned_new=True))  # dedup found no document for them
    return judged


def admitted(totals: TreeTotals, outcome: Outcome, family: Family) -> list[MemberRef]:
    """The members within the tree's limits; a container cut off by them says so."""
    members = []
    for member in outcome.members:
        if not totals.admit(member.size):
            family.stopped = family.stopped or totals.exhausted
            break
        members.append(member)
    return members


class JobRun:
    """One process's view of a running job: outcomes come in, tasks for members and store
    writes go out."""

    def __init__(self, client: OpenSearch, settings: Settings, plan: Plan,
                 limits: Limits | None = None) -> None:
        self.client, self.settings = client, settings
        self.indices = Indices(settings.index_prefix)
        self.dedup = plan.dedup or Dedup(plan.job_id, plan.collection, collection_ids(
            client, self.indices, plan.collection, settings.secret_key))
        self.limits = limits or Limits()
        self.ready: list[Outcome] = []
        self.entries: list[dict] = []
        self.waiting: dict[tuple[bool, str], Waiting] = {}
        self.trees: dict[str, TreeTotals] = {}
        self.paths: dict[str, list[str]] = {}  # copies' paths, added once the document exists
        self.documents: set[str] = set()  # doc_ids known to have a document

    def receive(self, outcome: Outcome) -> list[FileTask]:
        """A worker's outcome; returns its members' tasks, to be queued."""
        if not outcome.unpacked:
            self.ready.append(outcome)
            return []
        task = outcome.task
        node = Waiting(outcome, Family(stopped=outcome.stopped))
        totals = self.trees.setdefault(task.container or task.relpath, TreeTotals(self.limits))
        members = admitted(totals, outcome, node.family)
        judged = judge_members(self.client, self.indices, task, members, self.dedup,
                               node.family)
        self.entries += judged.entries
        self.documents |= judged.known
        for doc_id, paths in judged.joins.items():
            self.paths.setdefault(doc_id, []).extend(paths)
        node.left = len(judged.tasks)
        if node.left:
            self.waiting[(task.container is not None, task.relpath)] = node
        else:
            self._settle(node)
        return judged.tasks

    def _settle(self, node: Waiting) -> None:
        settle(node.outcome, node.family)
        self.ready.append(node.outcome)

    def take(self) -> tuple[list[Outcome], list[dict]]:
        """What is ready to commit: outcomes, and entries settled without a worker."""
        batch, self.ready = self.ready, []
        entries, self.entries = self.entries, []
        return batch, entries

    def committed(self, batch: list[Outcome]) -> int:
        """After a batch's commit: containers whose last descendant it held become ready, and
        copies' paths are added; returns the number of top-level files settled."""
        finished = sum(self._committed(outcome) for outcome in batch)
        self._add_paths()
        return finished

    def commit(self, wait: bool = False) -> int:
        """Commit what is ready, and the containers that become ready by it; returns the
        number of top-level files settled."""
        finished = 0
        while self.ready or self.entries:
            batch, entries = self.take()
            commit_outcomes(self.client, self.settings, batch, wait=wait, entries=entries)
            finished += self.committed(batch)
        return finished

    def _committed(self, outcome: Outcome) -> int:
        task = outcome.task
        if outcome.state in DOCUMENT_STATES or outcome.state == "duplicate":
            self.documents.add(task.doc_id)
        else:
            self.dedup.forget(task.sha256, task.relpath)  # no document: a later copy is tried
        if task.container is None:
            return len(task.group_pages) or 1  # a scan is as many files as it has pages
        node = self.waiting[(task.depth > 1, str(task.parent_path))]
        node.family.record_outcome(outcome)
        node.left -= 1
        if node.left == 0:
            del self.waiting[(task.depth > 1, str(task.parent_path))]
            self._settle(node)
        return 0

    def _add_paths(self) -> None:
        for doc_id in [d for d in self.paths if d in self.documents]:
            add_paths_safely(self.client, self.indices, doc_id, self.paths.pop(doc_id))


def add_paths_safely(client: OpenSearch, indices: Indices, doc_id: str, paths: list[str]) -> None:
    """Without a document (its first copy failed, or is not indexed yet: then its commit picks
    the paths up from the ledger, ingest.job.commit.merge_copies) the ledger entry is the record."""
    with contextlib.suppress(NotFoundError):
        add_paths(client, indices, doc_id, paths)


def run_local(
    client: OpenSearch, settings: Settings, plan: Plan, progress: Progress | None = None,
    work: Work | None = None, pool: Scheduler | None = None, workers: Workers | None = None,
) -> None:
    """Run a planned job on a warm pool (``pool``, this process's or the one at the data
    folder's socket: ingest.job.pool) or in a process pool of ``settings.workers`` of its own;
    members of containers are queued into the same pool as they come back. ``work`` is a stage
    re-run's function. ``workers``: the processes to run on, kept open for the caller (who
    closes them; the job's collection stages run on them too). The whole ledger is visible
    when this returns."""
    run = JobRun(client, settings, plan)
    if work is None:
        corrections = ingest_corrections(client, settings.index_prefix)
        function, argument = process_file, work_context(settings, corrections, run.limits)
    else:
        function, argument = work, settings
    local = LocalRun(run, workers or Workers(settings, pool), function, argument, progress)
    try:
        local.run(plan.tasks)
    finally:
        local.close(workers is None)
    # One forced refresh: cheaper than a commit waiting for the next scheduled one.
    client.indices.refresh(index=run.indices.ledger)


class LocalRun:
    """The local pool's loop: tasks fed to the workers a window at a time, outcomes received
    as they come, and commits made on a thread of their own while the workers go on.

    One commit at a time, in the order its outcomes were received; everything ``JobRun``
    holds is read and changed on the calling thread only (the committer gets a batch and
    hands it back). When commits fall behind, the workers are fed no more until they catch up,
    so the outcomes held in memory stay bounded (``COMMIT_EVERY`` and the window)."""

    def __init__(self, run: JobRun, workers: Workers, function: Callable, argument: object,
                 progress: Progress | None = None) -> None:
        self.job, self.workers, self.progress = run, workers, progress
        self.function, self.argument = function, argument
        self.window = IN_FLIGHT_PER_WORKER * max(1, run.settings.workers)
        self.pending: deque[FileTask] = deque()
        self.running: dict[concurrent.futures.Future, FileTask] = {}
        self.committer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="job-commit")
        self.committing: concurrent.futures.Future | None = None
        self.batch: list[Outcome] = []

    def run(self, tasks: list[FileTask]) -> None:
        self.pending.extend(tasks)
        while self.pending or self.running or self.committing or self.job.ready or \
                self.job.entries:
            self._feed()
            self._start_commit()
            waiting = [*self.running, *([self.committing] if self.committing else [])]
            done, _pending = concurrent.futures.wait(
                waiting, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                if future is self.committing:
                    self._end_commit(future)
                else:
                    self._receive(future)

    def _feed(self) -> None:
        while (self.pending and len(self.running) < self.window
               and len(self.job.ready) < COMMIT_EVERY):
            task = self.pending.popleft()
            future = self.workers.schedule(self.function, (task, self.argument), timeout_for(task))
            self.running[future] = task

    def _start_commit(self) -> None:
        """Commit when the committer is free and enough is ready, or the workers are idle."""
        ready = len(self.job.ready) + len(self.job.entries)
        if self.committing is not None or not ready:
            return
        if ready < COMMIT_AT_LEAST and self.running:
            return
        self.batch, entries = self.job.take()
        self.committing = self.committer.submit(commit_outcomes, self.job.client,
                                                self.job.settings, self.batch, wait=False,
                                                entries=entries)

    def _end_commit(self, future: concurrent.futures.Future) -> None:
        self.committing = None
        future.result()  # a commit that failed stops the job, as it did inline
        finished = self.job.committed(self.batch)
        if self.progress and finished:
            self.progress(finished)

    def _receive(self, future: concurrent.futures.Future) -> None:
        task = self.running.pop(future)
        try:
            outcome = future.result()
        except PoolLost:
            self.pending.appendleft(task)  # the warm pool is gone: this job's own pool runs it
            return
        except (FutureTimeout, ProcessExpired) as error:
            outcome = expired(task, error)
        except BlobUnreachable as error:  # no later here: the job is running now
            outcome = Outcome(task=task, state="failed", stage="store",
                              error_class=type(error).__name__,
                              error_message=f"{task.relpath}: {error}")
        # Members first: their container settles, and leaves memory, the sooner.
        self.pending.extendleft(reversed(self.job.receive(outcome)))

    def close(self, workers: bool = True) -> None:
        """The commits ended, and the workers too unless they are the caller's."""
        self.committer.shutdown(wait=True)  # a commit under way ends before the job does
        if workers:
            self.workers.close()


def refresh_records(client: OpenSearch, indices: Indices) -> None:
    """Make the documents, pages and mentions written so far searchable: what the stages after
    a job's files (near-duplicates, names, cases) read."""
    client.indices.refresh(index=f"{indices.documents},{indices.pages},{indices.mentions}")


def finish_job(client: OpenSearch, settings: Settings, job_id: str,
               names: bool = True, cases: bool = True, workers: Workers | None = None,
               failed: list[str] | None = None) -> dict[str, int]:
    """Make the job's records searchable, link the names of its documents to the collection's
    people (``ingest.job.names``; not for a names job, which just did), rebuild the case
    register of its collections (``ingest.job.cases``; not for a cases job), and close the job
    when no file is left queued. ``workers``: the job's processes, still up, where the
    collection stages may read documents in parts (none: all here). ``failed``: the stages
    that already failed (a stage job's own); CollectionStageFailed names them all once the job
    is closed."""
    indices = Indices(settings.index_prefix)
    refresh_records(client, indices)
    group_near_duplicates(client, indices, job_id)
    mapper = workers.mapper() if workers else None
    failed = list(failed or [])
    if names:
        with collection_stage("names", failed):
            if update_job_names(client, settings, job_id, mapper):
                refresh_records(client, indices)
    if cases:
        with collection_stage("cases", failed):
            update_job_cases(client, settings, job_id, mapper)
    counts = state_counts(SystemStore(client, indices), job_id)
    status = "finished" if counts.get("queued", 0) == 0 else "running"
    set_job(client, indices, job_id, status=status, finished_at=now())
    if failed:
        raise CollectionStageFailed("; ".join(failed))
    return counts


@contextlib.contextmanager
def collection_stage(stage: str, failed: list[str]) -> Iterator[None]:
    """Run a collection stage; its failure is noted, and the next stage and the job's close
    still run: a fault in one (a defect, a document the node refused) must not leave the job
    open with its files indexed and the register not rebuilt."""
    try:
        yield
    except Exception as exc:  # reported to the caller once the job is closed
        log.exception("the %s stage failed", stage)
        if isinstance(exc, CollectionStageFailed):  # its message says how to run it again
            failed.append(str(exc))
            return
        failed.append(f"the {stage} stage failed ({type(exc).__name__}: {exc}); the files are "
                      f"indexed; `docket ingest PATHS --collection COLLECTION --stage {stage}` "
                      "runs it again")
