"""Request and response models of API v1 (the OpenAPI schema is generated from these)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorResponse(BaseModel):
    detail: str
    position: int | None = Field(None, description="0-based offset of a query error")


class HealthResponse(BaseModel):
    status: str = Field(description="ok when OpenSearch answers, else degraded")
    opensearch: str
    broker: str
    workers: str


class Snippet(BaseModel):
    page: int
    citation: str
    html: str = Field(description="HTML-escaped text with <mark> around hits")


class HitEntities(BaseModel):
    person: list[str] = []
    org: list[str] = []
    place: list[str] = []


class Hit(BaseModel):
    id: str
    control: str | None
    title: str | None
    path: str | None
    date: str | None
    type: str | None
    collection: str | None
    page_count: int | None = None
    snippets: list[Snippet]
    entities: HitEntities


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResponse(BaseModel):
    total: int
    took_ms: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]


class EntitySummary(BaseModel):
    kind: str
    key: str
    text: str
    count: int
    pages: list[int]


class DocumentResponse(BaseModel):
    id: str
    control: str | None = None
    collection: str
    title: str | None = None
    filename: str | None = None
    path: str | None = None
    paths: list[str] = []
    custodian: str | None = None
    type: str | None = None
    mime: str | None = None
    extension: str | None = None
    size: int | None = None
    sha256: str | None = None
    date: str | None = None
    author: str | None = None
    page_count: int | None = None
    ocr: bool | None = None
    extractor: str | None = None
    email_from: list[str] | str | None = None
    email_to: list[str] | str | None = None
    email_cc: list[str] | str | None = None
    message_id: str | None = None
    thread_id: str | None = None
    parent_id: str | None = None
    root_id: str | None = None
    duplicates: list[str] = Field([], description="Other paths with the same bytes")
    entities: list[EntitySummary] = []


class PageResponse(BaseModel):
    document_id: str
    page: int
    page_count: int
    citation: str
    ocr: bool
    ocr_confidence: float | None
    html: str = Field(description="HTML-escaped page text, with <mark> around hits of q")
    hits: int


class CollectionIn(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")
    prefix: str | None = Field(None, pattern=r"^[A-Z0-9]{1,8}$")
    description: str = ""


class CollectionOut(BaseModel):
    name: str
    prefix: str
    description: str = ""
    created_at: str | None = None


class IngestPathRequest(BaseModel):
    collection: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")
    path: str = Field(description="A server-side path under one of DOCKET_INGEST_ROOTS")


class LedgerFailure(BaseModel):
    path: str
    state: str
    stage: str | None = None
    error_class: str | None = None
    error_message: str | None = None


class JobResponse(BaseModel):
    id: str
    collection: str
    status: str
    mode: str
    received: int
    counts: dict[str, int]
    done: int
    rate_per_s: float | None
    eta_s: float | None
    created_at: str | None
    finished_at: str | None = None
    failures: list[LedgerFailure]
