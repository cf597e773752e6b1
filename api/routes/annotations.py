"""Per-user annotations: tags, notes and stars on documents; saved searches; search history.

Reading one's own annotations needs any role; writing tags, notes and stars needs reviewer or
admin (readers search and view only). Every document is first resolved through ``DocumentView``,
so a document outside the caller's collections is a 404 here as everywhere else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Response

from api.deps import ReviewerDep, StoreDep
from api.handling import handles
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
from search.saved_searches import SavedSearches
from search.scoped import ScopedStore
from search.viewer import DocumentView

router = APIRouter(tags=["annotations"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}}
NoteId = Annotated[str, Path(pattern=r"^note-[0-9a-f]{32}$")]
SavedId = Annotated[str, Path(pattern=r"^saved-[0-9a-f]{32}$")]
TagPath = Annotated[str, Path(min_length=1, max_length=64)]


def _visible(store: ScopedStore, doc_id: str) -> dict:
    return DocumentView(store).get(doc_id)


# --- tags ------------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/tags", response_model=TagsResponse, responses=ERRORS)
@handles(action="annotation.tags.view", response="copy")
def get_tags(doc_id: DocId, store: StoreDep) -> dict:
    _visible(store, doc_id)
    return {"document_id": doc_id, "tags": Annotations(store).tags_of(doc_id)}


@router.post("/api/documents/{doc_id}/tags", response_model=TagsResponse, responses=ERRORS)
@handles(action="annotation.tags.create", response="copy")
def add_tag(doc_id: DocId, body: TagIn, store: StoreDep,
            _reviewer: ReviewerDep) -> dict:
    _visible(store, doc_id)
    try:
        tags = Annotations(store).add_tag(doc_id, body.tag)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"document_id": doc_id, "tags": tags}


@router.delete("/api/documents/{doc_id}/tags/{tag:path}", response_model=TagsResponse,
               responses=ERRORS)
@handles(action="annotation.tags.delete", response="copy")
def remove_tag(doc_id: DocId, tag: TagPath, store: StoreDep,
               _reviewer: ReviewerDep) -> dict:
    _visible(store, doc_id)
    try:
        tags = Annotations(store).remove_tag(doc_id, tag)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"document_id": doc_id, "tags": tags}


@router.get("/api/tags", response_model=list[UserTag], responses=ERRORS)
@handles(action="tags.view", response="copy")
def list_tags(store: StoreDep) -> list[dict]:
    """The caller's tags with how many documents each holds (for the tag box and the facet)."""
    return Annotations(store).user_tags()


# --- stars -----------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
@handles(action="annotation.star.view")
def get_star(doc_id: DocId, store: StoreDep) -> dict:
    _visible(store, doc_id)
    return {"document_id": doc_id, "starred": Annotations(store).starred(doc_id)}


@router.put("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
@handles(action="annotation.star.set")
def star(doc_id: DocId, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    _visible(store, doc_id)
    return {"document_id": doc_id, "starred": Annotations(store).star(doc_id, True)}


@router.delete("/api/documents/{doc_id}/star", response_model=StarResponse, responses=ERRORS)
@handles(action="annotation.star.delete")
def unstar(doc_id: DocId, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    _visible(store, doc_id)
    return {"document_id": doc_id, "starred": Annotations(store).star(doc_id, False)}


# --- notes -----------------------------------------------------------------------------------


@router.get("/api/documents/{doc_id}/notes", response_model=list[Note], responses=ERRORS)
@handles(action="annotation.notes.view", response="copy")
def get_notes(doc_id: DocId, store: StoreDep) -> list[dict]:
    _visible(store, doc_id)
    return Annotations(store).notes(doc_id)


@router.post("/api/documents/{doc_id}/notes", response_model=Note, status_code=201,
             responses=ERRORS)
@handles(action="annotation.notes.create", response="copy")
def add_note(doc_id: DocId, body: NoteIn, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    document = _visible(store, doc_id)
    page_count = document.get("page_count") or 1
    if body.page is not None and body.page > page_count:
        raise HTTPException(422, f"the document has {page_count} pages")
    try:
        return Annotations(store).add_note(doc_id, document["collection"], body.text,
                                                     body.page)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


@router.delete("/api/documents/{doc_id}/notes/{note_id}", status_code=204, responses=ERRORS,
               response_class=Response)
@handles(action="annotation.notes.delete", response="copy")
def delete_note(doc_id: DocId, note_id: NoteId, store: StoreDep,
                _reviewer: ReviewerDep) -> Response:
    _visible(store, doc_id)
    Annotations(store).delete_note(doc_id, note_id)
    return Response(status_code=204)


# --- saved searches and history --------------------------------------------------------------


@router.get("/api/saved-searches", response_model=list[SavedSearch], responses=ERRORS)
@handles(action="saved-searches.view", response="copy")
def list_saved(store: StoreDep) -> list[dict]:
    return SavedSearches(store).saved()


@router.post("/api/saved-searches", response_model=SavedSearch, status_code=201,
             responses=ERRORS)
@handles(action="saved-searches.create", response="copy")
def save_search(body: SavedSearchIn, store: StoreDep) -> dict:
    search = body.model_dump(exclude={"name"})
    return SavedSearches(store).save(body.name, search)


@router.delete("/api/saved-searches/{saved_id}", status_code=204, responses=ERRORS,
               response_class=Response)
@handles(action="saved-searches.delete", response="copy")
def delete_saved(saved_id: SavedId, store: StoreDep) -> Response:
    SavedSearches(store).delete(saved_id)
    return Response(status_code=204)


@router.get("/api/search-history", response_model=list[SavedSearch], responses=ERRORS)
@handles(action="search-history.view", response="copy")
def history(store: StoreDep) -> list[dict]:
    """The caller's recent searches, most recent first (one line per distinct search)."""
    return SavedSearches(store).history()


@router.delete("/api/search-history", response_model=DeletedResponse, responses=ERRORS)
@handles(action="search-history.delete", response="copy")
def clear_history(store: StoreDep) -> dict:
    return {"deleted": SavedSearches(store).clear_history()}
