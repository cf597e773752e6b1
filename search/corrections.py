"""Corrections to entities: merge two, split one, add an alias, mark one as wrong.

They live in their own index, apart from the mentions, so re-ingesting a file cannot lose them;
ingestion also applies them (``apply_to_mentions``) so stored keys come out corrected, and every
query applies them again (``search.entity_query``) for mentions indexed before the correction.
Each one records its user and time; a correction made within one collection applies only there.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from opensearchpy import OpenSearch

from search.indices import Indices, alias_name
from search.scoped import EVERY_COLLECTION, Caller, ScopedStore
from search.store import now
from search.system import SYSTEM

ACTIONS = ("merge", "split", "alias", "wrong")
# A person's role in a case (search.cases), corrected: ``key`` the person, ``target`` the role,
# ``doc_ids`` the case's id. Applied by the cases stage (ingest.job.cases).
ROLE = "role"
CACHE_SECONDS = 30.0
log = logging.getLogger("docket.corrections")


@dataclass(frozen=True)
class Correction:
    """``target``: merge -> the key kept; split -> the new key; alias -> the alias's key."""

    action: str
    kind: str
    key: str
    target: str = ""
    target_text: str = ""
    doc_ids: tuple[str, ...] = ()
    collection: str = EVERY_COLLECTION
    user: str = ""
    created_at: str = ""
    note: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def applies_to(self, collection: str) -> bool:
        """Whether it holds in ``collection`` (EVERY_COLLECTION: in every one, so only a
        correction made for every collection holds there)."""
        return self.collection in (EVERY_COLLECTION, collection)

    def record(self) -> dict[str, Any]:
        return {**asdict(self), "doc_ids": list(self.doc_ids)}

    @classmethod
    def from_record(cls, source: dict[str, Any]) -> Correction:
        names = cls.__dataclass_fields__
        values = {k: v for k, v in source.items() if k in names and v is not None}
        return cls(**{**values, "doc_ids": tuple(values.get("doc_ids") or ())})


class Corrections:
    """The corrections one caller (or one ingested collection) is subject to. ``view`` is the
    one collection the caller reads, when it is one: there its corrections redirect keys too."""

    def __init__(self, items: list[Correction], view: str | None = None) -> None:
        self.items = sorted(items, key=lambda c: c.created_at)
        self.view = view

    def of(self, action: str, kind: str) -> list[Correction]:
        return [c for c in self.items if c.action == action and c.kind == kind]

    def of_action(self, action: str, collection: str) -> list[Correction]:
        return [c for c in self.items if c.action == action and c.applies_to(collection)]

    def redirect(self, kind: str, key: str, collection: str | None = None) -> str:
        """The key a merged or aliased key now stands under (followed through chains), in
        ``collection`` (by default the caller's one collection); without one, by the
        corrections made for every collection only (a correction made in one collection says
        nothing of the same key elsewhere: its mentions there are taken care of by
        search.entity_query, collection by collection)."""
        seen = {key}
        where = collection or self.view or EVERY_COLLECTION
        while True:
            step = next((c.target if c.action == "merge" else c.key for c in reversed(self.items)
                         if c.kind == kind and c.applies_to(where)
                         and ((c.action == "merge" and c.key == key)
                              or (c.action == "alias" and c.target == key))), None)
            if step is None or step in seen:
                return key
            seen.add(step)
            key = step

    def members(self, kind: str, key: str) -> list[Correction]:
        """Merges and aliases that bring other keys under ``key`` (directly or by a chain)."""
        return [c for c in self.items if c.kind == kind and c.action in ("merge", "alias")
                and self.redirect(kind, c.target if c.action == "alias" else c.key,
                                  c.collection) == key]

    def apply(self, kind: str, key: str, collection: str, doc_id: str) -> str | None:
        """The corrected key of one mention, or None when it is marked wrong."""
        key = self.redirect(kind, key, collection)
        for split in self.of("split", kind):
            if split.key == key and doc_id in split.doc_ids and split.applies_to(collection):
                key = self.redirect(kind, split.target, collection)
        for wrong in self.of("wrong", kind):
            if wrong.key == key and wrong.applies_to(collection) and (
                    not wrong.doc_ids or doc_id in wrong.doc_ids):
                return None
        return key


class CorrectionStore:
    def __init__(self, client: OpenSearch, prefix: str) -> None:
        self.client = client
        self.prefix = prefix
        self.index = alias_name(prefix, "corrections")

    def add(self, correction: Correction, user: str) -> Correction:
        stamped = Correction(**{**asdict(correction), "user": user, "created_at": now()})
        self.client.index(index=self.index, id=stamped.id, body=stamped.record(),
                          refresh="wait_for")
        _cache.clear()
        return stamped

    def load(self, caller: Caller) -> Corrections:
        """The corrections ``caller`` is subject to: those made for every collection, and those
        made for a collection they may see (the scoped store adds which)."""
        store = ScopedStore(self.client, Indices(self.prefix), caller)
        result = store.search(self.index, {
            "query": {"match_all": {}}, "size": 10_000, "sort": [{"created_at": "asc"}]})
        one = caller.collections[0] if caller.collections and len(caller.collections) == 1 \
            else None
        return Corrections([Correction.from_record(h["_source"]) for h in result["hits"]["hits"]],
                           view=one)


_cache: dict[tuple[int, str], tuple[float, Corrections]] = {}


def ingest_corrections(client: OpenSearch, prefix: str) -> Corrections:
    """Corrections for ingestion, read by the job and handed to its workers as data; re-read
    every half minute. Keyed by process id, so a forked process never trusts its parent's copy.
    An unreachable store means none: queries still apply them, so nothing is lost but the
    stored keys' tidiness."""
    slot = (os.getpid(), prefix)
    cached = _cache.get(slot)
    if cached and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    try:
        corrections = CorrectionStore(client, prefix).load(SYSTEM)
    except Exception as exc:  # the store is down or the index not created yet
        log.warning("corrections not applied at ingest: %s", exc)
        corrections = Corrections([])
    _cache[slot] = (time.monotonic(), corrections)
    return corrections
