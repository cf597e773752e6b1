"""Redefining a collection's coding scheme once documents are coded, without orphaning coding.

What becomes of coding already given when an admin changes the scheme:

- a label changes: nothing else does (coding is stored by field key, not label);
- a value of a list is respelled (case, accents or spaces only: the same value folded): the
  documents given it follow the new spelling, their records and coding sets rewritten;
- a value is renamed (``renames``: field -> {old value: new value}): every document given the old
  value, and every QC coding, gets the new one instead (a multi-choice field keeps one of each,
  so renaming "taxi licencing" to "taxi licensing" merges the two); renamed to null, the value is
  taken off them;
- a value is taken off a list that documents (or QC codings) still carry, and is not renamed:
  the change is refused (``SchemeConflict``: the value, how many carry it, and the remedy);
- a field is dropped from the scheme while documents carry a value in it: refused likewise (a
  reviewer's notes or dates are never deleted by a scheme edit).

So coding never holds a value its scheme's list lacks. The check reads the values actually given
(an aggregation of the review index), not a diff with the previous scheme: a migration cut short
(the node lost mid-way) is finished by sending the same request again. A reviewer who codes an
old value between the check and the new scheme being stored can leave one document behind; the
next edit of the scheme reports it, as it reports any value off the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from opensearchpy import helpers

from search.coding import CHUNK, CodingStore
from search.coding_scheme import CodingError, Scheme, Values, coding_field, scheme_from
from search.fields import CODING_FIELDS
from search.names import fold

# Distinct values of a field counted per collection: well above a list's 200 values, so values
# left over from older lists are counted too.
USAGE_VALUES = 1000
Dsl = dict[str, Any]
Moves = dict[str, dict[str, str | None]]  # field key -> {value as stored: new value or None}


class SchemeConflict(CodingError):
    """A scheme that would leave coding holding values it no longer has (the API's 409)."""


@dataclass
class FieldUsage:
    """How a coding field is used in a collection: documents with any value, and per value."""

    documents: int = 0
    values: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Renamed:
    """A value migrated: the documents and QC codings rewritten."""

    field: str
    old: str
    new: str | None
    documents: int
    qc: int

    def as_dict(self) -> Dsl:
        return {"field": self.field, "old": self.old, "new": self.new,
                "documents": self.documents, "qc": self.qc}


def renamed_values(values: Values, key: str, moves: Mapping[str, str | None]) -> Values:
    """``values`` with field ``key``'s values moved (``moves``: stored value -> new or None)."""
    value = values.get(key)
    if value is None:
        return values
    if isinstance(value, list):
        moved: Any = list(dict.fromkeys(
            new for new in (moves.get(v, v) for v in value) if new is not None))
    else:
        moved = moves.get(value, value)
    after = dict(values)
    if moved in (None, []):
        after.pop(key, None)
    else:
        after[key] = moved
    return after


def checked_renames(scheme: Scheme, renames: Mapping[str, Mapping[str, str | None]]
                    ) -> dict[str, dict[str, str | None]]:
    """The admin's renames by field key and folded old value, each target as the new list
    spells it (CodingError for a field without a list, a target off it, or an old value still
    on it)."""
    checked: dict[str, dict[str, str | None]] = {}
    for name, moves in renames.items():
        used = scheme.get(name)
        if not used.choices:
            raise CodingError(f"{used.name} has no list of values to rename in")
        listed = {fold(c) for c in used.choices}
        for old, new in moves.items():
            if fold(old) in listed:
                raise CodingError(f"{used.name}: '{old}' is still on the list; a rename takes "
                                  "a value off it")
            target = used.choice(new) if new is not None else None
            checked.setdefault(used.field.coding_key, {})[fold(old)] = target
    return checked


def migration(scheme: Scheme, renames: Mapping[str, Mapping[str, str | None]],
              usage: Mapping[str, Mapping[str, FieldUsage]]) -> tuple[Moves, list[str]]:
    """What the new scheme does to the coding given (``usage`` by kind, coding and qc, then by
    field key): the values to move, and the reasons it must be refused (none: go ahead)."""
    by_key = {f.field.coding_key: f for f in scheme.fields}
    moves: Moves = {}
    refusals: list[str] = []
    for declared in CODING_FIELDS:
        key = declared.coding_key
        documents = usage["coding"].get(key, FieldUsage())
        qc = usage["qc"].get(key, FieldUsage())
        if key not in by_key:
            if documents.documents or qc.documents:
                carried = _carried(documents.documents, qc.documents)
                refusals.append(f"{declared.name} is coded on {carried}: keep it in the "
                                "scheme (a scheme edit never deletes coding)")
        elif by_key[key].choices:
            spelled = {fold(c): c for c in by_key[key].choices}
            wanted = renames.get(key, {})
            for value in sorted(documents.values.keys() | qc.values.keys()):
                folded = fold(value)
                if spelled.get(folded) == value:
                    continue
                if folded in spelled or folded in wanted:
                    moves.setdefault(key, {})[value] = spelled.get(folded, wanted.get(folded))
                    continue
                carried = _carried(documents.values.get(value, 0), qc.values.get(value, 0))
                refusals.append(f"{declared.name}: '{value}' is given to {carried} and is not on "
                                "the new list: rename it to a value of the list, or to null to "
                                "take it off them (renames)")
    return moves, refusals


def _carried(documents: int, qc: int) -> str:
    text = f"{documents} document{'s' if documents != 1 else ''}"
    return text + (f" and {qc} QC coding{'s' if qc != 1 else ''}" if qc else "")


class SchemeEditor:
    """Defines and redefines the coding schemes of the collections a caller may see."""

    def __init__(self, coding: CodingStore) -> None:
        self.coding = coding
        self.store = coding.store
        self.index = coding.index

    def usage(self, collection: str) -> dict[str, dict[str, FieldUsage]]:
        """Per kind of record (a document's coding, a QC coding), per coding field key: how many
        records carry a value, and for a choice field how many carry each value as stored."""
        aggs: Dsl = {}
        for declared in CODING_FIELDS:
            key = declared.coding_key
            aggs[key] = {"filter": {"exists": {"field": f"values.{key}"}}}
            if declared.coding and declared.coding.has_choices:
                aggs[key]["aggs"] = {"values": {"terms": {"field": f"values.{key}",
                                                          "size": USAGE_VALUES}}}
        body = {"size": 0, "query": {"bool": {"filter": [{"term": {"collection": collection}},
                                                         {"terms": {"kind": ["coding", "qc"]}}]}},
                "aggs": {"kinds": {"terms": {"field": "kind", "size": 2}, "aggs": aggs}}}
        result = self.store.search(self.index, body)["aggregations"]["kinds"]["buckets"]
        usage: dict[str, dict[str, FieldUsage]] = {"coding": {}, "qc": {}}
        for bucket in result:
            usage[bucket["key"]] = {
                key: FieldUsage(counted["doc_count"], {
                    b["key"]: b["doc_count"] for b in counted.get("values", {}).get("buckets", [])})
                for key, counted in bucket.items() if isinstance(counted, dict)
                and "doc_count" in counted}
        return usage

    def redefine(self, collection: str, definitions: list[Mapping[str, Any]],
                 renames: Mapping[str, Mapping[str, str | None]], user: str
                 ) -> tuple[Scheme, list[Renamed]]:
        """Store a collection's new scheme and migrate the coding it renames or respells
        (SchemeConflict, before anything is written, if coding would be orphaned)."""
        scheme = scheme_from(collection, definitions)
        moves, refusals = migration(scheme, checked_renames(scheme, renames),
                                    self.usage(collection))
        if refusals:
            raise SchemeConflict("the coding scheme was not changed: " + "; ".join(refusals))
        self.coding.set_scheme(collection, definitions, user)
        return scheme, [renamed for key, moved in moves.items()
                        for renamed in self._migrate(collection, key, moved, user)]

    def _migrate(self, collection: str, key: str, moves: dict[str, str | None],
                 user: str) -> list[Renamed]:
        """Move a field's values on every document's coding and every QC coding that has them."""
        found = self._carrying(collection, key, list(moves))
        changes = self.coding.rewrite(
            collection, [hit["_source"]["doc_id"] for hit in found["coding"]],
            lambda before: renamed_values(before, key, moves), user)
        self._rewrite_qc(found["qc"], key, moves)
        name = coding_field(key).name
        return [Renamed(name, old, new, documents=sum(
                    1 for before, _ in changes.values() if _has(before, key, old)),
                        qc=sum(1 for hit in found["qc"] if _has(hit["_source"]["values"], key, old)))
                for old, new in moves.items()]

    def _carrying(self, collection: str, key: str, values: list[str]) -> dict[str, list[Dsl]]:
        """The coding and QC records of ``collection`` whose field ``key`` holds any of
        ``values`` (as stored), by kind."""
        found: dict[str, list[Dsl]] = {"coding": [], "qc": []}
        for hit in self.store.scan(self.index, {"query": {"bool": {"filter": [
                {"term": {"collection": collection}}, {"terms": {"kind": ["coding", "qc"]}},
                {"terms": {f"values.{key}": values}}]}}}, size=CHUNK):
            found[hit["_source"]["kind"]].append(hit)
        return found

    def _rewrite_qc(self, hits: list[Dsl], key: str, moves: dict[str, str | None]) -> None:
        """QC codings are the second reviewer's, kept apart (search.review_qc): rewritten in
        place, who coded them kept, so the disagreement report compares like with like."""
        actions = []
        for hit in hits:
            source = hit["_source"]
            values = renamed_values(source["values"], key, moves)
            actions.append({"_index": self.index, "_id": hit["_id"], "_source": {
                **source, "values": values, "coded": bool(values)}})
        if actions:
            helpers.bulk(self.coding.client, actions, chunk_size=CHUNK, request_timeout=120)
            self.coding.client.indices.refresh(index=self.index)


def _has(values: Values, key: str, value: str) -> bool:
    held = values.get(key)
    return value in held if isinstance(held, list) else held == value
