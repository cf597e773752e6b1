"""Request and response models of the production endpoints (api.routes.productions)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.models import Identifier


class ProductionIn(BaseModel):
    """A production: its documents chosen by control numbers (kept in that order), a saved
    search of the caller's, or tags (in control-number order)."""

    name: str = Field(min_length=1, max_length=200)
    collection: Identifier
    recipient: str = Field(min_length=1, max_length=200, description="The core participant")
    prefix: str = Field(pattern=r"^[A-Z][A-Z0-9]{1,9}$",
                        description="URN prefix: documents are <PREFIX><6 digits>")
    controls: list[str] | None = Field(None, max_length=10_000)
    saved_search: str | None = Field(None, pattern=r"^saved-[0-9a-f]{32}$")
    tags: list[str] | None = Field(None, max_length=50)
    withheld: dict[str, str] = Field(
        default_factory=dict, description="Control number -> reason, for documents of the "
        "choice withheld in full (listed in the load file, not produced)")


class WithheldDoc(BaseModel):
    control: Identifier
    reason: str
    redactions: int = 0


class IssueError(BaseModel):
    control: Identifier | None = None
    error: str


class Progress(BaseModel):
    done: int
    total: int


class Production(BaseModel):
    id: str = Field(description="prod-<32 hex>")
    name: str
    collection: Identifier
    recipient: str
    prefix: str
    chosen_by: str
    state: str = Field(description="draft, issuing, issued or failed")
    documents: int = Field(description="Documents chosen")
    progress: Progress
    issues: int = Field(description="Times issued")
    withheld: list[WithheldDoc] = Field(description="Documents withheld in full, as issued "
                                        "(those the production withholds, before)")
    errors: list[IssueError]
    created_by: str | None = None
    created_at: str
    issued_by: str | None = None
    issued_at: str | None = None


class ProducedDoc(BaseModel):
    urn: str
    control: Identifier | None = None
    doc_id: Identifier
    pages: int
    sha256: Identifier
    redactions: int


class ProductionDetail(Production):
    produced: list[ProducedDoc]


class PreviewDoc(BaseModel):
    position: int
    doc_id: Identifier
    control: Identifier
    urn: str | None = Field(None, description="The URN it has, or is to be given when issued "
                            "(null when withheld in full)")
    urn_given: bool = Field(description="Given by an earlier issue (it never changes)")
    pages: int
    redactions: int = Field(description="Approved redactions, burned in when issued")
    proposed: int = Field(description="Redactions proposed and not decided: not burned in")
    withheld: str | None = Field(None, description="Why it is withheld in full, if it is")
    missing: bool = Field(description="The document no longer exists (or you may not see it)")


class ProductionPreview(BaseModel):
    """What issuing the production gives, before it is issued."""

    id: str
    state: str
    prefix: str
    documents: list[PreviewDoc]
    produced: int = Field(description="Documents to be produced")
    withheld: int = Field(description="Documents withheld in full")
    pages: int = Field(description="Pages of the documents to be produced (a text document "
                       "typeset may take more sheets)")
    redactions: int
    proposed: int


class IssueStarted(BaseModel):
    id: str
    state: str


class Reference(BaseModel):
    """A reference {URN/PAGE} resolved to the document page it cites."""

    reference: str
    urn: str
    page: int
    doc_id: Identifier
    control: Identifier
    collection: Identifier
    production: str
    document_page: int
    citation: Identifier = Field(description="<control>-<page, 4 digits>")
