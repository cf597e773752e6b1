"""``GET /api/search``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import ValidationError

from api.audit import record_early
from api.deps import SettingsDep, StoreDep, checked
from api.handling import handles
from api.models import DATE_PATTERN, ErrorResponse, SearchResponse, SearchSpec
from search.documents import DocumentSearch, SearchRequest
from search.facets import FACETS
from search.saved_searches import SavedSearches
from search.scoped import ScopedStore
from search.suggest import Suggestions

router = APIRouter(tags=["search"])
MAX_FILTER_CHARS = 1000


def parse_filters(raw: list[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in raw:
        name, sep, value = item.partition(":")
        if not sep or not value or not name.strip():
            raise HTTPException(400, f"filter '{item}' must be field:value")
        if len(item) > MAX_FILTER_CHARS:
            raise HTTPException(400, f"a filter is at most {MAX_FILTER_CHARS} characters")
        filters.setdefault(name.strip(), []).append(value)
    return filters


def search_request(
    q: str, collection: list[str] | None, filter: list[str] | None, date_from: str | None,
    date_to: str | None, sort: str, page: int = 1, size: int = 20, cursor: str | None = None,
) -> SearchRequest:
    """The request of the search and export endpoints, which take the same parameters."""
    filters = parse_filters(filter or [])
    if collection:
        filters.setdefault("collection", []).extend(collection)
    return SearchRequest(q=q, filters=filters, date_from=date_from, date_to=date_to,
                         sort=sort, page=page, size=size, cursor=cursor)


Q = Annotated[str, Query(max_length=4000, description="Query in Docket's query language")]
Collections = Annotated[list[str] | None, Query(description="Limit to collections (repeatable)")]
VALUE_HINTS = {"bool": " (yes/no)", "star": " (yes)"}
Filters = Annotated[list[str] | None, Query(
    description="field:value, repeatable; values of one field are ORed, fields ANDed. Fields: "
                + ", ".join(f"{facet.name}{VALUE_HINTS.get(facet.kind, '')}" for facet in FACETS))]
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN)]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN)]


@router.get("/api/search", response_model=SearchResponse,
            responses={400: {"model": ErrorResponse}, 401: {"model": ErrorResponse}})
@handles(action="search", response="copy", session="kept")
def search(
    settings: SettingsDep, store: StoreDep, http: Request,
    q: Q = "", collection: Collections = None, filter: Filters = None,
    date_from: DateFrom = None, date_to: DateTo = None,
    sort: Annotated[str, Query(pattern="^(relevance|date|date_asc|control)$")] = "relevance",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    size: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=8000, description=(
        "The `next` of the previous answer: the page after it, from one snapshot of the index, "
        "with no limit on depth (page is then ignored)"))] = None,
) -> dict:
    def answer(store: ScopedStore) -> dict:
        request = search_request(q, collection, filter, date_from, date_to, sort, page, size,
                                 cursor)
        # The audit record (api.audit) is started once the hits are counted, so it is
        # written while the snippets are read.
        result = DocumentSearch(store, cursor_key=settings.secret_key).run(
            request, counted=lambda total: record_early(http, {"total": total}))
        if page == 1 and not cursor:
            result["suggestion"] = Suggestions(store).did_you_mean(request, result["total"])
            noted = [*(filter or []), *(f"collection:{c}" for c in collection or [] if c)]
            note(store, {"q": q, "filters": noted, "date_from": date_from, "date_to": date_to,
                         "sort": sort}, result["total"])
        return result

    return checked(http, store, answer)


def note(store: ScopedStore, entry: dict, total: int) -> None:
    """The search in the caller's history, written off this request, so the answer never waits
    for it (search.saved_searches)."""
    if listable(entry):
        SavedSearches(store).record_soon(entry, total)


def listable(entry: dict) -> bool:
    """Whether a history entry is one the history listing can answer with: an entry that is
    not (a filter longer than a listed one may be) is not written, rather than written and
    making every later listing fail."""
    try:
        SearchSpec.model_validate(entry)
    except ValidationError:
        return False
    return True
