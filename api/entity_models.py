"""Request and response models of the entity endpoints (look-up, entity page, batch search,
graph export, corrections)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from api.models import IDENTIFIER, DocumentHeading, Identifier, MarkedHtml
from search.entity_kinds import KINDS

# The registry's kinds, as a Literal so that OpenAPI lists them (a tuple subscript is the same
# Literal as the names written out).
Kind = Literal[KINDS]  # type: ignore[valid-type]
Match = Literal["exact", "phonetic", "nickname", "initial", "ocr", "part", "fuzzy"]
COLLECTION = r"^[a-z0-9][a-z0-9_-]{0,62}$"


class EntityMatch(BaseModel):
    kind: Identifier
    key: str
    text: str = Field(description="Display form")
    match: Annotated[Match, IDENTIFIER] = Field(
        description="Closeness to what was typed; results are ordered by it")
    mentions: int
    documents: int


class LookupResponse(BaseModel):
    q: str
    kind: Identifier | None
    results: list[EntityMatch]


class WrittenForm(BaseModel):
    text: str
    mentions: int


class Variant(BaseModel):
    key: str
    text: str
    match: Annotated[Match, IDENTIFIER]
    mentions: int
    forms: list[WrittenForm] = Field(
        default_factory=list,
        description="Each distinct written form (folded duplicates merged), on the entity page")


class EntityMention(BaseModel):
    document_id: Identifier
    control: Identifier | None
    title: str | None
    date: Identifier | None
    page: int
    citation: Identifier | None
    text: str
    key: str
    match: Annotated[Match, IDENTIFIER]
    snippet: MarkedHtml = Field(description="HTML-escaped context with the mention in <mark>")


class EntityDocument(DocumentHeading):
    mentions: int


class TimelinePoint(BaseModel):
    period: Identifier = Field(description="yyyy or yyyy-MM, by document date")
    documents: int
    mentions: int


class Timeline(BaseModel):
    years: list[TimelinePoint]
    months: list[TimelinePoint]
    undated: int = Field(description="Documents with no date")


class LinkingDocument(BaseModel):
    id: str
    control: Identifier | None
    title: str | None
    date: Identifier | None


class Cooccurring(BaseModel):
    id: str
    kind: Identifier
    key: str
    text: str
    score: float = Field(description="significant_terms score against the caller's collections")
    documents: int = Field(description="Documents shared with the entity")
    background: int = Field(description="Documents with this entity in the caller's collections")
    linking_documents: list[LinkingDocument]


class PossibleMatch(BaseModel):
    """A written form the names stage kept as a possible match of several people."""

    document_id: str
    control: Identifier | None
    title: str | None
    page: int
    text: str = Field(description="The form as written, e.g. H. Ashworth")
    key: str
    rule: Identifier | None = Field(description="The rule that found it, e.g. initials")
    confidence: float | None
    candidates: list[str] = Field(description="Keys of the people it may be")


class EntityPageResponse(BaseModel):
    kind: Identifier
    key: str
    text: str
    redirected_from: str | None = Field(description="The key asked for, when it was merged")
    mention_count: int
    document_count: int
    variants: list[Variant]
    mentions: list[EntityMention]
    documents: list[EntityDocument]
    timeline: Timeline
    cooccurring: list[Cooccurring]
    possible_matches: list[PossibleMatch] = Field(
        default_factory=list, description="Forms that may be this person or another")


class BatchRequest(BaseModel):
    names: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(max_length=1000)
    kind: Kind = "person"
    top: int = Field(5, ge=1, le=50)


class BatchDocument(BaseModel):
    id: str
    control: Identifier | None
    title: str | None
    date: Identifier | None
    mentions: int
    variants: list[Variant]


class BatchResult(BaseModel):
    name: str
    kind: Identifier
    key: str
    documents: int
    mentions: int
    variants: list[Variant]
    top: list[BatchDocument]


class BatchResponse(BaseModel):
    names: int
    results: list[BatchResult]


class GraphNode(BaseModel):
    id: str
    kind: Identifier
    key: str
    label: str
    documents: int


class GraphEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Documents the two share")
    documents: list[str] = Field(description="Some of those documents' ids")


class GraphResponse(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class _CorrectionBase(BaseModel):
    kind: Kind
    key: str = Field(min_length=1, max_length=500, description="The entity corrected")
    collection: str | None = Field(None, pattern=COLLECTION,
                                   description="Apply in this collection only (default: all, "
                                               "which needs access to every collection)")
    note: str = Field("", max_length=2000)


class MergeCorrection(_CorrectionBase):
    action: Literal["merge"]
    into: str = Field(min_length=1, max_length=500, description="The entity that remains")


class SplitCorrection(_CorrectionBase):
    action: Literal["split"]
    new_name: str = Field(min_length=1, max_length=500, description="The entity split off")
    doc_ids: list[str] = Field(min_length=1, max_length=10_000,
                               description="Documents whose mentions belong to the new entity")


class AliasCorrection(_CorrectionBase):
    action: Literal["alias"]
    alias: str = Field(min_length=1, max_length=500, description="Another name for the entity")


class WrongCorrection(_CorrectionBase):
    action: Literal["wrong"]
    doc_ids: list[str] = Field([], max_length=10_000,
                               description="Only in these documents (default: everywhere)")


CorrectionIn = Annotated[MergeCorrection | SplitCorrection | AliasCorrection | WrongCorrection,
                         Field(discriminator="action")]


class CorrectionOut(BaseModel):
    id: str
    action: str
    kind: Identifier
    key: str
    target: str
    target_text: str
    doc_ids: list[str]
    collection: Identifier
    user: Identifier
    created_at: Identifier
    note: str


class EntityKindOut(BaseModel):
    """One kind of ``search.entity_kinds``, as the UI needs it for its lists and labels."""

    name: str
    label: str = Field(description="One entity of the kind: 'Phone'")
    plural: str = Field(description="A list of them: 'Phone numbers'")
    pattern: bool = Field(description="Found by a pattern and validated (else by NER)")
    linked: bool = Field(description="Takes part in co-occurrence and graphs")
    lookup: bool = Field(description="Offered in the look-up form; listed open on a document")
    facet: bool = Field(description="A document facet of its own")
