"""Redactions: proposed on a document's page, approved or rejected by a second user, proposed by
rule over a set of documents, and the redaction log; and each collection's redaction reasons.

Reviewers and admins with a grant on the collection, and clearance (redactions are placed on the
original text; search.redactions), propose and decide; an admin sets the reasons. Every
document is resolved through ``DocumentView`` first, so a document the caller may not see is a
404 here as everywhere. Approving or rejecting withholds the document's redacted copy from
users without clearance at once and starts the job that rewrites it (ingest.job.redact); each
request is one record of the audit trail (api.audit), with the redaction in its details.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Annotated, Any, Literal

from fastapi import APIRouter, BackgroundTasks, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from api.deps import AdminDep, BlobsDep, ReviewerDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.redaction_models import (
    Decision,
    Reasons,
    ReasonsIn,
    Redaction,
    RedactionIn,
    RuleIn,
    RuleResult,
)
from api.routes.documents import DocId, original_file
from config import Settings
from ingest.blobs import BlobStore
from ingest.extract.pdf import pdf_page_size
from ingest.job.redact import rewrite, withhold
from ingest.production.box_text import BoxedPage, box_spans
from ingest.production.render import ProductionError
from ingest.redaction_rules import Rule, RuleRun
from search.redactions import Box, Proposal, Redactions, log_csv
from search.scoped import ScopedStore
from search.viewer import DocumentView

router = APIRouter(tags=["redactions"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}
RedactionId = Annotated[str, Path(pattern=r"^red-[0-9a-f]{32}$")]
CollectionName = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]


def _refused(exc: ValueError) -> HTTPException:
    return HTTPException(422, str(exc))


# --- one document ----------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/redactions", response_model=list[Redaction],
            responses=ERRORS)
@handles(action="redactions.view")
def list_redactions(doc_id: DocId, store: StoreDep, _reviewer: ReviewerDep) -> list[dict]:
    DocumentView(store).get(doc_id)
    return list(Redactions(store).of_document(doc_id))


@router.post("/api/documents/{doc_id}/redactions", response_model=Redaction, status_code=201,
             responses=ERRORS)
@handles(action="redaction.propose")
def propose(doc_id: DocId, body: RedactionIn, request: Request, store: StoreDep,
            blobs: BlobsDep, settings: SettingsDep, _reviewer: ReviewerDep) -> dict:
    document = DocumentView(store).get(doc_id)
    redactions = Redactions(store)
    redactions.needs_clearance()  # before the original is read for a box's words
    try:
        box, covers = None, ()
        stored = _stored_pages(store, doc_id, [body.page]) if body.kind != "page" else {}
        texts = {n: page.get("text") or "" for n, page in stored.items()}
        if body.kind == "box":
            if body.box is None:
                raise ValueError("a box redaction needs its box")
            box = Box(**body.box.model_dump())
            size = _page_size(blobs, document, body.page) if box.unit == "pt" else None
            box.check(size)
            covers = _box_covers(blobs, settings, document, body.page,
                                 stored.get(body.page, {}), box.fractions(size))
        proposal = Proposal(body.page, body.kind, body.reason, body.start, body.end, box,
                            covers=covers)
        (record,) = redactions.propose(document, [proposal], texts)
    except ValueError as exc:
        raise _refused(exc) from None
    request.state.audit_details = {"redaction": record["id"], "document": doc_id,
                                   "collection": record["collection"], "kind": record["kind"],
                                   "page": record["page"], "reason": record["reason"]}
    return record


def _stored_pages(store: ScopedStore, doc_id: str, pages: list[int]) -> dict[int, dict]:
    """The stored records of the document's ``pages`` (text, and whether it was OCR'd)."""
    found = store.mget(store.indices.pages, [f"{doc_id}-{n:05d}" for n in pages])
    return {int(d["_source"]["page"]): d["_source"] for d in found}


def _box_covers(blobs: BlobStore, settings: Settings, document: dict, page: int,
                stored: dict, rect: tuple[float, float, float, float]
                ) -> tuple[tuple[int, int], ...]:
    """The spans of the page's stored text (``stored``: its record) whose words the box covers,
    read from the original (ingest.production.box_text); ValueError when they cannot be read."""
    sha256, _filename, mime = original_file(document, page)
    mime = mime or ""
    number = 1 if document.get("page_files") else page
    label = document.get("control") or document["id"]
    needs_file = mime == "application/pdf" or mime.startswith("image/")
    if needs_file and not (sha256 and blobs.exists(sha256)):
        raise ValueError(f"{label}: the original is not in the blob store, so the words under "
                         f"the box cannot be read: redact the whole page")
    try:
        with ExitStack() as stack:
            path = stack.enter_context(blobs.local_copy(blobs.ref(sha256))) if needs_file \
                else None
            return tuple(box_spans(BoxedPage(
                path, mime, number, stored.get("text") or "", bool(stored.get("ocr")), label,
                tuple(settings.passwords), settings.ocr_languages), rect))
    except ProductionError as exc:
        raise ValueError(str(exc)) from None


def _page_size(blobs: BlobStore, document: dict, page: int) -> tuple[float, float] | None:
    """The PDF page's size in points, read from the original; None when it is not a PDF."""
    if document.get("mime") != "application/pdf" or not document.get("sha256") or \
            not blobs.exists(document["sha256"]):
        return None
    with blobs.local_copy(blobs.ref(document["sha256"])) as path:
        return pdf_page_size(path, page)


