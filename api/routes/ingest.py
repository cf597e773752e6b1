"""``POST /api/ingest``: an upload, or a server-side path under DOCKET_INGEST_ROOTS -> a job."""

from __future__ import annotations

import re
import threading
import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from api.deps import AdminDep, ClientDep, SettingsDep
from api.models import IngestPathRequest
from config import Settings
from ingest.job import Plan, finish_job, run_local, start_job

router = APIRouter(tags=["ingest"])
SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def _run_in_background(client, settings: Settings, plan: Plan) -> None:  # noqa: ANN001
    def work() -> None:
        if settings.broker_url:
            from ingest.tasks import enqueue

            enqueue(plan.tasks)
            return
        run_local(client, settings, plan)
        finish_job(client, settings, plan.job_id)

    threading.Thread(target=work, name=f"job-{plan.job_id}", daemon=True).start()


def _allowed_path(settings: Settings, raw: str) -> Path:
    path = Path(raw).resolve()
    for root in settings.ingest_roots:
        if path.is_relative_to(root.resolve()):
            if not path.exists():
                raise HTTPException(404, f"{raw}: no such file or folder")
            return path
    raise HTTPException(403, "the path is not under an ingest root (DOCKET_INGEST_ROOTS)")


@router.post("/api/ingest/path", status_code=202)
def ingest_path(body: IngestPathRequest, client: ClientDep, settings: SettingsDep,
                user: AdminDep) -> dict:
    path = _allowed_path(settings, body.path)
    mode = "queue" if settings.broker_url else "local"
    plan = start_job(client, settings, [path], body.collection, mode)
    _run_in_background(client, settings, plan)
    return {"job_id": plan.job_id, "received": plan.received}


@router.post("/api/ingest", status_code=202)
def ingest_upload(
    client: ClientDep, settings: SettingsDep, user: AdminDep,
    collection: Annotated[str, Form(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")],
    files: Annotated[list[UploadFile], File()],
) -> dict:
    upload_dir = settings.data_dir / "uploads" / uuid.uuid4().hex
    upload_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for upload in files:
        # Only the last path component, cleaned: an upload name cannot climb out of its folder.
        name = SAFE_NAME.sub("_", Path(upload.filename or "upload").name).strip(". ") or "upload"
        target = upload_dir / name
        with target.open("wb") as out:
            while chunk := upload.file.read(1 << 20):
                written += len(chunk)
                if written > settings.max_upload_bytes:
                    raise HTTPException(413, "upload is larger than DOCKET_MAX_UPLOAD_BYTES")
                out.write(chunk)
    mode = "queue" if settings.broker_url else "local"
    plan = start_job(client, settings, [upload_dir], collection, mode)
    _run_in_background(client, settings, plan)
    return {"job_id": plan.job_id, "received": plan.received}
