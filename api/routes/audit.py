"""``GET /api/audit``: the audit trail, newest first, filtered (admins only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from api.deps import AdminDep, ClientDep, SettingsDep
from api.handling import handles
from api.models import DATE_PATTERN, ErrorResponse, Identifier
from search.audit import AuditLog
from search.query_fields import date_math

router = APIRouter(tags=["audit"])
ERRORS = {400: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}}


class AuditRecord(BaseModel):
    seq: int
    ts: Identifier
    user: Identifier | None
    role: Identifier | None
    action: str
    method: str | None = None
    route: str | None = None
    path: str | None = None
    status: int | None = None
    client: str | None = None
    collections: list[Identifier] = Field(default_factory=list)
    path_params: dict[str, Any] = Field(default_factory=dict)
    params: dict[str, Any] = Field(default_factory=dict)
    details: dict[str, Any] = Field(default_factory=dict)
    prev_hash: Identifier
    hash: Identifier


class AuditPage(BaseModel):
    total: int
    records: list[AuditRecord]
    before: int | None = Field(description="Pass as `before` for the next (older) page")


def _filters(user: str | None, action: list[str] | None, collection: str | None,
             date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = []
    if user:
        filters.append({"term": {"user": user}})
    if action:
        # "annotation" finds annotation.tags.create and the rest of the family.
        filters.append({"bool": {"should": [
            clause for a in action for clause in ({"term": {"action": a}},
                                                  {"prefix": {"action": f"{a}."}})]}})
    if collection:
        filters.append({"term": {"collections": collection}})
    try:
        bounds = {k: date_math(v) for k, v in (("gte", date_from), ("lte", date_to)) if v}
    except ValueError as exc:
        raise HTTPException(400, f"date range: {exc}") from None
    if bounds:
        filters.append({"range": {"ts": bounds}})
    return filters


@router.get("/api/audit", response_model=AuditPage, responses=ERRORS)
@handles(action="audit.view")
def audit(
    client: ClientDep, settings: SettingsDep, _admin: AdminDep,
    user: Annotated[str | None, Query(max_length=128)] = None,
    action: Annotated[list[str] | None, Query(max_length=100, description=(
        "An action (search, document.view, page.view, download, export, login.failed...) or a "
        "family (annotation); repeatable"))] = None,
    collection: Annotated[str | None, Query(max_length=63)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
    size: Annotated[int, Query(ge=1, le=500)] = 50,
    before: Annotated[int | None, Query(ge=1, description="Records older than this seq")] = None,
) -> dict:
    log = AuditLog(client, settings.index_prefix, settings.secret_key)
    return log.search(_filters(user, action, collection, date_from, date_to), size, before)
