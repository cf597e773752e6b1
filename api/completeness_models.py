"""Response models of the completeness report (search.completeness): its summary and the pages
of its lists. Paths, titles and addresses are text the cipher middleware reads; ids, control
numbers, states and periods are ``Identifier``. An ``Identifier`` key is left alone in every
answer (api.models.field_roles), so none is added here that another answer uses for text."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from api.models import Disclosure, Identifier

StateCounts = dict[str, int]


class LoadCounts(BaseModel):
    id: str
    status: Identifier | None = None
    created_at: Identifier | None = None
    finished_at: Identifier | None = None
    received: int | None = None
    counts: StateCounts = Field(description="The files the load received, by ledger state: "
                                "their sum is received, as docket jobs counts them")
    done: int
    child_counts: StateCounts = Field(description="What was found inside its containers, by "
                                      "state, counted apart")


class FilesSummary(BaseModel):
    received: int
    counts: StateCounts
    done: int
    child_counts: StateCounts


class DocumentsSummary(BaseModel):
    total: int
    top_level: int
    children: int
    undated: int


class FamiliesSummary(BaseModel):
    total: int
    intact: int
    broken: int = Field(description="A member failed, was password-protected or was cut off "
                        "by a limit")
    pending: int = Field(description="Still being loaded")
    members: int


class DuplicatesSummary(BaseModel):
    documents: int = Field(description="Documents whose bytes were met more than once")
    copies: int = Field(description="Copies suppressed (ledger entries in state duplicate)")


class NearDuplicatesSummary(BaseModel):
    groups: int
    documents: int


class AddressRow(BaseModel):
    address: str
    from_: int = Field(alias="from")
    to: int
    cc: int
    bcc: int
    bcc_flag: bool = Field(description="The address received a blind copy")

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class RecipientsSummary(BaseModel):
    addresses: int
    bcc_addresses: int
    documents_with_bcc: int
    bcc: list[AddressRow] = Field(description="Every address that received a blind copy")


class Period(BaseModel):
    period: Identifier
    count: int
    gap: bool = Field(description="No document is dated in this period")


class Gap(BaseModel):
    from_: str = Field(alias="from")
    to: str
    periods: int

    model_config = {"populate_by_name": True, "serialize_by_alias": True}


class DateCoverage(BaseModel):
    first: str | None
    last: str | None
    undated: int
    years: list[Period]
    months: list[Period] = Field(description="By month, when the dates span 600 months or "
                                 "fewer")
    year_gaps: list[Gap]
    month_gaps: list[Gap]


class CustodianCoverage(BaseModel):
    custodian: str
    documents: int
    dated: int
    first: str | None
    last: str | None


class CompletenessReport(BaseModel):
    collection: Identifier
    generated_at: Identifier
    disclosure: Disclosure | None
    disclosure_status: Identifier | None = Field(
        description="received, late (after the due date), overdue (due, not received), "
                    "awaited, or null when no request is recorded")
    loads: list[LoadCounts]
    files: FilesSummary
    documents: DocumentsSummary
    families: FamiliesSummary
    duplicates: DuplicatesSummary
    near_duplicates: NearDuplicatesSummary
    recipients: RecipientsSummary
    dates: DateCoverage
    custodians: list[CustodianCoverage]


class CompletenessPage(BaseModel):
    collection: Identifier
    section: str
    rows: list[dict[str, Any]] = Field(description="files: ledger entries; families: each "
                                       "container with its members' states and every broken "
                                       "member; duplicates: each document with every path; "
                                       "near-duplicates: each group with all its members; "
                                       "recipients: each address by role")
    next: str | None = Field(description="Pass back as cursor for the next page; null at the "
                             "end")
