"""``POST /api/ingest``: an upload, or a server-side path under DOCKET_INGEST_ROOTS -> a job.

An upload is streamed straight into the blob store (ingest.blobs) and ingested from there under
the name it was sent with: its bytes are stored once, and a resumed job finds them by the
``source`` of their ledger entries. Names never touch the disk; they are only document paths.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from api.deps import AdminDep, ClientDep, SettingsDep
from api.handling import handles
from api.models import IngestPathRequest
from config import Settings
from ingest.blobs import Staged, discard_staged, keep_staged, stage_blob
from ingest.job import Plan, dispatch, queue_mode, start_job
from ingest.model import SourceFile

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
    plan = start_job(client, settings, [path], body.collection, mode,
                     group_pages=body.group_pages)
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


class _Allowance:
    """Bytes an upload may still take, across all its files."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def read(self, upload: UploadFile) -> Iterator[bytes]:
        while chunk := upload.file.read(1 << 20):
            self.left -= len(chunk)
            if self.left < 0:
                raise HTTPException(413, "upload is larger than DOCKET_MAX_UPLOAD_BYTES")
            yield chunk


def stage_uploads(files: list[UploadFile], blob_dir: Path, limit: int) -> list[SourceFile]:
    """Every file of an upload in the blob store, named as sent (cleaned). Filed by hash only
    once all are within the limit: a refused upload leaves nothing behind."""
    allowance = _Allowance(limit)
    used: set[str] = set()
    staged: list[tuple[str, Staged]] = []
    try:
        for upload in files:
            name = upload_name(upload.filename, used)
            staged.append((name, stage_blob(blob_dir, allowance.read(upload))))
    except BaseException:
        for _name, done in staged:
            discard_staged(done)
        raise
    return [SourceFile(path=keep_staged(blob_dir, done), relpath=name, size=done.size)
            for name, done in staged]


@router.post("/api/ingest", status_code=202)
@handles(action="ingest.upload")
def ingest_upload(
    client: ClientDep, settings: SettingsDep, user: AdminDep,
    collection: Annotated[str, Form(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")],
    files: Annotated[list[UploadFile], File()],
    group_pages: Annotated[bool, Form(description="Page-per-file scans become one document")]
    = True,
) -> dict:
    uploaded = stage_uploads(files, settings.blob_dir, settings.max_upload_bytes)
    mode = "queue" if queue_mode(settings) else "local"
    plan = start_job(client, settings, [], collection, mode, named=uploaded,
                     group_pages=group_pages)
    _run_in_background(client, settings, plan)
    return {"job_id": plan.job_id, "received": plan.received}
