"""Productions: made from control numbers, a saved search or tags; issued as stamped, redacted
PDFs (ingest.job.produce) in the background; downloaded as a ZIP with the load file and the
redaction log; and the references ``{URN/PAGE}`` resolved to the document page they cite.

Reviewers and admins with a grant on the collection make, issue and download productions, with
clearance where the collection protects names or has redactions (search.productions). Each
document is checked through the caller's scoped store when the production is made: one the
caller may not see is refused, named. Issuing is one record of the audit trail (api.audit),
with the production in its details. Any user who may see the document resolves a reference.
"""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, HTTPException, Path, Query, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from api.deps import BlobsDep, ReviewerDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.production_models import (
    IssueStarted,
    Production,
    ProductionDetail,
    ProductionIn,
    ProductionPreview,
    Reference,
)
from config import Settings
from ingest.blobs import BlobStore
from ingest.job.produce import IssueRefused, begin, issue
from search.production_preview import preview
from search.productions import Choice, Productions, load_file_rows
from search.redactions import Redactions, log_csv
from search.scoped import ScopedStore
from search.viewer import DocumentView

router = APIRouter(tags=["productions"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 409: {"model": ErrorResponse},
          422: {"model": ErrorResponse}}
ProductionId = Annotated[str, Path(pattern=r"^prod-[0-9a-f]{32}$")]
Urn = Annotated[str, Path(pattern=r"^[A-Z][A-Z0-9]{1,9}[0-9]{6}$")]


def _shown(record: dict[str, Any]) -> dict[str, Any]:
    withheld = record.get("withheld_docs")
    if withheld is None:
        withheld = record.get("withheld") or []
    return {**record, "documents": len(record.get("doc_ids") or record.get("controls") or [])
            or record.get("progress", {}).get("total", 0),
            "withheld": withheld, "errors": record.get("errors") or []}


def _issued(store: ScopedStore, production_id: str) -> tuple[dict, list[dict]]:
    productions = Productions(store)
    production = productions.get(production_id)
    productions.needs_clearance(production["collection"])
    if production["state"] not in ("issued", "failed") or not production.get("issues"):
        raise HTTPException(409, f"production {production_id} has not been issued "
                                 f"(it is {production['state']})")
    return production, productions.produced(production_id)


@router.post("/api/productions", response_model=Production, status_code=201, responses=ERRORS)
@handles(action="production.create")
def create(body: ProductionIn, request: Request, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    """Make a draft production. A control number of a document the caller may not see is
    refused (422), named."""
    choice = Choice(body.controls, body.saved_search, body.tags)
    try:
        record = Productions(store).create(body.name, body.collection, body.recipient,
                                           body.prefix, choice, body.withheld)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    request.state.audit_details = {"production": record["id"], "collection": body.collection,
                                   "documents": len(record["doc_ids"])}
    return _shown(record)


@router.get("/api/productions", response_model=list[Production], responses=ERRORS)
@handles(action="productions.view")
def list_productions(store: StoreDep, _reviewer: ReviewerDep,
                     collection: Annotated[str | None, Query(max_length=63)] = None) -> list:
    return [_shown(r) for r in Productions(store).list(collection)]


@router.get("/api/productions/{production_id}", response_model=ProductionDetail,
            responses=ERRORS)
@handles(action="production.view")
def show(production_id: ProductionId, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    productions = Productions(store)
    record = productions.get(production_id)
    produced = [p for p in productions.produced(production_id) if p.get("sha256")]
    return {**_shown(record), "produced": produced}


@router.get("/api/productions/{production_id}/preview", response_model=ProductionPreview,
            responses=ERRORS)
@handles(action="production.preview")
def show_preview(production_id: ProductionId, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    """What issuing gives: each document with the URN it has or is to be given, its pages and
    redactions (approved, and proposed only), and those withheld in full with the reason."""
    return preview(store, production_id)


@router.post("/api/productions/{production_id}/issue", response_model=IssueStarted,
             status_code=202, responses=ERRORS)
@handles(action="production.issue")
def issue_production(production_id: ProductionId, request: Request, store: StoreDep,
                     settings: SettingsDep, tasks: BackgroundTasks,
                     _reviewer: ReviewerDep) -> dict:
    """Issue (or issue again) the production in the background: its state says how far it
    is. URNs issued before are kept, and so are files whose inputs did not change."""
    request.state.audit_details = {"production": production_id}
    productions = Productions(store)
    production = productions.get(production_id)
    productions.needs_clearance(production["collection"])
    # Every document is checked again for this caller: a grant may have been revoked since.
    visible = {d["_id"] for d in store.mget(store.indices.documents, production["doc_ids"],
                                            _source_includes=["id"])}
    unseen = [c for d, c in zip(production["doc_ids"], production["controls"], strict=True)
              if d not in visible]
    if unseen:
        raise HTTPException(403, f"production {production_id} holds documents you may not "
                                 f"see: {', '.join(unseen[:20])}")
    try:
        begin(store.client, settings, production, store.caller.user)
    except IssueRefused as exc:
        raise HTTPException(409, str(exc)) from None
    tasks.add_task(issue, store.client, settings, production_id)
    request.state.audit_details = {"production": production_id,
                                   "collection": production["collection"],
                                   "documents": len(production["doc_ids"]),
                                   "issue": int(production.get("issues") or 0) + 1}
    return {"id": production_id, "state": "issuing"}


@router.get("/api/productions/{production_id}/load-file", responses={
    **ERRORS, 200: {"content": {"text/csv": {}}}})
@handles(action="production.load-file")
def load_file(production_id: ProductionId, store: StoreDep, _reviewer: ReviewerDep) -> Response:
    """The load file (CSV): URN, control number, source path, SHA-256 of the produced PDF,
    page count, redaction count; documents withheld in full last, with their reasons."""
    production, produced = _issued(store, production_id)
    return Response(_load_csv(production, produced), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition":
                             f'attachment; filename="{production_id}-loadfile.csv"'})


def _load_csv(production: dict, produced: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in load_file_rows(production, produced):
        writer.writerow(row)
    return buffer.getvalue()


def _redaction_log(store: ScopedStore, production: dict, produced: list[dict]) -> str:
    urns = {p["doc_id"]: p["urn"] for p in produced if p.get("sha256")}
    withheld = {w["doc_id"] for w in production.get("withheld_docs") or []}
    records = [{**r, "urn": urns.get(r["doc_id"], "")}
               for r in Redactions(store).log(production["collection"])
               if r["state"] == "approved" and (r["doc_id"] in urns or r["doc_id"] in withheld)]
    return log_csv(records, extra=("urn",))


@router.get("/api/productions/{production_id}/download", responses={
    **ERRORS, 200: {"content": {"application/zip": {}}}})
@handles(action="production.download")
def download(production_id: ProductionId, store: StoreDep, settings: SettingsDep,
             blobs: BlobsDep, _reviewer: ReviewerDep) -> FileResponse:
    """The issued production as a ZIP: a PDF per produced document (``<URN>.pdf``), the load
    file and the redaction log."""
    production, produced = _issued(store, production_id)
    path = _zip(settings, blobs, production, produced, _redaction_log(store, production, produced))
    return FileResponse(path, media_type="application/zip",
                        filename=f"{production['prefix']}-{production_id}.zip",
                        background=BackgroundTask(path.unlink, missing_ok=True))


def _zip(settings: Settings, blobs: BlobStore, production: dict, produced: list[dict],
         log: str) -> FilePath:
    work = settings.data_dir / "work"
    work.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(dir=work, suffix=".zip", delete=False)  # noqa: SIM115
    path = FilePath(handle.name)
    with handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for record in produced:
            if not record.get("sha256"):
                continue
            with blobs.open(record["sha256"]) as source, \
                    archive.open(f"{record['urn']}.pdf", "w", force_zip64=True) as target:
                for block in iter(lambda s=source: s.read(1 << 20), b""):
                    target.write(block)
        archive.writestr("loadfile.csv", _load_csv(production, produced))
        archive.writestr("redaction-log.csv", log)
    return path


@router.get("/api/references/{urn}/{page}", response_model=Reference, responses=ERRORS)
@handles(action="reference.resolve")
def resolve(urn: Urn, page: Annotated[int, Path(ge=1, le=1_000_000)], store: StoreDep) -> dict:
    """``{URN/PAGE}`` as the document page it cites, with its citation (404 for a URN of a
    document the caller may not see)."""
    try:
        found = Productions(store).resolve(urn, page)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    DocumentView(store).get(found["doc_id"])
    return found

