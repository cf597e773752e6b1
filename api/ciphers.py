"""The cipher middleware: the second line of defence for users without clearance. The first is
the ciphered copy (search.cipher_records), which the store layer reads for them
(search.scoped): there the names are already their ciphers, and nothing here is needed.

What this still does, centrally so that a route added later is covered by default:

- anything that is not text (originals, ZIP exports) is refused with 403: the bytes of an
  original cannot be ciphered (nor redacted), so an original needs clearance when the user can
  see any protected name or any collection with approved redactions;
- successful JSON and text answers of routes that do not answer from the ciphered copy (jobs
  and their ledger, collections...) have the names in their strings replaced
  (search.cipher_responses). Corrections are ciphered by their route, which alone knows which
  of them the caller made (those come back as typed).

Nothing the user sent is rewritten, and the answers of the routes that declare they read the
ciphered copy (``@handles(response="copy")``, api.handling) are left as they are: they echo
what the user typed (the query, names sent to a batch search, history), and replacing a name
there would tell the user that what they typed is a protected name. Which response fields are
identifiers or marked HTML is read from the response models (api.models), never listed here.

Users with clearance, admins, and users whose collections protect no names pass straight through.
"""

from __future__ import annotations

import contextlib
import json

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.types import Message, Receive, Scope, Send

from api.deps import request_caller, request_session
from api.handling import GuardedMiddleware, Handling, Routed, api_routes
from api.models import field_roles
from search.cipher_responses import FieldRoles, apply_ciphers_to_json
from search.ciphers import CipherSet, CipherStore
from search.indices import Indices
from search.scoped import ScopedStore

TEXT_TYPES = ("text/", "application/json", "application/graphml+xml", "application/xml")
REFUSED = b'{"detail":"originals may hold names you are not cleared to see"}'


class Refused(Exception):
    """Stops a route streaming a body that will not be sent."""


async def load_ciphers(scope: Scope) -> CipherSet | None:
    """The ciphers for the caller, or None when nothing is to be hidden from them. A caller
    with no name to hide who may see a collection with approved redactions gets an empty set:
    no text is rewritten, but originals (which hold the redacted text) are refused all the
    same."""
    caller = request_caller(Request(scope))  # the gate has authenticated: no I/O here
    if caller is None or caller.cleared:
        return None
    session = request_session(Request(scope))
    ciphers = session.cipher_set(caller) if session is not None else None
    state = scope["app"].state
    if ciphers is None:  # not read with the token (another authenticator): read them now
        store = CipherStore(state.client, state.settings.index_prefix)
        ciphers = CipherSet(await anyio.to_thread.run_sync(store.list, caller))
    if ciphers:
        return ciphers
    copied = session.preloaded(caller).protected if session is not None else None
    if copied is None:
        scoped = ScopedStore(state.client, Indices(state.settings.index_prefix), caller)
        copied = await anyio.to_thread.run_sync(scoped.protected)
    return ciphers if copied else None


def response_roles(app: Starlette) -> FieldRoles:
    """Which response fields are identifiers or marked HTML, read once from the app's response
    models."""
    roles = getattr(app.state, "cipher_field_roles", None)
    if roles is None:
        roles = app.state.cipher_field_roles = field_roles(
            route.response_model for route in api_routes(app) if route.response_model)
    return roles


class CipherMiddleware(GuardedMiddleware):
    async def guarded(self, routed: Routed, scope: Scope, receive: Receive, send: Send) -> None:
        ciphers = await load_ciphers(scope)
        if ciphers is None:
            await self.app(scope, receive, send)
            return
        rewriter = _Rewriter(send, routed.handling, response_roles(scope["app"]), ciphers)
        with contextlib.suppress(Refused):  # the 403 is sent; the route's body is not wanted
            await self.app(scope, receive, rewriter.send)


class _Rewriter:
    """Wraps ``send``: buffers a whole JSON body, rewrites text line by line, refuses bytes."""

    def __init__(self, send: Send, handling: Handling, roles: FieldRoles,
                 ciphers: CipherSet) -> None:
        self.downstream, self.handling, self.roles, self.ciphers = send, handling, roles, ciphers
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
            # Errors echo the request (a job id, a key typed): what was typed goes back as it
            # was typed; so do the answers of the routes that read the ciphered copy.
            if self.mode != "untyped" and (self.handling.response == "copy"
                                           or message["status"] >= 400):
                self.mode = "pass"
            self.start = message
            return
        if message["type"] != "http.response.body":
            await self.downstream(message)
            return
        body, more = message.get("body", b""), message.get("more_body", False)
        if self.mode == "pass":
            if self.first:
                await self._start(drop_length=False, keep_length=True)
                self.first = False
            await self.downstream(message)
            return
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
                new = apply_ciphers_to_json(value, self.ciphers, self.roles)
                if new != value:
                    body = json.dumps(new, ensure_ascii=False, separators=(",", ":")).encode()
        elif body:
            body = self.ciphers.text(body.decode("utf-8", "replace")).encode()
        await self._start(drop_length=False, length=len(body))
        await self.downstream({"type": "http.response.body", "body": body, "more_body": False})

    async def _start(self, drop_length: bool, length: int = 0, keep_length: bool = False) -> None:
        assert self.start is not None
        if keep_length:
            await self.downstream(self.start)
            return
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
