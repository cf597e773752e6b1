"""Response models of the case register endpoints (``/api/cases``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.models import Identifier


class Cite(BaseModel):
    """Where something is said: the document, its page and the sentence."""

    doc_id: Identifier | None = None
    control: Identifier | None = None
    page: int | None = None
    citation: Identifier | None = None
    sentence: str | None = None
    date: Identifier | None = None


class Dated(BaseModel):
    date: Identifier
    stated: bool = Field(description="False: the document's date, the text states none")
    cite: Cite | None = None


class CaseHeader(BaseModel):
    """What a register row and a case page both say about a case."""

    id: str = Field(description="case-<hash>; plain text to the cipher middleware, since 'id' "
                             "is also the key of graph nodes that hold names")
    collection: Identifier
    reference: str
    force: str | None = None
    outcome: Identifier
    outcome_reason: Identifier | None = None
    outcome_label: str
    first_date: Identifier | None = None
    last_date: Identifier | None = None
    flag_names: list[Identifier]


class CaseRow(CaseHeader):
    reference_keys: list[str]
    reported: Identifier | None = None
    closed: Identifier | None = None
    document_count: int
    suspects: list[str]
    subjects: list[str]


class Facet(BaseModel):
    value: str
    count: int


class CaseListResponse(BaseModel):
    total: int
    facets: dict[str, list[Facet]]
    cases: list[CaseRow]


class Person(BaseModel):
    key: str
    name: str
    kind: Identifier
    role: Identifier
    confidence: float
    rule: str
    cites: list[Cite]


class RoleGroup(BaseModel):
    role: Identifier
    label: str
    people: list[Person]


class CaseDocument(BaseModel):
    doc_id: Identifier
    control: Identifier
    title: str
    path: str = ""  # the file's path in its upload
    date: Identifier | None = None
    pages: list[int]


class LinkedFlag(BaseModel):
    case_id: Identifier
    reference: str


class CaseFlag(BaseModel):
    flag: Identifier
    reason: str
    cites: list[Cite]
    linked: list[LinkedFlag]


class Why(BaseModel):
    flag: Identifier
    reason: str


class LinkedCase(BaseModel):
    case_id: Identifier
    reference: str
    why: list[Why]


class Reference(BaseModel):
    key: str
    written: str
    scheme: Identifier | None = None
    format: str | None = None


class Item(BaseModel):
    kind: Identifier
    key: str
    written: str


class Event(BaseModel):
    date: Identifier | None = None
    event: Identifier
    label: str
    doc_id: Identifier | None = None
    control: Identifier | None = None
    page: int | None = None
    citation: Identifier | None = None
    sentence: str | None = None


class Step(BaseModel):
    outcome: Identifier
    outcome_reason: Identifier | None = None
    date: Identifier | None = Field(None, description="The day the outcome was recorded: the "
                                    "latest its sentence states, else its document's")
    cite: Cite


class CaseResponse(CaseHeader):
    references: list[Reference]
    outcome_cite: Cite | None = None
    history: list[Step]
    reported: Dated | None = None
    closed: Dated | None = None
    documents: list[CaseDocument]
    people_by_role: list[RoleGroup]
    items: list[Item]
    flags: list[CaseFlag]
    timeline: list[Event]
    linked_cases: list[LinkedCase]


class PersonCase(CaseRow):
    role: Identifier
    confidence: float
    cites: list[Cite]


class PersonCasesResponse(BaseModel):
    key: str
    name: str
    cases: list[PersonCase]


class RoleCorrection(BaseModel):
    """A person's role in one case, corrected (kept, audited, applied on every rebuild)."""

    key: str = Field(min_length=1, max_length=500, description="The person's key in the case")
    role: Literal["suspect", "subject", "officer", "witness"]
    note: str = Field(default="", max_length=2000)


class FormatIn(BaseModel):
    """A reference format declared for a collection: whose numbers, which scheme, and how they
    are written, by shapes or example references (search.entity_kinds.reference_declared)."""

    owner: str = Field(min_length=1, max_length=80, description="The force or council")
    scheme: Literal["crime", "incident", "referral"]
    shapes: list[str] = Field(default=[], max_length=12, description=(
        "Ways the numbers are written: the force's letters, separators (/ - . space, any for "
        "any), {YYYY} {YY} {year} {MM} {MON} {DD} {DDD} {serial[:N[-M]]} {letters[:N]} "
        "{part[:N]} {check}; a word in lower case inside the number (\"of\"); [...] "
        "optional"))
    examples: list[str] = Field(default=[], max_length=24, description=(
        "References as the documents write them; each must fit a shape (without shapes, the "
        "shape is read from them)"))
    name: str = Field(default="", max_length=80, description="Default: owner and scheme")
    anchors: list[str] = Field(default=[], max_length=8, description=(
        "Labels written just before the number (\"Incident No:\"): a shape of digits and "
        "separators alone is read only after one of them"))


class FormatOut(BaseModel):
    name: str
    owner: str
    scheme: Identifier
    shapes: list[str]
    examples: list[str]
    anchors: list[str] = Field(default=[], description="Labels a shape of digits alone is read after")


class FormatList(BaseModel):
    collection: Identifier
    formats: list[FormatOut]
    note: str = Field(description="When the register reads a change: at the next cases stage")
