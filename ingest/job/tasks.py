"""Celery tasks: the same worker function as the local pool, one task per file (or per stored
document, for a stage run again: ``ingest.rerun``).

Tasks carry a ``FileTask`` as a dict of ids and paths, never file contents. A container's
members come back from the worker and are queued as tasks of their own by the job
(ingest.job.remote), which also commits each outcome. ``acks_late`` with
``reject_on_worker_lost`` puts a file back on the queue when its worker is killed mid-file;
records have stable ids, so the retry overwrites rather than duplicates. A file that has taken
its worker down ``MAX_LOST`` times is recorded as failed (``WorkerCrashed``) rather than sent
round again: the local pool gives up after one crash, a cluster should not crash-loop forever.

Every message ends in a ledger entry: the task commits its outcome, and ``IngestTask.on_failure``
records what the task itself could not (a hard time limit, an error outside ``process_file``), so
no job waits forever on a file that nobody will finish. Whoever writes a job's last queued entry
closes the job, so jobs started with ``--no-wait`` are finished too.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from functools import cache
from typing import Any

from celery import Celery, Task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from celery.signals import worker_process_init
from opensearchpy import OpenSearch
from opensearchpy.exceptions import ConnectionError as StoreUnreachable

from config import Settings, get_settings
from ingest.blobs import BlobUnreachable
from ingest.job.ledger import ledger_entry, scan_fields, write_entries
from ingest.job.plan import FILE_TIMEOUT_S
from ingest.job.pool import TASKS_PER_WORKER
from ingest.job.remote import receive, settle_up
from ingest.job.run import finish_job
from ingest.model import FileTask, ScanPage
from ingest.rerun import WORK
from ingest.worker import process_file, work_context
from search.client import get_client, reset_clients
from search.corrections import ingest_corrections
from search.indices import Indices
from search.ledger import state_counts
from search.system import SystemStore

log = logging.getLogger(__name__)

TASK_NAME = "docket.ingest_file"
QUEUE = "docket-ingest"
MAX_LOST = 3  # deliveries lost with a dead worker before the file is recorded as failed
HARD_LIMIT_GRACE_S = 60  # after the soft limit, time to record the timeout before the kill
# A pool process counts as started only once worker_process_init has returned, i.e. once spaCy
# is loaded. Celery's default of 4 s would kill and re-fork a slow starter, in a loop.
PROCESS_START_TIMEOUT_S = 300
_FILE_TASK_FIELDS = frozenset(f.name for f in dataclasses.fields(FileTask))


class IngestTask(Task):
    """The ingest task's base: a failure the task could not record itself still reaches the
    ledger, so the job's ``queued`` count falls to zero and the job can close."""

    def on_failure(
        self, exc: BaseException, task_id: str, args: Any, kwargs: Any, einfo: Any
    ) -> None:
        # Runs in the pool process for an exception, in the worker's main process for a hard
        # time limit (the pool process has been killed by then).
        payload = args[0] if args else kwargs.get("task")
        if isinstance(exc, TimeLimitExceeded | SoftTimeLimitExceeded):
            error_class, reason = "ExtractionTimeout", f"took longer than {FILE_TIMEOUT_S}s"
        else:
            error_class, reason = type(exc).__name__, str(exc) or repr(exc)
        try:
            record_failure(payload, error_class, reason)
        except Exception:
            # The store itself may be what failed; the entry stays queued and says so.
            log.exception("task %s: could not record its failure in the ledger", task_id)


