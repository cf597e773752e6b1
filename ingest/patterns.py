"""Stage: pattern entities (e-mail, UK phone, postcode, vehicle, NI number, date of birth, crime
reference and whatever else ``search.entity_kinds`` declares), found by each kind's regular
expression and kept only when the kind's key validates them.

Regexes cast a wide net; precision comes from validation and, for the ambiguous forms (dateless
plates, bare years of birth), from the words around the candidate (the kind's ``span_of``).
Where two candidates overlap, the longer wins, then the kind of higher declared precedence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from search.entity_kinds import ENTITY_KINDS, EntityKind

SCANNED = tuple(kind for kind in ENTITY_KINDS if kind.is_pattern)
# A collection writes the same numbers again and again (a force's switchboard, a family's
# address): each kind's validation and display are asked once per worker per text and day (a
# date of birth or a year is checked against today).
_KEYED: dict[str, tuple[Callable[[str, date], str | None], Callable[[str], str]]] = {
    kind.name: (lru_cache(maxsize=1 << 15)(lambda text, _day, key=kind.key: key(text)),
                lru_cache(maxsize=1 << 15)(kind.display))
    for kind in SCANNED if kind.key is not None}


def clear_key_caches() -> None:
    """Forget every validated text (a benchmark's first meeting with a collection)."""
    for key, display in _KEYED.values():
        key.cache_clear()  # type: ignore[attr-defined]
        display.cache_clear()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PatternMatch:
    kind: str
    start: int
    end: int
    text: str
    key: str
    display: str


def _candidates(kind: EntityKind, text: str) -> list[tuple[int, PatternMatch]]:
    """Validated matches of one kind, each with the kind's precedence."""
    assert kind.pattern is not None and kind.key is not None  # SCANNED holds pattern kinds only
    if kind.needs is not None and not kind.needs.search(text):
        return []
    key_of, display_of = _KEYED[kind.name]
    found = []
    for match in kind.pattern.finditer(text):
        span = kind.span_of(text, match)
        if span is None:
            continue
        value = text[span[0] : span[1]]
        key = key_of(value, date.today())
        if key is not None:
            found.append((kind.precedence,
                          PatternMatch(kind.name, span[0], span[1], value, key, display_of(key))))
    return found


def find_patterns(text: str) -> list[PatternMatch]:
    """Every validated pattern entity of a text, the longer (then the higher precedence) kept
    where two overlap: an e-mail address swallows what looks like a plate inside it, a crime
    reference its year."""
    candidates = [found for kind in SCANNED for found in _candidates(kind, text)]
    chosen: list[PatternMatch] = []
    for _precedence, match in sorted(candidates, key=lambda c: (c[1].start - c[1].end, -c[0],
                                                                c[1].start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)
