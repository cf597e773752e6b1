"""What each route declares for the middlewares (api.handling), read as the middlewares read it:
the route found before routing, its audit action, whether it is public, and how its answer is
ciphered."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.app import create_app
from api.audit import action_for
from api.handling import Routed, api_routes, guarded_route, handles, route_for
from config import Settings

# Every audited route and its audit action, as the audit named them before the actions were
# declared on the routes (computed once from main's api.audit.action_for, then frozen): the
# names in the audit trail must not change under anyone searching it. Routes added since then
# are listed after it, so a new route must say here what the trail will call it.
ACTIONS_BEFORE = {
    ("GET", "/api/search"): "search",
    ("GET", "/api/documents/{doc_id}"): "document.view",
    ("GET", "/api/documents/{doc_id}/hits"): "documents.hits.view",
    ("GET", "/api/documents/{doc_id}/pages/{number}"): "page.view",
    ("GET", "/api/documents/{doc_id}/file"): "download",
    ("GET", "/api/documents/{doc_id}/tags"): "annotation.tags.view",
    ("POST", "/api/documents/{doc_id}/tags"): "annotation.tags.create",
    ("DELETE", "/api/documents/{doc_id}/tags/{tag:path}"): "annotation.tags.delete",
    ("GET", "/api/tags"): "tags.view",
    ("GET", "/api/documents/{doc_id}/star"): "annotation.star.view",
    ("PUT", "/api/documents/{doc_id}/star"): "annotation.star.set",
    ("DELETE", "/api/documents/{doc_id}/star"): "annotation.star.delete",
    ("GET", "/api/documents/{doc_id}/notes"): "annotation.notes.view",
    ("POST", "/api/documents/{doc_id}/notes"): "annotation.notes.create",
    ("DELETE", "/api/documents/{doc_id}/notes/{note_id}"): "annotation.notes.delete",
    ("GET", "/api/saved-searches"): "saved-searches.view",
    ("POST", "/api/saved-searches"): "saved-searches.create",
    ("DELETE", "/api/saved-searches/{saved_id}"): "saved-searches.delete",
    ("GET", "/api/search-history"): "search-history.view",
    ("DELETE", "/api/search-history"): "search-history.delete",
    ("GET", "/api/export"): "export",
    ("GET", "/api/collections"): "collections.view",
    ("POST", "/api/collections"): "collections.create",
    ("GET", "/api/jobs/{job_id}"): "jobs.view",
    ("GET", "/api/jobs/{job_id}/failures.csv"): "jobs.failures.csv.view",
    ("POST", "/api/ingest/path"): "ingest.path",
    ("POST", "/api/ingest"): "ingest.upload",
    ("GET", "/api/entities"): "entities.view",
    ("GET", "/api/entities/corrections"): "entities.corrections.view",
    ("POST", "/api/entities/corrections"): "correction",
    ("POST", "/api/batch-search"): "batch-search.create",
    ("GET", "/api/graph"): "graph.view",
    ("GET", "/api/entities/{kind}/{key:path}/graph"): "entities.graph.view",
    ("GET", "/api/entities/{kind}/{key:path}"): "entities.view",
    ("GET", "/api/audit"): "audit.view",
    ("GET", "/api/me"): "me.view",
}
ACTIONS_ADDED = {
    ("GET", "/api/fields"): "fields.view",
    ("GET", "/api/entity-kinds"): "entity-kinds.view",
    ("GET", "/api/jobs"): "jobs.list",
    ("POST", "/api/jobs/{job_id}/resume"): "jobs.resume",
    ("GET", "/api/cases"): "cases.list",
    ("GET", "/api/cases/graph"): "cases.graph",
    ("GET", "/api/cases/people/{key:path}"): "cases.person",
    ("GET", "/api/cases/{case_id}"): "cases.view",
    ("POST", "/api/cases/{case_id}/roles"): "cases.role",
    ("GET", "/api/cases/formats/{name}"): "cases.formats.view",
    ("POST", "/api/cases/formats/{name}"): "cases.formats.add",
    ("DELETE", "/api/cases/formats/{name}/{format_name}"): "cases.formats.remove",
    ("GET", "/api/collections/{name}/stages"): "collections.stages.view",
    ("POST", "/api/collections/{name}/stages"): "collections.stages.run",
    ("GET", "/api/collections/{name}/coding-scheme"): "coding.scheme.view",
    ("PUT", "/api/collections/{name}/coding-scheme"): "coding.scheme.set",
    ("GET", "/api/documents/{doc_id}/coding"): "coding.view",
    ("PUT", "/api/documents/{doc_id}/coding"): "coding.set",
    ("POST", "/api/collections/{name}/coding/bulk"): "coding.bulk",
    ("POST", "/api/batches"): "batches.create",
    ("GET", "/api/batches"): "batches.view",
    ("GET", "/api/batches/{batch_id}"): "batches.view",
    ("PUT", "/api/batches/{batch_id}"): "batches.assign",
    ("GET", "/api/batches/{batch_id}/documents/{position}"): "batches.walk",
    ("POST", "/api/batches/{batch_id}/qc"): "batches.qc.create",
    ("GET", "/api/batches/{batch_id}/qc"): "batches.qc.view",
    ("GET", "/api/batches/{batch_id}/qc/documents/{doc_id}"): "batches.qc.view",
    ("PUT", "/api/batches/{batch_id}/qc/documents/{doc_id}"): "batches.qc.code",
    ("GET", "/api/collections/{name}/review-progress"): "review.progress.view",
    ("GET", "/api/documents/{doc_id}/redactions"): "redactions.view",
    ("POST", "/api/documents/{doc_id}/redactions"): "redaction.propose",
    ("POST", "/api/redactions/{redaction_id}/approve"): "redaction.approve",
    ("POST", "/api/redactions/{redaction_id}/reject"): "redaction.reject",
    ("GET", "/api/collections/{name}/redaction-reasons"): "redaction-reasons.view",
    ("PUT", "/api/collections/{name}/redaction-reasons"): "redaction-reasons.set",
    ("POST", "/api/collections/{name}/redactions/rules"): "redaction.rule",
    ("GET", "/api/collections/{name}/redaction-log"): "redaction-log.export",
    ("PUT", "/api/collections/{name}/disclosure"): "collections.disclosure.set",
    ("GET", "/api/collections/{name}/completeness"): "completeness.view",
    ("GET", "/api/collections/{name}/completeness/{section}"): "completeness.view",
    ("GET", "/api/collections/{name}/completeness/{section}.csv"): "completeness.export",
    ("GET", "/api/collections/{name}/completeness.docx"): "completeness.export",
    # The chronology (issue 18).
    ("GET", "/api/chronology"): "chronology.view",
    ("GET", "/api/chronology/export"): "chronology.export",
    ("POST", "/api/chronology/draft"): "chronology.draft",
    ("POST", "/api/chronology"): "chronology.fact.create",
    ("GET", "/api/chronology/{fact_id}"): "chronology.fact.view",
    ("PUT", "/api/chronology/{fact_id}"): "chronology.fact.update",
    ("DELETE", "/api/chronology/{fact_id}"): "chronology.fact.delete",
    ("GET", "/api/citations/{control}/{number}"): "citation.resolve",
    ("POST", "/api/productions"): "production.create",
    ("GET", "/api/productions"): "productions.view",
    ("GET", "/api/productions/{production_id}"): "production.view",
    ("POST", "/api/productions/{production_id}/issue"): "production.issue",
    ("GET", "/api/productions/{production_id}/load-file"): "production.load-file",
    ("GET", "/api/productions/{production_id}/download"): "production.download",
    ("GET", "/api/references/{urn}/{page}"): "reference.resolve",
    ("POST", "/api/bundles"): "bundle.create", ("GET", "/api/bundles"): "bundles.view",
    ("GET", "/api/bundles/{bundle_id}"): "bundle.view",
    ("PUT", "/api/bundles/{bundle_id}"): "bundle.edit",
    ("GET", "/api/bundles/{bundle_id}/index"): "bundle.index",
    ("POST", "/api/bundles/{bundle_id}/build"): "bundle.build",
    ("GET", "/api/bundles/{bundle_id}/pdf"): "bundle.download",
    ("GET", "/api/references"): "references.resolve",
    ("GET", "/api/references/{letter}/{tab}/{page}"): "reference.resolve",
    ("GET", "/api/documents/{doc_id}/pages/{number}/image"): "page.image",
    ("GET", "/api/productions/{production_id}/preview"): "production.preview",
}
# Answered without a caller, holding no names: neither gated, audited nor ciphered.
PUBLIC = {("GET", "/api/health"), ("GET", "/"), ("HEAD", "/")}
# Routes whose answers, for a caller without clearance, come from the ciphered copy of the index
# or echo what the caller sent (anon's FROM_COPY set before it became route metadata): passed as
# they are. Every other route's answer is ciphered by the middleware.
FROM_COPY = {
    "/api/search", "/api/batch-search", "/api/graph", "/api/export", "/api/entities",
    "/api/entities/{kind}/{key:path}", "/api/entities/{kind}/{key:path}/graph",
    "/api/documents/{doc_id}", "/api/documents/{doc_id}/hits",
    "/api/documents/{doc_id}/pages/{number}", "/api/search-history", "/api/saved-searches",
    "/api/saved-searches/{saved_id}", "/api/documents/{doc_id}/notes",
    "/api/documents/{doc_id}/notes/{note_id}", "/api/documents/{doc_id}/tags",
    "/api/documents/{doc_id}/tags/{tag:path}", "/api/tags", "/api/entities/corrections",
    "/api/cases", "/api/cases/graph", "/api/cases/people/{key:path}", "/api/cases/{case_id}",
    "/api/cases/{case_id}/roles",
}
SAMPLE_PARAMS = {"doc_id": "c-0123456789abcdef0123456789abcdef", "number": 2, "tag": "a/b",
                 "note_id": "note-1", "saved_id": "saved-1", "job_id": "20260101-000000-abcdef",
                 "kind": "person", "key": "jane doe", "case_id": "case-0123456789abcdef0123",
                 "name": "sec-a", "batch_id": "batch-0123456789abcdef0123456789abcdef",
                 "position": 1, "redaction_id": "red-0123456789abcdef0123456789abcdef",
                 "section": "families",
                 "fact_id": "fact-0123456789abcdef0123456789abcdef", "control": "ABC-000001",
                 "production_id": "prod-0123456789abcdef0123456789abcdef", "urn": "MPS000123",
                 "page": 4, "format_name": "Quarrendon Police crime"}
SAMPLE_PARAMS |= {"bundle_id": "bundle-0123456789abcdef0123456789abcdef", "letter": "A",
                  "tab": 2}


@pytest.fixture(scope="module")
def app(settings: Settings) -> FastAPI:
    return create_app(settings, client=object())


def _scope(app: FastAPI, method: str, path: str) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "app": app, "query_string": b"",
            "headers": [], "root_path": ""}


def _request_for(app: FastAPI, route: APIRoute, method: str) -> Routed | None:
    """The route found for a request to ``route`` (its path filled with sample values)."""
    params = {name: SAMPLE_PARAMS[name] for name in route.param_convertors}
    return route_for(_scope(app, method, str(route.url_path_for(route.name, **params))))


def _every_route(app: FastAPI) -> list[tuple[str, APIRoute]]:
    return [(method, route) for route in api_routes(app) for method in sorted(route.methods)]


def test_every_route_keeps_its_audit_action(app: FastAPI) -> None:
    found = {}
    for method, route in _every_route(app):
        routed = _request_for(app, route, method)
        assert routed is not None and routed.route is route, (method, route.path)
        if not routed.handling.public:
            found[(method, route.path)] = action_for(routed)
    assert found == ACTIONS_BEFORE | ACTIONS_ADDED


def test_public_routes_are_left_alone(app: FastAPI) -> None:
    public = {(method, route.path) for method, route in _every_route(app)
              if (routed := _request_for(app, route, method)) and routed.handling.public}
    assert public == PUBLIC
    for path in ("/static/app.js", "/openapi.json", "/docs", "/nowhere"):
        assert guarded_route(_scope(app, "GET", path)) is None, path


@pytest.mark.parametrize(("method", "path"), [
    ("GET", "/api/nowhere"), ("GET", "/api/health/"), ("GET", "/api/static/app.js"),
    ("DELETE", "/api/search"), ("POST", "/api/documents/x"),
])
def test_what_no_route_answers_under_the_api_is_guarded_and_unknown(
        app: FastAPI, method: str, path: str) -> None:
    routed = guarded_route(_scope(app, method, path))
    assert routed is not None and action_for(routed) == "unknown"


def test_a_route_that_declares_nothing_is_guarded_under_its_name(settings: Settings) -> None:
    app = create_app(settings, client=object())

    @app.get("/api/later/{thing}")
    def later_route(thing: str) -> dict:
        return {"thing": thing}

    routed = guarded_route(_scope(app, "GET", "/api/later/x"))
    assert routed is not None and routed.params == {"thing": "x"}
    assert action_for(routed) == "later_route" and routed.handling.response == "ciphered"


def test_declared_handling_is_read_from_the_endpoint() -> None:
    @handles(action="thing.view", response="copy")
    def endpoint() -> None: ...

    routed = route_for(_scope(_app_with(endpoint), "GET", "/api/thing"))
    assert routed is not None and action_for(routed) == "thing.view"
    assert routed.handling.response == "copy"


def _app_with(endpoint: Any) -> FastAPI:
    app = FastAPI()
    app.get("/api/thing")(endpoint)
    return app


def test_answers_from_the_copy_are_declared_and_the_rest_ciphered(app: FastAPI) -> None:
    for method, route in _every_route(app):
        routed = _request_for(app, route, method)
        assert routed is not None
        expected = "copy" if route.path in FROM_COPY else "ciphered"
        assert routed.handling.response == expected, (method, route.path)
