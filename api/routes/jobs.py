"""``GET /api/jobs/{id}``: ledger counts, rate, ETA and failures with reasons;
``GET /api/jobs/{id}/failures.csv``: every failure of the job (children of containers included)
as CSV: path, state, stage, error_class, error_message."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import StreamingResponse
from pydantic import Field

from api.deps import StoreDep
from api.handling import handles
from api.models import ErrorResponse, JobResponse
from search.jobs import failures_csv, job_report

router = APIRouter(tags=["jobs"])
JobId = Annotated[str, Path(pattern=r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")]


class JobReport(JobResponse):
    """The job, with the states of the children found in its containers counted apart: they
    are not files the job received, so ``counts`` alone sums to ``received``."""

    child_counts: dict[str, int] = Field(default_factory=dict)


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
