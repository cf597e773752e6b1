"""The chronology: facts with dates, people, issues and page citations (search.chronology); the
view (filtered, in date order, paged, with disagreeing sources flagged), a fact drafted from a
highlighted passage, the CSV and DOCX exports, and citations resolved to their document page.

Anyone with a grant on a collection reads its facts; making, changing and deleting them needs
the reviewer role or above. Each change is one record of the audit trail (api.audit) with the
fact before and after. Answers go through the cipher middleware as text (the default), so a
caller without clearance reads a protected person as their cipher; the DOCX, being bytes, is
refused to such a caller when their collections protect names, as originals are (api.ciphers).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from api.audit import record_early
from api.chronology_models import Draft, Fact, FactIn, FactPage, PassageIn, ResolvedCitation
from api.deps import ReviewerDep, SettingsDep, StoreDep, checked
from api.handling import handles
from api.models import ErrorResponse
from search.chronology import Chronology, Cite, FactFilter, FactInput
from search.chronology_dates import FactDate, period_bounds
from search.chronology_export import csv_lines, docx_bytes, page_link
from search.chronology_passage import draft_from_passage, resolve_citation
from search.paging import Cursor, decode_cursor, encode_cursor, fingerprint
from search.scoped import ScopedStore

router = APIRouter(tags=["chronology"])
ERRORS = {404: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 422: {"model": ErrorResponse}}
FactId = Annotated[str, Path(pattern=r"^fact-[0-9a-f]{32}$")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                  description="YYYY, YYYY-MM or YYYY-MM-DD")]
MAX_PAGE = 100
AUDITED = ("date", "description", "people", "issues", "citations", "same_event")


def filters_of(
    collection: Annotated[list[str] | None, Query(description="Narrow to these collections")] = None,
    person: Annotated[str | None, Query(max_length=600, description="Entity id, kind:key")] = None,
    issue: Annotated[str | None, Query(max_length=200)] = None,
    date_from: Day = None, date_to: Day = None,
    q: Annotated[str, Query(max_length=1000, description="Words of the fact")] = "",
    disagreeing: Annotated[bool, Query(description="Only facts whose sources disagree")] = False,
) -> FactFilter:
    try:
        first, last = period_bounds(date_from, date_to)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return FactFilter(person=person, issue=issue, first_day=first, last_day=last, text=q,
                      disagreeing=disagreeing, collections=tuple(collection or ()))


FiltersDep = Annotated[FactFilter, Depends(filters_of)]


def shown(record: dict[str, Any]) -> dict[str, Any]:
    """A fact as the API answers it."""
    return {**record, "people": record.get("people_shown") or []}


def _input(body: FactIn) -> FactInput:
    try:
        when = FactDate.parse(body.date.from_, body.date.to, body.date.circa)
    except ValueError as exc:
        raise HTTPException(422, f"date: {exc}") from None
    return FactInput(body.collection, when, body.description, body.quote, tuple(body.people),
                     tuple(body.issues), tuple(Cite(c.doc_id, c.page) for c in body.citations),
                     tuple(body.same_event))


def _audited(record: dict[str, Any] | None) -> dict[str, Any] | None:
    if record is None:
        return None
    return {key: record.get(key) for key in AUDITED}


# --- the view and the exports ----------------------------------------------------------------


@router.get("/api/chronology", response_model=FactPage, responses=ERRORS)
@handles(action="chronology.view", session="kept")
def view(store: StoreDep, settings: SettingsDep, filters: FiltersDep, http: Request,
         size: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
         offset: Annotated[int, Query(ge=0, le=10_000, alias="from")] = 0,
         cursor: Annotated[str | None, Query(max_length=8000)] = None) -> dict:
    """Facts in date order (then the order they were made): filtered by person, issue, period
    (facts whose dates overlap it) and words; paged by ``from`` or by the ``next`` cursor.

    Answered as the search is (api.routes.search): with a kept session, whose check rides in
    the facts' own search, and the audit record appended while that search runs, so a page
    costs one round trip to OpenSearch."""
    stamp = fingerprint(filters, store.caller.user, size)
    after = decode_cursor(cursor, settings.secret_key, stamp).after if cursor else None

    def answer(store: ScopedStore) -> dict:
        record_early(http, {})
        page = Chronology(store).view(filters, size, offset, after)
        following = (encode_cursor(Cursor(page["after"], 0, None, stamp), settings.secret_key)
                     if page["after"] is not None else None)
        return {"total": page["total"], "facts": [shown(f) for f in page["facts"]],
                "next": following}

    return checked(http, store, answer)


@router.get("/api/chronology/export", responses={**ERRORS, 200: {"content": {
    "text/csv": {}, "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}}})
@handles(action="chronology.export")
def export(request: Request, store: StoreDep, filters: FiltersDep,
           format: Annotated[str, Query(pattern="^(csv|docx)$")] = "docx") -> Response:
    """Every fact of the filters: DOCX (a table whose citations link back to their pages) or
    CSV."""
    base = str(request.base_url)
    rows = Chronology(store).rows(filters)
    if format == "csv":
        return StreamingResponse(_lines(rows, base), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition":
                                          'attachment; filename="chronology.csv"'})
    title = "Chronology" + (f": {', '.join(filters.collections)}" if filters.collections else "")
    return Response(docx_bytes(rows, base, title), headers={
        "Content-Disposition": 'attachment; filename="chronology.docx"'},
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _lines(rows: Iterator[dict[str, Any]], base: str) -> Iterator[bytes]:
    for line in csv_lines(rows, base):
        yield line.encode()


# --- drafting from a passage, and citations ---------------------------------------------------


@router.post("/api/chronology/draft", response_model=Draft, responses=ERRORS)
@handles(action="chronology.draft")
def draft(body: PassageIn, store: StoreDep, _reviewer: ReviewerDep) -> dict:
    """A fact pre-filled from the viewer's selection: the quote, the page's citation, the date
    the passage states (else the document's), the people and organisations mentioned in it."""
    try:
        return draft_from_passage(store, body.doc_id, body.page, body.start, body.end)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


@router.get("/api/citations/{control}/{number}", response_model=ResolvedCitation,
            responses=ERRORS)
@handles(action="citation.resolve")
def citation(request: Request, store: StoreDep,
             control: Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")],
             number: Annotated[int, Path(ge=1, le=1_000_000)]) -> dict:
    """The document and page a citation names (control number and page number), with the
    page's address."""
    found = resolve_citation(store, control, number)
    return {**found, "link": page_link(str(request.base_url), found["doc_id"], number)}


# --- one fact ---------------------------------------------------------------------------------


@router.post("/api/chronology", response_model=Fact, status_code=201, responses=ERRORS)
@handles(action="chronology.fact.create")
def create(body: FactIn, request: Request, store: StoreDep, reviewer: ReviewerDep) -> dict:
    request.state.audit_details = {"collection": body.collection}
    record = _changed(store, lambda facts: facts.create(_input(body), reviewer.username))
    request.state.audit_details = {"fact": record["id"], "collection": record["collection"],
                                   "before": None, "after": _audited(record)}
    return shown(record)


@router.get("/api/chronology/{fact_id}", response_model=Fact, responses=ERRORS)
@handles(action="chronology.fact.view")
def get_fact(fact_id: FactId, store: StoreDep) -> dict:
    return shown(Chronology(store).get(fact_id))


@router.put("/api/chronology/{fact_id}", response_model=Fact, responses=ERRORS)
@handles(action="chronology.fact.update")
def update(fact_id: FactId, body: FactIn, request: Request, store: StoreDep,
           reviewer: ReviewerDep) -> dict:
    request.state.audit_details = {"fact": fact_id}
    before, after = _changed(store, lambda facts: facts.update(fact_id, _input(body),
                                                               reviewer.username))
    request.state.audit_details = {"fact": fact_id, "collection": after["collection"],
                                   "before": _audited(before), "after": _audited(after)}
    return shown(after)


@router.delete("/api/chronology/{fact_id}", status_code=204, responses=ERRORS)
@handles(action="chronology.fact.delete")
def delete(fact_id: FactId, request: Request, store: StoreDep, _reviewer: ReviewerDep) -> Response:
    request.state.audit_details = {"fact": fact_id}
    record = Chronology(store).delete(fact_id)
    request.state.audit_details = {"fact": fact_id, "collection": record["collection"],
                                   "before": _audited(record), "after": None}
    return Response(status_code=204)


def _changed(store: ScopedStore, change: Any) -> Any:
    """``change(chronology)``, its refusals (a fact that does not hold) answered 422."""
    try:
        return change(Chronology(store))
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
