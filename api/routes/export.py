"""``GET /api/export``: a whole result set as CSV or JSON, or its originals as a ZIP with a load
file, streamed with no cap. With a query, CSV and JSON carry the hit pages, their citations and
snippets; ``per=page`` gives one row per hit page. Reviewers and admins only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import StreamingResponse

from api.deps import BlobsDep, ReviewerDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.routes.search import Collections, DateFrom, DateTo, Filters, Q, search_request
from ingest.blobs import BlobMissing, BlobStore
from search.export import Export, Original

router = APIRouter(tags=["export"])
MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json",
         "zip": "application/zip"}


@router.get(
    "/api/export", response_class=StreamingResponse,
    responses={200: {"content": {media: {} for media in MEDIA.values()},
                     "description": "The export, streamed as an attachment"},
               400: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
               403: {"model": ErrorResponse}})
@handles(action="export", response="copy")
def export(
    blobs: BlobsDep, store: StoreDep, _reviewer: ReviewerDep,
    q: Q = "", collection: Collections = None, filter: Filters = None,
    date_from: DateFrom = None, date_to: DateTo = None,
    sort: Annotated[str, Query(pattern="^(relevance|date|date_asc|control)$")] = "relevance",
    format: Annotated[str, Query(pattern="^(csv|json|zip)$", description=(
        "csv or json: one row per document (metadata, the caller's tags, the document's "
        "coding: coding.relevance, coding.issue...). zip: the originals "
        "under natives/, named by control number, and loadfile.csv (control number, path in "
        "the ZIP, SHA-256 of the bytes shipped, status). With q, csv and json rows add "
        "hit_pages, citations (CONTROL-0001) and snippets (plain text), page by page"))] = "csv",
    per: Annotated[str, Query(pattern="^(document|page)$", description=(
        "document: a row per document. page: a row per page holding a hit of q (citation, "
        "page, snippet, then the document's fields), to cite from; needs q"))] = "document",
) -> StreamingResponse:
    if per == "page" and not q.strip():
        raise HTTPException(400, "per=page lists the pages a query hits: give q")
    exporter = Export(store)
    # Compiled now, so a bad query is a 400 before the first byte of a 200 goes out.
    plan = exporter.plan(search_request(q, collection, filter, date_from, date_to, sort), per)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    if format == "zip":
        body = exporter.zip(plan, lambda sha256: _original(blobs, sha256))
    elif format == "json":
        body = exporter.json(plan)
    else:
        body = exporter.csv(plan)
    return StreamingResponse(body, media_type=MEDIA[format], headers={
        "Content-Disposition": f'attachment; filename="docket-export-{stamp}.{format}"',
        "X-Content-Type-Options": "nosniff"})


def _original(blobs: BlobStore, sha256: str) -> Original | None:
    try:
        size = blobs.size(sha256)
    except (ValueError, BlobMissing):  # no hash, or no blob
        return None
    # Not checked on the way: the export hashes what it ships and says so in the load file.
    return Original(size=size, open=lambda: blobs.open(sha256, verify=False))
