"""Coding: the values reviewers give documents, per collection, in the review index.

Stored like tags, but per collection rather than per user. A document's coding is one record
(kind ``coding``, id ``coding-<doc id>``) holding its values by key (``values.issue``...), who
coded it last and when; it is what the viewer, the batches and the export read. Each value of a
choice field (single or multi) also has a *coding set* per collection (kind ``codingset``)
listing the documents given it, the shape a terms lookup reads, so ``coding.issue:"taxi
licensing"`` and the coding facets run inside the one search request, after the collection
scope, with counts that follow the other filters (as tags do: search.annotations). A date or
free-text coding field is searched by resolving the matching coding records to document ids
first (at most ``MAX_RESOLVED``).

Writes keep the record and the sets together: a coding record is written with optimistic
concurrency (retried when another reviewer got there first), then the sets of the values it
gained and lost. Bulk coding reads the current records in chunks, writes the new ones in one
bulk request and changes each affected set once, so 10,000 documents cost a few requests, not
10,000 (no scripts: the managed node has no painless, so no update_by_query).

Free-text coding may name a protected person. For a caller without clearance, free text of the
collections that protect names is neither searched (``coding.note:`` finds nothing there) nor
exported (``shown``); the routes that show a document's coding are ciphered by the response
middleware (api.ciphers).

Every read goes through the caller's scoped store (search.scoped), which keeps it to the caller's
collections. Nothing here checks roles, or that the caller may see a document: the API resolves
documents through ``DocumentView`` and checks roles before coding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from opensearchpy import ConflictError, helpers

from search.coding_scheme import CodingError, Scheme, Values, coding_field, scheme_from
from search.fields import CODING_FIELDS
from search.indices import Indices, alias_name
from search.names import fold
from search.query_fields import date_math
from search.scoped import ScopedStore
from search.stamps import CODING, stamp
from search.store import now

RETRIES = 20
CHUNK = 1000
# A coding set is read by a terms lookup, which OpenSearch caps at index.max_terms_count.
MAX_SET_DOCS = 65_536
MAX_RESOLVED = 65_536
MAX_SETS_READ = 1000
Dsl = dict[str, Any]
Change = tuple[Values, Values]  # a document's values before and after
# Free text, which may name a protected person (see the module's docstring).
TEXT_KEYS = frozenset(f.coding_key for f in CODING_FIELDS if f.coding and f.coding.kind == "text")


def coding_sets_body() -> dict[str, Any]:
    """The coding sets the coding facets count, busiest first (read by the store, or with the
    caller's session: search.sessions)."""
    return {"size": MAX_SETS_READ, "_source": ["field", "value", "value_key", "collection"],
            "sort": [{"count": "desc"}, {"value_key": "asc"}],
            "query": {"bool": {"filter": [{"term": {"kind": "codingset"}}]}}}


def review_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "review")


def coding_id(doc_id: str) -> str:
    return f"coding-{doc_id}"


def scheme_id(collection: str) -> str:
    return "scheme-" + hashlib.sha256(collection.encode()).hexdigest()[:40]


def set_id(collection: str, key: str, value: str) -> str:
    digest = hashlib.sha256(f"{collection}\x00{key}\x00{fold(value)}".encode()).hexdigest()
    return f"codingset-{digest[:40]}"


def merged(before: Values, given: Values, add: bool = False) -> Values:
    """``before`` with the given values: each replaces its field's (None clears it), or with
    ``add``, a multi-choice field's values are added to those it has."""
    after = dict(before)
    for key, value in given.items():
        if add and isinstance(value, list):
            value = list(dict.fromkeys([*(after.get(key) or []), *value]))
        if value is None:
            after.pop(key, None)
        else:
            after[key] = value
    return after


def by_name(values: Values) -> Values:
    """Values by key as the API shows them: by coding field name, in declaration order."""
    return {f.name: values[f.coding_key] for f in CODING_FIELDS if f.coding_key in values}


