"""``/api/collections``; and the stages that can be run again over a collection's documents:
``GET /api/collections/{name}/stages`` lists them (``ingest.stages.STAGES``), ``POST`` (admin)
starts one as a job, which the job screen follows as it follows a load."""

from __future__ import annotations

import threading
from typing import Annotated, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from api.deps import AdminDep, ClientDep, IndicesDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import CollectionIn, CollectionOut, ErrorResponse
from config import Settings
from ingest.job import Plan, queue_mode
from ingest.stages import STAGES, plan_stage, run_stage_job
from search.store import ensure_collection, list_collections, visible_collection

router = APIRouter(tags=["collections"])
CollectionName = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
StageName = Literal[tuple(STAGES)]  # type: ignore[valid-type]


class StageInfo(BaseModel):
    """A stage that can be run again, as the archivist's page offers it."""

    # Plain text, not Identifier: the cipher middleware reads identifier-ness by key across all
    # responses, and "name" elsewhere holds what may be a person's name.
    name: str
    description: str


class StageRequest(BaseModel):
    stage: StageName = Field(description="The stage to run again over every document of the "
                                         "collection")


class StageStarted(BaseModel):
    job_id: str
    stage: str
    received: int = Field(description="Documents the stage will run over")


@router.get("/api/collections", response_model=list[CollectionOut])
@handles(action="collections.view")
def get_collections(store: StoreDep) -> list[dict]:
    return list_collections(store)


@router.post("/api/collections", response_model=CollectionOut, status_code=201)
@handles(action="collections.create")
def create_collection(
    body: CollectionIn, client: ClientDep, indices: IndicesDep, settings: SettingsDep,
    user: AdminDep,
) -> dict:
    return ensure_collection(client, indices, body.name, body.prefix, body.description,
                             secret_key=settings.secret_key)


@router.get("/api/collections/{name}/stages", response_model=list[StageInfo],
            responses={404: {"model": ErrorResponse}})
@handles(action="collections.stages.view")
def get_stages(name: CollectionName, store: StoreDep) -> list[dict]:
    visible_collection(store, name)
    return [{"name": stage, "description": text} for stage, text in STAGES.items()]


def _run_in_background(client, settings: Settings, plan: Plan, stage: str) -> None:  # noqa: ANN001
    """As an upload runs (api.routes.ingest): on Celery whenever a broker is configured, else
    in the local pool; names and cases in this process."""
    threading.Thread(target=run_stage_job, args=(client, settings, plan, stage),
                     kwargs={"queue": queue_mode(settings)}, name=f"job-{plan.job_id}",
                     daemon=True).start()


@router.post("/api/collections/{name}/stages", response_model=StageStarted, status_code=202,
             responses={404: {"model": ErrorResponse}})
@handles(action="collections.stages.run")
def run_stage(name: CollectionName, body: StageRequest, store: StoreDep, client: ClientDep,
              settings: SettingsDep, user: AdminDep) -> dict:
    visible_collection(store, name)  # a stage runs over a collection that exists
    plan = plan_stage(client, settings, None, name, body.stage)
    _run_in_background(client, settings, plan, body.stage)
    return {"job_id": plan.job_id, "stage": body.stage, "received": plan.received}
