"""Review batches, their QC, and a collection's review dashboard (search.review_batches,
search.review_qc).

Leads make and assign batches, start QC and read the dashboard; Docket's roles have no
separate lead, so a lead is an admin. A reviewer lists and walks the batches assigned to them;
another reviewer's batch is a 403. A batch is assigned only to a reviewer (or admin) with a
grant on its collection: anyone else is a 422.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from opensearchpy import OpenSearch

from api.deps import AdminDep, ClientDep, IndicesDep, ReviewerDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.review_models import (
    BATCH_ID_PATTERN,
    AssignIn,
    BatchDetail,
    BatchesIn,
    BatchOut,
    BatchStep,
    CodingIn,
    DocumentCoding,
    QcIn,
    QcReport,
    ReviewProgress,
)
from api.routes.coding import CollectionName, unprocessable
from api.routes.documents import DocId
from config import Settings
from search.coding_scheme import CodingError
from search.errors import NotFoundError
from search.indices import Indices
from search.review_batches import Batches, BatchNotReady
from search.review_qc import QualityControl, review_progress
from search.scoped import Caller, ScopedStore
from search.store import visible_collection
from search.users import User, UserStore

router = APIRouter(tags=["review"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}
BatchId = Annotated[str, Path(pattern=BATCH_ID_PATTERN)]
REVIEW_ROLES = ("admin", "reviewer")


def _batches(store: ScopedStore, user: User) -> Batches:
    return Batches(store, lead=user.role == "admin")


def _check_reviewer(client: OpenSearch, indices: Indices, settings: Settings, username: str,
                    collection: str) -> None:
    """422 unless ``username`` may code the collection: a reviewer or admin with a grant."""
    try:
        user = UserStore(client, indices, settings.secret_key).get(username)
    except NotFoundError:
        raise HTTPException(422, f"no user '{username}'") from None
    if user.role not in REVIEW_ROLES or not Caller.of(user).may_see(collection):
        raise HTTPException(422, f"'{username}' is not a reviewer with a grant on collection "
                            f"'{collection}'")


@router.post("/api/batches", response_model=list[BatchOut], status_code=201, responses=ERRORS)
@handles(action="batches.create")
def create_batches(body: BatchesIn, store: StoreDep, admin: AdminDep, client: ClientDep,
                   indices: IndicesDep, settings: SettingsDep) -> list[dict]:
    """Batches from a saved search: families whole, duplicates and near-duplicates together."""
    visible_collection(store, body.collection)
    for reviewer in body.reviewers:
        _check_reviewer(client, indices, settings, reviewer, body.collection)
    batches = _batches(store, admin)
    try:
        made = batches.create(body.collection, body.saved_search, body.size, body.reviewers,
                              body.name)
    except ValueError as exc:
        raise unprocessable(exc) from None
    return batches.with_progress(made)


@router.get("/api/batches", response_model=list[BatchOut], responses=ERRORS)
@handles(action="batches.view")
def list_batches(store: StoreDep, user: ReviewerDep,
                 collection: Annotated[str | None, Query(max_length=63)] = None) -> list[dict]:
    """The caller's batches (a lead: every batch), with their progress."""
    batches = _batches(store, user)
    return batches.with_progress(batches.listed(collection))


@router.get("/api/batches/{batch_id}", response_model=BatchDetail, responses=ERRORS)
@handles(action="batches.view")
def get_batch(batch_id: BatchId, store: StoreDep, user: ReviewerDep) -> dict:
    batches = _batches(store, user)
    batch = batches.get(batch_id)
    return {**batches.with_progress([batch])[0], "doc_ids": batch["doc_ids"]}


@router.put("/api/batches/{batch_id}", response_model=BatchOut, responses=ERRORS)
@handles(action="batches.assign")
def assign_batch(batch_id: BatchId, body: AssignIn, store: StoreDep, admin: AdminDep,
                 client: ClientDep, indices: IndicesDep, settings: SettingsDep) -> dict:
    batches = _batches(store, admin)
    batch = batches.get(batch_id)
    if body.reviewer is not None:
        _check_reviewer(client, indices, settings, body.reviewer, batch["collection"])
    return batches.with_progress([batches.assign(batch_id, body.reviewer)])[0]


@router.get("/api/batches/{batch_id}/documents/{position}", response_model=BatchStep,
            responses=ERRORS)
@handles(action="batches.walk")
def batch_document(batch_id: BatchId, position: Annotated[int, Path(ge=1)], store: StoreDep,
                   user: ReviewerDep) -> dict:
    """The document at a position of the batch (from 1), its coding, previous and next."""
    return _batches(store, user).step(batch_id, position)


@router.post("/api/batches/{batch_id}/qc", response_model=QcReport, status_code=201,
             responses={**ERRORS, 409: {"model": ErrorResponse}})
@handles(action="batches.qc.create")
def start_qc(batch_id: BatchId, body: QcIn, store: StoreDep, admin: AdminDep,
             client: ClientDep, indices: IndicesDep, settings: SettingsDep) -> dict:
    """Send a sample of a finished batch to a second reviewer."""
    qc = QualityControl(_batches(store, admin))
    collection = qc.batches.get(batch_id)["collection"]
    _check_reviewer(client, indices, settings, body.reviewer, collection)
    try:
        return qc.start(batch_id, body.reviewer, body.percent, body.seed)
    except BatchNotReady as exc:
        raise HTTPException(409, str(exc)) from None
    except ValueError as exc:
        raise unprocessable(exc) from None


@router.get("/api/batches/{batch_id}/qc", response_model=QcReport, responses=ERRORS)
@handles(action="batches.qc.view")
def qc_report(batch_id: BatchId, store: StoreDep, user: ReviewerDep) -> dict:
    """The QC sample, the second reviewer's progress and the disagreement rate per field."""
    return QualityControl(_batches(store, user)).report(batch_id)


@router.get("/api/batches/{batch_id}/qc/documents/{doc_id}", response_model=DocumentCoding,
            responses=ERRORS)
@handles(action="batches.qc.view")
def qc_coding(batch_id: BatchId, doc_id: DocId, store: StoreDep, user: ReviewerDep) -> dict:
    """The second reviewer's own coding of a sampled document (what they code blind, without
    the first reviewer's)."""
    values = QualityControl(_batches(store, user)).coding_of(batch_id, doc_id)
    return {"document_id": doc_id, "values": values}


@router.put("/api/batches/{batch_id}/qc/documents/{doc_id}", response_model=DocumentCoding,
            responses=ERRORS)
@handles(action="batches.qc.code")
def qc_code(batch_id: BatchId, doc_id: DocId, body: CodingIn, request: Request,
            store: StoreDep, user: ReviewerDep) -> dict:
    """The second reviewer's coding of a sampled document (kept apart from its own)."""
    try:
        values = QualityControl(_batches(store, user)).code(batch_id, doc_id, body.values)
    except CodingError as exc:
        raise unprocessable(exc) from None
    request.state.audit_details = {"batch": batch_id, "document": doc_id, "qc_values": values}
    return {"document_id": doc_id, "values": values}


@router.get("/api/collections/{name}/review-progress", response_model=ReviewProgress,
            responses=ERRORS)
@handles(action="review.progress.view")
def progress(name: CollectionName, store: StoreDep, admin: AdminDep) -> dict:
    """Progress per batch and per reviewer, and how many documents carry each coding value."""
    visible_collection(store, name)
    return review_progress(_batches(store, admin), name)
