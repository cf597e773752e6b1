"""``GET /api/jobs``: the caller's recent jobs, newest first;
``POST /api/jobs/{id}/resume`` (admin): run the job's files that are still queued;
``GET /api/jobs/{id}``: ledger counts, rate, ETA and failures with reasons;
``GET /api/jobs/{id}/failures.csv``: every failure of the job (children of containers included)
as CSV: path, state, stage, error_class, error_message."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from api.deps import AdminDep, ClientDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse, Identifier, JobResponse
from api.routes import ingest as ingest_routes
from ingest.job import resume_job
from search.jobs import failures_csv, job_report, recent_jobs

router = APIRouter(tags=["jobs"])
JobId = Annotated[str, Path(pattern=r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")]


class JobReport(JobResponse):
    """The job, with the states of the children found in its containers counted apart: they
    are not files the job received, so ``counts`` alone sums to ``received``."""

    child_counts: dict[str, int] = Field(default_factory=dict)


class JobSummary(BaseModel):
    """A job as listed: what it is and where it stands, without its ledger."""

    id: str
    collection: Identifier
    status: Identifier
    mode: str | None = None
    received: int | None = None
    created_at: Identifier | None = None
    finished_at: Identifier | None = None


class Resumed(BaseModel):
    job_id: str
    resumed: int = Field(description="Files still queued, now handed to the workers again")


@router.get("/api/jobs", response_model=list[JobSummary])
@handles(action="jobs.list")
def list_jobs(store: StoreDep, size: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict]:
    return recent_jobs(store, size)


@router.post("/api/jobs/{job_id}/resume", response_model=Resumed, status_code=202,
             responses={404: {"model": ErrorResponse}})
@handles(action="jobs.resume")
def resume(job_id: JobId, store: StoreDep, client: ClientDep, settings: SettingsDep,
           user: AdminDep) -> dict:
    job_report(store, job_id)  # a job the caller may not see is no job (404)
    plan = resume_job(client, settings, job_id)
    if plan.tasks:
        ingest_routes._run_in_background(client, settings, plan)  # as an upload runs
    return {"job_id": job_id, "resumed": len(plan.tasks)}


@router.get("/api/jobs/{job_id}", response_model=JobReport,
            responses={404: {"model": ErrorResponse}})
@handles(action="jobs.view")
def get_job(job_id: JobId, store: StoreDep) -> dict:
    return job_report(store, job_id)


@router.get("/api/jobs/{job_id}/failures.csv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}}, 404: {"model": ErrorResponse}})
@handles(action="jobs.failures.csv.view")
def get_failures_csv(job_id: JobId, store: StoreDep) -> StreamingResponse:
    rows = failures_csv(store, job_id)
    return StreamingResponse(rows, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{job_id}-failures.csv"'})
