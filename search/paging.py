"""Deep paging: signed cursors over a point in time (opened and closed by search.scoped.ScopedStore).

``from``/``size`` paging stops at the index's result window (10,000). Beyond it, and for anyone
who wants pages that do not shift while they read, the search answer carries ``next``: a cursor
holding the sort values of the last hit. Following a cursor opens a point in time (PIT) on first
use, so every later page reads the same snapshot; the PIT id travels in the cursor and is closed
when the last page is served. PITs are opened only when someone follows a cursor, never for a
plain first page, so ordinary searching does not use up the node's open-context budget.

Cursors are HMAC-signed with the deployment's secret and bound to the search they came from: a
PIT id names indices, so an unsigned cursor could point a search at another index.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from opensearchpy import TransportError

from search.errors import QueryError

SIGNATURE_CHARS = 32
MAX_CURSOR_CHARS = 8000


@dataclass(frozen=True)
class Cursor:
    after: list[Any]
    offset: int
    pit: str | None
    fingerprint: str


def fingerprint(*parts: Any) -> str:
    """A short digest of what makes a search that search (query, filters, sort, scope, user)."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:24]


def _sign(payload: bytes, key: str) -> str:
    digest = hmac.new(key.encode(), payload, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:SIGNATURE_CHARS]


def encode_cursor(cursor: Cursor, key: str) -> str:
    payload = json.dumps({"a": cursor.after, "o": cursor.offset, "p": cursor.pit,
                          "f": cursor.fingerprint}, separators=(",", ":")).encode()
    body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    return f"{body}.{_sign(payload, key)}"


def decode_cursor(token: str, key: str, expected: str) -> Cursor:
    """The cursor in ``token``; a QueryError (400) when it is malformed, forged or for another
    search."""
    invalid = QueryError("the cursor is not valid: start again from the first page")
    if len(token) > MAX_CURSOR_CHARS or token.count(".") != 1:
        raise invalid
    body, signature = token.split(".")
    try:
        payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        raise invalid from None
    if not hmac.compare_digest(_sign(payload, key).encode(), signature.encode("utf-8", "replace")):
        raise invalid
    try:
        data = json.loads(payload)
    except ValueError:
        raise invalid from None
    if not isinstance(data, dict) or data.get("f") != expected:
        raise QueryError("the cursor belongs to a different search: start again from the first page")
    try:
        return Cursor(after=list(data["a"]), offset=int(data["o"]), pit=data.get("p"),
                      fingerprint=data["f"])
    except (KeyError, TypeError, ValueError):
        raise invalid from None


def pit_expired(exc: TransportError) -> bool:
    """Whether a search failed because its PIT is gone (expired or freed)."""
    text = json.dumps(getattr(exc, "info", None), default=str) + str(exc.error)
    return exc.status_code == 404 or "search_context_missing" in text or "No search context" in text
