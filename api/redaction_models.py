"""Request and response models of the redaction endpoints (api.routes.redactions)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from api.models import Identifier


class BoxModel(BaseModel):
    """A rectangle on the page image: left, top, right, bottom."""

    x0: float
    y0: float
    x1: float
    y1: float
    unit: Literal["fraction", "pt"] = Field(
        "fraction", description="page fractions (0-1, from the top left), or PDF points "
                                "(checked against the PDF page's size)")


class RedactionIn(BaseModel):
    page: int = Field(ge=1, le=1_000_000)
    kind: Literal["span", "box", "page"] = Field(
        description="span: characters start-end of the stored page text; box: a rectangle on "
                    "the page image (its words, read again from the original, are taken out of "
                    "the searchable copy too); page: the whole page")
    reason: str = Field(min_length=1, max_length=300,
                        description="One of the collection's redaction reasons")
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)
    box: BoxModel | None = None


class Redaction(BaseModel):
    """One redaction. Only the fields the cipher middleware already takes as identifiers are
    typed so (api.models.Identifier); the others are passed through it as text, which costs
    nothing and keeps a new identifier name from exempting other answers."""

    id: str = Field(description="red-<32 hex>")
    collection: Identifier
    doc_id: Identifier
    control: Identifier | None = None
    page: int
    kind: Identifier
    start: int | None = Field(None, description="A span's first character in the stored page "
                                                "text (to cleared callers only: null otherwise)")
    end: int | None = Field(None, description="Just after a span's last character (to cleared "
                                              "callers only)")
    text: str | None = Field(None, description="The words a span or a box covers (to cleared "
                                               "callers only: null otherwise)")
    covers: list[tuple[int, int]] | None = Field(
        None, description="A box's words as spans (start, end) of the stored page text, which "
                          "the searchable copy loses (to cleared callers only)")
    box: BoxModel | None = None
    reason: str
    rule: str | None = Field(None, description="The rule that proposed it (kind:value; to "
                                               "callers without clearance, the kind only)")
    state: str = Field(description="proposed, approved or rejected")
    proposed_by: str | None = None
    proposed_at: str
    decided_by: str | None = None
    decided_at: str | None = None


class Decision(BaseModel):
    redaction: Redaction
    withheld: Literal["none", "document", "collection"] = Field(
        description="What users without clearance do not find until the redacted copy is "
                    "rewritten (a job, which this request has started)")


class ReasonsIn(BaseModel):
    reasons: list[str] = Field(max_length=50)


class Reasons(BaseModel):
    collection: Identifier
    reasons: list[str]


class RuleIn(BaseModel):
    """A rule run over a set of documents of the collection: those of a saved search of the
    caller's, or those with the control numbers listed."""

    kind: Literal["regex", "entity", "name", "anonymised"]
    value: str = Field("", max_length=500, description="The regex, the entity kind (phone, "
                       "nino, dob, email, vehicle...), or the protected name; none for "
                       "anonymised codes")
    reason: str = Field(min_length=1, max_length=300)
    saved_search: str | None = Field(None, pattern=r"^saved-[0-9a-f]{32}$")
    controls: list[str] | None = Field(None, max_length=10_000)


class RuleResult(BaseModel):
    documents: int = Field(description="Documents the rule ran over")
    proposed: list[Redaction]
