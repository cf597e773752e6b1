"""The cipher middleware: for a user without clearance, protected names are replaced by their
ciphers in everything the API answers, and cannot be searched for or probed (search.ciphers,
search.cipher_query, search.cipher_responses).

Done centrally rather than route by route, so a route added later is covered by default. What
each route needs is declared on it (api.handling), never read from its URL:

- before routing, the query (``q``, or an entity name where the route says so), the filters
  (``filter``) and the entity key a route names in its path are rewritten (search.cipher_query);
- JSON answers are rewritten whole, with the treatment the route declares (search hits and
  facets, a page's highlighted text, entity look-ups), any other JSON by walking every string;
  fields the response models type as identifiers are left alone (api.models.Identifier);
- text streams (CSV and JSON exports, GraphML) are rewritten line by line as they stream;
- anything else (originals, ZIP exports) is refused with 403: the bytes of an original cannot be
  ciphered, so an original needs clearance when the user can see any protected name.

Users with clearance, admins, and users whose collections protect no names pass straight through.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import request_caller
from api.handling import Handling, Routed, api_routes, guarded_route
from api.models import field_roles
from search.cipher_query import rewrite_filter, rewrite_name, rewrite_query
from search.cipher_responses import (
    FieldRoles,
    apply_ciphers_to_document,
    apply_ciphers_to_entities,
    apply_ciphers_to_json,
    apply_ciphers_to_page,
    apply_ciphers_to_search_response,
)
from search.ciphers import CipherSet, CipherStore

TEXT_TYPES = ("text/", "application/json", "application/graphml+xml", "application/xml")
REFUSED = b'{"detail":"originals may hold names you are not cleared to see"}'


class Refused(Exception):
    """Stops a route streaming a body that will not be sent."""


def load_ciphers(scope: Scope) -> CipherSet | None:
    """The ciphers for the caller, or None when nothing is to be hidden from them."""
    caller = request_caller(Request(scope))
    if caller is None or caller.cleared:
        return None
    state = scope["app"].state
    ciphers = CipherSet(CipherStore(state.client, state.settings.index_prefix).list(caller))
    return ciphers or None


def rewrite_request(scope: Scope, routed: Routed, ciphers: CipherSet) -> set[str]:
    """Rewrite the query string and entity paths in place; returns the ciphers asked for."""
    requested: set[str] = set()
    params = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    rewritten: list[tuple[str, str]] = []
    for name, value in params:
        if name == "q" and routed.handling.q == "name":
            kind = dict(params).get("kind") or "person"
            rewritten.append((name, rewrite_name(value, kind, ciphers)))
        elif name == "q":
            query, asked = rewrite_query(value, ciphers)
            requested |= asked
            rewritten.append((name, query))
        elif name == "filter":
            rewritten += [(name, item) for item in rewrite_filter(value, ciphers)]
        else:
            rewritten.append((name, value))
    scope["query_string"] = urlencode(rewritten).encode("latin-1", "replace")
    if routed.route is not None and routed.handling.entity_in_path:
        key, kind = str(routed.params["key"]), str(routed.params["kind"])
        asked = ciphers.cipher_named(key)
        requested |= {asked} if asked else set()
        new_path = str(routed.route.url_path_for(
            routed.route.name, **{**routed.params, "key": rewrite_name(key, kind, ciphers)}))
        scope["path"] = new_path
        scope["raw_path"] = quote(new_path).encode()
    return requested


def response_roles(app: Starlette) -> FieldRoles:
    """Which response fields are identifiers or marked HTML, read once from the app's response
    models."""
    roles = getattr(app.state, "cipher_field_roles", None)
    if roles is None:
        roles = app.state.cipher_field_roles = field_roles(
            route.response_model for route in api_routes(app) if route.response_model)
    return roles


def transform_json(handling: Handling, roles: FieldRoles, body: Any, ciphers: CipherSet,
                   keep: set[str]) -> Any:
    if handling.response == "search":
        return apply_ciphers_to_search_response(body, ciphers, roles, keep)
    if handling.response == "page":
        return apply_ciphers_to_page(body, ciphers, roles, keep)
    if handling.response == "document":
        return apply_ciphers_to_document(body, ciphers, roles)
    if handling.response == "entities":
        return apply_ciphers_to_entities(body, ciphers, roles, keep)
    return apply_ciphers_to_json(body, ciphers, roles, keep)


class CipherMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        routed = guarded_route(scope)
        if routed is None:
            await self.app(scope, receive, send)
            return
        ciphers = await anyio.to_thread.run_sync(load_ciphers, scope)
        if ciphers is None:
            await self.app(scope, receive, send)
            return
        keep = rewrite_request(scope, routed, ciphers)
        scope["state"]["ciphers"] = ciphers
        rewriter = _Rewriter(send, routed.handling, response_roles(scope["app"]), ciphers, keep)
        with contextlib.suppress(Refused):  # the 403 is sent; the route's body is not wanted
            await self.app(scope, receive, rewriter.send)


class _Rewriter:
    """Wraps ``send``: buffers a whole JSON body, rewrites text line by line, refuses bytes."""

    def __init__(self, send: Send, handling: Handling, roles: FieldRoles, ciphers: CipherSet,
                 keep: set[str]) -> None:
        self.downstream, self.handling, self.roles = send, handling, roles
        self.ciphers, self.keep = ciphers, keep
        self.start: Message | None = None
        self.mode = "pass"
        self.pending = b""
        self.first = True

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers", []))
            media = headers.get(b"content-type", b"").decode("latin-1").lower()
            if message["status"] < 300 and media and not media.startswith(TEXT_TYPES):
                await self._refuse()  # bytes (an original, a ZIP): nothing to cipher them with
            self.mode = ("json" if media.startswith("application/json") else
                         "text" if media else "untyped")
            self.start = message
            return
        if message["type"] != "http.response.body":
            await self.downstream(message)
            return
        body, more = message.get("body", b""), message.get("more_body", False)
        if self.mode == "untyped" and body and self.start and self.start["status"] < 300:
            await self._refuse()  # bytes of no stated type: not known to be text
        if self.first and not more:  # the whole body at once: rewrite it whole
            await self._whole(body)
            return
        if self.first:
            await self._start(drop_length=True)
            self.first = False
        data = self.pending + body
        cut = data.rfind(b"\n") + 1 if more else len(data)
        self.pending = data[cut:]
        out = self.ciphers.text(data[:cut].decode("utf-8", "replace")).encode() if cut else b""
        await self.downstream({"type": "http.response.body", "body": out, "more_body": more})

    async def _whole(self, body: bytes) -> None:
        self.first = False
        if self.mode == "json" and body:
            try:
                value = json.loads(body)
            except ValueError:
                value = None
            if value is not None:
                new = transform_json(self.handling, self.roles, value, self.ciphers, self.keep)
                if new != value:
                    body = json.dumps(new, ensure_ascii=False, separators=(",", ":")).encode()
        elif body:
            body = self.ciphers.text(body.decode("utf-8", "replace")).encode()
        await self._start(drop_length=False, length=len(body))
        await self.downstream({"type": "http.response.body", "body": body, "more_body": False})

    async def _start(self, drop_length: bool, length: int = 0) -> None:
        assert self.start is not None
        headers = [(k, v) for k, v in self.start.get("headers", []) if k != b"content-length"]
        if not drop_length:
            headers.append((b"content-length", str(length).encode()))
        await self.downstream({**self.start, "headers": headers})

    async def _refuse(self) -> None:
        await self.downstream({"type": "http.response.start", "status": 403, "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(REFUSED)).encode())]})
        await self.downstream({"type": "http.response.body", "body": REFUSED})
        raise Refused
