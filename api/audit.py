"""The audit middleware: one record in the audit chain (search.audit) per /api request.

Recorded centrally, so a route cannot forget to be audited: who (user, role, client address),
what (the action the route declares, api.handling; the path and query parameters), and the outcome
(status code), plus ``request.state.audit_details`` that a route may set (a search's result
count). Failed sign-ins are recorded with the credential's identifier (a prefix of the token's
keyed hash), never the token.

The record is stored before the response's first byte leaves: if the audit trail cannot be
written, the client gets 503 instead of the material (a view that cannot be audited does not
happen). Public routes (health) and what is not the API's are not recorded.

Most routes' record is written when the response starts. A route may start it earlier, as soon
as it knows its outcome (``record_early``): the search does once its documents search has
counted the hits, so the append (a round trip to the audit index) runs while its snippets are
highlighted, instead of after everything. The record still states the outcome, the status the
route expects (200) and the count; the response still waits for the record to be stored. The
chain is unchanged: an early record is appended as any other, by the one appender, in order. Should
the response end otherwise (the snippets search fails: a 500), a second record states the
status it ended with, ``details.amends`` naming the early record's ``seq``: a record is never
rewritten, so the trail says "searched, counted N" and then "ended with 500". Starting the
append before the search instead would overlap more, but could not state the count, or the
status, in the record itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
from starlette.requests import Request
from starlette.types import Message, Receive, Scope, Send

from api.handling import GuardedMiddleware, Routed
from search.audit import AuditLog

log = logging.getLogger("docket.audit")
MAX_VALUE_CHARS = 4000
MAX_BODY = 16 * 1024
_lock = threading.Lock()
# Early records are appended here, beside the route's own thread (one appender per chain: the
# AuditLog serialises them in any case).
_early = ThreadPoolExecutor(max_workers=2, thread_name_prefix="docket-audit")


def action_for(routed: Routed) -> str:
    """"search", "page.view", "annotation.tags.create"...: what the route declares
    (``@handles(action=...)``), else the route's name, so every route has an action. A request
    no route answers (404, 405) did nothing: "unknown"."""
    if routed.route is None or not routed.reached:
        return "unknown"
    return routed.handling.action or routed.route.name


def _params(query_string: bytes) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        params.setdefault(name[:100], []).append(value[:MAX_VALUE_CHARS])
    return params


def _collections(params: dict[str, list[str]], path_params: dict[str, Any],
                 details: dict[str, Any]) -> list[str]:
    found = set(params.get("collection", []))
    found |= {f.partition(":")[2] for f in params.get("filter", []) if f.startswith("collection:")}
    doc_id = str(path_params.get("doc_id", ""))
    if "-" in doc_id:
        found.add(doc_id.rsplit("-", 1)[0])  # ids are <collection>-<hash>
    extra = details.get("collections") or details.get("collection") or []
    found |= set(extra if isinstance(extra, list) else [extra])
    return sorted(str(c) for c in found if c)


def audit_entry(scope: Scope, routed: Routed, params: dict[str, list[str]], path: str,
                status: int) -> dict:
    """The record of one request (without seq, ts and hashes, which the chain adds)."""
    state = scope.get("state") or {}
    route = scope.get("route")
    template = getattr(route, "path", None)
    auth = state.get("auth")
    user = getattr(auth, "user", None)
    details = state.get("audit_details") or {}
    details = json.loads(json.dumps(details if isinstance(details, dict) else {}, default=str))
    action = action_for(routed)
    if auth is not None and auth.status == 401 and auth.credential:
        action, details = "login.failed", {**details, "credential": auth.credential}
    elif auth is not None and auth.status == 429:
        action = "login.throttled"
    path_params = {k: str(v)[:MAX_VALUE_CHARS] for k, v in (scope.get("path_params") or {}).items()}
    return {
        "user": user.username if user else None, "role": user.role if user else None,
        "action": action, "method": scope["method"], "route": template, "path": path[:2000],
        "path_params": path_params, "params": params, "status": status,
        "client": (scope.get("client") or ("unknown",))[0],
        "collections": _collections(params, path_params, details), "details": details,
    }


def _audit_log(scope: Scope) -> AuditLog:
    state = scope["app"].state
    with _lock:
        if getattr(state, "audit_log", None) is None:
            settings = state.settings
            state.audit_log = AuditLog(state.client, settings.index_prefix, settings.secret_key)
        return state.audit_log


class AuditMiddleware(GuardedMiddleware):
    async def guarded(self, routed: Routed, scope: Scope, receive: Receive, send: Send) -> None:
        # What the client asked, read now: later layers may rewrite the query (ciphers).
        body = _BodyTee(scope, receive)
        record = _Record(scope, routed, _params(scope.get("query_string", b"")), body)
        scope["state"]["audit_record"] = record
        recorded, refused = False, False

        async def audited(message: Message) -> None:
            nonlocal recorded, refused
            if message["type"] == "http.response.start" and not recorded:
                recorded = True
                refused = not await record.finish(message["status"])
                if refused:
                    await _unavailable(send)
                    return
            if not refused:
                await send(message)

        try:
            await self.app(scope, body.receive, audited)
        except Exception:
            if not recorded:
                recorded = True
                await record.finish(500)
            raise


def record_early(request: Request, details: dict[str, Any], status: int = 200) -> None:
    """Start the request's audit record now (from the route's thread), with ``details`` and
    the status the route will answer: the append runs while the route carries on, and the
    response still waits for it. Without the audit middleware (a bare app), only the details
    are kept."""
    request.state.audit_details = details
    record = request.scope.get("state", {}).get("audit_record")
    if isinstance(record, _Record):
        record.start(status)


class _Record:
    """One request's record: appended at the response's start, or earlier (``start``); then
    ``finish`` waits for it, and amends it when the response ended otherwise."""

    def __init__(self, scope: Scope, routed: Routed, params: dict[str, list[str]],
                 body: _BodyTee) -> None:
        self.scope, self.routed, self.params, self.body = scope, routed, params, body
        self.path = scope["path"]
        self.early: tuple[int, Future[dict[str, Any]]] | None = None

    def entry(self, status: int) -> dict[str, Any]:
        entry = audit_entry(self.scope, self.routed, self.params, self.path, status)
        if self.body.captured is not None:
            entry["details"] = {**entry["details"], "body": self.body.value()}
        return entry

    def start(self, status: int) -> None:
        if self.early is None:
            self.early = status, _early.submit(_audit_log(self.scope).append, self.entry(status))

    async def finish(self, status: int) -> bool:
        """Whether the request's record is stored (the response may go)."""
        if self.early is None:
            return await self._append(self.entry(status))
        early_status, written = self.early
        try:
            stored = await asyncio.wrap_future(written)
        except Exception:
            log.exception("audit record not written for %s %s", self.scope["method"], self.path)
            return False
        if status == early_status:
            return True
        amended = self.entry(status)
        amended["details"] = {**amended["details"], "amends": stored["seq"]}
        return await self._append(amended)

    async def _append(self, entry: dict[str, Any]) -> bool:
        try:
            await anyio.to_thread.run_sync(_audit_log(self.scope).append, entry)
        except Exception:
            log.exception("audit record not written for %s %s", self.scope["method"], self.path)
            return False
        return True


