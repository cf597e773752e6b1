"""Hearing bundles: made and edited (sections, tabs, documents by control number or URN), shown
numbered with their index, built as one PDF in the background (ingest.job.bundle) and
downloaded; and page references, ``{A/2/5}`` and ``{MPS000123/4}``, resolved to the document
page they cite, one at a time or every one written in a text (a note).

Reviewers and admins with a grant on the collection make, edit and build bundles; any user who
may see the collection reads them and resolves their references. Building and downloading the
PDF need clearance where the collection protects names or has redactions, as producing does
(search.productions): the PDF shows the original pages, with only approved redactions burned
in. Each document is read through the caller's scoped store: one the caller may not see is
refused, named (422 when it is put in a bundle, 403 when a bundle already holds it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from api.bundle_models import (
    BuildStarted,
    Bundle,
    BundleEdit,
    BundleIn,
    BundleSummary,
    IndexEntry,
    ResolvedReference,
)
from api.deps import BlobsDep, ReviewerDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from ingest.blobs import BlobStore
from ingest.job.bundle import BuildRefused, begin, build
from search.bundles import Bundles, Layout, Placed, layout, reference_text
from search.export import csv_cell
from search.productions import Productions
from search.references import resolve, resolve_all
from search.scoped import ScopedStore

router = APIRouter(tags=["bundles"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 409: {"model": ErrorResponse},
          422: {"model": ErrorResponse}}
BundleId = Annotated[str, Path(pattern=r"^bundle-[0-9a-f]{32}$")]
Collection = Annotated[str | None, Query(max_length=63)]
INDEX_COLUMNS = ("tab", "tab_title", "document", "date", "description", "first_page",
                 "last_page", "reference")


def _document(numbered: Layout, placed: Placed) -> dict[str, Any]:
    return {"document": placed.given, "doc_id": placed.doc_id, "control": placed.control,
            "urn": placed.urn, "title": placed.title, "date": placed.date,
            "description": placed.description, "pages": placed.pages,
            "first_page": placed.first, "last_page": placed.last, "tab_first": placed.tab_first,
            "tab_last": placed.tab_last,
            "reference": f"{{{reference_text(numbered.letter, placed.tab, placed.tab_first)}}}"}


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    return {**record, "errors": record.get("errors") or [],
            "progress": record.get("progress") or {"done": 0, "total": 0},
            "file_pages": record.get("pages") if record.get("state") == "built" else None}


def _shown(store: ScopedStore, record: dict[str, Any]) -> dict[str, Any]:
    numbered = layout(store, record)
    sections: list[dict[str, Any]] = [{"title": title, "tabs": []}
                                      for title in numbered.sections]
    for tab in numbered.tabs:
        sections[tab.section]["tabs"].append({
            "number": tab.number, "title": tab.title, "first_page": tab.first,
            "last_page": tab.first + tab.pages - 1, "pages": tab.pages,
            "documents": [_document(numbered, d) for d in tab.documents]})
    return {**_summary(record), "pages": numbered.pages, "sections": sections}


def _unprocessable(exc: ValueError) -> HTTPException:
    return HTTPException(422, str(exc))


@router.post("/api/bundles", response_model=Bundle, status_code=201, responses=ERRORS)
@handles(action="bundle.create")
def create(body: BundleIn, request: Request, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    """Make a bundle. A control number or URN the caller may not see in the collection, or a
    document given twice, is refused (422), named; a second bundle of a letter is refused."""
    try:
        record = Bundles(store).create(body.collection, body.letter, body.title,
                                       body.model_dump()["sections"])
    except ValueError as exc:
        raise _unprocessable(exc) from None
    request.state.audit_details = {"bundle": record["id"], "collection": body.collection,
                                   "letter": body.letter}
    return _shown(store, record)


@router.get("/api/bundles", response_model=list[BundleSummary], responses=ERRORS)
@handles(action="bundles.view")
def list_bundles(store: StoreDep, collection: Collection = None) -> list:
    return [_summary(r) for r in Bundles(store).list(collection)]


@router.get("/api/bundles/{bundle_id}", response_model=Bundle, responses=ERRORS)
@handles(action="bundle.view")
def show(bundle_id: BundleId, store: StoreDep) -> dict:
    """The bundle numbered: its sections, tabs and documents with their bundle pages."""
    return _shown(store, Bundles(store).get(bundle_id))


@router.put("/api/bundles/{bundle_id}", response_model=Bundle, responses=ERRORS)
@handles(action="bundle.edit")
def edit(bundle_id: BundleId, body: BundleEdit, request: Request, store: StoreDep,
         _reviewer: ReviewerDep) -> dict:
    """Replace the bundle's title and contents (it is a draft again: build it anew)."""
    request.state.audit_details = {"bundle": bundle_id}
    bundles = Bundles(store)
    bundles.get(bundle_id)  # 404 first: an unseen bundle is not "being built"
    try:
        record = bundles.update(bundle_id, body.title, body.model_dump()["sections"])
    except ValueError as exc:
        raise HTTPException(409 if "being built" in str(exc) else 422, str(exc)) from None
    return _shown(store, record)