def redelivery_options(redelivery_s: int) -> dict[str, int]:
    """The Redis transport's options for giving a dead worker's file to another: the visibility
    timeout, and a sweep for overdue messages at a tenth of it (5 to 100 s), so a file comes
    back soon after its timeout rather than up to 100 s later."""
    return {"visibility_timeout": redelivery_s,
            "unacked_restore_interval": max(5, min(100, redelivery_s // 10)),
            "unacked_restore_throttle": 1}


@cache
def celery_app() -> Celery:
    settings = get_settings()
    if not settings.broker_url:
        raise RuntimeError("DOCKET_BROKER_URL is not set: queue mode needs a Redis broker")
    app = Celery("docket", broker=settings.broker_url)
    app.conf.update(
        task_serializer="json", accept_content=["json"], task_acks_late=True,
        task_reject_on_worker_lost=True, worker_prefetch_multiplier=1,
        task_default_queue=QUEUE, worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        # No result backend: the ledger is where a file's outcome is kept.
        task_ignore_result=True,
        worker_proc_alive_timeout=PROCESS_START_TIMEOUT_S,
        # As the local pool: recycle processes, so memory a library leaks is given back.
        worker_max_tasks_per_child=TASKS_PER_WORKER,
        # As the local pool's per-file timeout. The soft limit raises inside process_file, which
        # records a failed outcome; the hard limit kills a process stuck in native code, and
        # IngestTask.on_failure records that.
        task_soft_time_limit=FILE_TIMEOUT_S,
        task_time_limit=FILE_TIMEOUT_S + HARD_LIMIT_GRACE_S,
        broker_transport_options=redelivery_options(settings.redelivery_s),
    )
    app.task(
        name=TASK_NAME, base=IngestTask, bind=True,
        # OpenSearch or the blob store restarting or briefly unreachable: try the file again
        # later, not fail it.
        autoretry_for=(StoreUnreachable, BlobUnreachable), retry_backoff=5,
        retry_backoff_max=300, max_retries=8,
    )(ingest_file)
    return app


def task_payload(task: FileTask) -> dict[str, Any]:
    """A FileTask as the JSON message body (``other_paths`` a list, as JSON returns it; a
    scan's pages a list of objects)."""
    payload = dataclasses.asdict(task)
    return {**payload, "other_paths": list(task.other_paths),
            "group_pages": list(payload["group_pages"])}


def file_task(payload: dict[str, Any]) -> FileTask:
    """The FileTask of a message body. Keys this version does not know are dropped, so workers
    and producers of neighbouring versions can share a queue during an upgrade."""
    fields = {key: value for key, value in payload.items() if key in _FILE_TASK_FIELDS}
    pages = tuple(ScanPage(**page) for page in payload.get("group_pages") or ())
    return FileTask(**{**fields, "other_paths": tuple(payload.get("other_paths") or ()),
                       "group_pages": pages})


def ingest_file(self: Task, task: dict[str, Any], lost: int = 0) -> str:
    """Process one file and commit its records and ledger entry; returns the terminal state.

    ``lost`` counts the deliveries of this file that ended with their worker dead.
    """
    if (self.request.delivery_info or {}).get("redelivered"):
        # The broker handed the message back: a worker died (or was cold-stopped) holding it.
        lost += 1
        if lost >= MAX_LOST:
            record_failure(task, "WorkerCrashed", f"the worker died {lost} times on this file")
            return "failed"
        # A requeued message cannot be changed and Redis keeps no delivery count, so send the
        # file again carrying the count, and let this delivery be acknowledged.
        log.warning("%s: delivery %d after a lost worker; queued again",
                    task.get("relpath"), lost + 1)
        raise self.retry(kwargs={"lost": lost}, countdown=0)
    settings = get_settings()
    client = get_client(settings)
    planned = file_task(task)
    if lost or self.request.retries:
        # An earlier delivery may have committed part of this file: look for stale records.
        planned = dataclasses.replace(planned, planned_new=False)
    if planned.stage:  # a stage run again over a stored document (ingest.stages)
        outcome = WORK[planned.stage](planned, settings)
    else:
        context = work_context(settings, ingest_corrections(client, settings.index_prefix))
        outcome = process_file(planned, context)
    if outcome.error_class == SoftTimeLimitExceeded.__name__:
        # Name a timeout as the local pool does.
        outcome.error_class = "ExtractionTimeout"
        outcome.error_message = f"{outcome.task.relpath}: took longer than {FILE_TIMEOUT_S}s"
    enqueue(receive(client, settings, outcome))
    close_job_if_done(client, settings, outcome.task.job_id)
    return outcome.state


def record_failure(task: dict[str, Any], error_class: str, reason: str) -> None:
    """Write a failed ledger entry for a message body (which may not even make a FileTask)."""
    settings = get_settings()
    client = get_client(settings)
    relpath = str(task.get("relpath") or task.get("path") or "?")
    tree = {key: task.get(key) for key in ("container", "depth")}
    entry = ledger_entry(
        task["job_id"], task["collection"], relpath, sha256=task.get("sha256"),
        size=task.get("size"), mime=task.get("mime"), state="failed", stage="worker",
        error_class=error_class, error_message=f"{relpath}: {reason}",
        parent=task.get("parent_path"), **(tree if task.get("container") else {}),
    )
    # A scan is as many files as it has pages, each with an entry of its own to settle.
    pages = [ledger_entry(task["job_id"], task["collection"], page["relpath"],
                          sha256=page.get("sha256"), size=page.get("size"), state="failed",
                          stage="worker", error_class=error_class,
                          error_message=f"{page['relpath']}: {reason} (the scan {relpath})",
                          **scan_fields(task.get("group"), number))
             for number, page in enumerate(task.get("group_pages") or (), start=1)]
    write_entries(client, Indices(settings.index_prefix), pages or [entry])
    if task.get("container"):
        # A member: its container may have been waiting for it alone.
        settle_up(client, settings, file_task(task))
    close_job_if_done(client, settings, task["job_id"])


def close_job_if_done(client: OpenSearch, settings: Settings, job_id: str) -> None:
    """Finish the job when no file of it is left queued.

    Ledger writes wait for a refresh, so of two workers writing a job's last two entries at
    once, at least the later one sees none queued; both closing it is harmless. A failure here
    must not fail the file, whose entry is already written: the next file, or
    ``docket ingest`` following the job, closes it instead.
    """
    try:
        if state_counts(SystemStore(client, Indices(settings.index_prefix)), job_id).get("queued", 0) == 0:
            finish_job(client, settings, job_id)
    except Exception:
        log.warning("job %s: could not check or close it", job_id, exc_info=True)


def enqueue(tasks: list[FileTask]) -> None:
    """Send one message per file, over one broker connection."""
    if not tasks:
        return
    app = celery_app()
    with app.producer_or_acquire() as producer:
        for task in tasks:
            app.send_task(TASK_NAME, args=[task_payload(task)], producer=producer)


@worker_process_init.connect
def _load_models(**_kwargs: object) -> None:
    """In each pool process after the fork: a client of its own (the parent's connections must
    not be shared), and spaCy loaded once per process rather than once per file."""
    from ingest.worker import warm_up

    reset_clients()
    model = get_settings().spacy_model
    started = time.monotonic()
    try:
        warm_up(model)
    except Exception:
        # Start anyway: a raise here would re-fork the process in a loop, whereas process_file
        # tries the model again and records the reason on every file's ledger entry.
        log.exception("could not load the spaCy model %r", model)
        return
    log.info("spaCy model %s loaded in %.1fs", model, time.monotonic() - started)


def reset_for_tests() -> None:
    if celery_app.cache_info().currsize:
        celery_app().close()  # give back its broker connections
    celery_app.cache_clear()
