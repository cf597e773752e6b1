"""``/api/cases``: the case register (filter, sort, CSV and XLSX export), a case page, every case
a person appears in, and the cases-and-people graph (GraphML). Reads go through the caller's
scoped store: a caller without clearance reads the register's ciphered copy, so the answers
are passed as they are (``response="copy"``)."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response
from openpyxl import Workbook
from pydantic import AfterValidator

from api.case_models import (
    CaseListResponse,
    CaseResponse,
    FormatIn,
    FormatList,
    PersonCasesResponse,
    RoleCorrection,
)
from api.deps import CallerDep, ClientDep, ReviewerDep, SettingsDep, StoreDep
from api.handling import handles
from api.models import ErrorResponse
from api.routes.coding import CollectionName
from ingest.job.cases import update_cases
from search.cases.declarations import CaseFormats
from search.cases.queries import SORTS, CaseFilter, CaseGraph, CaseList, CasePage, PersonCases, as_table
from search.cases.vocabulary import FLAGS, NFA_REASONS, OUTCOMES
from search.cooccurrence import to_graphml
from search.corrections import ROLE, Correction, CorrectionStore
from search.entity_kinds.reference_declared import DeclarationError, DeclaredFormat, declared_format
from search.export import FORMULA_START

router = APIRouter(tags=["cases"])
ERRORS = {400: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 404: {"model": ErrorResponse}}
Collections = Annotated[list[str] | None, Query(description="Narrow to these collections")]
_OUTCOME_VALUES = "|".join([*OUTCOMES, *(f"nfa {r}" for r in NFA_REASONS)])
Outcome = Annotated[str | None, Query(pattern=f"^({_OUTCOME_VALUES})$",
                                      description="An outcome, or 'nfa <reason>'")]
Flag = Annotated[list[str] | None, Query(description=f"Flags, all required: {', '.join(FLAGS)}")]


def _a_real_day(value: str | None) -> str | None:
    """A year, a month or a day that exists ("2000-00" has the shape and no month: 422, never
    the node's error)."""
    if value is not None:
        year, month, day = ([int(part) for part in value.split("-")] + [1, 1])[:3]
        date(year, month, day)
    return value


Day = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
                AfterValidator(_a_real_day)]
Sort = Annotated[str, Query(pattern=f"^({'|'.join(SORTS)})$")]
Format = Annotated[str, Query(pattern="^(json|csv|xlsx)$")]


def _filters(force: str | None, outcome: str | None, flag: list[str] | None,
             start: str | None, end: str | None) -> CaseFilter:
    unknown = [f for f in flag or [] if f.lower() not in FLAGS]
    if unknown:
        raise HTTPException(400, f"unknown flag {unknown[0]!r}: one of {', '.join(FLAGS)}")
    return CaseFilter(force=force, outcome=outcome, flags=tuple(flag or ()), start=start, end=end)


def _text_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    if isinstance(value, str) and value[:1] in FORMULA_START:
        return "'" + value
    return value