@router.get("/api/bundles/{bundle_id}/index", response_model=list[IndexEntry], responses={
    **ERRORS, 200: {"content": {"application/json": {}, "text/csv": {}}}})
@handles(action="bundle.index")
def index(bundle_id: BundleId, store: StoreDep,
          format: Literal["json", "csv"] = "json") -> Any:
    """The index: a row per document (tab, document, date, description, bundle pages)."""
    record = Bundles(store).get(bundle_id)
    numbered = layout(store, record)
    rows = [{"tab": d.tab, "tab_title": numbered.tabs[d.tab - 1].title,
             "document": d.urn or d.control, "date": (d.date or "")[:10] or None,
             "description": d.label, "first_page": d.first, "last_page": d.last,
             "reference": _document(numbered, d)["reference"]} for d in numbered.documents]
    if format == "json":
        return rows
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(INDEX_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(row[c]) for c in INDEX_COLUMNS])
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="bundle-{record["letter"]}-index.csv"'})


@router.post("/api/bundles/{bundle_id}/build", response_model=BuildStarted, status_code=202,
             responses=ERRORS)
@handles(action="bundle.build")
def build_bundle(bundle_id: BundleId, request: Request, store: StoreDep, settings: SettingsDep,
                 tasks: BackgroundTasks, _reviewer: ReviewerDep) -> dict:
    """Build the bundle's PDF in the background: its state and progress say how far it is."""
    record = Bundles(store).get(bundle_id)
    Productions(store).needs_clearance(record["collection"])
    numbered = layout(store, record)  # every document checked for this caller (403 naming)
    if not numbered.documents:
        raise HTTPException(422, f"bundle {record['letter']} has no documents to build")
    try:
        begin(store.client, settings, record, store.caller.user)
    except BuildRefused as exc:
        raise HTTPException(409, str(exc)) from None
    tasks.add_task(build, store.client, settings, bundle_id)
    request.state.audit_details = {"bundle": bundle_id, "collection": record["collection"],
                                   "documents": len(numbered.documents),
                                   "pages": numbered.pages}
    return {"id": bundle_id, "state": "building"}


def _blocks(blobs: BlobStore, sha256: str) -> Iterator[bytes]:
    with blobs.open(sha256) as stream:
        yield from iter(lambda: stream.read(1 << 20), b"")


@router.get("/api/bundles/{bundle_id}/pdf", responses={
    **ERRORS, 200: {"content": {"application/pdf": {}}}})
@handles(action="bundle.download")
def download(bundle_id: BundleId, store: StoreDep, blobs: BlobsDep) -> StreamingResponse:
    """The built bundle as one PDF: the index, then every document stamped with its bundle
    reference, bookmarked by tab and document."""
    record = Bundles(store).get(bundle_id)
    Productions(store).needs_clearance(record["collection"])
    if record.get("state") != "built" or not record.get("sha256"):
        raise HTTPException(409, f"bundle {record['letter']} has not been built (it is "
                                 f"{record.get('state')})")
    layout(store, record)  # a grant revoked on one of its documents since: 403, named
    return StreamingResponse(_blocks(blobs, record["sha256"]), media_type="application/pdf",
                             headers={"Content-Length": str(blobs.size(record["sha256"])),
                                      "Content-Disposition": f'attachment; filename="bundle-'
                                      f'{record["letter"]}-{record["collection"]}.pdf"'})


@router.get("/api/references", response_model=list[ResolvedReference], responses=ERRORS)
@handles(action="references.resolve")
def references_in(store: StoreDep, text: Annotated[str, Query(max_length=20_000)] = "",
                  collection: Collection = None) -> list:
    """Every reference written in ``text`` (a note): ``{A/2/5}`` or ``{MPS000123/4}``, each
    resolved to its document page, or with ``error`` saying why it does not resolve."""
    return resolve_all(store, text, collection)


@router.get("/api/references/{letter}/{tab}/{page}", response_model=ResolvedReference,
            responses=ERRORS)
@handles(action="reference.resolve")
def resolve_bundle_reference(
        letter: Annotated[str, Path(pattern=r"^[A-Z][A-Z0-9]{0,5}$")],
        tab: Annotated[int, Path(ge=1, le=9_999)],
        page: Annotated[str, Path(pattern=r"^[0-9]{1,6}[A-Z]?$")],
        store: StoreDep, collection: Collection = None) -> dict:
    """``{BUNDLE/TAB/PAGE}`` as the document page it cites: page PAGE of tab TAB (404 past
    the tab's end; 422 when bundles of that letter are in several of the caller's collections
    and ``collection`` does not say which)."""
    try:
        return resolve(store, f"{letter}/{tab}/{page}", collection)
    except ValueError as exc:
        raise _unprocessable(exc) from None
