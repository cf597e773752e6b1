"""The per-file stages, as plain functions: the local pool and Celery tasks run the same code.

    identify -> hash -> dedup       (in the job, before dispatch: ingest.job)
    extract -> unpack -> entities -> records   (here, in a worker: ``process_file``)
    index -> ledger                 (``commit_outcomes``, by whoever holds the client)

A container's children (ingest.children) go through ``_process`` too, recursively, in the same
worker, and are committed by it before the container's own outcome is returned. Each stage names
itself in the outcome, so a failure says where it happened.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from pathlib import Path

from config import Settings
from ingest.blobs import store_blob
from ingest.children import Family, unpack_children
from ingest.commit import commit_outcomes
from ingest.containers import LISTING_FAMILIES, MAIL_FAMILIES, unpacker_for
from ingest.containers.limits import NestingTooDeep, deadline
from ingest.entities import find_mentions, load_nlp
from ingest.errors import IngestError, PasswordProtected
from ingest.extract import ExtractContext, extract
from ingest.extract.text import TRUNCATED, paginate
from ingest.model import Extraction, FileTask, Identity, Outcome
from ingest.neardup import signature
from ingest.records import index_actions
from ingest.tree import Tree
from search.indices import Indices

__all__ = ["commit_outcomes", "extract_context", "process_file"]


def extract_context(settings: Settings) -> ExtractContext:
    return ExtractContext(settings.ocr_languages, passwords=tuple(settings.passwords))


def process_file(task: FileTask, settings: Settings) -> Outcome:
    """Extract, unpack, find entities and build records for one file. Never raises."""
    tree = Tree.open(settings)
    try:
        return _process(task, tree)
    finally:
        tree.close()


def _listing(task: FileTask, family: Family | None) -> Extraction:
    """An archive's or mailbox's text: the names of what it holds, so it can be found."""
    names = family.listing if family else []
    return Extraction(pages=paginate("\n".join(names)), extractor=f"container:{task.family}")


def _process(task: FileTask, tree: Tree) -> Outcome:
    settings = tree.settings
    started = time.monotonic()
    stage = "extract"
    identity = Identity(mime=task.mime, family=task.family, extension=task.extension)
    limits = tree.unpack.limits
    timeout = limits.child_timeout_s if task.depth else 0
    family: Family | None = None
    try:
        extraction = None
        if identity.family not in LISTING_FAMILIES:
            with deadline(timeout):
                extraction = extract(Path(task.path), identity, extract_context(settings))
        holds_files = unpacker_for(identity.family) is not None
        if holds_files or (extraction is not None and extraction.children):
            stage = "unpack"
            if task.depth >= limits.max_depth and identity.family in LISTING_FAMILIES | MAIL_FAMILIES:
                family = Family(stopped=NestingTooDeep(
                    f"{task.relpath}: containers nested more than {limits.max_depth} deep; "
                    "this one was not unpacked"))
            elif task.depth < limits.max_depth:
                family = unpack_children(task, extraction, tree, _process)
                found_again = tree.paths.pop(task.doc_id, [])
                task = dataclasses.replace(task, other_paths=(*task.other_paths, *found_again))
        mentions = []
        if extraction is None:
            extraction = _listing(task, family)
        else:
            stage = "entities"
            with deadline(timeout):
                mentions = find_mentions(extraction.pages, load_nlp(settings.spacy_model),
                                         settings.max_entity_chars)
        stage = "store"
        store_blob(settings.blob_dir, Path(task.path), task.sha256)
        stage = "records"
        records = index_actions(Indices(settings.index_prefix), task, extraction, mentions,
                                signature(extraction.text))
    except PasswordProtected as exc:
        return _locked(task, tree, exc, started)
    except IngestError as exc:
        return _failed(task, stage, exc, exc.state, started)
    except Exception as exc:
        if task.depth and type(exc).__name__ == "SoftTimeLimitExceeded":
            raise  # Celery's time limit is the whole top-level file's, not this child's
        detail = traceback.format_exception_only(exc)[-1].strip()
        return _failed(task, stage, exc, "failed", started, detail)
    outcome = Outcome(
        task=task, state="indexed", stage="index", pages=len(extraction.pages),
        duration_ms=int((time.monotonic() - started) * 1000), records=records,
        replaces=(len(extraction.pages), len(mentions)),
    )
    truncated = [w for w in extraction.warnings if w.startswith(TRUNCATED)]
    if truncated:
        outcome.state, outcome.error_class = "partial", "TextTruncated"
        outcome.error_message = f"{task.relpath}: {truncated[0]}"
    if family is not None:
        _settle(outcome, identity, family)
    return outcome


def _settle(outcome: Outcome, identity: Identity, family: Family) -> None:
    """A container's state from its descendants' (see ingest.ledger for the accounting)."""
    counts = family.counts
    outcome.children = dict(counts)
    outcome.problems = list(family.problems)
    bad, locked = counts["failed"], counts["password_protected"]
    if not (bad or locked or family.stopped):
        return
    ok = sum(counts[s] for s in ("indexed", "partial", "duplicate", "skipped"))
    outcome.stage = "unpack"
    if identity.family in LISTING_FAMILIES and ok == 0:
        # An archive is only what it holds: nothing of it could be indexed.
        only_locked = locked and not bad and not family.stopped
        outcome.state = "password_protected" if only_locked else "failed"
    else:
        outcome.state = "partial"
    if family.stopped is not None:
        outcome.problems.insert(0, (type(family.stopped).__name__, str(family.stopped)))
    classes = {cls for cls, _message in outcome.problems}
    outcome.error_class = classes.pop() if len(classes) == 1 else "ChildrenFailed"
    total = sum(counts.values())
    summary = (f"{bad} failed and {locked} password-protected of {total} children" if total
               else "nothing could be unpacked")
    reasons = "; ".join(message for _cls, message in outcome.problems[:3])
    outcome.error_message = f"{outcome.task.relpath}: {summary}; {reasons}"[:4000]


def _locked(task: FileTask, tree: Tree, exc: PasswordProtected, started: float) -> Outcome:
    """An encrypted file: a metadata-only document (name, path, size, type, hash, control), so
    that it can be found and asked for, and the original kept in the blob store."""
    settings = tree.settings
    message = f"{task.relpath}: {exc}"
    try:
        store_blob(settings.blob_dir, Path(task.path), task.sha256)
        extraction = Extraction(pages=[], extractor="none", warnings=[f"password-protected: {exc}"])
        records = index_actions(Indices(settings.index_prefix), task, extraction, [])
    except Exception as error:  # the store failing must still leave a terminal state
        return _failed(task, "store", error, "failed", started)
    return Outcome(task=task, state="password_protected", stage="extract",
                   error_class=type(exc).__name__, error_message=message, records=records,
                   duration_ms=int((time.monotonic() - started) * 1000), replaces=(0, 0))


def _failed(
    task: FileTask, stage: str, exc: Exception, state: str, started: float, detail: str = ""
) -> Outcome:
    text = detail or str(exc)
    return Outcome(
        task=task, state=state, stage=stage, error_class=type(exc).__name__,
        error_message=text if text.startswith(f"{task.relpath}:") else f"{task.relpath}: {text}",
        duration_ms=int((time.monotonic() - started) * 1000),
    )
