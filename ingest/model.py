"""What flows between ingestion stages: plain dataclasses that pickle across processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

# The ledger's states are declared by its reader (search.ledger); named here for ingest's use.
from search.ledger import LEDGER_STATES, TERMINAL_STATES

__all__ = ["LEDGER_STATES", "TERMINAL_STATES", "Child", "Extraction", "FileTask", "Identity",
           "MemberRef", "Mention", "Outcome", "Page", "ScanPage", "SourceFile"]


@dataclass(frozen=True)
class SourceFile:
    """A file found by discovery. ``relpath`` is relative to the folder the user named."""

    path: Path
    relpath: str
    size: int


@dataclass(frozen=True)
class Identity:
    """What a file is, judged by its bytes."""

    mime: str
    family: str
    extension: str


@dataclass
class Page:
    number: int
    text: str
    ocr: bool = False
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Child:
    """A file found inside a container (archive member, attachment), written to a temp path."""

    name: str
    path: Path
    date: datetime | None = None


@dataclass
class Extraction:
    """Text per page plus metadata, as one extractor read it."""

    pages: list[Page]
    extractor: str
    title: str | None = None
    date: datetime | None = None
    author: str | None = None
    email: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    @property
    def ocr(self) -> bool:
        return any(page.ocr for page in self.pages)


@dataclass(frozen=True)
class Mention:
    kind: str
    text: str
    key: str
    page: int
    start: int
    end: int


@dataclass(frozen=True)
class ScanPage:
    """One file of a page-per-file scan (ingest.scans): a page of the document its group makes."""

    path: str
    relpath: str
    sha256: str
    size: int


@dataclass(frozen=True)
class FileTask:
    """One file for a worker: ids and paths, never contents (so Celery can carry it)."""

    job_id: str
    collection: str
    path: str
    relpath: str
    sha256: str
    size: int
    mime: str
    family: str
    extension: str
    doc_id: str
    control: str
    other_paths: tuple[str, ...] = ()
    # Set on children of containers (archive members, attachments, messages of a mailbox):
    # ``container`` is the top-level file the job received, ``parent_path`` the direct parent.
    parent_id: str | None = None
    root_id: str | None = None
    depth: int = 0
    container: str | None = None
    parent_path: str | None = None
    # Planning found no document for these bytes: its commit has no stale records to look for
    # (ingest.job.commit). False whenever that is not known (resumed and re-run tasks).
    planned_new: bool = False
    # Set on a page-per-file scan (ingest.scans): the files that are its pages, in order (the
    # first is ``path``), and the stem they share, which titles the document.
    group: str | None = None
    group_pages: tuple[ScanPage, ...] = ()
    # A stage run again over the stored document (a key of ingest.rerun.WORK), not a file to
    # ingest; "" for a file. Whoever runs the task, the pool or Celery, runs that work instead.
    stage: str = ""


@dataclass(frozen=True)
class MemberRef:
    """A file found in a container, handed back by the worker for the job to queue: a reference
    to its bytes (in the blob store), or the reason they could not be had."""

    name: str
    path: str | None = None
    sha256: str = ""
    size: int = 0
    date: datetime | None = None
    family_hint: str | None = None
    error_class: str | None = None
    error_message: str | None = None
    error_state: str = "failed"
    # Set when the job cannot read ``path`` itself (a remote blob store): judged by the worker.
    identity: Identity | None = None


@dataclass
class Outcome:
    """How one file ended: its terminal state, and the records to index when it succeeded."""

    task: FileTask
    state: str
    stage: str
    error_class: str | None = None
    error_message: str | None = None
    pages: int = 0
    duration_ms: int = 0
    # Which extractor (or fallback) produced the text: recorded on the ledger entry.
    extractor: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    # Counts by state of every descendant of a container, and the first few failures among them
    # as (error class, message): what makes a container ``partial`` and says why.
    children: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Page and mention counts the records replace: stale records beyond them are deleted first.
    replaces: tuple[int, int] | None = None
    # A container's: what its unpacking found (to be queued as tasks of their own), and the
    # limit or error that stopped it, as (error class, message). ``unpacked`` says its state
    # is to be settled from its members' (ingest.job.family).
    unpacked: bool = False
    members: list[MemberRef] = field(default_factory=list)
    stopped: tuple[str, str] | None = None
    # A page-per-file scan's: the files among its pages that could not be read, by path, as
    # (error class, message); each one's ledger entry says so, and the document is partial.
    page_errors: dict[str, tuple[str, str]] = field(default_factory=dict)
