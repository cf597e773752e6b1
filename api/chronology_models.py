"""Request and response models of the chronology endpoints (api.routes.chronology).

Only fields the cipher middleware already takes as identifiers are typed so (api.models):
people's ids and names, descriptions, quotes and dates are text it reads, so a caller without
clearance sees a protected person as their cipher wherever they are named.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.models import Identifier


class FactDateModel(BaseModel):
    from_: str = Field(alias="from", min_length=4, max_length=10,
                       description="YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)")
    to: str | None = Field(None, max_length=10,
                           description="The end of a range, in the same forms; null for one date")
    circa: bool = Field(False, description="Approximate: 'circa March 1998'")

    model_config = {"populate_by_name": True}


class CitationIn(BaseModel):
    doc_id: str = Field(min_length=1, max_length=200)
    page: int = Field(ge=1, le=1_000_000)


class FactIn(BaseModel):
    collection: str = Field(min_length=1, max_length=63)
    date: FactDateModel
    description: str = Field(min_length=1, max_length=20_000)
    quote: str = Field("", max_length=20_000)
    people: list[str] = Field([], max_length=100,
                              description="Entity ids (kind:key) of people and organisations")
    issues: list[str] = Field([], max_length=50,
                              description="From the collection's coding scheme's issue list")
    citations: list[CitationIn] = Field(min_length=1, max_length=50)
    same_event: list[str] = Field([], max_length=50,
                                  description="Facts this one is explicitly the same event as")


class Citation(BaseModel):
    doc_id: Identifier
    control: Identifier
    page: int
    citation: Identifier = Field(description="CONTROL-0001")
    urn: str | None = Field(None, description="The production URN once the page is produced")


class Person(BaseModel):
    key: str = Field(description="Entity id, kind:key")
    name: str


class Disagreement(BaseModel):
    id: str
    date_label: str


class Fact(BaseModel):
    id: str = Field(description="fact-<32 hex>")
    collection: Identifier
    date: FactDateModel
    date_label: str = Field(description="The date as a chronology prints it")
    date_start: str = Field(description="The first day the date covers")
    date_end: str = Field(description="The last day the date covers")
    description: str
    quote: str = ""
    people: list[Person] = []
    issues: list[str] = []
    citations: list[Citation]
    same_event: list[str] = []
    disagreements: list[Disagreement] = Field(
        [], description="Facts on the same event whose dates cannot be the same day")
    created_by: str
    created_at: Identifier
    updated_by: str | None = None
    updated_at: str | None = None


class FactPage(BaseModel):
    total: int
    facts: list[Fact]
    next: Identifier | None = Field(None, description="Cursor of the next page (pass as "
                                                      "`cursor`); null on the last")


class PassageIn(BaseModel):
    doc_id: str = Field(min_length=1, max_length=200)
    page: int = Field(ge=1, le=1_000_000)
    start: int = Field(ge=0, description="Start of the selection in the page text (characters)")
    end: int = Field(ge=1, description="End of the selection (exclusive)")


class Draft(BaseModel):
    """A fact pre-filled from a passage, for the reviewer to finish and save."""

    collection: Identifier
    doc_id: Identifier
    page: int
    start: int
    end: int
    quote: str
    description: str
    date: FactDateModel | None
    date_source: str | None = Field(None, description="passage, document, or null (none found)")
    people: list[Person]
    citations: list[Citation]
    issue_choices: list[str]


class ResolvedCitation(BaseModel):
    doc_id: Identifier
    control: Identifier
    page: int
    citation: Identifier
    collection: Identifier
    link: str = Field(description="The web page's address of the page")
