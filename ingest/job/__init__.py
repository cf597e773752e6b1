"""Ingestion jobs: the one owner of what is written to the jobs, ledger and documents indices.

    plan (ingest.job.plan)     discover, hash, identify, page-per-file scans (ingest.job.groups),
                               dedup, control numbers, queued entries
    dispatch (here)            the local process pool or Celery, by one policy
    run (ingest.job.run)       outcomes in: members judged and queued, records and ledger
                               entries committed, containers settled from their descendants
    close (``finish_job``)     near-duplicate groups, the job's status

Workers (ingest.worker) make no store call: they take a ``FileTask`` and a ``WorkContext`` and
return an ``Outcome``. The CLI, the API and Celery tasks all call this package.
"""

from __future__ import annotations

from opensearchpy import OpenSearch

from config import Settings
from ingest.blobs import blob_store
from ingest.job.commit import commit_outcomes
from ingest.job.ledger import ledger_entry, write_entries
from ingest.job.plan import (
    CONTAINER_TIMEOUT_S,
    FILE_TIMEOUT_S,
    Plan,
    new_task,
    open_job,
    set_job,
    sources,
    start_job,
    timeout_for,
)
from ingest.job.pool import TASKS_PER_WORKER, Scheduler, Workers
from ingest.job.resume import resume_job
from ingest.job.run import (
    COMMIT_EVERY,
    JobRun,
    Progress,
    Work,
    finish_job,
    run_local,
)
from ingest.job.staging import stage_inputs
from ingest.job.tasks import enqueue

__all__ = [
    "COMMIT_EVERY", "CONTAINER_TIMEOUT_S", "FILE_TIMEOUT_S", "TASKS_PER_WORKER", "JobRun", "Plan",
    "commit_outcomes", "dispatch", "finish_job", "ledger_entry", "new_task", "open_job",
    "queue_mode", "resume_job", "run_and_finish", "run_local", "set_job", "sources",
    "stage_inputs", "start_job", "timeout_for", "write_entries",
]


def queue_mode(settings: Settings, queue: bool | None = None) -> bool:
    """Whether a job goes to Celery: as asked (``docket ingest --queue``), or, when nobody
    asked (an upload through the API), whenever a broker is configured."""
    return bool(settings.broker_url) if queue is None else queue


def dispatch(client: OpenSearch, settings: Settings, plan: Plan, queue: bool,
             progress: Progress | None = None, work: Work | None = None) -> dict[str, int] | None:
    """Hand a planned job's tasks to Celery (returns None: workers close the job), or run them
    in the local pool and close the job (returns its counts). ``work``: a stage re-run's.
    Queued files go into a remote blob store first, for workers that cannot see them."""
    if queue:
        enqueue(plan.tasks if work is not None else stage_inputs(plan.tasks, blob_store(settings)))
        return None
    return run_and_finish(client, settings, plan, progress=progress, work=work)


def run_and_finish(client: OpenSearch, settings: Settings, plan: Plan,
                   progress: Progress | None = None, work: Work | None = None,
                   pool: Scheduler | None = None) -> dict[str, int]:
    """A planned job run here and closed: its files on the workers (``pool``, or a warm pool
    that is up, or the job's own), then its collection stages, which read their documents in
    parts on the same workers while they are still up. Returns the ledger counts."""
    workers = Workers(settings, pool)
    try:
        run_local(client, settings, plan, progress=progress, work=work, workers=workers)
        return finish_job(client, settings, plan.job_id, workers=workers)
    finally:
        workers.close()
