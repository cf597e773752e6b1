"""Celery tasks: the same stage functions as the local pool, one task per file.

Tasks carry a ``FileTask`` as a dict of ids and paths, never file contents. ``acks_late`` with
``reject_on_worker_lost`` puts a file back on the queue when its worker is killed mid-file;
records have stable ids, so the retry overwrites rather than duplicates.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from celery import Celery
from celery.signals import worker_process_init

from config import get_settings
from ingest.model import FileTask
from ingest.pipeline import commit_outcomes, process_file


@cache
def celery_app() -> Celery:
    settings = get_settings()
    if not settings.broker_url:
        raise RuntimeError("DOCKET_BROKER_URL is not set: queue mode needs a Redis broker")
    app = Celery("docket", broker=settings.broker_url)
    app.conf.update(
        task_serializer="json", accept_content=["json"], task_acks_late=True,
        task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_default_queue="docket-ingest", worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
    )
    app.task(name="docket.ingest_file", bind=False)(ingest_file)
    return app


def ingest_file(task: dict) -> str:
    """Process one file and commit its records and ledger entry; returns the terminal state."""
    from search.client import get_client

    settings = get_settings()
    outcome = process_file(FileTask(**{**task, "other_paths": tuple(task["other_paths"])}),
                           settings)
    commit_outcomes(get_client(settings), settings, [outcome])
    return outcome.state


def enqueue(tasks: list[FileTask]) -> None:
    app = celery_app()
    for task in tasks:
        app.send_task("docket.ingest_file", args=[dataclasses.asdict(task)])


@worker_process_init.connect
def _load_models(**_kwargs: object) -> None:
    """Load spaCy once per worker process, not once per file."""
    from ingest.entities import load_nlp
    from search.client import reset_clients

    reset_clients()
    load_nlp(get_settings().spacy_model)


def reset_for_tests() -> None:
    celery_app.cache_clear()
