"""Stage: the children of a container, processed in the worker that opened it.

Members come from the container's unpacker in batches (bounded in number and bytes on disk).
Per batch: dedup by SHA-256 against the collection (one ``mget``) and the tree so far, control
numbers for the new ones (one ``reserve_controls``), then each new child runs through the same
``process`` function as a top-level file, recursively, and its outcome is committed by this
worker (``Tree.flush``), children always before their parent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.containers import Member, Unpack, unpacker_for
from ingest.containers.base import unique_names
from ingest.containers.limits import ContainerLimit
from ingest.containers.sniff import refine
from ingest.errors import IngestError
from ingest.identify import identify
from ingest.ledger import ledger_entry
from ingest.model import Extraction, FileTask, Outcome
from ingest.records import document_id
from ingest.tree import Tree
from search.store import reserve_controls

BATCH_MEMBERS = 256  # a batch costs a few store round trips: larger batches, fewer
BATCH_BYTES = 256 << 20
MAX_PROBLEMS = 5
MAX_LISTING = 10_000

Process = Callable[[FileTask, Tree], Outcome]


@dataclass
class Family:
    """What became of a container's descendants."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[str, str]] = field(default_factory=list)
    listing: list[str] = field(default_factory=list)
    stopped: IngestError | None = None

    def record(self, state: str, problems: list[tuple[str, str]],
               children: dict[str, int] | None = None) -> None:
        self.counts[state] += 1
        self.counts.update(children or {})
        self.problems.extend(problems[: MAX_PROBLEMS - len(self.problems)])


def _members(task: FileTask, extraction: Extraction | None, unpack: Unpack) -> Iterator[Member]:
    unpacker = unpacker_for(task.family)
    if unpacker is not None:
        yield from unpacker(Path(task.path), unpack)
    for child in extraction.children if extraction else []:
        # Files an extractor wrote out (embedded objects): consumed, so the temp copy goes.
        yield unpack.member(child.name, lambda sink, p=child.path: _copy(p, sink), date=child.date)
        child.path.unlink(missing_ok=True)


def _copy(path: Path, sink: object) -> None:
    with path.open("rb") as handle:
        sink.copy(handle)  # type: ignore[attr-defined]


def unpack_children(task: FileTask, extraction: Extraction | None, tree: Tree,
                    process: Process) -> Family:
    family = Family()
    tree.unpack.workdir.mkdir(parents=True, exist_ok=True)
    # A member with the bytes of one of its ancestors (droste.zip, quine.gz) is a duplicate.
    tree.seen.setdefault(task.sha256, task.relpath)
    tree.unfinished.add(task.doc_id)
    batch: list[Member] = []
    members = unique_names(_members(task, extraction, tree.unpack))
    try:
        try:
            for member in members:
                if len(family.listing) < MAX_LISTING:
                    family.listing.append(member.name)
                batch.append(member)
                if len(batch) >= BATCH_MEMBERS or sum(m.size for m in batch) >= BATCH_BYTES:
                    _run_batch(task, batch, family, tree, process)
                    batch = []
        except IngestError as exc:
            if not family.listing and not isinstance(exc, ContainerLimit):
                raise  # the container itself cannot be read: its own failure
            family.stopped = exc
        _run_batch(task, batch, family, tree, process)
    finally:
        members.close()
        tree.unfinished.discard(task.doc_id)
    if tree.unpack.budget.exhausted and family.stopped is None:
        family.stopped = tree.unpack.budget.exhausted
    return family


def _child_entry(task: FileTask, relpath: str, **fields: object) -> dict:
    return ledger_entry(task.job_id, task.collection, relpath, container=task.container or
                        task.relpath, parent=task.relpath, depth=task.depth + 1, **fields)


