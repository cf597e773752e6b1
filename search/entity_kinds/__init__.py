"""The entity kind registry: every kind Docket finds, keys, links and shows, each declared once
as an ``EntityKind`` in a module of this package (its ``KINDS``).

Adding a kind is adding a module here: the package imports every module it holds, so ingest's
scanner (``ingest.patterns``), the look-up and entity pages (``search.entities``), the API's
``Kind`` and ``GET /api/entity-kinds``, and through it the UI's lists, all pick it up.
"""

from __future__ import annotations

import importlib
import pkgutil

from search.entity_kinds.declaration import EntityKind

# reference_declared: the formats a collection declares, read by the case register at its stage
# (search.cases.declarations), not by ingest's scanner: it declares no kind of its own.
_NOT_KINDS = ("declaration", "reference_declared")


def _gather() -> tuple[EntityKind, ...]:
    declared: list[EntityKind] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name not in _NOT_KINDS:
            declared += importlib.import_module(f"{__name__}.{module.name}").KINDS
    return tuple(sorted(declared, key=lambda kind: kind.order))


def problems(kinds: tuple[EntityKind, ...]) -> list[str]:
    """What makes a set of declarations inconsistent (empty when it is not)."""
    found = []
    for attribute in ("name", "precedence", "order"):
        values = [getattr(kind, attribute) for kind in kinds]
        if len(set(values)) != len(values):
            found.append(f"two kinds share a {attribute}")
    for kind in kinds:
        if not kind.name.isalpha() or not kind.name.islower():
            found.append(f"{kind.name!r}: a name is lower-case letters (it goes in URLs)")
        if kind.is_pattern and kind.key is None:
            found.append(f"{kind.name}: a pattern kind needs a key that validates")
    return found


ENTITY_KINDS = _gather()
if problems(ENTITY_KINDS):
    raise ValueError(f"entity kinds: {'; '.join(problems(ENTITY_KINDS))}")
BY_NAME = {kind.name: kind for kind in ENTITY_KINDS}
KINDS = tuple(BY_NAME)
PATTERN_KINDS = tuple(kind.name for kind in ENTITY_KINDS if kind.is_pattern)
# Kinds that link entities to each other (co-occurrence, graphs).
LINK_KINDS = tuple(kind.name for kind in ENTITY_KINDS if kind.linked)
FACET_KINDS = tuple(kind.name for kind in ENTITY_KINDS if kind.facet)


def pattern_key(kind: str, text: str) -> str | None:
    """The normal form of ``text`` as a pattern ``kind``, or None when it is not a valid one."""
    key = BY_NAME[kind].key
    return key(text) if key else None


def pattern_display(kind: str, key: str) -> str:
    """How a pattern kind's key reads in the UI (national phone format, spaced plates...)."""
    return BY_NAME[kind].display(key)


__all__ = ["BY_NAME", "ENTITY_KINDS", "FACET_KINDS", "KINDS", "LINK_KINDS", "PATTERN_KINDS",
           "EntityKind", "pattern_display", "pattern_key", "problems"]
