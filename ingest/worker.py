"""The worker: one file in, its records and its container's members out. No store call.

    extract -> unpack (one level) -> entities -> records

``process_file(task, context)`` is a plain function of a ``FileTask`` (ids and paths) and a
``WorkContext`` (settings and the collection's corrections, as data): the local pool and Celery
run it alike, and ingest.job decides what is written, and when. A container's members are not
processed here: they are written into the blob store and handed back (``Outcome.members``), for
the job to dedup, number and queue as tasks of their own. One container's unpacking is bounded
here while it streams (``Budget``); the totals of a whole tree are the job's to check.
A task's bytes may be named by a blob reference rather than a path (a cluster whose blob store
is remote, ingest.blobs): they are fetched to private temporary files for the extractors, which
go when the file is done; members are then identified here, where their bytes are at hand.
A page-per-file scan (``FileTask.group_pages``, ingest.scans) is read file by file into one
document's pages; a file of it that cannot be read leaves an empty page and makes it partial.
Each stage names itself in the outcome, so a failure says where it happened.
"""

from __future__ import annotations

import os
import shutil
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from config import Settings
from ingest.blobs import (
    BlobCorrupt,
    BlobMissing,
    BlobStore,
    BlobUnreachable,
    LocalBlobStore,
    blob_store,
    ref_sha256,
)
from ingest.containers import LISTING_FAMILIES, MAIL_FAMILIES, Budget, Limits, Unpack, unpacker_for
from ingest.containers.base import Member, unique_names
from ingest.containers.limits import ContainerLimit, NestingTooDeep
from ingest.containers.recover import NothingUnpacked
from ingest.containers.sniff import refine
from ingest.entities import find_mentions, load_nlp
from ingest.errors import IngestError, PasswordProtected
from ingest.extract import ExtractContext, extract
from ingest.extract.sniff import looks_like_text
from ingest.extract.text import TRUNCATED, paginate
from ingest.formats import discover
from ingest.identify import identify
from ingest.language import detect_language
from ingest.model import Extraction, FileTask, Identity, MemberRef, Mention, Outcome
from ingest.neardup import signature
from ingest.nercache import ner_cache
from ingest.records import index_actions
from ingest.scans import read_scan
from ingest.tables import tabular
from search.corrections import Corrections
from search.indices import Indices

MAX_LISTING = 10_000  # member names in a container's text


@dataclass(frozen=True)
class WorkContext:
    """What a worker needs besides the task: small and picklable, built by the job."""

    index_prefix: str
    blob_dir: Path
    work_dir: Path
    ocr_languages: str = "eng"
    passwords: tuple[str, ...] = ()
    spacy_model: str = ""
    max_entity_chars: int = 0
    limits: Limits = field(default_factory=Limits)
    corrections: Corrections | None = None
    ner_cache: Path | None = None  # the NER results file the pool shares (ingest.nercache)
    blobs: BlobStore | None = None  # the configured store; None: the directory ``blob_dir``

    @property
    def extract(self) -> ExtractContext:
        return ExtractContext(self.ocr_languages, passwords=self.passwords)

    @property
    def store(self) -> BlobStore:
        return self.blobs if self.blobs is not None else LocalBlobStore(self.blob_dir)


def work_context(settings: Settings, corrections: Corrections | None = None,
                 limits: Limits | None = None) -> WorkContext:
    return WorkContext(
        index_prefix=settings.index_prefix, blob_dir=settings.blob_dir,
        # On disk under the data folder, not /tmp: /tmp may be memory (tmpfs).
        work_dir=settings.data_dir / "work", ocr_languages=settings.ocr_languages,
        passwords=tuple(getattr(settings, "passwords", None) or ()),
        spacy_model=settings.spacy_model, max_entity_chars=settings.max_entity_chars,
        limits=limits or Limits(), corrections=corrections,
        ner_cache=settings.data_dir / "cache" / "ner.sqlite", blobs=blob_store(settings))


# Long enough for the language model and the MinHash to do their first-use work on it.
WARM_UP_TEXT = ("Constable Stokes saw the blue Ford Sierra leave Bramley Road at a quarter past "
                "nine, and reported it to the duty sergeant on her return to the station.")


def warm_up(spacy_model: str) -> None:
    """Pay a pool process's first-use costs when it starts, not on its first file of a job:
    spaCy's load, every extractor's imports, the language model's load and the MinHash
    library's import (about 0.7 s each for the last two), and pypdf's, which the PDF
    unpacker imports only when it first looks for attachments (0.5 s)."""
    import pypdf  # noqa: F401

    load_nlp(spacy_model)
    discover()
    detect_language(WARM_UP_TEXT)
    signature(WARM_UP_TEXT * 2)


@dataclass
class Unpacked:
    """What one container's unpacking found."""

    members: list[MemberRef]
    listing: list[str]
    stopped: IngestError | None = None