# --- decisions -------------------------------------------------------------------------------


def _decide(redaction_id: str, approve: bool, request: Request, store: ScopedStore,
            settings: Settings, tasks: BackgroundTasks) -> dict:
    # Named in the audit record of a refused attempt too (self-approval, an unseen document).
    request.state.audit_details = {"redaction": redaction_id}
    redactions = Redactions(store)
    DocumentView(store).get(redactions.get(redaction_id)["doc_id"])
    try:
        record, changes = redactions.decide(redaction_id, approve)
    except ValueError as exc:
        raise _refused(exc) from None
    withheld = "none"
    if changes:
        client = store.client
        whole = withhold(client, settings, record["collection"], [record["doc_id"]])
        withheld = "collection" if whole else "document"
        tasks.add_task(rewrite, client, settings, record["collection"], [record["doc_id"]],
                       whole)
    request.state.audit_details = {"redaction": redaction_id, "document": record["doc_id"],
                                   "collection": record["collection"], "state": record["state"],
                                   "proposed_by": record.get("proposed_by")}
    return {"redaction": record, "withheld": withheld}


@router.post("/api/redactions/{redaction_id}/approve", response_model=Decision,
             responses=ERRORS)
@handles(action="redaction.approve")
def approve(redaction_id: RedactionId, request: Request, store: StoreDep,
            settings: SettingsDep, tasks: BackgroundTasks, _reviewer: ReviewerDep) -> dict:
    """Approve a redaction proposed by someone else (403 for its proposer)."""
    return _decide(redaction_id, True, request, store, settings, tasks)


@router.post("/api/redactions/{redaction_id}/reject", response_model=Decision,
             responses=ERRORS)
@handles(action="redaction.reject")
def reject(redaction_id: RedactionId, request: Request, store: StoreDep,
           settings: SettingsDep, tasks: BackgroundTasks, _reviewer: ReviewerDep) -> dict:
    """Reject a proposed redaction, or un-approve an approved one (its text comes back)."""
    return _decide(redaction_id, False, request, store, settings, tasks)


# --- a collection ----------------------------------------------------------------------------


@router.get("/api/collections/{name}/redaction-reasons", response_model=Reasons,
            responses=ERRORS)
@handles(action="redaction-reasons.view")
def get_reasons(name: CollectionName, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    return {"collection": name, "reasons": Redactions(store).reasons(name)}


@router.put("/api/collections/{name}/redaction-reasons", response_model=Reasons,
            responses=ERRORS)
@handles(action="redaction-reasons.set")
def set_reasons(name: CollectionName, body: ReasonsIn, store: StoreDep,
                _admin: AdminDep) -> dict:
    try:
        return {"collection": name, "reasons": Redactions(store).set_reasons(name, body.reasons)}
    except ValueError as exc:
        raise _refused(exc) from None


@router.post("/api/collections/{name}/redactions/rules", response_model=RuleResult,
             status_code=201, responses=ERRORS)
@handles(action="redaction.rule")
def propose_by_rule(name: CollectionName, body: RuleIn, request: Request, store: StoreDep,
                    _reviewer: ReviewerDep) -> dict:
    """Run a rule over documents of the collection and propose a span redaction for each
    match (one not proposed already)."""
    run = RuleRun(store, name)
    try:
        doc_ids = run.documents(body.controls, body.saved_search)
        made = run.propose(Rule(body.kind, body.value), body.reason, doc_ids)
    except ValueError as exc:
        raise _refused(exc) from None
    request.state.audit_details = {"collection": name, "rule": Rule(body.kind, body.value).label(),
                                   "documents": len(doc_ids), "proposed": len(made)}
    return {"documents": len(doc_ids), "proposed": made}


@router.get("/api/collections/{name}/redaction-log", response_model=list[Redaction],
            responses={**ERRORS, 200: {"content": {"text/csv": {}}}})
@handles(action="redaction-log.export")
def redaction_log(name: CollectionName, store: StoreDep, _reviewer: ReviewerDep,
                  format: Annotated[Literal["json", "csv"], Query()] = "json") -> Any:
    """The collection's redactions: control number, page, span or box, reason, who proposed
    and who decided, when, and the state; as JSON or CSV."""
    records = list(Redactions(store).log(name))
    if format == "json":
        return records
    return StreamingResponse(iter([log_csv(records)]), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="redaction-log-{name}.csv"'})
