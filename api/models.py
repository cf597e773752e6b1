"""Request and response models of API v1 (the OpenAPI schema is generated from these).

Response fields typed ``Identifier`` (ids, control numbers, collection names, dates, kinds...)
are never ciphered, and those typed ``MarkedHtml`` hold escaped HTML with <mark> highlights:
``field_roles`` reads both from the models, for the cipher middleware (api.ciphers).
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import BaseModel, Field, field_validator, model_validator

from search.cipher_responses import FieldRoles
from search.query import date_math


class _Role:
    """A marker in a field's type saying what the field holds, for the cipher middleware."""

    def __init__(self, name: str) -> None:
        self.name = name


IDENTIFIER = _Role("identifier")
MARKED_HTML = _Role("html")
Identifier = Annotated[str, IDENTIFIER]
MarkedHtml = Annotated[str, MARKED_HTML]


def _roles_in(annotation: Any) -> set[_Role]:
    """The markers anywhere in a type (``Identifier | None``, ``list[Identifier]``...)."""
    found = {m for m in getattr(annotation, "__metadata__", ()) if isinstance(m, _Role)}
    for argument in typing.get_args(annotation):
        found |= _roles_in(argument)
    return found


def _models_in(annotation: Any) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _models_in(argument)


def field_roles(models: Iterable[Any]) -> FieldRoles:
    """The identifier and marked-HTML field names of ``models`` and the models they nest."""
    identifiers: set[str] = set()
    html: set[str] = set()
    pending = [m for annotation in models for m in _models_in(annotation)]
    seen: set[type[BaseModel]] = set()
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            # Pydantic moves the outer Annotated markers into ``metadata``.
            roles = _roles_in(info.annotation) | {m for m in info.metadata if isinstance(m, _Role)}
            if IDENTIFIER in roles:
                identifiers.add(name)
            if MARKED_HTML in roles:
                html.add(name)
            pending += _models_in(info.annotation)
    return FieldRoles(frozenset(identifiers), frozenset(html))


class ErrorResponse(BaseModel):
    detail: str
    position: int | None = Field(None, description="0-based offset of a query error")


class BlobStoreHealth(BaseModel):
    kind: str = Field(description="local (a directory) or s3")
    reachable: bool
    writable: bool
    error: str | None = Field(None, description="Why not, in a few words (never a secret)")


class HealthResponse(BaseModel):
    status: str = Field(description="ok when OpenSearch answers and the blob store takes "
                                    "writes, else degraded")
    opensearch: str
    broker: str
    workers: str
    blobs: BlobStoreHealth


class Snippet(BaseModel):
    page: int
    citation: Identifier
    html: MarkedHtml = Field(description="HTML-escaped text with <mark> around hits")


class HitEntities(BaseModel):
    person: list[str] = []
    org: list[str] = []
    place: list[str] = []


class Hit(BaseModel):
    id: str
    control: Identifier | None
    title: str | None
    path: str | None
    date: Identifier | None
    type: Identifier | None
    collection: Identifier | None
    page_count: int | None = None
    snippets: list[Snippet]
    entities: HitEntities
    tags: list[str] = Field([], description="The caller's tags on the document")
    starred: bool = Field(False, description="Whether the caller starred the document")


class FacetValue(BaseModel):
    value: str
    count: int


class Suggestion(BaseModel):
    """A better spelling of a query that found nothing or little ("did you mean")."""

    q: str = Field(description="The corrected query, to search for instead")
    total: int = Field(description="How many documents it finds, with the same filters")


class SearchResponse(BaseModel):
    total: int
    took_ms: int
    offset: int = Field(0, description="How many hits come before the first of this page")
    next: Identifier | None = Field(None, description="Cursor of the next page (pass as `cursor`); "
                             "null on the last page. Works beyond 10,000 hits.")
    hits: list[Hit]
    facets: dict[str, list[FacetValue]] = Field(
        description="The values of each facet (named as in GET /api/fields) with their counts")
    suggestion: Suggestion | None = Field(None, description=(
        "On the first page of a search that found fewer than 3 documents: a corrected query "
        "that finds more, or null"))


class FacetInfo(BaseModel):
    """A facet of the search sidebar, in the order the page shows them."""

    name: str = Field(description="Its name in filter=name:value and in a search's facets")
    label: str = Field(description="The heading the page gives it")
    kind: str = Field(description="terms, year, month, bool (yes/no), tag, star or coding")
    field: str = Field(description="The field it counts")


class FieldInfo(BaseModel):
    """A document field: how the query language and the page know it (search.fields)."""

    name: str = Field(description="Its name in the query language (name:value)")
    label: str
    aliases: list[str] = Field(description="Other names for it in queries and filters")
    search: str | None = Field(description="How name:value searches it (text, keyword, date, "
                               "bool, person, tag, coding); null when queries cannot name it")
    facets: list[str] = Field(description="The names of its facets")


class FieldsResponse(BaseModel):
    fields: list[FieldInfo]
    facets: list[FacetInfo] = Field(description="The sidebar's facets, in order")


class EntitySummary(BaseModel):
    kind: Identifier
    key: str
    text: str
    count: int
    pages: list[int]


class DocumentHeading(BaseModel):
    """What a list shows of a document: enough to name it and to open it."""

    id: str
    control: Identifier | None = None
    title: str | None = None
    date: Identifier | None = None
    type: Identifier | None = None
    collection: Identifier | None = None
    path: str | None = None


class Relative(BaseModel):
    """A document related to the one shown: its container, a child, a near-duplicate, a reply."""

    id: str
    control: Identifier | None = None
    title: str | None = None
    filename: str | None = None
    date: Identifier | None = None
    type: Identifier | None = None
    email_from: list[str] | str | None = None
    page_count: int | None = None