def process_file(task: FileTask, context: WorkContext) -> Outcome:
    """Extract, unpack one level, find entities and build records for one file. Never raises,
    but for a blob store out of reach (``BlobUnreachable``): that is the service's failure, not
    the file's, and the file is to be tried again later. A task naming its bytes by blob
    references is run on fetched copies; its outcome names them as the task did."""
    if ref_sha256(task.path) is None and not any(
            ref_sha256(page.path) for page in task.group_pages):
        return _process(task, context)
    started = time.monotonic()
    try:
        with ExitStack() as copies:
            def fetch(ref: str) -> str:
                return str(copies.enter_context(context.store.local_copy(ref)))

            local = replace(task, path=fetch(task.path), group_pages=tuple(
                replace(page, path=fetch(page.path)) for page in task.group_pages))
            outcome = _process(local, context)
    except (BlobMissing, BlobCorrupt) as exc:  # the bytes are gone or bad: the file's failure
        return _failed(task, "fetch", exc, "failed", started)
    outcome.task = task
    return outcome


def _process(task: FileTask, context: WorkContext) -> Outcome:
    started = time.monotonic()
    stage = "extract"
    identity = Identity(mime=task.mime, family=task.family, extension=task.extension)
    unpacked: Unpacked | None = None
    page_errors: dict[str, tuple[str, str]] = {}
    try:
        extraction = None
        if task.group_pages:
            extraction, page_errors = read_scan(task, context.extract)
            if len(page_errors) == len(task.group_pages):
                return _unreadable_scan(task, page_errors, started)
        elif identity.family not in LISTING_FAMILIES:
            extraction = extract(Path(task.path), identity, context.extract)
        if unpacker_for(identity.family) is not None or (extraction and extraction.children):
            stage = "unpack"
            unpacked = _unpack_level(task, extraction, context)
        mentions: list[Mention] = []
        unread: tuple[str, str] | None = None
        if extraction is None:
            names = unpacked.listing if unpacked else []
            extraction = Extraction(pages=paginate("\n".join(names)),
                                    extractor=f"container:{task.family}")
        else:
            stage = "entities"
            mentions, unread = _entities(task, extraction, context)
        stage = "store"
        _store_originals(task, context)
        stage = "records"
        records = index_actions(Indices(context.index_prefix), task, extraction, mentions,
                                signature(extraction.text), context.corrections)
    except PasswordProtected as exc:
        return _locked(task, context, exc, started)
    except BlobUnreachable:
        raise
    except IngestError as exc:
        return _failed(task, stage, exc, exc.state, started)
    except Exception as exc:
        detail = traceback.format_exception_only(exc)[-1].strip()
        return _failed(task, stage, exc, "failed", started, detail)
    outcome = Outcome(
        task=task, state="indexed", stage="index", pages=len(extraction.pages),
        extractor=extraction.extractor,
        duration_ms=int((time.monotonic() - started) * 1000), records=records,
        replaces=(len(extraction.pages), len(mentions)),
    )
    _judge(outcome, extraction, unpacked, page_errors)
    if unread is not None and outcome.state == "indexed":
        outcome.state, (outcome.error_class, outcome.error_message) = "partial", unread
    return outcome


def _entities(task: FileTask, extraction: Extraction, context: WorkContext
              ) -> tuple[list[Mention], tuple[str, str] | None]:
    """The file's entity mentions; when reading them fails (a fault of the recogniser or of a
    pattern on text it did not expect), none, and why: the document is still indexed, its text
    searchable and citable, and partial for that reason (a stage re-run reads them again)."""
    nlp = load_nlp(context.spacy_model)  # no model is the service's fault: it fails the file
    try:
        return find_mentions(extraction.pages, nlp, context.max_entity_chars,
                             prose=not tabular(task.mime, task.family),
                             cache=ner_cache(context.ner_cache)), None
    except (IngestError, MemoryError):
        raise
    except Exception as exc:  # any other fault: the text is kept, the reason recorded
        detail = traceback.format_exception_only(exc)[-1].strip()
        return [], ("EntitiesUnread", f"{task.relpath}: its names, places and references could "
                    f"not be read ({detail}); its text is indexed; `docket ingest PATH --stage "
                    "entities` reads them again")


def _judge(outcome: Outcome, extraction: Extraction, unpacked: Unpacked | None,
           page_errors: dict[str, tuple[str, str]]) -> None:
    """What an outcome says beyond "indexed": the pages or text it is missing, the members it
    found."""
    task = outcome.task
    truncated = [w for w in extraction.warnings if w.startswith(TRUNCATED)]
    if page_errors:
        # Some pages of a scan could not be read: the document is partial, for their reasons.
        outcome.state, outcome.page_errors = "partial", page_errors
        outcome.error_class, outcome.error_message = next(iter(page_errors.values()))
    elif truncated:
        outcome.state, outcome.error_class = "partial", "TextTruncated"
        outcome.error_message = f"{task.relpath}: {truncated[0]}"
    elif unpacked is None and not extraction.text.strip() and looks_like_text(Path(task.path)):
        # No silent empties: the extractor read nothing from bytes that are text.
        outcome.state, outcome.error_class = "partial", "NoTextExtracted"
        outcome.error_message = (f"{task.relpath}: the {extraction.extractor} extractor read no "
                                 "text, but the file's bytes are text")
    if unpacked is not None:
        outcome.unpacked, outcome.members = True, unpacked.members
        if unpacked.stopped is not None:
            outcome.stopped = (type(unpacked.stopped).__name__, str(unpacked.stopped))


