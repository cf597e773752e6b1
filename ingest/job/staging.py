"""Staging a queued job's inputs into a remote blob store, so that any worker on any host can
run its tasks: the planner (the CLI, or the API for uploads and server-side paths) puts each
file in by its hash, and the task names the blob (``blob:<sha256>``) instead of the file.

With the local store, tasks keep their paths: workers on the planner's host read the files
where they are, as they always have.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path, PurePosixPath

from ingest import formats
from ingest.blobs import BlobStore, ref_sha256
from ingest.model import FileTask, Identity, ScanPage


def stage_inputs(tasks: list[FileTask], store: BlobStore) -> list[FileTask]:
    """The tasks as workers are to see them: with a remote store, their files put into it and
    named by reference (a file already in the store is not sent again)."""
    if not store.remote:
        return tasks
    return [_staged(task, store) for task in tasks]


def _staged(task: FileTask, store: BlobStore) -> FileTask:
    if task.group_pages:
        pages = tuple(_staged_page(page, store) for page in task.group_pages)
        return replace(task, path=pages[0].path, group_pages=pages)
    return replace(task, path=_put(task.path, task.sha256, store))


def _staged_page(page: ScanPage, store: BlobStore) -> ScanPage:
    return replace(page, path=_put(page.path, page.sha256, store))


def _put(path: str, sha256: str, store: BlobStore) -> str:
    if ref_sha256(path) is not None or not sha256:
        return path  # already a blob (a resumed task), or no bytes to keep (an empty file)
    store.put_file(Path(path), sha256)
    return store.ref(sha256)


def recorded_identity(entry: dict) -> Identity | None:
    """The identity of a file whose entry names a remote blob, from the MIME type recorded when
    it was identified; None for a file at hand (identified from its bytes)."""
    if ref_sha256(entry.get("source") or "") is None:
        return None
    mime = entry.get("mime") or "application/octet-stream"
    fmt = formats.by_mime(mime)
    return Identity(mime=mime, family=fmt.family if fmt else "unknown",
                    extension=PurePosixPath(entry["path"]).suffix.lower().lstrip("."))
