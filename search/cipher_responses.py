"""Ciphers applied to API responses: the response middleware's second line of defence
(api.ciphers), for routes that do not answer from the ciphered copy (search.cipher_records).

Every string in a response is treated as text a name may be in, except identifiers (document
ids, control numbers, hashes, collection names), so a field added to a response later is covered
without anyone remembering to. Fields that hold escaped HTML with <mark> highlights (``html``,
``snippet``) go through ``CipherSet.html``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from search.ciphers import CipherSet

HTML_KEYS = frozenset({"html", "snippet"})
ID_KEYS = frozenset({
    "doc_id", "document_id", "control", "citation", "collection", "collections", "sha256", "mime",
    "type", "date", "created_at", "updated_at", "finished_at", "next", "cursor", "parent_id",
    "thread_id", "near_dup_group", "job_id", "kind", "match", "status", "language", "extension",
    "period", "hash", "prev_hash", "seq", "ts", "role", "user", "username",
})
# Ids whose look gives them away wherever they sit: documents, pages, jobs, notes, hashes.
ID_VALUE = re.compile(r"^([a-z0-9][a-z0-9_-]{0,62}-[0-9a-f]{32}(-\d{5})?|\d{8}-\d{6}-[0-9a-f]{6}|"
                      r"(note|saved)-[0-9a-f]{32}|[0-9a-f]{64})$")
Json = Any


def apply_ciphers_to_json(value: Json, ciphers: CipherSet, keep_marks: Collection[str] = (),
                          key: str = "") -> Json:
    """Any JSON value with the names in its strings replaced (identifiers left alone)."""
    if not ciphers:
        return value
    if isinstance(value, dict):
        return {k: apply_ciphers_to_json(v, ciphers, keep_marks, k) for k, v in value.items()}
    if isinstance(value, list):
        return [apply_ciphers_to_json(v, ciphers, keep_marks, key) for v in value]
    if not isinstance(value, str) or key in ID_KEYS or ID_VALUE.match(value):
        return value
    if key in HTML_KEYS:
        return ciphers.html(value, keep_marks)
    return ciphers.text(value)
