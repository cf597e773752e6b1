"""Ciphers applied to API responses: the response middleware's second line of defence
(api.ciphers), for routes that do not answer from the ciphered copy (search.cipher_records).

Every string in a response is treated as text a name may be in, except identifiers (document
ids, control numbers, hashes, collection names), so a field added to a response later is covered
without anyone remembering to. Which fields are identifiers, and which hold escaped HTML with
<mark> highlights (they go through ``CipherSet.html``), is not listed here: the caller derives
it from the response models (``FieldRoles``; api.models types them). Values that look like ids
are left alone wherever they sit. ``keep_marks`` are the ciphers the user searched for: only
their highlights stay (see ``CipherSet.html``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from search.ciphers import CipherSet


@dataclass(frozen=True)
class FieldRoles:
    """Field names, wherever they sit in a response: ``identifiers`` are never ciphered, ``html``
    hold escaped HTML with <mark> highlights."""

    identifiers: frozenset[str] = frozenset()
    html: frozenset[str] = frozenset()

# Ids whose look gives them away wherever they sit: documents, pages, jobs, notes, hashes.
ID_VALUE = re.compile(r"^([a-z0-9][a-z0-9_-]{0,62}-[0-9a-f]{32}(-\d{5})?|\d{8}-\d{6}-[0-9a-f]{6}|"
                      r"(note|saved)-[0-9a-f]{32}|[0-9a-f]{64})$")
Json = Any


def apply_ciphers_to_json(value: Json, ciphers: CipherSet, roles: FieldRoles,
                          keep_marks: Collection[str] = (), key: str = "") -> Json:
    """Any JSON value with the names in its strings replaced (identifiers left alone)."""
    if not ciphers:
        return value
    if isinstance(value, dict):
        return {k: apply_ciphers_to_json(v, ciphers, roles, keep_marks, k) for k, v in value.items()}
    if isinstance(value, list):
        return [apply_ciphers_to_json(v, ciphers, roles, keep_marks, key) for v in value]
    if not isinstance(value, str) or key in roles.identifiers or ID_VALUE.match(value):
        return value
    if key in roles.html:
        return ciphers.html(value, keep_marks)
    return ciphers.text(value)
