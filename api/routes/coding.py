"""Coding: a collection's coding scheme, a document's coding, and bulk coding (search.coding).

Anyone with a grant on the collection reads its scheme and its documents' coding; an admin
defines the scheme; coding needs the reviewer role or above. Every document is first resolved
through ``DocumentView``, so a document outside the caller's collections is a 404 here as
everywhere else. Each coding change is in the audit record of its request: the document, its
values before and after (bulk coding: the documents changed and the values given).
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request

from api.deps import AdminDep, ReviewerDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.review_models import (
    BulkCodingIn,
    BulkCodingOut,
    CodingIn,
    DocumentCoding,
    SchemeIn,
    SchemeOut,
    SchemeSetOut,
)
from api.routes.documents import DocId
from search.coding import CodingStore, by_name
from search.coding_scheme import CodingError, available_fields
from search.fields import CODING_FIELDS
from search.review_batches import saved_request, saved_search_documents, search_documents
from search.scheme_changes import SchemeConflict, SchemeEditor
from search.scoped import ScopedStore
from search.store import visible_collection
from search.viewer import DocumentView

router = APIRouter(tags=["review"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}
CollectionName = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
# Enough of the changed documents to find them; the digest covers them all.
AUDITED_IDS = 200


def unprocessable(exc: ValueError) -> HTTPException:
    return HTTPException(422, str(exc))


@router.get("/api/collections/{name}/coding-scheme", response_model=SchemeOut, responses=ERRORS)
@handles(action="coding.scheme.view")
def get_scheme(name: CollectionName, store: StoreDep) -> dict:
    visible_collection(store, name)
    return _scheme_answer(store, name)


@router.put("/api/collections/{name}/coding-scheme", response_model=SchemeSetOut,
            responses={**ERRORS, 409: {"model": ErrorResponse}})
@handles(action="coding.scheme.set")
def set_scheme(name: CollectionName, body: SchemeIn, request: Request, store: StoreDep,
               admin: AdminDep) -> dict:
    """Define or redefine the scheme; coding already given is migrated or the change refused
    (search.scheme_changes says which)."""
    visible_collection(store, name)
    try:
        _, renamed = SchemeEditor(CodingStore(store)).redefine(
            name, [f.model_dump() for f in body.fields], body.renames, admin.username)
    except SchemeConflict as exc:
        raise HTTPException(409, str(exc)) from None
    except CodingError as exc:
        raise unprocessable(exc) from None
    migrated = [r.as_dict() for r in renamed]
    request.state.audit_details = {"collection": name, "fields": [f.name for f in body.fields],
                                   "renamed": migrated}
    return {**_scheme_answer(store, name), "renamed": migrated}


def _scheme_answer(store: ScopedStore, collection: str) -> dict:
    coding = CodingStore(store)
    scheme = coding.scheme(collection)
    usage = SchemeEditor(coding).usage(collection)["coding"]
    return {"collection": collection, "fields": scheme.as_dict()["fields"] if scheme else [],
            "available": available_fields(),
            "usage": {field.name: {"documents": used.documents, "values": used.values}
                      for field in CODING_FIELDS if (used := usage.get(field.coding_key))}}


@router.get("/api/documents/{doc_id}/coding", response_model=DocumentCoding, responses=ERRORS)
@handles(action="coding.view")
def get_coding(doc_id: DocId, store: StoreDep) -> dict:
    DocumentView(store).get(doc_id)
    return CodingStore(store).coding_of(doc_id)


@router.put("/api/documents/{doc_id}/coding", response_model=DocumentCoding, responses=ERRORS)
@handles(action="coding.set")
def set_coding(doc_id: DocId, body: CodingIn, request: Request, store: StoreDep,
               reviewer: ReviewerDep) -> dict:
    collection = DocumentView(store).get(doc_id)["collection"]
    coding = CodingStore(store)
    try:
        before, after = coding.code(doc_id, collection, body.values, reviewer.username)
    except CodingError as exc:
        raise unprocessable(exc) from None
    request.state.audit_details = {"collection": collection, "document": doc_id,
                                   "before": by_name(before), "after": by_name(after)}
    return coding.coding_of(doc_id)


@router.post("/api/collections/{name}/coding/bulk", response_model=BulkCodingOut,
             responses=ERRORS)
@handles(action="coding.bulk")
def bulk_coding(name: CollectionName, body: BulkCodingIn, request: Request, store: StoreDep,
                reviewer: ReviewerDep) -> dict:
    """Code every document of a saved search, or of a list of ids, in one request."""
    visible_collection(store, name)
    doc_ids = _documents_to_code(store, name, body)
    try:
        changes = CodingStore(store).code_many(name, doc_ids, body.values, reviewer.username,
                                               add=body.add)
    except CodingError as exc:
        raise unprocessable(exc) from None
    changed = sorted(changes)
    request.state.audit_details = {
        "collection": name, "matched": len(doc_ids), "changed": len(changed),
        "values": body.values, "add": body.add,
        "documents": changed[:AUDITED_IDS],
        "documents_sha256": hashlib.sha256("\n".join(changed).encode()).hexdigest()}
    return {"collection": name, "matched": len(doc_ids), "changed": len(changed)}


def _documents_to_code(store: ScopedStore, collection: str, body: BulkCodingIn) -> list[str]:
    try:
        if body.saved_search is not None:
            found = saved_search_documents(store, body.saved_search, collection, ["id"])
        elif body.search is not None:
            found = search_documents(store, saved_request(body.search.model_dump()), collection,
                                     ["id"])
        else:
            found = None
    except ValueError as exc:  # more documents than one coding value may hold
        raise unprocessable(exc) from None
    if found is not None:
        return [d["id"] for d in found]
    wanted = list(dict.fromkeys(body.ids or []))
    found = {hit["_id"] for hit in store.narrowed([collection]).mget(
        store.indices.documents, wanted, _source_includes=["id"])}
    missing = [d for d in wanted if d not in found]
    if missing:
        raise HTTPException(422, f"not documents of collection '{collection}': "
                            f"{', '.join(missing[:10])}")
    return wanted
