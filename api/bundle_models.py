"""Request and response models of the hearing bundle and reference endpoints
(api.routes.bundles)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.models import Identifier

LETTER = r"^[A-Z][A-Z0-9]{0,5}$"


class BundleDocumentIn(BaseModel):
    document: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
                          description="A control number, or the URN of an issued production")
    description: str = Field("", max_length=500, description="Shown in the index (default: "
                             "the document's title)")


class TabIn(BaseModel):
    title: str = Field("", max_length=200)
    documents: list[BundleDocumentIn] = Field(default_factory=list, max_length=5_000)


class SectionIn(BaseModel):
    title: str = Field("", max_length=200, description="Empty: the tabs stand on their own")
    tabs: list[TabIn] = Field(default_factory=list, max_length=500)


class BundleEdit(BaseModel):
    """A bundle's title and contents: sections of tabs of documents, in order. Tabs are
    numbered 1, 2, 3... through the bundle."""

    title: str = Field(min_length=1, max_length=200)
    sections: list[SectionIn] = Field(max_length=50)


class BundleIn(BundleEdit):
    collection: Identifier
    letter: Identifier = Field(pattern=LETTER, description="The bundle's letter, e.g. A: "
                               "references are {A/TAB/PAGE}")


class BundleDocument(BaseModel):
    """A document as the bundle numbers it."""

    document: str = Field(description="What the bundle was given: control or URN")
    doc_id: Identifier
    control: Identifier
    urn: Identifier | None = None
    title: str
    date: Identifier | None = None
    description: str
    pages: int
    first_page: int = Field(description="Its first bundle page")
    last_page: int
    tab_first: int = Field(description="Its first page within the tab")
    tab_last: int
    reference: str = Field(description="Its first page cited: {A/2/5}")


class BundleTab(BaseModel):
    number: int
    title: str
    first_page: int
    last_page: int
    pages: int
    documents: list[BundleDocument]


class BundleSection(BaseModel):
    title: str
    tabs: list[BundleTab]


class BuildError(BaseModel):
    control: Identifier | None = None
    error: str


class BuildProgress(BaseModel):
    done: int
    total: int


class BundleSummary(BaseModel):
    id: str = Field(description="bundle-<32 hex>")
    letter: Identifier
    title: str
    collection: Identifier
    state: str = Field(description="draft, building, built or failed")
    progress: BuildProgress
    errors: list[BuildError]
    file_pages: int | None = Field(None, description="Pages of the built PDF, index included")
    created_by: str | None = None
    created_at: Identifier
    built_at: Identifier | None = None


class Bundle(BundleSummary):
    pages: int = Field(description="Bundle pages, 1 to N (the index pages not counted)")
    sections: list[BundleSection]


class IndexEntry(BaseModel):
    """A line of the index: tab, document, date, description, bundle pages."""

    tab: int
    tab_title: str
    document: str
    date: Identifier | None = None
    description: str
    first_page: int
    last_page: int
    reference: str


class BuildStarted(BaseModel):
    id: str
    state: str


class ResolvedReference(BaseModel):
    """A reference resolved to the document page it cites, or why it does not resolve."""

    reference: str
    kind: Identifier | None = Field(None, description="bundle or production")
    doc_id: Identifier | None = None
    control: Identifier | None = None
    collection: Identifier | None = None
    document_page: int | None = None
    citation: Identifier | None = Field(None, description="<control>-<page, 4 digits>")
    bundle: str | None = None
    tab: int | None = None
    page: int | None = None
    bundle_page: int | None = None
    urn: Identifier | None = None
    error: str | None = None
