"""The per-file stages, as plain functions: the local pool and Celery tasks run the same code.

    identify -> hash            (in the job, before dispatch: ingest.job)
    extract -> entities -> records   (here, in a worker: ``process_file``)
    index -> ledger             (``commit_outcome``, by whoever holds the client)

Each stage names itself in the outcome, so a failure says where it happened.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest.blobs import store_blob
from ingest.entities import find_mentions, load_nlp
from ingest.errors import IngestError
from ingest.extract import ExtractContext, extract
from ingest.ledger import record_outcomes
from ingest.model import FileTask, Identity, Outcome
from ingest.records import index_actions
from search.indices import Indices


def process_file(task: FileTask, settings: Settings) -> Outcome:
    """Extract, find entities and build records for one file. Never raises."""
    started = time.monotonic()
    stage = "extract"
    try:
        identity = Identity(mime=task.mime, family=task.family, extension=task.extension)
        extraction = extract(Path(task.path), identity, ExtractContext(settings.ocr_languages))
        stage = "entities"
        mentions = find_mentions(
            extraction.pages, load_nlp(settings.spacy_model), settings.max_entity_chars
        )
        stage = "store"
        store_blob(settings.blob_dir, Path(task.path), task.sha256)
        stage = "records"
        records = index_actions(Indices(settings.index_prefix), task, extraction, mentions)
    except IngestError as exc:
        return _failed(task, stage, exc, exc.state, started)
    except Exception as exc:
        detail = traceback.format_exception_only(exc)[-1].strip()
        return _failed(task, stage, exc, "failed", started, detail)
    return Outcome(
        task=task, state="indexed", stage="index", pages=len(extraction.pages),
        duration_ms=int((time.monotonic() - started) * 1000), records=records,
    )


def _failed(
    task: FileTask, stage: str, exc: Exception, state: str, started: float, detail: str = ""
) -> Outcome:
    return Outcome(
        task=task, state=state, stage=stage, error_class=type(exc).__name__,
        error_message=f"{task.relpath}: {detail or exc}",
        duration_ms=int((time.monotonic() - started) * 1000),
    )


def commit_outcomes(client: OpenSearch, settings: Settings, outcomes: list[Outcome]) -> None:
    """Index the records of successful outcomes, then write every outcome to the ledger.

    The ledger is written last, so a crash in between leaves the file queued (retried), never
    marked indexed without its records.
    """
    actions = [action for outcome in outcomes for action in outcome.records]
    if actions:
        errors: dict[str, str] = {}
        for ok, item in helpers.streaming_bulk(
            client, actions, chunk_size=settings.bulk_chunk, raise_on_error=False,
            max_retries=3, request_timeout=120,
        ):
            if not ok:
                info = next(iter(item.values()))
                doc_id = str(info.get("_id", "")).split("-m")[0]
                errors.setdefault(doc_id, str(info.get("error", "bulk error"))[:500])
        for outcome in outcomes:
            reason = next((err for key, err in errors.items()
                           if key.startswith(outcome.task.doc_id)), None)
            if reason and outcome.state == "indexed":
                outcome.state, outcome.stage = "failed", "index"
                outcome.error_class = "IndexingError"
                outcome.error_message = f"{outcome.task.relpath}: {reason}"
    record_outcomes(client, Indices(settings.index_prefix), outcomes)
