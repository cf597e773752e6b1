"""Request and response models of review: coding schemes, coding, batches, QC, the dashboard.

Coding values are keyed by coding field name (``coding.issue``; the key alone, ``issue``, is
accepted too); which fields exist and their kinds come from search.fields, and which a
collection uses from its scheme, so the models do not list them.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, model_validator

from api.models import DocumentHeading, Identifier, SearchSpec

CodingValue = str | list[str] | None
BATCH_ID_PATTERN = r"^batch-[0-9a-f]{32}$"
DocumentId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}-[0-9a-f]{32}$")]
SavedSearchId = Annotated[str, Field(pattern=r"^saved-[0-9a-f]{32}$")]
CollectionId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
Username = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^\S+$")]


class SchemeFieldIn(BaseModel):
    name: str = Field(description="A coding field: coding.relevance, coding.issue, "
                      "coding.sensitivity, coding.event_date or coding.note")
    label: str | None = Field(None, max_length=100, description="How the page labels it here")
    choices: list[str] = Field([], max_length=200, description="The values reviewers pick "
                               "from (single and multi choice fields; relevance has a default)")


class SchemeIn(BaseModel):
    fields: list[SchemeFieldIn] = Field(min_length=1, max_length=20)
    renames: dict[str, dict[str, str | None]] = Field(
        {}, max_length=20, description="Coding field -> {value taken off its list: the value "
        "of the new list the documents given it get instead, or null to take it off them}. A "
        "value taken off a list that documents carry, and not renamed here, is a 409")


class SchemeFieldOut(BaseModel):
    name: str
    kind: Identifier = Field(description="single, multi, date or text")
    label: str
    choices: list[str]


class FieldUsage(BaseModel):
    documents: int = Field(description="Documents with a value in the field")
    values: dict[str, int] = Field(description="Choice fields: documents per value given")


class SchemeOut(BaseModel):
    collection: Identifier
    fields: list[SchemeFieldOut] = Field(description="Empty when no scheme is defined")
    available: list[SchemeFieldOut] = Field(
        description="Every coding field Docket declares, with its default label and values: "
        "what an admin may add to the scheme")
    usage: dict[str, FieldUsage] = Field(
        description="By coding field: the documents of the collection coded in it (values "
        "off the list included), which a scheme edit must keep or rename")


class RenamedValue(BaseModel):
    field: str
    old: str
    new: str | None = Field(description="null: taken off the documents")
    documents: int = Field(description="Documents whose coding was rewritten")
    qc: int = Field(description="QC codings rewritten")


class SchemeSetOut(SchemeOut):
    renamed: list[RenamedValue] = Field(
        description="Values migrated: renamed, respelled, or taken off the documents")


class CodingIn(BaseModel):
    values: dict[str, CodingValue] = Field(
        max_length=20, description="Coding field -> value (a list for a multi choice field, "
        "YYYY-MM-DD for a date); null clears it; fields not given keep their value")


class DocumentCoding(BaseModel):
    document_id: Identifier
    values: dict[str, Any]
    coded_by: str | None = None
    coded_at: Identifier | None = None


class BulkCodingIn(CodingIn):
    ids: list[DocumentId] | None = Field(None, max_length=65_536,
                                         description="Documents to code")
    saved_search: SavedSearchId | None = Field(
        None, description="Or: code every document of this saved search (one of the caller's) "
        "within the collection")
    search: SearchSpec | None = Field(
        None, description="Or: code every document this search finds within the collection, "
        "as GET /api/search takes it (q, filters, dates): all its results, not a page")
    add: bool = Field(False, description="Add to multi choice values instead of replacing them")

    @model_validator(mode="after")
    def one_source(self) -> BulkCodingIn:
        if [self.ids, self.saved_search, self.search].count(None) != 2:
            raise ValueError("give one of ids, saved_search or search")
        return self


class BulkCodingOut(BaseModel):
    collection: Identifier
    matched: int = Field(description="Documents asked for")
    changed: int = Field(description="Documents whose coding changed")


class BatchesIn(BaseModel):
    collection: CollectionId
    saved_search: SavedSearchId = Field(description="One of the caller's saved searches")
    size: int = Field(50, ge=1, le=5000, description="Documents per batch (a family or a "
                      "group of duplicates larger than this is one batch of its own)")
    reviewers: list[Username] = Field([], max_length=200,
                                      description="Assigned in turn; none: unassigned")
    name: str = Field("Batch", min_length=1, max_length=100)


class BatchOut(BaseModel):
    id: str
    collection: Identifier
    name: str
    sequence: int
    saved_search: Identifier | None = None
    reviewer: str | None = None
    qc_reviewer: str | None = None
    created_by: str | None = None
    created_at: Identifier | None = None
    coded: int = Field(description="Documents of the batch with coding")
    total: int


class BatchDetail(BatchOut):
    doc_ids: list[Identifier] = Field(description="Its documents, in review order")


class AssignIn(BaseModel):
    reviewer: Username | None = Field(description="The reviewer; null: unassigned")


class BatchDocument(DocumentHeading):
    """A document of a review batch, as the batch lists it."""


class BatchStep(BaseModel):
    batch_id: Identifier
    position: int
    total: int
    previous: int | None
    next: int | None
    document: BatchDocument
    coding: dict[str, Any]
    coded: int = Field(description="Documents of the batch coded so far")


class QcIn(BaseModel):
    reviewer: Username = Field(description="The second reviewer")
    percent: float = Field(5.0, gt=0, le=100)
    seed: str = Field("qc", min_length=1, max_length=100,
                      description="The same seed gives the same sample")


class FieldDisagreement(BaseModel):
    field: str
    compared: int
    disagreements: int
    rate: float | None


class QcReport(BaseModel):
    batch_id: Identifier
    reviewer: str
    percent: float
    seed: str
    sample: list[Identifier]
    coded: int
    total: int
    fields: list[FieldDisagreement]


class ReviewerProgress(BaseModel):
    reviewer: str | None
    batches: int
    coded: int
    total: int


class ValueCount(BaseModel):
    value: str
    count: int


class ReviewProgress(BaseModel):
    collection: Identifier
    coded_documents: int
    batches: list[BatchOut]
    reviewers: list[ReviewerProgress]
    coding_counts: dict[str, list[ValueCount]]
