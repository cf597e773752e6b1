"""``POST /api/ingest``: an upload, or a server-side path under DOCKET_INGEST_ROOTS -> a job."""

from __future__ import annotations

import re
import shutil
import threading
import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from api.deps import AdminDep, ClientDep, SettingsDep
from api.handling import handles
from api.models import IngestPathRequest
from config import Settings
from ingest.job import Plan, dispatch, queue_mode, start_job

router = APIRouter(tags=["ingest"])
SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def _run_in_background(client, settings: Settings, plan: Plan) -> None:  # noqa: ANN001
    def work() -> None:
        dispatch(client, settings, plan, queue_mode(settings))

    threading.Thread(target=work, name=f"job-{plan.job_id}", daemon=True).start()


def _allowed_path(settings: Settings, raw: str) -> Path:
    """The path, resolved (symlinks followed, '..' gone), if it lies under an ingest root.
    Discovery does not follow links inside it (ingest.discover), so nothing outside is read."""
    if not raw or "\x00" in raw or len(raw) > 4096:
        raise HTTPException(400, "not a usable path")
    if not Path(raw).is_absolute():
        # A relative path would resolve against the server's working directory.
        raise HTTPException(400, "give an absolute path")
    try:
        path = Path(raw).resolve()
    except (OSError, RuntimeError, ValueError):
        raise HTTPException(400, "not a usable path") from None
    for root in settings.ingest_roots:
        if path.is_relative_to(root.resolve()):
            if not path.exists():
                raise HTTPException(404, f"{raw}: no such file or folder")
            return path
    raise HTTPException(403, "the path is not under an ingest root (DOCKET_INGEST_ROOTS)")


@router.post("/api/ingest/path", status_code=202)
@handles(action="ingest.path")
def ingest_path(body: IngestPathRequest, client: ClientDep, settings: SettingsDep,
                user: AdminDep) -> dict:
    path = _allowed_path(settings, body.path)
    mode = "queue" if queue_mode(settings) else "local"
    plan = start_job(client, settings, [path], body.collection, mode)
    _run_in_background(client, settings, plan)
    return {"job_id": plan.job_id, "received": plan.received}


def upload_name(raw: str | None, used: set[str]) -> str:
    """A safe file name for an upload: the last component of what the client sent (either kind
    of slash), cleaned; never '.', '..' or empty; unique within the upload."""
    name = SAFE_NAME.sub("_", (raw or "").replace("\\", "/").rsplit("/", 1)[-1]).strip(". ")
    name = name[:200] or "upload"
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if dot and stem else f"{name}-{n}"
    used.add(candidate.lower())
    return candidate


def _save_uploads(files: list[UploadFile], upload_dir: Path, limit: int) -> None:
    written = 0
    used: set[str] = set()
    for upload in files:
        target = upload_dir / upload_name(upload.filename, used)
        with target.open("xb") as out:  # "x": never through an existing file or link
            while chunk := upload.file.read(1 << 20):
                written += len(chunk)
                if written > limit:
                    raise HTTPException(413, "upload is larger than DOCKET_MAX_UPLOAD_BYTES")
                out.write(chunk)


@router.post("/api/ingest", status_code=202)
@handles(action="ingest.upload")
def ingest_upload(
    client: ClientDep, settings: SettingsDep, user: AdminDep,
    collection: Annotated[str, Form(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")],
    files: Annotated[list[UploadFile], File()],
) -> dict:
    upload_dir = settings.data_dir / "uploads" / uuid.uuid4().hex
    upload_dir.mkdir(parents=True, exist_ok=True)
    try:
        _save_uploads(files, upload_dir, settings.max_upload_bytes)
    except BaseException:
        shutil.rmtree(upload_dir, ignore_errors=True)  # no half-written upload left behind
        raise
    mode = "queue" if queue_mode(settings) else "local"
    plan = start_job(client, settings, [upload_dir], collection, mode)
    _run_in_background(client, settings, plan)
    return {"job_id": plan.job_id, "received": plan.received}