def _store_originals(task: FileTask, context: WorkContext) -> None:
    """The original in the blob store; a scan's files each under their own hash (the scan's
    hash names no bytes)."""
    if not task.group_pages:
        context.store.put_file(Path(task.path), task.sha256)
    for page in task.group_pages:
        context.store.put_file(Path(page.path), page.sha256)


def _unreadable_scan(task: FileTask, page_errors: dict[str, tuple[str, str]],
                     started: float) -> Outcome:
    """A scan none of whose files could be read: no document, and each file's own reason."""
    error_class, message = next(iter(page_errors.values()))
    return Outcome(task=task, state="failed", stage="extract", error_class=error_class,
                   error_message=message, page_errors=page_errors,
                   duration_ms=int((time.monotonic() - started) * 1000))


def _unpack_level(task: FileTask, extraction: Extraction | None,
                  context: WorkContext) -> Unpacked | None:
    """The container's members, one level down, each stored and referenced; None for a
    container too deep to open that holds no files of its own kind (a PDF's attachments)."""
    limits = context.limits
    if task.depth >= limits.max_depth:
        if task.family in LISTING_FAMILIES | MAIL_FAMILIES:
            return Unpacked([], [], NestingTooDeep(
                f"{task.relpath}: containers nested more than {limits.max_depth} deep; "
                "this one was not unpacked"))
        return None
    workdir = context.work_dir / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # made if written to
    unpack = Unpack(workdir, Budget(limits), context.passwords)
    found = Unpacked([], [])
    members = unique_names(_members(task, extraction, unpack))
    try:
        try:
            for member in members:
                if len(found.listing) < MAX_LISTING:
                    found.listing.append(member.name)
                found.members.append(_stored(member, context))
        except IngestError as exc:
            if not found.listing and not isinstance(exc, ContainerLimit | NothingUnpacked):
                raise  # the container itself cannot be read: its own failure
            found.stopped = exc
    finally:
        members.close()
        if workdir.exists():
            shutil.rmtree(workdir, ignore_errors=True)
    if unpack.budget.exhausted and found.stopped is None:
        found.stopped = unpack.budget.exhausted
    return found


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


def _stored(member: Member, context: WorkContext) -> MemberRef:
    """A member as the job sees it: its bytes moved into the blob store (content-addressed, so
    its task can run on any worker), or its error, or the rule that left it out."""
    if member.skip is not None:
        return MemberRef(name=member.name, date=member.date, error_class=member.skip.rule,
                         error_message=member.skip.reason, error_state="skipped")
    if member.error is not None:
        return MemberRef(name=member.name, date=member.date,
                         error_class=type(member.error).__name__,
                         error_message=str(member.error), error_state=member.error.state)
    path: str | None = None
    identity: Identity | None = None
    if member.path is not None and member.size:
        context.store.put_file(member.path, member.sha256)
        path = context.store.ref(member.sha256)
        if context.store.remote:  # the job will not have the bytes at hand to identify them
            identity = refine(identify(member.path), member.path, member.family_hint)
    if member.path is not None:
        member.path.unlink(missing_ok=True)
    return MemberRef(name=member.name, path=path, sha256=member.sha256, size=member.size,
                     date=member.date, family_hint=member.family_hint, identity=identity)


def _locked(task: FileTask, context: WorkContext, exc: PasswordProtected,
            started: float) -> Outcome:
    """An encrypted file: a metadata-only document (name, path, size, type, hash, control), so
    that it can be found and asked for, and the original kept in the blob store."""
    message = f"{task.relpath}: {exc}"
    try:
        context.store.put_file(Path(task.path), task.sha256)
        extraction = Extraction(pages=[], extractor="none", warnings=[f"password-protected: {exc}"])
        records = index_actions(Indices(context.index_prefix), task, extraction, [],
                                corrections=context.corrections)
    except BlobUnreachable:
        raise
    except Exception as error:  # the store failing must still leave a terminal state
        return _failed(task, "store", error, "failed", started)
    return Outcome(task=task, state="password_protected", stage="extract",
                   error_class=type(exc).__name__, error_message=message, records=records,
                   duration_ms=int((time.monotonic() - started) * 1000), replaces=(0, 0))


def _failed(
    task: FileTask, stage: str, exc: Exception, state: str, started: float, detail: str = ""
) -> Outcome:
    # A library's reason may name the file where it read it (Pillow's "cannot identify image
    # file '/srv/...'"): the reason names the file, never the server's folders.
    text = (detail or str(exc)).replace(task.path, Path(task.path).name)
    return Outcome(
        task=task, state=state, stage=stage, error_class=type(exc).__name__,
        error_message=text if text.startswith(f"{task.relpath}:") else f"{task.relpath}: {text}",
        duration_ms=int((time.monotonic() - started) * 1000),
    )
