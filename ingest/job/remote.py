"""The job's side of a Celery task: the same rules as ``JobRun``, with the job's state read from
the ledger instead of held in one process.

A container's outcome: its records are indexed, its members judged and given ledger entries
(``queued`` for those that need a worker), and its own entry stays ``queued`` with stage
``children`` until its descendants are all terminal. The task that commits a container's last
child settles it from the ledger (``settle_up``), then its parent in turn. Two siblings ending
at once may both settle their parent: it is computed from the ledger, so both write the same.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from opensearchpy import OpenSearch

from config import Settings
from ingest.containers import Limits
from ingest.job.commit import commit_outcomes, index_outcomes, merge_copies
from ingest.job.dedup import Dedup, planned_copies
from ingest.job.family import MAX_PROBLEMS, Family, TreeTotals, settle
from ingest.job.ledger import ledger_id, outcome_entry, queued_entry, write_entries
from ingest.job.plan import new_task
from ingest.job.run import add_paths_safely, admitted, judge_members
from ingest.job.staging import recorded_identity
from ingest.model import FileTask, Outcome
from search.indices import Indices
from search.ledger import descendants, entry, queued_children, tree_size
from search.store import collection_ids
from search.system import SystemStore

WAITING = "children"  # the stage of a container's entry while its descendants run
STOPPED = "children:stopped"  # ... and when a limit or an error stopped its unpacking


def receive(client: OpenSearch, settings: Settings, outcome: Outcome) -> list[FileTask]:
    """Commit a worker's outcome; returns its members' tasks, to be queued. Their ledger
    entries are written (and visible) before this returns."""
    if not outcome.unpacked:
        commit_outcomes(client, settings, [outcome])
        merge_copies(client, Indices(settings.index_prefix), [outcome])
        settle_up(client, settings, outcome.task)
        return []
    indices = Indices(settings.index_prefix)
    task = outcome.task
    index_outcomes(client, settings, [outcome])
    merge_copies(client, indices, [outcome])
    if outcome.state in ("failed", "duplicate"):
        # Not indexed, or another worker's document holds these bytes (and its members).
        write_entries(client, indices, [outcome_entry(outcome)])
        settle_up(client, settings, task)
        return []
    family = Family(stopped=outcome.stopped)
    totals = _tree_totals(client, indices, task)
    members = admitted(totals, outcome, family)
    # This worker's secret must be the one the collection's ids were made with (IdKeyMismatch
    # otherwise): its members' ids are made here.
    dedup = Dedup(task.job_id, task.collection, collection_ids(client, indices, task.collection,
                                                               settings.secret_key))
    shas = [m.sha256 for m in members if m.error_class is None and m.size]
    dedup.seen.update({sha: first for sha, first in
                       planned_copies(client, indices, task.job_id, shas).items()
                       if not first.path.startswith(f"{task.relpath}/")})
    judged = judge_members(client, indices, task, members, dedup, family)
    stopped = family.stopped
    waiting = queued_entry(task, stage=STOPPED if stopped else WAITING)
    waiting.update(pages=outcome.pages, duration_ms=outcome.duration_ms)
    error = stopped or ((outcome.error_class, outcome.error_message) if outcome.error_class
                        else None)
    if error:
        waiting.update(error_class=error[0], error_message=error[1])
    entries = [*judged.entries, *(queued_entry(t) for t in judged.tasks), waiting]
    write_entries(client, indices, entries)
    for doc_id, paths in judged.joins.items():
        add_paths_safely(client, indices, doc_id, paths)
    if not judged.tasks:
        _settle(client, settings, waiting)
        settle_up(client, settings, task)
    return judged.tasks


def _tree_totals(client: OpenSearch, indices: Indices, task: FileTask) -> TreeTotals:
    """Members and bytes the tree holds so far, from its children's entries."""
    members, size = tree_size(SystemStore(client, indices), task.job_id, task.container or task.relpath)
    return TreeTotals(Limits(), members=members, bytes=size)


def settle_up(client: OpenSearch, settings: Settings, task: FileTask) -> None:
    """After a child's commit: settle its container if that was the last of its children to
    run, and so on up the tree."""
    indices = Indices(settings.index_prefix)
    while task.container is not None and task.parent_path is not None:
        if queued_children(SystemStore(client, indices), task.job_id, task.container, task.parent_path):
            return
        parent = _settle(client, settings, _parent_of(client, indices, task))
        if parent is None:
            return
        task = parent


def _parent_of(client: OpenSearch, indices: Indices, task: FileTask) -> dict | None:
    return entry(SystemStore(client, indices), ledger_id(task.job_id, str(task.parent_path),
                                            child=task.depth > 1))


def _settle(client: OpenSearch, settings: Settings, waiting: dict | None) -> FileTask | None:
    """Settle a waiting container from its descendants' entries; returns its task, or None
    when it is not waiting (settled already, by a sibling's worker)."""
    indices = Indices(settings.index_prefix)
    if waiting is None or waiting.get("state") != "queued" or not str(
            waiting.get("stage", "")).startswith(WAITING):
        return None
    task = _task_of(waiting)
    outcome = Outcome(task=task, state="indexed", stage="index",
                      pages=waiting.get("pages") or 0, duration_ms=waiting.get("duration_ms") or 0)
    family = Family()
    if waiting["stage"] == STOPPED:
        family.stopped = (waiting["error_class"], waiting["error_message"])
    elif waiting.get("error_class"):
        outcome.state = "partial"
        outcome.error_class = waiting["error_class"]
        outcome.error_message = waiting["error_message"]
    _count_descendants(client, indices, task, family)
    settle(outcome, family)
    commit_outcomes(client, settings, [outcome])
    return task


def _task_of(entry: dict) -> FileTask:
    """A waiting container's task, from its entry (identified again from its bytes, or, when
    they are a remote blob, from the type its entry recorded)."""
    task = new_task(entry["job_id"], entry["collection"], Path(entry["source"]), entry["path"],
                    entry["sha256"], entry.get("size") or 0, entry["control"],
                    doc_id=entry["doc_id"], identity=recorded_identity(entry))
    if not entry.get("container"):
        return task
    return replace(task, container=entry["container"], parent_path=entry.get("parent"),
                   depth=entry.get("depth") or 1)


def _count_descendants(client: OpenSearch, indices: Indices, task: FileTask,
                       family: Family) -> None:
    counts, failed = descendants(SystemStore(client, indices), task.job_id, task.container or task.relpath,
                                 task.relpath, MAX_PROBLEMS)
    family.counts.update(counts)
    family.problems = [(e.get("error_class") or "", e.get("error_message") or "") for e in failed]