class DocumentResponse(BaseModel):
    id: str
    control: Identifier | None = None
    collection: Identifier
    title: str | None = None
    filename: str | None = None
    path: str | None = None
    paths: list[str] = []
    custodian: str | None = None
    type: Identifier | None = None
    mime: Identifier | None = None
    extension: Identifier | None = None
    size: int | None = None
    sha256: Identifier | None = None
    date: Identifier | None = None
    author: str | None = None
    page_count: int | None = None
    ocr: bool | None = None
    extractor: str | None = None
    email_from: list[str] | str | None = None
    email_to: list[str] | str | None = None
    email_cc: list[str] | str | None = None
    message_id: str | None = None
    thread_id: Identifier | None = None
    parent_id: Identifier | None = None
    root_id: str | None = None
    language: Identifier | None = None
    near_dup_group: Identifier | None = None
    scan_files: list[str] = Field([], description=(
        "A scan filed one page per file: its files, in page order (GET .../file?page=N)"))
    duplicates: list[str] = Field([], description="Other paths with the same bytes")
    entities: list[EntitySummary] = []
    parent: Relative | None = Field(None, description="The container this document came out of")
    children: list[Relative] = Field([], description="Attachments and members, by control number")
    near_duplicates: list[Relative] = []
    thread: list[Relative] = Field([], description="The e-mail thread, oldest first, this one included")


class HitPagesResponse(BaseModel):
    document_id: Identifier
    q: str
    pages: list[int] = Field(description="Pages holding a hit of q, in page order")


class PageResponse(BaseModel):
    document_id: Identifier
    page: int
    page_count: int
    citation: Identifier
    ocr: bool
    ocr_confidence: float | None
    html: MarkedHtml = Field(description="HTML-escaped page text, with <mark> around hits of q")
    hits: int


class CollectionIn(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")
    prefix: str | None = Field(None, pattern=r"^[A-Z0-9]{1,8}$")
    description: str = ""


class Disclosure(BaseModel):
    """What a collection is: the organisation that produced it and the request it answers."""

    organisation: str | None = Field(None, max_length=200,
                                     description="The organisation that produced the material")
    reference: str | None = Field(None, max_length=100,
                                  description='The request it answers, e.g. "Rule 9 request '
                                  'R9-014"')
    sent: dt.date | None = Field(None, description="When the request was sent")
    due: dt.date | None = Field(None, description="When the material was due")
    received: dt.date | None = Field(None, description="When the material was received")

    @model_validator(mode="after")
    def _in_order(self) -> Disclosure:
        if self.sent and self.due and self.due < self.sent:
            raise ValueError("the due date is before the request was sent")
        if self.sent and self.received and self.received < self.sent:
            raise ValueError("the received date is before the request was sent")
        return self


class CollectionOut(BaseModel):
    name: str
    prefix: str
    description: str = ""
    created_at: Identifier | None = None
    disclosure: Disclosure | None = None


class IngestPathRequest(BaseModel):
    collection: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")
    path: str = Field(description="A server-side path under one of DOCKET_INGEST_ROOTS")
    group_pages: bool = Field(True, description="Files of one folder whose names differ only "
                              "by a page number (D0020_p1.png, D0020_p2.png) become one document")


class LedgerFailure(BaseModel):
    path: str
    state: str
    stage: str | None = None
    error_class: str | None = None
    error_message: str | None = None
    rule: str | None = Field(None, description="The rule that grouped the file (group_pages)")
    group: str | None = Field(None, description="The page-per-file scan the file is a page of")


class JobResponse(BaseModel):
    id: str
    collection: Identifier
    status: Identifier
    mode: str
    received: int
    counts: dict[str, int]
    done: int
    rate_per_s: float | None
    eta_s: float | None
    created_at: Identifier | None
    finished_at: Identifier | None = None
    group_pages: bool | None = Field(None, description="Whether the job grouped page-per-file "
                                     "scans (None: a job that ingested no files)")
    failures: list[LedgerFailure]


# --- annotations ---------------------------------------------------------------------------


class TagIn(BaseModel):
    tag: str = Field(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f\x7f]*\S[^\x00-\x1f\x7f]*$")


class TagsResponse(BaseModel):
    document_id: Identifier
    tags: list[str]


class UserTag(BaseModel):
    tag: str
    count: int = Field(description="Documents holding the tag")


class StarResponse(BaseModel):
    document_id: Identifier
    starred: bool


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=20_000, pattern=r"\S")
    page: int | None = Field(None, ge=1, le=100_000)


class Note(BaseModel):
    id: str
    doc_id: Identifier
    page: int | None = None
    text: str
    created_at: Identifier
    user: Identifier


DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class SearchSpec(BaseModel):
    """A search as the search endpoint takes it."""

    q: str = Field("", max_length=4000)
    filters: list[Annotated[str, Field(max_length=1000, pattern=r"^[^:]+:.+")]] = Field(
        [], max_length=100, description="field:value, as in filter=")
    date_from: str | None = Field(None, pattern=DATE_PATTERN)
    date_to: str | None = Field(None, pattern=DATE_PATTERN)
    sort: str = Field("relevance", pattern="^(relevance|date|date_asc|control)$")

    @field_validator("date_from", "date_to")
    @classmethod
    def real_date(cls, value: str | None) -> str | None:
        if value:
            date_math(value)  # a ValueError names the problem ("not a real date")
        return value


class SavedSearchIn(SearchSpec):
    name: str = Field(min_length=1, max_length=200, pattern=r"\S")


class SavedSearch(SearchSpec):
    id: str
    name: str | None = None
    total: int | None = Field(None, description="Hits when it last ran (history)")
    created_at: Identifier | None = None
    last_run_at: str | None = None


class DeletedResponse(BaseModel):
    deleted: int
