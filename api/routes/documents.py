"""``/api/documents/{id}``: metadata, pages and the original file."""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from api.deps import BlobsDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import DocumentResponse, ErrorResponse, HitPagesResponse, PageResponse
from ingest.blobs import BlobMissing, BlobStore
from ingest.page_image import NoPageImage, page_png
from search.viewer import DocumentView

router = APIRouter(tags=["documents"])
DocId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}-[0-9a-f]{32}$")]
INLINE_TYPES = ("application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff")
NOT_FOUND = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse}}


@router.get("/api/documents/{doc_id}", response_model=DocumentResponse, responses=NOT_FOUND)
@handles(action="document.view", response="copy")
def get_document(doc_id: DocId, store: StoreDep) -> dict:
    view = DocumentView(store)
    document = view.get(doc_id)
    paths = document.get("paths") or []
    # A page-per-file scan's first paths are its files, one per page: not copies.
    files = len(document.get("page_files") or [])
    return {**document, "scan_files": paths[:files],
            "duplicates": [p for p in paths[files:] if p != document.get("path")],
            "entities": view.entities(doc_id), **view.family(document)}


@router.get("/api/documents/{doc_id}/hits", response_model=HitPagesResponse, responses=NOT_FOUND)
@handles(action="documents.hits.view", response="copy")
def get_hit_pages(
    doc_id: DocId, store: StoreDep, q: Annotated[str, Query(max_length=4000)] = "",
) -> dict:
    """The pages holding hits of q, so the viewer can step from hit to hit across pages."""
    view = DocumentView(store)
    return {"document_id": doc_id, "q": q, "pages": view.hit_pages(doc_id, q)}


@router.get("/api/documents/{doc_id}/pages/{number}", response_model=PageResponse,
            responses=NOT_FOUND)
@handles(action="page.view", response="copy")
def get_page(
    doc_id: DocId, number: Annotated[int, Path(ge=1, le=100_000)],
    store: StoreDep, q: Annotated[str, Query(max_length=4000)] = "",
) -> dict:
    return DocumentView(store).page(doc_id, number, q)


@router.get("/api/documents/{doc_id}/file", responses=NOT_FOUND,
            response_class=FileResponse)
@handles(action="download")
def get_file(
    doc_id: DocId, blobs: BlobsDep, store: StoreDep,
    page: Annotated[int | None, Query(ge=1, le=100_000, description=(
        "For a page-per-file scan: the file of this page (the first when not given)"))] = None,
) -> Response:
    sha256, filename, mime = original_file(DocumentView(store).get(doc_id), page)
    if not blobs.exists(sha256):
        raise HTTPException(404, "the original is not in the blob store")
    inline = mime in INLINE_TYPES
    media_type = mime if inline else "application/octet-stream"
    headers = {"X-Content-Type-Options": "nosniff",
               "Content-Security-Policy": "default-src 'none'; sandbox"}
    disposition = "inline" if inline else "attachment"
    if blobs.remote:
        return _streamed(blobs, sha256, filename, media_type, disposition, headers)
    with blobs.local_copy(blobs.ref(sha256)) as path:  # the blob's own file: nothing copied
        return FileResponse(path, media_type=media_type, filename=filename,
                            content_disposition_type=disposition, headers=headers)


@router.get("/api/documents/{doc_id}/pages/{number}/image", responses={
    **NOT_FOUND, 200: {"content": {"image/png": {}}}}, response_class=Response)
@handles(action="page.image")
def get_page_image(
    doc_id: DocId, number: Annotated[int, Path(ge=1, le=100_000)], blobs: BlobsDep,
    store: StoreDep, settings: SettingsDep,
) -> Response:
    """A page of a PDF or image original as a PNG, to draw redaction boxes on (404 for a
    document whose pages are text). Like the original, it needs clearance once the collection
    protects names or has approved redactions."""
    document = DocumentView(store).get(doc_id)
    scan = bool(document.get("page_files"))
    sha256, _filename, mime = original_file(document, number)
    label = document.get("control") or doc_id
    if scan and number > len(document["page_files"]):
        raise HTTPException(404, f"{label} has {len(document['page_files'])} pages, not {number}")
    if not blobs.exists(sha256):
        raise HTTPException(404, "the original is not in the blob store")
    try:
        with blobs.local_copy(blobs.ref(sha256)) as path:
            png = page_png(path, mime or "", 1 if scan else number, tuple(settings.passwords),
                           label)
    except NoPageImage as exc:
        raise HTTPException(404, str(exc)) from None
    return Response(png, media_type="image/png", headers={
        "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"})


def _streamed(blobs: BlobStore, sha256: str, filename: str, media_type: str,
              disposition: str, headers: dict[str, str]) -> StreamingResponse:
    """A remote blob, streamed as it is read and checked (a corrupt one ends the download
    short, with the error in the log, rather than passing for the original)."""
    opened = blobs.open(sha256)
    try:
        stream = opened.__enter__()
    except BlobMissing:
        raise HTTPException(404, "the original is not in the blob store") from None
    return StreamingResponse(
        iter(lambda: stream.read(1 << 20), b""), media_type=media_type,
        headers={**headers, "Content-Length": str(blobs.size(sha256)),
                 "Content-Disposition": _disposition(disposition, filename)},
        background=BackgroundTask(opened.__exit__, None, None, None))


def _disposition(kind: str, filename: str) -> str:
    """As FileResponse names a file, so that both stores answer alike (RFC 6266)."""
    quoted = quote(filename)
    if quoted != filename:
        return f"{kind}; filename*=utf-8''{quoted}"
    return f'{kind}; filename="{filename}"'


def original_file(document: dict, page: int | None) -> tuple[str, str, str | None]:
    """The hash, file name and type of a document's original: for a page-per-file scan, the
    file of the page asked for (ingest.scans). A caller without clearance reads no hash of a
    document of a collection that protects names or has redactions (search.scoped,
    OF_THE_ORIGINAL): its original is not theirs to open, and its size is never sent."""
    if not document.get("sha256"):
        raise HTTPException(403, f"the original of {document['control']} may hold names or "
                                 "redacted text you are not cleared to see: it needs clearance")
    sha256, filename = document["sha256"], document.get("filename") or document["control"]
    mime = document.get("mime")
    if document.get("page_files"):
        number = min(page or 1, len(document["page_files"]))
        sha256 = document["page_files"][number - 1]
        filename = PurePosixPath(document["paths"][number - 1]).name
        mime = mimetypes.guess_type(filename)[0] or mime
    return sha256, filename, mime or mimetypes.guess_type(filename)[0]