def _settled(task: FileTask, member: Member, relpath: str, known: dict | None,
             tree: Tree) -> tuple[str, list[tuple[str, str]]] | None:
    """Record a member that needs no processing (unreadable, empty, known); None when new."""
    if member.error is not None:
        message = f"{relpath}: {member.error}"
        error_class = type(member.error).__name__
        tree.entries.append(_child_entry(task, relpath, state=member.error.state, stage="unpack",
                                         error_class=error_class, error_message=message))
        return member.error.state, [(error_class, message)]
    if member.size == 0:
        tree.entries.append(_child_entry(task, relpath, size=0, state="skipped", stage="discover",
                                         error_class="EmptyFile",
                                         error_message=f"{relpath}: zero-byte file"))
        return "skipped", []
    doc_id = document_id(task.collection, member.sha256)
    common = {"sha256": member.sha256, "size": member.size, "doc_id": doc_id}
    if known and relpath in known.get("paths", []):
        # Indexed by an earlier attempt at this container (same job) or by an earlier job.
        if known.get("job_id") == task.job_id:
            tree.entries.append(_child_entry(task, relpath, **common, state="indexed",
                                             stage="index", control=known.get("control")))
            return "indexed", []
        tree.entries.append(_child_entry(
            task, relpath, **common, state="skipped", stage="dedup", control=known.get("control"),
            error_class="AlreadyIndexed",
            error_message=f"{relpath}: already indexed with the same content"))
        return "skipped", []
    planned = tree.planned.get(member.sha256)
    if known or member.sha256 in tree.seen or planned:
        first = (known.get("path") if known else tree.seen.get(member.sha256)
                 or f"{planned['path']} (a file of this job)")
        if planned and not known:
            # The job's own file with these bytes owns the document, whichever worker gets
            # there first; if it is not indexed yet, its commit picks this path up from here.
            doc_id, tree.wait = planned["doc_id"], True
        tree.paths.setdefault(doc_id, []).append(relpath)
        tree.entries.append(_child_entry(task, relpath, **common, state="duplicate", stage="dedup",
                                         error_message=f"{relpath}: same bytes as {first}"))
        return "duplicate", []
    return None


def _run_batch(task: FileTask, batch: list[Member], family: Family, tree: Tree,
               process: Process) -> None:
    if not batch:
        return
    ids = [document_id(task.collection, m.sha256) for m in batch if m.error is None and m.size]
    existing = _existing(tree, ids)
    tree.planned = _planned(tree, task, [m.sha256 for m in batch if m.error is None and m.size])
    new: list[tuple[Member, str]] = []
    for member in batch:
        relpath = f"{task.relpath}/{member.name}"
        known = existing.get(document_id(task.collection, member.sha256))
        settled = _settled(task, member, relpath, known, tree)
        if settled is not None:
            family.record(*settled)
        else:
            tree.seen[member.sha256] = relpath
            new.append((member, relpath))
    controls = reserve_controls(tree.client, tree.indices, task.collection, len(new))
    outcomes: list[Outcome] = []
    for (member, relpath), control in zip(new, controls, strict=True):
        path = Path(str(member.path))
        identity = refine(identify(path), path, member.family_hint)
        child = FileTask(
            job_id=task.job_id, collection=task.collection, path=str(path), relpath=relpath,
            sha256=member.sha256, size=member.size, mime=identity.mime, family=identity.family,
            extension=identity.extension, doc_id=document_id(task.collection, member.sha256),
            control=control, parent_id=task.doc_id, root_id=task.root_id or task.doc_id,
            depth=task.depth + 1, container=task.container or task.relpath,
            parent_path=task.relpath)
        outcome = process(child, tree)
        path.unlink(missing_ok=True)
        if outcome.state not in ("indexed", "partial", "password_protected"):
            tree.seen.pop(member.sha256, None)  # no document: a later copy is tried afresh
        tree.add(outcome)
        outcomes.append(outcome)
    for member in batch:
        if member.path is not None:
            member.path.unlink(missing_ok=True)
    # Committed before they are counted: indexing can still fail a child, or find it was a
    # duplicate another worker indexed first, and the container's state must say so.
    tree.flush()
    for outcome in outcomes:
        problems = ([(outcome.error_class or "", outcome.error_message or "")]
                    if outcome.state in ("failed", "password_protected") else [])
        family.record(outcome.state, problems + outcome.problems, outcome.children)


def _existing(tree: Tree, doc_ids: list[str]) -> dict[str, dict]:
    if not doc_ids:
        return {}
    result = tree.client.mget(index=tree.indices.documents, body={"ids": doc_ids},
                              _source_includes=["paths", "path", "control", "job_id"])
    return {d["_id"]: d["_source"] for d in result["docs"] if d.get("found")}


def _planned(tree: Tree, task: FileTask, shas: list[str]) -> dict[str, dict]:
    """Files this job received (top level) with the same bytes as members of the batch."""
    if not shas:
        return {}
    result = tree.client.search(index=tree.indices.ledger, body={
        "size": len(shas), "_source": ["sha256", "doc_id", "path"],
        "query": {"bool": {"filter": [
            {"term": {"job_id": task.job_id}}, {"terms": {"sha256": shas}},
            {"exists": {"field": "doc_id"}}],
            "must_not": [{"exists": {"field": "container"}},
                         {"term": {"sha256": task.sha256}}]}}})
    return {h["_source"]["sha256"]: h["_source"] for h in result["hits"]["hits"]
            if h["_source"].get("doc_id") != (task.root_id or task.doc_id)}
