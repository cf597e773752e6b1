"""``GET /api/search``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.deps import ClientDep, IndicesDep, UserDep
from api.models import ErrorResponse, SearchResponse
from search.documents import DocumentSearch, SearchRequest

router = APIRouter(tags=["search"])


def parse_filters(raw: list[str]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for item in raw:
        name, sep, value = item.partition(":")
        if not sep or not value:
            raise HTTPException(400, f"filter '{item}' must be field:value")
        filters.setdefault(name.strip(), []).append(value)
    return filters


@router.get("/api/search", response_model=SearchResponse,
            responses={400: {"model": ErrorResponse}, 401: {"model": ErrorResponse}})
def search(
    client: ClientDep, indices: IndicesDep, user: UserDep,
    q: Annotated[str, Query(max_length=4000, description="Query in Docket's query language")] = "",
    collection: Annotated[list[str] | None, Query()] = None,
    filter: Annotated[list[str] | None, Query(description="field:value, repeatable")] = None,
    date_from: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
    date_to: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
    sort: Annotated[str, Query(pattern="^(relevance|date|date_asc)$")] = "relevance",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict:
    filters = parse_filters(filter or [])
    if collection:
        filters.setdefault("collection", []).extend(collection)
    request = SearchRequest(q=q, filters=filters, date_from=date_from, date_to=date_to,
                            sort=sort, page=page, size=size)
    return DocumentSearch(client, indices, user.visible_collections).run(request)
