"""The authentication gate: no request under /api reaches a route without a valid token, except
the routes declared public (``@handles(public=True)``: health).

Every route also asks for its user (``api.deps.UserDep``), which is where roles are checked; this
gate is the second lock. It makes a route that forgets to ask still closed, and it answers
before anything else reads the request: an anonymous caller learns nothing from validation
errors (422) or from which paths exist (404). Authentication happens once per request
(``authenticate_request`` keeps the outcome), so the gate costs nothing extra. A look-up is I/O,
so it runs in a worker thread; a session kept in memory (api.deps.authenticates_from_memory) is
read on the event loop, without the thread hop.
"""

from __future__ import annotations

import json

import anyio.to_thread
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from api.deps import authenticate_request, authenticates_from_memory
from api.handling import GuardedMiddleware, Routed


class AuthGate(GuardedMiddleware):
    async def guarded(self, routed: Routed, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        if authenticates_from_memory(request):
            outcome = authenticate_request(request)
        else:
            outcome = await anyio.to_thread.run_sync(authenticate_request, request)
        if outcome.user is not None:
            await self.app(scope, receive, send)
            return
        if outcome.status == 429:
            status, detail = 429, "too many failed sign-ins from this address"
            extra = [(b"retry-after", str(outcome.retry_after).encode())]
        else:
            status, detail = 401, "a valid bearer token is required"
            extra = [(b"www-authenticate", b"Bearer")]
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()), *extra]})
        await send({"type": "http.response.body", "body": body})
