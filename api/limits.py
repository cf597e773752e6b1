"""Limits that protect the API itself: failed authentications per client address (so a token
cannot be guessed by trying), and the size of request bodies (so an upload cannot fill the disk
before the route has a chance to refuse it).

Both are in memory, per process: a restart forgets failures, which costs an attacker a restart.
Behind a reverse proxy every client has the proxy's address; run uvicorn with
``--proxy-headers --forwarded-allow-ips`` naming the proxy so the real address is used.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from config import Settings

MAX_TRACKED = 100_000
SMALL_BODY = 2 * 1024 * 1024
UPLOAD_PATHS = ("/api/ingest",)
MULTIPART_OVERHEAD = 1024 * 1024


class FailureLimiter:
    """At most ``limit`` failures per address in a sliding ``window`` (seconds)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        failures = self._failures.get(address, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def retry_after(self, address: str) -> int:
        """Seconds until the address may try again; 0 when it may now."""
        now = time.monotonic()
        with self._lock:
            failures = self._recent(address, now)
            if len(failures) < self.limit:
                return 0
            return max(1, math.ceil(failures[-self.limit] + self.window - now))

    def fail(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) >= MAX_TRACKED:
                # Bounded memory under a spray of addresses: forget the quiet ones first.
                for quiet in [a for a, f in self._failures.items() if not self._recent(a, now)]:
                    del self._failures[quiet]
                if len(self._failures) >= MAX_TRACKED:
                    self._failures.pop(next(iter(self._failures)))
            failures = self._recent(address, now)
            failures.append(now)
            self._failures[address] = failures


def limiter_for(settings: Settings) -> FailureLimiter:
    return FailureLimiter(settings.auth_failure_limit, settings.auth_failure_window_s)


class BodyLimit:
    """413 for a request body larger than the route may take, from the Content-Length header
    when there is one and by counting otherwise (chunked uploads)."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.upload_limit = settings.max_upload_bytes + MULTIPART_OVERHEAD

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        limit = self.upload_limit if path.startswith(UPLOAD_PATHS) else SMALL_BODY
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await _too_large(send)
            return
        seen, exceeded, replaced = 0, False, False

        async def counted() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                exceeded = True
                raise BodyTooLarge
            return message

        async def checked(message: Message) -> None:
            # The route sees a failed read (FastAPI turns it into a 400): answer 413 instead.
            nonlocal replaced
            if exceeded and message["type"] == "http.response.start":
                replaced = True
                await _too_large(send)
            elif not replaced:
                await send(message)

        try:
            await self.app(scope, counted, checked)
        except BodyTooLarge:
            if not replaced:
                await _too_large(send)


class BodyTooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = b'{"detail":"the request body is too large"}'
    await send({"type": "http.response.start", "status": 413, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
