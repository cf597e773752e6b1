"""The audit middleware: one record in the audit chain (search.audit) per /api request.

Recorded centrally, so a route cannot forget to be audited: who (user, role, client address),
what (the action the route declares, api.handling; the path and query parameters), and the outcome
(status code), plus ``request.state.audit_details`` that a route may set (a search's result
count). Failed sign-ins are recorded with the credential's identifier (a prefix of the token's
keyed hash), never the token.

The record is written when the response starts, before its first byte leaves: if the audit
trail cannot be written, the client gets 503 instead of the material (a view that cannot be
audited does not happen). Public routes (health) and what is not the API's are not recorded.
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.handling import Routed, guarded_route
from search.audit import AuditLog

log = logging.getLogger("docket.audit")
MAX_VALUE_CHARS = 4000
MAX_BODY = 16 * 1024
_lock = threading.Lock()


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


class AuditMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        routed = guarded_route(scope)
        if routed is None:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        # What the client asked, read now: later layers may rewrite the query (ciphers).
        params = _params(scope.get("query_string", b""))
        recorded, refused = False, False
        body = _BodyTee(scope, receive)

        async def record(status: int) -> bool:
            entry = audit_entry(scope, routed, params, path, status)
            if body.captured is not None:
                entry["details"] = {**entry["details"], "body": body.value()}
            try:
                await anyio.to_thread.run_sync(_audit_log(scope).append, entry)
            except Exception:
                log.exception("audit record not written for %s %s", scope["method"], path)
                return False
            return True

        async def audited(message: Message) -> None:
            nonlocal recorded, refused
            if message["type"] == "http.response.start" and not recorded:
                recorded = True
                refused = not await record(message["status"])
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
                await record(500)
            raise


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
