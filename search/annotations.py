"""Per-user annotations: tags, stars and notes on documents.

A tag is stored as a *tag set*: one record per user and tag whose ``doc_ids`` lists the tagged
documents (stars are one more set per user). That shape is what OpenSearch's terms lookup reads,
so ``tag:hot`` and the tag facet run inside the one search request, after the collection scope,
with counts that follow the other filters: ``{"terms": {"id": {"index": annotations, "id": <set>,
"path": "doc_ids"}}}``. A set is the single source of truth for its tag; "the tags of a document"
is a term query on ``doc_ids``. A set is updated with optimistic concurrency (no scripts: the
managed node has no painless). The terms query caps a set at ``index.max_terms_count`` (65,536
by default) documents.

Notes are one record each. Every read goes through the caller's scoped store (search.scoped),
which keeps it to the caller's own records. Nothing here checks that the caller may see a
document: the API resolves the document through ``DocumentView`` (which applies the scope)
before annotating it.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from typing import Any

from opensearchpy import ConflictError

from search.errors import NotFoundError
from search.indices import Indices, alias_name
from search.names import fold
from search.scoped import ScopedStore
from search.stamps import annotations_source, stamp
from search.store import now

MAX_TAG_CHARS = 64
MAX_TAGS_LISTED = 200
MAX_NOTES = 500
MAX_NOTE_CHARS = 20_000
TAG_PATTERN = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")
RETRIES = 20
Dsl = dict[str, Any]


def annotations_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "annotations")


def normalise_tag(tag: str) -> str:
    """A tag as shown: single spaces, no control characters, 1-64 characters (ValueError else)."""
    cleaned = " ".join(tag.split())
    if not cleaned or not TAG_PATTERN.match(cleaned):
        raise ValueError(f"a tag is 1-{MAX_TAG_CHARS} printable characters")
    return cleaned


def tag_key(tag: str) -> str:
    """Tags are one tag whatever the case or accents: "Key doc" and "key DOC" share a set."""
    return fold(normalise_tag(tag))


def _set_id(kind: str, user: str, key: str) -> str:
    # Hashed: user names and tags may hold characters an id should not, and ids stay short.
    return f"{kind}-" + hashlib.sha256(f"{user}\x00{key}".encode()).hexdigest()[:40]


def tag_set_id(user: str, tag: str) -> str:
    return _set_id("tagset", user, tag_key(tag))


def star_set_id(user: str) -> str:
    return _set_id("star", user, "")


def lookup_filter(indices: Indices, set_id: str) -> Dsl:
    """Documents in one set, by terms lookup (a missing set matches nothing)."""
    return {"terms": {"id": {"index": annotations_index(indices), "id": set_id, "path": "doc_ids"}}}


class Annotations:
    """The tags, stars and notes of the store's caller."""

    def __init__(self, store: ScopedStore) -> None:
        if store.caller.user is None:
            raise ValueError("annotations belong to a user")
        self.store = store
        self.client = store.client  # writes
        self.indices = store.indices
        self.index = annotations_index(store.indices)
        self.user: str = store.caller.user

    # --- sets ---------------------------------------------------------------------------

    def _change_set(self, set_id: str, record: Dsl, change: Callable[[list[str]], list[str]]) -> None:
        """Apply ``change`` to a set's ids, retrying when another writer got there first."""
        for _ in range(RETRIES):
            current = self.store.get(self.index, set_id)
            if current is None:
                ids = change([])
                if not ids:
                    return
                try:
                    self.client.index(index=self.index, id=set_id, op_type="create", refresh=True,
                                      body={**record, "id": set_id, "doc_ids": ids,
                                            "count": len(ids), "created_at": now(),
                                            "updated_at": now()})
                    self._stamp()
                    return
                except ConflictError:
                    continue
            source = current["_source"]
            ids = change(list(source.get("doc_ids") or []))
            if ids == source.get("doc_ids"):
                return
            guard = {"if_seq_no": current["_seq_no"], "if_primary_term": current["_primary_term"]}
            try:
                if ids:
                    self.client.index(index=self.index, id=set_id, refresh=True, **guard,
                                      body={**source, "doc_ids": ids, "count": len(ids),
                                            "updated_at": now()})
                else:  # an empty tag disappears from the caller's list and facet
                    self.client.delete(index=self.index, id=set_id, refresh=True, **guard)
                self._stamp()
                return
            except ConflictError:
                continue
        raise RuntimeError(f"annotation set {set_id} kept changing under concurrent writers")

    def _stamp(self) -> None:
        # The caller's cached session lists their tag sets and star (search.sessions).
        stamp(self.client, self.indices, annotations_source(self.user))

    def _sets_holding(self, doc_id: str, kind: str) -> list[Dsl]:
        result = self.store.search(self.index, {
            "size": MAX_TAGS_LISTED, "_source": ["tag"], "sort": [{"tag_key": "asc"}],
            "query": {"bool": {"filter": [{"term": {"kind": kind}},
                                          {"term": {"doc_ids": doc_id}}]}}})
        return [hit["_source"] for hit in result["hits"]["hits"]]

    # --- tags ---------------------------------------------------------------------------

    def tags_of(self, doc_id: str) -> list[str]:
        return [source["tag"] for source in self._sets_holding(doc_id, "tagset")]

    def add_tag(self, doc_id: str, tag: str) -> list[str]:
        shown = normalise_tag(tag)
        record = {"kind": "tagset", "user": self.user, "tag": shown, "tag_key": fold(shown)}
        self._change_set(tag_set_id(self.user, shown), record,
                         lambda ids: ids if doc_id in ids else [*ids, doc_id])
        return self.tags_of(doc_id)

    def remove_tag(self, doc_id: str, tag: str) -> list[str]:
        self._change_set(tag_set_id(self.user, tag), {},
                         lambda ids: [i for i in ids if i != doc_id])
        return self.tags_of(doc_id)

    def tag_many(self, doc_ids: list[str], tag: str) -> int:
        """Add one tag to many documents in one write; returns how many were new to it."""
        shown = normalise_tag(tag)
        record = {"kind": "tagset", "user": self.user, "tag": shown, "tag_key": fold(shown)}
        added: list[int] = []

        def merge(ids: list[str]) -> list[str]:
            seen = set(ids)
            new = [d for d in dict.fromkeys(doc_ids) if d not in seen]
            added[:] = [len(new)]
            return ids + new

        self._change_set(tag_set_id(self.user, shown), record, merge)
        return added[0] if added else 0

    def user_tags(self) -> list[dict[str, Any]]:
        """The caller's tags, alphabetically, with how many documents each holds."""
        result = self.store.search(self.index, {
            "size": MAX_TAGS_LISTED, "sort": [{"tag_key": "asc"}], "_source": ["tag", "count"],
            "query": {"bool": {"filter": [{"term": {"kind": "tagset"}}]}}})
        return [{"tag": hit["_source"]["tag"], "count": hit["_source"].get("count", 0)}
                for hit in result["hits"]["hits"]]

    def tags_and_star(self) -> tuple[list[dict[str, Any]], bool]:
        """``user_tags()`` and ``has_stars()`` in one request: a search asks for both on every
        search, and each round trip to the store is latency the user waits for. The star set,
        if any, sorts first (kind "star" before "tagset"), so the tag limit cannot hide it."""
        result = self.store.search(self.index, {
            "size": MAX_TAGS_LISTED + 1, "sort": [{"kind": "asc"}, {"tag_key": "asc"}],
            "_source": ["tag", "count", "kind"],
            "query": {"bool": {"filter": [{"terms": {"kind": ["tagset", "star"]}}]}}})
        hits = [hit["_source"] for hit in result["hits"]["hits"]]
        tags = [{"tag": h["tag"], "count": h.get("count", 0)} for h in hits if h["kind"] == "tagset"]
        return tags[:MAX_TAGS_LISTED], any(h["kind"] == "star" for h in hits)

    def tag_filter(self, tag: str) -> Dsl:
        try:
            return lookup_filter(self.indices, tag_set_id(self.user, tag))
        except ValueError:
            return {"match_none": {}}

    # --- stars --------------------------------------------------------------------------

    def starred(self, doc_id: str) -> bool:
        return bool(self._sets_holding(doc_id, "star"))

    def star(self, doc_id: str, on: bool) -> bool:
        record = {"kind": "star", "user": self.user, "tag": "starred", "tag_key": "starred"}
        self._change_set(star_set_id(self.user), record, lambda ids: (
            (ids if doc_id in ids else [*ids, doc_id]) if on else [i for i in ids if i != doc_id]))
        return on

    def has_stars(self) -> bool:
        return self.store.get(self.index, star_set_id(self.user), _source_includes=["user"]) \
            is not None

    def star_filter(self) -> Dsl:
        return lookup_filter(self.indices, star_set_id(self.user))

    # --- notes --------------------------------------------------------------------------

    def notes(self, doc_id: str) -> list[dict[str, Any]]:
        result = self.store.search(self.index, {
            "size": MAX_NOTES, "sort": [{"created_at": "asc"}, {"id": "asc"}],
            "query": {"bool": {"filter": [{"term": {"kind": "note"}}, {"term": {"doc_id": doc_id}}]}}})
        return [_note(hit["_source"]) for hit in result["hits"]["hits"]]

    def add_note(self, doc_id: str, collection: str, text: str, page: int | None) -> dict[str, Any]:
        if not text.strip() or len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"a note is 1-{MAX_NOTE_CHARS} characters")
        note_id = f"note-{uuid.uuid4().hex}"
        record = {"id": note_id, "kind": "note", "user": self.user, "doc_id": doc_id,
                  "collection": collection, "page": page, "text": text, "created_at": now(),
                  "updated_at": now()}
        self.client.index(index=self.index, id=note_id, body=record, refresh=True, op_type="create")
        return _note(record)

    def delete_note(self, doc_id: str, note_id: str) -> None:
        found = self.store.get(self.index, note_id)
        source = found["_source"] if found else {}
        # Someone else's note, or a note on another document, is "not found", never "forbidden".
        if source.get("kind") != "note" or source.get("user") != self.user \
                or source.get("doc_id") != doc_id:
            raise NotFoundError(f"no note {note_id} on {doc_id}")
        self.client.delete(index=self.index, id=note_id, refresh=True)


def _note(source: Dsl) -> dict[str, Any]:
    return {key: source.get(key) for key in ("id", "doc_id", "page", "text", "created_at", "user")}