def _export(rows: list[dict], fmt: str) -> Response:
    columns, table = as_table(rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_text_cell(v) for v in row] for row in table])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="cases.csv"'})
    book = Workbook()
    sheet = book.active
    sheet.title = "Cases"
    sheet.append(columns)
    for row in table:
        sheet.append([_text_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return Response(buffer.getvalue(), headers={
        "Content-Disposition": 'attachment; filename="cases.xlsx"'},
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@router.get("/api/cases", response_model=CaseListResponse, responses=ERRORS)
@handles(action="cases.list", response="copy")
def list_cases(
    store: StoreDep, collection: Collections = None, force: str | None = None,
    outcome: Outcome = None, flag: Flag = None, start: Day = None, end: Day = None,
    sort: Sort = "first_date", descending: bool = False,
    size: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0, format: Format = "json",
) -> Any:
    """The case register, filtered by force, outcome, flags and period (cases active in it),
    sorted; ``format=csv`` or ``xlsx`` exports every case of the filter."""
    filters = _filters(force, outcome, flag, start, end)
    query = CaseList(store.narrowed(collection))
    if format != "json":
        return _export(list(query.rows(filters, sort)), format)
    return query.run(filters, sort, descending, size, offset)


@router.get("/api/cases/graph", responses={**ERRORS, 200: {
    "content": {"application/graphml+xml": {}}}})
@handles(action="cases.graph", response="copy")
def case_graph(store: StoreDep, collection: Collections = None, force: str | None = None,
               outcome: Outcome = None, flag: Flag = None, start: Day = None,
               end: Day = None) -> Response:
    """Cases and the people in them, and the links between cases, as GraphML (Gephi, i2)."""
    graph = CaseGraph(store.narrowed(collection)).run(_filters(force, outcome, flag, start, end))
    return Response(to_graphml(graph), media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="cases.graphml"'})


@router.get("/api/cases/people/{key:path}", response_model=PersonCasesResponse,
            responses=ERRORS)
@handles(action="cases.person", response="copy")
def person_cases(store: StoreDep, key: Annotated[str, Path(min_length=1, max_length=500)],
                 collection: Collections = None) -> dict:
    """Every case a person (or an anonymised code) appears in, with their role and the
    case's outcome."""
    found = PersonCases(store.narrowed(collection)).run(key)
    if not found["cases"]:
        raise HTTPException(404, "no case names this person")
    return found


# --- the reference formats a collection declares ----------------------------------------------
# Declared before the case routes below, so a collection's name never reads as a case's id.
_REGROUP = ("the register reads these at the next cases stage over the collection "
            "(POST /api/collections/{name}/stages with stage 'cases')")


def _format_list(collection: str, formats: tuple[DeclaredFormat, ...]) -> dict:
    return {"collection": collection, "formats": [f.as_record() for f in formats],
            "note": _REGROUP}


@router.get("/api/cases/formats/{name}", response_model=FormatList, responses=ERRORS)
@handles(action="cases.formats.view")
def list_formats(name: CollectionName, store: StoreDep) -> dict:
    """The reference formats the collection declares (read with the built-in ones)."""
    return _format_list(name, CaseFormats(store).list(name))


@router.post("/api/cases/formats/{name}", response_model=FormatList, status_code=201,
             responses=ERRORS)
@handles(action="cases.formats.add")
def add_format(name: CollectionName, body: FormatIn, store: StoreDep,
               _reviewer: ReviewerDep) -> dict:
    """Declare how a force or council writes its references in the collection (one of the
    same name is replaced); 400 with the reason when an example does not fit its shapes or a
    shape would read what is no reference."""
    try:
        declared = declared_format(body.owner, body.scheme, body.shapes, body.examples, body.name,
                                   body.anchors)
        return _format_list(name, CaseFormats(store).add(name, declared))
    except DeclarationError as exc:
        raise HTTPException(400, str(exc)) from None


@router.delete("/api/cases/formats/{name}/{format_name}", response_model=FormatList,
               responses=ERRORS)
@handles(action="cases.formats.remove")
def remove_format(name: CollectionName, store: StoreDep, _reviewer: ReviewerDep,
                  format_name: Annotated[str, Path(min_length=1, max_length=80)]) -> dict:
    """Stop reading the collection's references in the format called ``format_name``."""
    try:
        return _format_list(name, CaseFormats(store).remove(name, format_name))
    except KeyError as exc:
        raise HTTPException(404, str(exc.args[0])) from None


@router.get("/api/cases/{case_id}", response_model=CaseResponse, responses=ERRORS)
@handles(action="cases.view", response="copy")
def case_page(store: StoreDep,
              case_id: Annotated[str, Path(pattern=r"^case-[0-9a-f]{1,64}$")]) -> dict:
    """One case: timeline, documents, people by role, flags, and linked cases with why."""
    found = CasePage(store).run(case_id)
    if found is None:
        raise HTTPException(404, "no such case")
    return found


@router.post("/api/cases/{case_id}/roles", response_model=CaseResponse, responses=ERRORS)
@handles(action="cases.role", response="copy")
def correct_role(store: StoreDep, client: ClientDep, settings: SettingsDep, user: ReviewerDep,
                 caller: CallerDep, body: RoleCorrection,
                 case_id: Annotated[str, Path(pattern=r"^case-[0-9a-f]{1,64}$")]) -> dict:
    """Correct a person's role in a case (reviewers and admins cleared to see names): kept
    with the corrections, and the collection's register rebuilt with it (its flags too)."""
    if not caller.cleared:
        raise HTTPException(403, "correcting a role needs clearance to see names")
    found = CasePage(store).run(case_id)
    if found is None:
        raise HTTPException(404, "no such case")
    person = next((p for p in found["people"] if p["key"] == body.key), None)
    if person is None:
        raise HTTPException(400, f"no person {body.key!r} in this case")
    CorrectionStore(client, settings.index_prefix).add(Correction(
        action=ROLE, kind=person["kind"], key=body.key, target=body.role, doc_ids=(case_id,),
        collection=found["collection"], note=body.note), user.username)
    update_cases(client, settings, found["collection"])
    return CasePage(store).run(case_id) or found
