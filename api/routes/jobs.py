"""``GET /api/jobs/{id}``: ledger counts, rate, ETA and failures with reasons."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.deps import ClientDep, IndicesDep, UserDep
from api.models import ErrorResponse, JobResponse
from search.jobs import job_report

router = APIRouter(tags=["jobs"])


@router.get("/api/jobs/{job_id}", response_model=JobResponse,
            responses={404: {"model": ErrorResponse}})
def get_job(
    job_id: Annotated[str, Path(pattern=r"^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$")],
    client: ClientDep, indices: IndicesDep, user: UserDep,
) -> dict:
    return job_report(client, indices, job_id, user.visible_collections)
