"""A collection's disclosure and its completeness report (search.completeness).

``PUT /api/collections/{name}/disclosure`` (admins) records the organisation that produced the
collection and the request it answers. The report (reviewers and admins, of a collection they
have a grant on; another is a 404): ``GET .../completeness`` its counts and coverage,
``GET .../completeness/{section}`` a page of one of its lists, ``.../completeness/{section}.csv``
all of it, ``.../completeness.docx`` the annex for a letter. The downloads are audited as
exports; for a caller without clearance the CSV's names are ciphered by the middleware, and the
DOCX, which it cannot cipher, is refused when the caller may see a protected name (api.ciphers).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response, StreamingResponse

from api.completeness_models import CompletenessPage, CompletenessReport
from api.deps import AdminDep, ReviewerDep, StoreDep
from api.handling import handles
from api.models import CollectionOut, Disclosure, ErrorResponse
from api.routes.collections import CollectionName
from search.completeness import SECTIONS, Completeness
from search.store import set_disclosure

router = APIRouter(tags=["completeness"])
SectionName = Annotated[str, Path(pattern="^(" + "|".join(SECTIONS) + ")$",
                                  description="files, families, duplicates, near-duplicates or "
                                  "recipients")]
ERRORS = {401: {"model": ErrorResponse}, 403: {"model": ErrorResponse},
          404: {"model": ErrorResponse}}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.put("/api/collections/{name}/disclosure", response_model=CollectionOut,
            responses=ERRORS)
@handles(action="collections.disclosure.set")
def put_disclosure(name: CollectionName, body: Disclosure, store: StoreDep,
                   _admin: AdminDep) -> dict:
    return set_disclosure(store, name, body.model_dump(mode="json"))


@router.get("/api/collections/{name}/completeness", response_model=CompletenessReport,
            responses=ERRORS)
@handles(action="completeness.view")
def get_report(name: CollectionName, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    return Completeness(store).summary(name)


@router.get("/api/collections/{name}/completeness.docx", response_class=Response,
            responses={**ERRORS, 200: {"content": {DOCX: {}},
                                       "description": "The report as a DOCX annex"}})
@handles(action="completeness.export")
def get_annex(name: CollectionName, store: StoreDep, _reviewer: ReviewerDep) -> Response:
    return Response(Completeness(store).annex(name), media_type=DOCX, headers={
        "Content-Disposition": f'attachment; filename="completeness-{name}.docx"',
        "X-Content-Type-Options": "nosniff"})


@router.get("/api/collections/{name}/completeness/{section}.csv",
            response_class=StreamingResponse,
            responses={**ERRORS, 200: {"content": {"text/csv": {}},
                                       "description": "Every row of the list, streamed"}})
@handles(action="completeness.export")
def get_section_csv(name: CollectionName, section: SectionName, store: StoreDep,
                    _reviewer: ReviewerDep) -> StreamingResponse:
    lines = Completeness(store).csv(name, section)
    return StreamingResponse(lines, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="completeness-{name}-{section}.csv"',
        "X-Content-Type-Options": "nosniff"})


@router.get("/api/collections/{name}/completeness/{section}", response_model=CompletenessPage,
            responses={**ERRORS, 400: {"model": ErrorResponse}})
@handles(action="completeness.view")
def get_section(name: CollectionName, section: SectionName, store: StoreDep,
                _reviewer: ReviewerDep,
                cursor: Annotated[str | None, Query(max_length=4000, description=(
                    "next of the page before"))] = None,
                size: Annotated[int, Query(ge=1, le=500)] = 100) -> dict:
    return Completeness(store).page(name, section, cursor, size)