def set_changes(changes: Mapping[str, Change]) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """For each (key, value) of a choice field: the documents that gained it and that lost it."""
    choice_keys = {f.coding_key for f in CODING_FIELDS if f.coding and f.coding.has_choices}
    result: dict[tuple[str, str], tuple[set[str], set[str]]] = {}

    def listed(values: Values, key: str) -> dict[str, str]:
        """The field's values by their folded form, which is what names a set."""
        value = values.get(key)
        return {fold(v): v for v in (value if isinstance(value, list) else [value] if value
                                     else [])}

    for doc_id, (before, after) in changes.items():
        for key in choice_keys:
            old, new = listed(before, key), listed(after, key)
            # A value respelled (a scheme's list corrected) is "gained" under its new spelling:
            # the document stays in the set, which takes the spelling the list now has.
            for folded, value in new.items():
                if old.get(folded) != value:
                    result.setdefault((key, value), (set(), set()))[0].add(doc_id)
            for folded in old.keys() - new.keys():
                result.setdefault((key, old[folded]), (set(), set()))[1].add(doc_id)
    return result


def _chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class CodingStore:
    """Coding schemes and coding of the collections the store's caller may see."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.client = store.client  # writes
        self.index = review_index(store.indices)

    # --- schemes ----------------------------------------------------------------------------

    def scheme(self, collection: str) -> Scheme | None:
        found = self.store.get(self.index, scheme_id(collection))
        if found is None:
            return None
        return scheme_from(collection, found["_source"]["scheme"])

    def require_scheme(self, collection: str) -> Scheme:
        scheme = self.scheme(collection)
        if scheme is None:
            raise CodingError(f"collection '{collection}' has no coding scheme yet (an admin "
                              "defines it at /api/collections/{name}/coding-scheme)")
        return scheme

    def set_scheme(self, collection: str, definitions: list[Mapping[str, Any]],
                   user: str) -> Scheme:
        """Define (or redefine) a collection's scheme. Coding already given is kept as it is."""
        scheme = scheme_from(collection, definitions)
        record = {"id": scheme_id(collection), "kind": "scheme", "collection": collection,
                  "scheme": [{"name": f.name, "label": f.label, "choices": list(f.choices)}
                             for f in scheme.fields],
                  "updated_by": user, "updated_at": now()}
        self.client.index(index=self.index, id=record["id"], body=record, refresh=True)
        return scheme

    # --- reading coding ---------------------------------------------------------------------

    def codings_of(self, doc_ids: list[str]) -> dict[str, Dsl]:
        """The coding records of those documents that have one, by document id."""
        found: dict[str, Dsl] = {}
        for chunk in _chunks(list(dict.fromkeys(doc_ids))):
            for hit in self.store.mget(self.index, [coding_id(d) for d in chunk]):
                found[hit["_source"]["doc_id"]] = hit
        return found

    def coding_of(self, doc_id: str) -> Dsl:
        """A document's coding as the API shows it (no values when it has none)."""
        found = self.codings_of([doc_id]).get(doc_id)
        source = found["_source"] if found else {}
        return {"document_id": doc_id, "values": by_name(source.get("values") or {}),
                "coded_by": source.get("updated_by"), "coded_at": source.get("updated_at")}

    def shown(self, record: Dsl | None) -> Values:
        """A coding record's values by field name, as an answer passed without the response
        middleware's ciphers (the export) may show them: free text withheld from a caller
        without clearance in a collection that protects names."""
        if record is None:
            return {}
        source = record["_source"]
        values = source.get("values") or {}
        if source.get("collection") in self.store.protected():
            values = {k: v for k, v in values.items() if k not in TEXT_KEYS}
        return by_name(values)

    def coded_count(self, doc_ids: list[str]) -> int:
        """How many of the documents have any coding."""
        return sum(self.store.count(self.index, {"query": {"bool": {"filter": [
            {"term": {"kind": "coding"}}, {"term": {"coded": True}},
            {"terms": {"doc_id": chunk}}]}}}) for chunk in _chunks(doc_ids, MAX_SET_DOCS))

    # --- writing coding ---------------------------------------------------------------------

    def _record(self, doc_id: str, collection: str, values: Values, user: str) -> Dsl:
        return {"id": coding_id(doc_id), "kind": "coding", "collection": collection,
                "doc_id": doc_id, "values": values, "coded": bool(values),
                "updated_by": user, "updated_at": now()}

    def code(self, doc_id: str, collection: str, values: Mapping[str, Any], user: str) -> Change:
        """Give one document values (checked against its collection's scheme); returns its
        values before and after, by key."""
        given = self.require_scheme(collection).checked(values)
        for _ in range(RETRIES):
            found = self.codings_of([doc_id]).get(doc_id)
            before: Values = found["_source"]["values"] if found else {}
            after = merged(before, given)
            if after == before:
                return before, after
            guard: Dsl = ({"if_seq_no": found["_seq_no"], "if_primary_term": found["_primary_term"]}
                          if found else {"op_type": "create"})
            try:
                self.client.index(index=self.index, id=coding_id(doc_id), refresh=True,
                                  body=self._record(doc_id, collection, after, user), **guard)
            except ConflictError:
                continue
            self._change_sets(collection, set_changes({doc_id: (before, after)}))
            return before, after
        raise RuntimeError(f"the coding of {doc_id} kept changing under concurrent reviewers")

    def code_many(self, collection: str, doc_ids: list[str], values: Mapping[str, Any],
                  user: str, add: bool = False) -> dict[str, Change]:
        """Give many documents of one collection the same values in a few bulk requests;
        returns the changes made, by document id. ``add``: add to multi-choice values."""
        given = self.require_scheme(collection).checked(values)
        return self.rewrite(collection, doc_ids, lambda before: merged(before, given, add), user)

    def rewrite(self, collection: str, doc_ids: list[str], change: Callable[[Values], Values],
                user: str) -> dict[str, Change]:
        """Give each of many documents of one collection the values ``change`` makes of its
        own (not checked here), in a few bulk requests; returns the changes made, by id."""
        pending = list(dict.fromkeys(doc_ids))
        if len(pending) > MAX_SET_DOCS:
            raise CodingError(f"at most {MAX_SET_DOCS} documents share one coding value")
        done: dict[str, Change] = {}
        for _ in range(RETRIES):
            if not pending:
                return done
            changes, conflicted = self._write_many(collection, pending, change, user)
            self._change_sets(collection, set_changes(changes))
            done.update(changes)
            pending = conflicted
        raise RuntimeError("the coding kept changing under concurrent reviewers")

    def _write_many(self, collection: str, doc_ids: list[str], change: Callable[[Values], Values],
                    user: str) -> tuple[dict[str, Change], list[str]]:
        """One round of a bulk coding: the changes written, and the documents to retry."""
        current = self.codings_of(doc_ids)
        actions: list[Dsl] = []
        changes: dict[str, Change] = {}
        for doc_id in doc_ids:
            found = current.get(doc_id)
            before: Values = found["_source"]["values"] if found else {}
            after = change(before)
            if after == before:
                continue
            action: Dsl = {"_index": self.index, "_id": coding_id(doc_id),
                           "_source": self._record(doc_id, collection, after, user)}
            if found:
                action.update(if_seq_no=found["_seq_no"], if_primary_term=found["_primary_term"])
            else:
                action["_op_type"] = "create"
            actions.append(action)
            changes[doc_id] = (before, after)
        # One refresh at the end, not one per chunk: the records are read by search only.
        _, errors = helpers.bulk(self.client, actions, chunk_size=CHUNK, raise_on_error=False,
                                 request_timeout=120)
        self.client.indices.refresh(index=self.index)
        conflicted: list[str] = []
        for error in errors:
            (item,) = error.values()
            if item.get("status") != 409:
                raise RuntimeError(f"bulk coding failed: {item.get('error')}")
            conflicted.append(item["_id"].removeprefix("coding-"))
        for doc_id in conflicted:
            changes.pop(doc_id, None)
        return changes, conflicted

    def _change_sets(self, collection: str,
                     changes: Mapping[tuple[str, str], tuple[set[str], set[str]]]) -> None:
        for (key, value), (added, removed) in changes.items():
            self._change_set(collection, key, value, added, removed)
        if changes:  # sessions kept between requests hold the sets for the coding facets
            stamp(self.client, self.store.indices, CODING)

    def _change_set(self, collection: str, key: str, value: str, added: set[str],
                    removed: set[str]) -> None:
        """Add and remove documents of one coding set, retrying on a concurrent writer."""
        record_id = set_id(collection, key, value)
        for _ in range(RETRIES):
            current = self.store.get(self.index, record_id)
            before = list(current["_source"]["doc_ids"]) if current else []
            ids = [d for d in before if d not in removed]
            ids += sorted(added - set(ids))
            if len(ids) > MAX_SET_DOCS:
                raise CodingError(f"at most {MAX_SET_DOCS} documents share one coding value")
            record = {"id": record_id, "kind": "codingset", "collection": collection,
                      "field": key, "value": value, "value_key": fold(value), "doc_ids": ids,
                      "count": len(ids), "updated_at": now()}
            guard: Dsl = ({"if_seq_no": current["_seq_no"],
                           "if_primary_term": current["_primary_term"]}
                          if current else {"op_type": "create"})
            try:
                if ids:
                    self.client.index(index=self.index, id=record_id, body=record, refresh=True,
                                      **guard)
                elif current:  # an empty value disappears from the facet
                    self.client.delete(index=self.index, id=record_id, refresh=True, **guard)
                return
            except ConflictError:
                continue
        raise RuntimeError(f"coding set {record_id} kept changing under concurrent writers")

    # --- searching by coding (search.lookups) ------------------------------------------------

    def value_filter(self, name: str, value: str) -> Dsl:
        """Documents given ``value`` in a coding field, in any collection the caller sees."""
        field = coding_field(name)
        assert field.coding is not None
        if not field.coding.has_choices:
            return self._resolved(field.coding_key, self._value_clause(field.coding.kind,
                                                                        field.coding_key, value))
        result = self.store.search(self.index, {
            "size": MAX_SETS_READ, "_source": False, "query": {"bool": {"filter": [
                {"term": {"kind": "codingset"}}, {"term": {"field": field.coding_key}},
                {"term": {"value_key": fold(value)}}]}}})
        return self._lookups(hit["_id"] for hit in result["hits"]["hits"])

    def range_filter(self, name: str, bounds: Dsl) -> Dsl:
        """Documents whose date coding field falls in ``bounds`` (date math)."""
        field = coding_field(name)
        if field.coding is None or field.coding.kind != "date":
            raise ValueError(f"ranges apply to date fields, and {field.name} is not one")
        key = field.coding_key
        return self._resolved(key, {"range": {f"values.{key}": bounds}})

    @staticmethod
    def _value_clause(kind: str, key: str, value: str) -> Dsl:
        if kind == "date":
            rounded = date_math(value)
            return {"range": {f"values.{key}": {"gte": rounded, "lte": rounded}}}
        return {"match_phrase": {f"values.{key}": value}}

    def _resolved(self, key: str, clause: Dsl) -> Dsl:
        query: Dsl = {"filter": [{"term": {"kind": "coding"}}, clause]}
        withheld = list(self.store.protected()) if key in TEXT_KEYS else []
        if withheld:
            query["must_not"] = [{"terms": {"collection": withheld}}]
        hits = self.store.scan(self.index, {"_source": ["doc_id"], "query": {"bool": query}},
                               size=CHUNK)
        ids: list[str] = []
        for hit in hits:
            ids.append(hit["_source"]["doc_id"])
            if len(ids) > MAX_RESOLVED:
                raise ValueError(f"coding.{key}: more than {MAX_RESOLVED} documents match; "
                                 "narrow it down")
        return {"terms": {"id": ids}} if ids else {"match_none": {}}

    def _lookups(self, set_ids: Iterable[str]) -> Dsl:
        lookups = [{"terms": {"id": {"index": self.index, "id": i, "path": "doc_ids"}}}
                   for i in set_ids]
        if not lookups:
            return {"match_none": {}}
        return lookups[0] if len(lookups) == 1 else {
            "bool": {"should": lookups, "minimum_should_match": 1}}

    def facet_filters(self) -> dict[str, dict[str, Dsl]]:
        """For each faceted coding field, by name: each value given in the collections the
        caller sees, with its filter (its sets across collections), busiest first."""
        sets = self.store.preloaded.coding_sets
        if sets is None:
            sets = self.store.search(self.index, coding_sets_body())["hits"]["hits"]
        grouped: dict[str, dict[str, tuple[str, list[str]]]] = {}
        for hit in sets:
            source = hit["_source"]
            values = grouped.setdefault(source["field"], {})
            values.setdefault(source["value_key"], (source["value"], []))[1].append(hit["_id"])
        return {f.name: {shown: self._lookups(ids)
                         for shown, ids in grouped.get(f.coding_key, {}).values()}
                for f in CODING_FIELDS if f.facets}

