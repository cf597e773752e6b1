"""Per-user annotations: tags, notes and stars on documents; saved searches; search history.

Reading one's own annotations needs any role; writing tags, notes and stars needs reviewer or
admin (readers search and view only). Every document is first resolved through ``DocumentView``,
so a document outside the caller's collections is a 404 here as everywhere else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response
from opensearchpy import OpenSearch

from api.deps import ClientDep, IndicesDep, ReviewerDep, UserDep
from api.models import (
    DeletedResponse,
    ErrorResponse,
    Note,
    NoteIn,
    SavedSearch,
    SavedSearchIn,
    StarResponse,
    TagIn,
    TagsResponse,
    UserTag,
)
from api.routes.documents import DocId
from search.annotations import Annotations
from search.indices import Indices
from search.saved_searches import SavedSearches
from search.users import User
from search.viewer import DocumentView

router = APIRouter(tags=["annotations"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}}
NoteId = Annotated[str, Path(pattern=r"^note-[0-9a-f]{32}$")]
SavedId = Annotated[str, Path(pattern=r"^saved-[0-9a-f]{32}$")]
TagPath = Annotated[str, Path(min_length=1, max_length=64)]


def _visible(client: OpenSearch, indices: Indices, user: User, doc_id: str) -> dict:
    return DocumentView(client, indices, user.visible_collections, user.username).get(doc_id)


def _mine(client: OpenSearch, indices: Indices, user: User) -> Annotations:
    return Annotations(client, indices, user.username)


# --- tags ------------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/tags", response_model=TagsResponse, responses=ERRORS)
def get_tags(doc_id: DocId, client: ClientDep, indices: IndicesDep, user: UserDep) -> dict:
    _visible(client, indices, user, doc_id)
    return {"document_id": doc_id, "tags": _mine(client, indices, user).tags_of(doc_id)}


@router.post("/api/documents/{doc_id}/tags", response_model=TagsResponse, responses=ERRORS)
def add_tag(doc_id: DocId, body: TagIn, client: ClientDep, indices: IndicesDep,
            user: ReviewerDep) -> dict:
    _visible(client, indices, user, doc_id)
    try:
        tags = _mine(client, indices, user).add_tag(doc_id, body.tag)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"document_id": doc_id, "tags": tags}


@router.delete("/api/documents/{doc_id}/tags/{tag:path}", response_model=TagsResponse,
               responses=ERRORS)
def remove_tag(doc_id: DocId, tag: TagPath, client: ClientDep, indices: IndicesDep,
               user: ReviewerDep) -> dict:
    _visible(client, indices, user, doc_id)
    try:
        tags = _mine(client, indices, user).remove_tag(doc_id, tag)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"document_id": doc_id, "tags": tags}


@router.get("/api/tags", response_model=list[UserTag], responses=ERRORS)
def list_tags(client: ClientDep, indices: IndicesDep, user: UserDep) -> list[dict]:
    """The caller's tags with how many documents each holds (for the tag box and the facet)."""
    return _mine(client, indices, user).user_tags()


# --- stars -----------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
def get_star(doc_id: DocId, client: ClientDep, indices: IndicesDep, user: UserDep) -> dict:
    _visible(client, indices, user, doc_id)
    return {"document_id": doc_id, "starred": _mine(client, indices, user).starred(doc_id)}


@router.put("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
def star(doc_id: DocId, client: ClientDep, indices: IndicesDep, user: ReviewerDep) -> dict:
    _visible(client, indices, user, doc_id)
    return {"document_id": doc_id, "starred": _mine(client, indices, user).star(doc_id, True)}


@router.delete("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
def unstar(doc_id: DocId, client: ClientDep, indices: IndicesDep, user: ReviewerDep) -> dict:
    _visible(client, indices, user, doc_id)
    return {"document_id": doc_id, "starred": _mine(client, indices, user).star(doc_id, False)}


# --- notes -----------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/notes", response_model=list[Note], responses=ERRORS)
def get_notes(doc_id: DocId, client: ClientDep, indices: IndicesDep, user: UserDep) -> list[dict]:
    _visible(client, indices, user, doc_id)
    return _mine(client, indices, user).notes(doc_id)


@router.post("/api/documents/{doc_id}/notes", response_model=Note, status_code=201,
             responses=ERRORS)
def add_note(doc_id: DocId, body: NoteIn, client: ClientDep, indices: IndicesDep,
             user: ReviewerDep) -> dict:
    document = _visible(client, indices, user, doc_id)
    page_count = document.get("page_count") or 1
    if body.page is not None and body.page > page_count:
        raise HTTPException(422, f"the document has {page_count} pages")
    try:
        return _mine(client, indices, user).add_note(doc_id, document["collection"], body.text,
                                                     body.page)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


@router.delete("/api/documents/{doc_id}/notes/{note_id}", status_code=204, responses=ERRORS,
               response_class=Response)
def delete_note(doc_id: DocId, note_id: NoteId, client: ClientDep, indices: IndicesDep,
                user: ReviewerDep) -> Response:
    _visible(client, indices, user, doc_id)
    _mine(client, indices, user).delete_note(doc_id, note_id)
    return Response(status_code=204)


# --- saved searches and history --------------------------------------------------------------


@router.get("/api/saved-searches", response_model=list[SavedSearch], responses=ERRORS)
def list_saved(client: ClientDep, indices: IndicesDep, user: UserDep) -> list[dict]:
    return SavedSearches(client, indices, user.username).saved()


@router.post("/api/saved-searches", response_model=SavedSearch, status_code=201,
             responses=ERRORS)
def save_search(body: SavedSearchIn, client: ClientDep, indices: IndicesDep,
                user: UserDep) -> dict:
    search = body.model_dump(exclude={"name"})
    return SavedSearches(client, indices, user.username).save(body.name, search)


@router.delete("/api/saved-searches/{saved_id}", status_code=204, responses=ERRORS,
               response_class=Response)
def delete_saved(saved_id: SavedId, client: ClientDep, indices: IndicesDep,
                 user: UserDep) -> Response:
    SavedSearches(client, indices, user.username).delete(saved_id)
    return Response(status_code=204)


@router.get("/api/search-history", response_model=list[SavedSearch], responses=ERRORS)
def history(client: ClientDep, indices: IndicesDep, user: UserDep) -> list[dict]:
    """The caller's recent searches, most recent first (one line per distinct search)."""
    return SavedSearches(client, indices, user.username).history()


@router.delete("/api/search-history", response_model=DeletedResponse, responses=ERRORS)
def clear_history(client: ClientDep, indices: IndicesDep, user: UserDep) -> dict:
    return {"deleted": SavedSearches(client, indices, user.username).clear_history()}
