"""Where sources disagree: two facts on the same event with dates that cannot be the same day.

The rule (pure; search.chronology keeps its result on the facts):

- Two facts are **on the same event** when someone links them (``same_event``, either way), or
  when they name at least one person or organisation in common **and** describe the event in
  overlapping words: their content words (four letters or more, folded, not on the stop list)
  have a Dice overlap (twice the shared words over both counts) of at least ``OVERLAP``, with
  at least ``SHARED_WORDS`` shared, or ``SHARED_WORDS_WITH_ISSUE`` when they share an issue.
  A person and an issue alone are not an event: one person's facts on one issue span years.
- Their dates **disagree** when the days each covers, widened by "circa" (a week, a month or a
  year by the date's precision: search.chronology_dates), do not overlap. "March 1998" and
  "12 March 1998" agree; "circa 1997" and "June 1998" agree; "1997" and "1999" do not.

Facts of different collections are never compared: a chronology belongs to its collection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from search.chronology_dates import FactDate
from search.names import fold

SHARED_WORDS = 3
SHARED_WORDS_WITH_ISSUE = 2
OVERLAP = 0.6
MIN_WORD = 4
STOP_WORDS = frozenset({
    "that", "this", "with", "from", "were", "have", "been", "they", "their", "there", "which",
    "what", "when", "where", "while", "would", "could", "should", "about", "after", "before",
    "into", "over", "under", "then", "than", "them", "also", "only", "said", "told", "being",
    "very", "more", "most", "some", "such", "other", "these", "those", "upon", "your", "ours"})
_WORD = re.compile(r"[^\W\d_]+")


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fold(text or ""))
                     if len(w) >= MIN_WORD and w not in STOP_WORDS)


@dataclass(frozen=True)
class EventView:
    """What the rule reads of one fact."""

    id: str
    collection: str
    date: FactDate
    people: frozenset[str]
    issues: frozenset[str]
    words: frozenset[str]
    linked: frozenset[str]

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> EventView:
        return cls(record["id"], record["collection"], FactDate.of_record(dict(record)),
                   frozenset(record.get("people") or ()), frozenset(record.get("issues") or ()),
                   content_words(record.get("description") or ""),
                   frozenset(record.get("same_event") or ()))


def overlapping_words(a: frozenset[str], b: frozenset[str], least: int = SHARED_WORDS) -> bool:
    shared = len(a & b)
    return shared >= least and 2 * shared >= OVERLAP * (len(a) + len(b))


def same_event(a: EventView, b: EventView) -> bool:
    if a.collection != b.collection or a.id == b.id:
        return False
    if a.id in b.linked or b.id in a.linked:
        return True
    least = SHARED_WORDS_WITH_ISSUE if a.issues & b.issues else SHARED_WORDS
    return bool(a.people & b.people) and overlapping_words(a.words, b.words, least)


def disagree(a: EventView, b: EventView) -> bool:
    """On the same event, with dates that cannot be the same day."""
    return same_event(a, b) and not a.date.may_coincide(b.date)


def disagreeing_pairs(facts: Iterable[EventView]) -> dict[str, set[str]]:
    """Every fact's disagreeing facts, among ``facts`` (compared only where the rule can hold:
    facts sharing a person, or linked)."""
    views = {f.id: f for f in facts}
    by_person: dict[str, list[str]] = {}
    for view in views.values():
        for person in view.people:
            by_person.setdefault(person, []).append(view.id)
    found: dict[str, set[str]] = {fact_id: set() for fact_id in views}
    for view in views.values():
        candidates = {other for person in view.people for other in by_person[person]}
        candidates |= {other for other in view.linked if other in views}
        for other in candidates:
            if other not in found[view.id] and disagree(view, views[other]):
                found[view.id].add(other)
                found[other].add(view.id)
    return found
