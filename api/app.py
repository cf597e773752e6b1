"""The FastAPI application: routers, error handling, security headers, and the web page."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.audit import AuditMiddleware
from api.ciphers import CipherMiddleware
from api.docs import install_docs
from api.gate import AuthGate
from api.handling import handles
from api.limits import BodyLimit
from api.routes import (
    annotations,
    audit,
    batches,
    bundles,
    cases,
    chronology,
    coding,
    collections,
    completeness,
    documents,
    entities,
    entity_kinds,
    export,
    fields,
    health,
    ingest,
    jobs,
    productions,
    redactions,
    search,
    users,
)
from config import Settings, get_settings
from search.errors import ForbiddenError, IdKeyMismatch, NotFoundError, QueryError

UI_DIR = Path(__file__).resolve().parent.parent / "ui"
log = logging.getLogger("docket.api")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        "object-src 'none'; frame-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; "
        "form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}


_SECURITY_HEADERS = [(name.lower().encode(), value.encode())
                     for name, value in SECURITY_HEADERS.items()]


class SecurityHeaders:
    """The security headers on every answer that does not set its own. A plain ASGI
    middleware: Starlette's BaseHTTPMiddleware runs the app in a task of its own and streams
    the answer through a queue, a cost every request paid for a few headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in _SECURITY_HEADERS if n not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": exc.message, "position": exc.position}, status_code=400)

    @app.exception_handler(NotFoundError)
    async def not_found(_request: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(IdKeyMismatch)
    async def id_key_mismatch(_request: Request, exc: IdKeyMismatch) -> JSONResponse:
        # An ingestion that would duplicate a collection's documents: refused, and why.
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.exception_handler(ForbiddenError)
    async def forbidden(_request: Request, exc: ForbiddenError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=403)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The trace goes to the log, never to the client.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)


def create_app(settings: Settings | None = None, client: object | None = None) -> FastAPI:
    """The app. ``client`` lets tests share one store; otherwise it is opened at start-up."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if client is None:
            from search.client import open_store

            app.state.client = open_store(settings)
        yield

    app = FastAPI(title="Docket API", version="1", lifespan=lifespan,
                  description="Search, cite and link disclosed material.",
                  docs_url=None, redoc_url=None)  # /docs is served offline (api.docs)
    app.state.settings = settings
    if client is not None:
        app.state.client = client
    # Added innermost first: security headers go on every answer, the audit sees the final
    # status, the gate refuses callers without a valid token before anything reads the
    # request, and ciphers rewrite the request before the body limit and the routes.
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(CipherMiddleware)
    app.add_middleware(AuthGate)
    app.add_middleware(AuditMiddleware)
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)
    for module in (health, search, fields, documents, annotations, export, collections, jobs,
                   ingest, entities, entity_kinds, cases, redactions, productions, bundles, audit,
                   users, coding, batches, completeness, chronology):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=UI_DIR), name="ui")
    install_docs(app)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    @handles(public=True)
    def index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html")

    return app