class _BodyTee:
    """Keeps a copy of a JSON request body (what a tag, note or correction said), up to
    MAX_BODY bytes, as the route reads it. Uploads and other bodies are not kept."""

    def __init__(self, scope: Scope, receive: Receive) -> None:
        self._receive = receive
        media = dict(scope.get("headers") or []).get(b"content-type", b"")
        self.captured: bytearray | None = (bytearray() if scope["method"] != "GET" and
                                           media.startswith(b"application/json") else None)
        self.truncated = False

    async def receive(self) -> Message:
        message = await self._receive()
        if self.captured is not None and message.get("type") == "http.request":
            room = MAX_BODY - len(self.captured)
            chunk = message.get("body", b"")
            self.captured += chunk[:max(room, 0)]
            self.truncated |= len(chunk) > room
        return message

    def value(self) -> Any:
        if self.truncated or self.captured is None:
            return {"truncated": True}
        try:  # NaN and Infinity refused: not JSON, and the audit index would refuse them
            return json.loads(self.captured or b"null", parse_constant=_not_json)
        except ValueError:
            return {"unreadable": True}


def _not_json(constant: str) -> None:
    raise ValueError(constant)


async def _unavailable(send: Send) -> None:
    body = b'{"detail":"the audit trail is unavailable, so the request was not answered"}'
    await send({"type": "http.response.start", "status": 503, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
