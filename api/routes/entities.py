"""``/api/entities``: look-up with variants, entity pages, graph export, corrections; and
``/api/batch-search`` and ``/api/graph``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import ValidationError

from api.deps import CallerDep, ClientDep, IndicesDep, ReviewerDep, SettingsDep, StoreDep
from api.entity_models import (
    BatchRequest,
    BatchResponse,
    CorrectionIn,
    CorrectionOut,
    EntityPageResponse,
    GraphResponse,
    LookupResponse,
)
from api.handling import handles
from api.models import ErrorResponse
from ingest.job.names import update_corrected_names
from search.batch import BatchName, BatchSearch, parse_csv
from search.cipher_responses import apply_ciphers_to_json
from search.ciphers import CipherSet, CipherStore
from search.cooccurrence import Graph, to_graphml
from search.corrections import EVERY_COLLECTION, Correction, CorrectionStore
from search.entities import EntityLookup, EntityPage
from search.entity_kinds import KINDS
from search.graphs import EntityGraph, QueryGraph
from search.names import entity_key

router = APIRouter(tags=["entities"])
KindPath = Annotated[str, Path(pattern=f"^({'|'.join(KINDS)})$")]
KeyPath = Annotated[str, Path(min_length=1, max_length=500)]
Format = Annotated[str, Query(pattern="^(graphml|json)$")]
Collections = Annotated[list[str] | None, Query(description="Narrow to these collections")]
ERRORS = {400: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
          403: {"model": ErrorResponse}, 404: {"model": ErrorResponse}}
MAX_CSV_BYTES = 1024 * 1024
CSV_TYPES = ("text/csv", "text/plain", "application/csv")


def _graph_response(graph: Graph, fmt: str, name: str) -> Response | dict[str, Any]:
    if fmt == "json":
        return graph.as_json()
    return Response(to_graphml(graph), media_type="application/graphml+xml",
                    headers={"Content-Disposition": f'attachment; filename="{name}.graphml"'})


@router.get("/api/entities", response_model=LookupResponse, responses=ERRORS)
@handles(action="entities.view", response="copy")
def lookup(
    store: StoreDep,
    q: Annotated[str, Query(max_length=300, description="A name, number, plate...")] = "",
    kind: Annotated[str | None, Query(pattern=f"^({'|'.join(KINDS)})$")] = None,
    size: Annotated[int, Query(ge=1, le=100)] = 20, collection: Collections = None,
) -> dict:
    return EntityLookup(store.narrowed(collection)).run(q, kind, size)


@router.get("/api/entities/corrections", response_model=list[CorrectionOut], responses=ERRORS)
@handles(action="entities.corrections.view", response="copy")
def list_corrections(client: ClientDep, indices: IndicesDep, caller: CallerDep) -> list[dict]:
    """The corrections the caller is subject to. For a caller without clearance, protected
    names in corrections made by others are their ciphers; the caller's own come back as they
    typed them (ciphering those would tell which names they tried are protected)."""
    corrections = CorrectionStore(client, indices.prefix).load(caller)
    ciphers = None if caller.cleared else CipherSet(
        CipherStore(client, indices.prefix).list(caller))
    return [c.record() if not ciphers or c.user == caller.user
            else apply_ciphers_to_json(c.record(), ciphers) for c in corrections.items]


@router.post("/api/entities/corrections", response_model=CorrectionOut, status_code=201,
             responses=ERRORS)
@handles(action="correction", response="copy")
def add_correction(body: CorrectionIn, client: ClientDep, indices: IndicesDep,
                   user: ReviewerDep, caller: CallerDep, settings: SettingsDep,
                   after: BackgroundTasks) -> dict:
    """Merge, split, alias or mark wrong (admin and reviewer). Stored with user and time,
    applied by every query and by ingestion from now on; the names stage then runs again,
    after the response, over the documents that hold the corrected names."""
    if body.collection is None and caller.collections is not None:
        raise HTTPException(403, "name a collection: a correction for every collection needs "
                                 "access to every collection")
    if body.collection is not None and not caller.may_see(body.collection):
        raise HTTPException(403, f"no access to collection {body.collection}")
    key = entity_key(body.kind, body.key)
    target, text, doc_ids = "", "", list(getattr(body, "doc_ids", []))
    if body.action == "merge":
        target, text = entity_key(body.kind, body.into), body.into
    elif body.action == "split":
        target, text = entity_key(body.kind, body.new_name), body.new_name
    elif body.action == "alias":
        target, text = entity_key(body.kind, body.alias), body.alias
    if target == key:
        raise HTTPException(400, f"'{text}' is the same entity as '{body.key}'")
    correction = Correction(action=body.action, kind=body.kind, key=key, target=target,
                            target_text=text, doc_ids=tuple(doc_ids), note=body.note,
                            collection=body.collection or EVERY_COLLECTION)
    stored = CorrectionStore(client, indices.prefix).add(correction, user.username).record()
    after.add_task(update_corrected_names, client, settings, correction)
    return stored


@router.post("/api/batch-search", response_model=BatchResponse, responses=ERRORS,
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": BatchRequest.model_json_schema()},
                 "text/csv": {"schema": {"type": "string"}},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"}}}}}}})
@handles(action="batch-search.create", response="copy")
async def batch_search(
    request: Request, store: StoreDep, collection: Collections = None,
) -> dict:
    """Names -> document counts and top documents per name. Send JSON (``names``, ``kind``,
    ``top``), a CSV body, or a CSV file as the multipart field ``file`` (first column the name,
    an optional second the kind; ``?top=`` and ``?kind=`` apply to CSV)."""
    content_type = request.headers.get("content-type", "")
    raw_top, kind = request.query_params.get("top", "5"), request.query_params.get("kind", "person")
    top = int(raw_top) if raw_top.isdigit() else 0
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise HTTPException(400, "send the CSV as the multipart field 'file'")
        names = parse_csv(_decode(await upload.read(MAX_CSV_BYTES + 1)), kind)
    elif content_type.startswith(CSV_TYPES):
        names = parse_csv(_decode(await request.body()), kind)
    else:
        try:
            payload = BatchRequest.model_validate_json(await request.body())
        except ValidationError as exc:
            detail = exc.errors(include_url=False, include_context=False, include_input=False)
            raise HTTPException(422, detail) from exc
        names, top = [BatchName(n, payload.kind) for n in payload.names], payload.top
    # The names tried go into the audit trail whatever the body's type (api.audit keeps a copy
    # of JSON bodies only).
    request.state.audit_details = {"names": [[n.name, n.kind] for n in names]}
    if not 1 <= top <= 50:
        raise HTTPException(400, "top must be between 1 and 50")
    search = BatchSearch(store.narrowed(collection))
    return await run_in_threadpool(search.run, names, top)


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_CSV_BYTES:
        raise HTTPException(413, f"the CSV is larger than {MAX_CSV_BYTES} bytes")
    return raw.decode("utf-8-sig", errors="replace")


@router.get("/api/graph", response_model=GraphResponse, responses=ERRORS)
@handles(action="graph.view", response="copy")
def query_graph(
    store: StoreDep, q: Annotated[str, Query(max_length=4000)] = "", format: Format = "json",
    size: Annotated[int, Query(ge=2, le=200)] = 40, collection: Collections = None,
) -> Any:
    """The co-occurrence network of the documents a query finds (the top 1000)."""
    graph = QueryGraph(store.narrowed(collection)).graph(q, size)
    return _graph_response(graph, format, "docket-graph")


@router.get("/api/entities/{kind}/{key:path}/graph", response_model=GraphResponse,
            responses=ERRORS)
@handles(action="entities.graph.view", response="copy")
def entity_graph(
    kind: KindPath, key: KeyPath, store: StoreDep, format: Format = "json",
    size: Annotated[int, Query(ge=1, le=100)] = 25,
    collection: Collections = None,
) -> Any:
    graph = EntityGraph(store.narrowed(collection)).graph(kind, key, size)
    if not graph.nodes or not graph.nodes[0]["documents"]:
        # As the entity page: a name in no visible document has no network to show.
        raise HTTPException(404, f"no {kind} '{key}' in the collections you can see")
    return _graph_response(graph, format, f"docket-{kind}")


@router.get("/api/entities/{kind}/{key:path}", response_model=EntityPageResponse,
            responses=ERRORS)
@handles(action="entities.view", response="copy")
def entity_page(
    kind: KindPath, key: KeyPath, store: StoreDep,
    size: Annotated[int, Query(ge=0, le=500, description="Mentions to return")] = 100,
    collection: Collections = None,
) -> dict:
    page = EntityPage(store.narrowed(collection)).get(kind, key, size)
    if page["mention_count"] == 0:
        raise HTTPException(404, f"no {kind} '{key}' in the collections you can see")
    return page
