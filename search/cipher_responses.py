"""Ciphers applied to API responses (pure functions over the JSON the routes return).

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
_MARKED = re.compile(r"<mark>.*?</mark>", re.S)
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


def apply_ciphers_to_search_response(response: Json, ciphers: CipherSet, roles: FieldRoles,
                                     keep_marks: Collection[str] = ()) -> Json:
    """Hits (titles, paths, snippets, entity chips) and facet values. A facet value that two
    spellings of one protected name share shows once per spelling, each with its own count."""
    return apply_ciphers_to_json(response, ciphers, roles, keep_marks)


def apply_ciphers_to_page(page: Json, ciphers: CipherSet, roles: FieldRoles,
                          keep_marks: Collection[str] = ()) -> Json:
    """A page: its text (escaped HTML) and the count of highlights, which may drop when a
    highlight on a name is taken away."""
    result = apply_ciphers_to_json(page, ciphers, roles, keep_marks)
    if isinstance(result, dict) and isinstance(result.get("html"), str) and "hits" in result:
        result["hits"] = result["html"].count("<mark>")
    return result


def apply_ciphers_to_document(document: Json, ciphers: CipherSet, roles: FieldRoles) -> Json:
    """Metadata, paths, e-mail addresses, entities and the family of one document."""
    return apply_ciphers_to_json(document, ciphers, roles)


def apply_ciphers_to_entities(response: Json, ciphers: CipherSet, roles: FieldRoles,
                              keep_marks: Collection[str] = ()) -> Json:
    """Entity look-ups, entity pages, batch searches and graphs.

    A look-up or batch result that is a protected name is taken out (look-up) or counted as
    nothing (batch) unless its cipher was asked for: otherwise typing "Jayne Do" and getting
    A1 back as a phonetic match would say who A1 is. On the page of a protected entity, the
    spelling variants are left out (they are the name, misspelt) and every highlighted mention is
    the cipher."""
    if not ciphers or not isinstance(response, dict):
        return apply_ciphers_to_json(response, ciphers, roles, keep_marks)
    response = dict(response)
    if isinstance(response.get("results"), list):
        response["results"] = [r for r in (_result(r, ciphers, keep_marks)
                                           for r in response["results"]) if r is not None]
    cipher = _protected(response, ciphers)
    if cipher:
        response["variants"] = []
        response["mentions"] = [_mention(m, cipher) for m in response.get("mentions") or []]
    return apply_ciphers_to_json(response, ciphers, roles, keep_marks)


def _protected(item: Json, ciphers: CipherSet) -> str | None:
    if not isinstance(item, dict):
        return None
    return next((c for c in (ciphers.cipher_of(str(item.get(k) or "")) for k in
                             ("text", "key", "name")) if c), None)


def _result(item: Json, ciphers: CipherSet, keep_marks: Collection[str]) -> Json:
    cipher = _protected(item, ciphers)
    if not cipher or cipher in keep_marks:
        return item
    if "top" in item:  # a batch result: the line stays (one per name sent), empty
        return {**item, "documents": 0, "mentions": 0, "variants": [], "top": []}
    return None


def _mention(mention: Json, cipher: str) -> Json:
    if not isinstance(mention, dict):
        return mention
    snippet = mention.get("snippet")
    return {**mention, "text": cipher, **({"snippet": _MARKED.sub(
        f"<mark>{cipher}</mark>", snippet)} if isinstance(snippet, str) else {})}
