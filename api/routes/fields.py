"""``GET /api/fields``: the document fields and facets the page builds its sidebar from, as
declared once in search.fields."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api.deps import current_user
from api.handling import handles
from api.models import ErrorResponse, FacetInfo, FieldInfo, FieldsResponse
from search.facets import FACETS
from search.fields import DOCUMENT_FIELDS

router = APIRouter(tags=["search"])


# Signed-in callers only, like every route but the health check; the answer is the same for
# every user (the vocabulary of search, not any collection's data).
@router.get("/api/fields", response_model=FieldsResponse, dependencies=[Depends(current_user)],
            responses={401: {"model": ErrorResponse}})
@handles(action="fields.view")
def fields() -> FieldsResponse:
    return FieldsResponse(
        fields=[FieldInfo(name=field.name, label=field.label, aliases=list(field.aliases),
                          search=field.search.kind if field.search else None,
                          facets=[facet.name for facet in field.facets])
                for field in DOCUMENT_FIELDS],
        facets=[FacetInfo(name=facet.name, label=facet.label, kind=facet.kind, field=facet.field)
                for facet in FACETS],
    )
