"""Batch search: a list of names -> per name, how many documents mention it (any variant) and
the documents that mention it most, with the variants that matched there.

Names run through the same entity clause as the entity page (variants and corrections), one
``_msearch`` per chunk so a list of hundreds is a handful of round trips.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from search.entities import EntityQuery, display
from search.entity_kinds import KINDS
from search.entity_query import match_of
from search.errors import QueryError
from search.names import entity_key
from search.variants import rank

MAX_NAMES = 1000
CHUNK = 50
HEADER_WORDS = {"name", "names", "person", "full name", "entity"}


@dataclass(frozen=True)
class BatchName:
    name: str
    kind: str = "person"


def parse_csv(text: str, default_kind: str = "person") -> list[BatchName]:
    """Names from CSV: the first column; a second column, when present, is the kind. A header
    row ("name", "kind") is skipped."""
    names: list[BatchName] = []
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise QueryError(f"the file is not CSV: {exc}") from None
    for number, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if not cells or not cells[0]:
            continue
        if number == 0 and cells[0].casefold() in HEADER_WORDS:
            continue
        kind = cells[1].casefold() if len(cells) > 1 and cells[1] else default_kind
        names.append(BatchName(cells[0], kind))
    return names


class BatchSearch(EntityQuery):
    def run(self, names: list[BatchName], top: int = 5) -> dict[str, Any]:
        if len(names) > MAX_NAMES:
            raise QueryError(f"at most {MAX_NAMES} names per batch (got {len(names)})")
        for item in names:
            if item.kind not in KINDS:
                raise QueryError(f"unknown kind '{item.kind}' for '{item.name}' (use {', '.join(KINDS)})")
        corrections = self.corrections()
        keys = [entity_key(n.kind, n.name) for n in names]
        responses: list[dict[str, Any]] = []
        for start in range(0, len(names), CHUNK):
            chunk = [(item.kind, corrections.redirect(item.kind, key)) for item, key in
                     zip(names[start:start + CHUNK], keys[start:start + CHUNK], strict=True)]
            clauses = self.entity_clauses(chunk, corrections)
            responses += self.store.msearch([(self.indices.mentions, {
                "size": 0, "aggs": self._aggs(top), "query": clause}) for clause in clauses])
        for response in responses:
            if "error" in response:
                raise QueryError("the batch could not be run: a name in it is not one the search "
                                 "can run")
        meta = self.documents_meta(sorted({b["key"] for r in responses
                                           for b in r["aggregations"]["top"]["buckets"]}))
        results = [self._result(item, key, r, meta)
                   for item, key, r in zip(names, keys, responses, strict=True)]
        return {"names": len(names), "results": results}

    @staticmethod
    def _aggs(top: int) -> dict[str, Any]:
        keys = {"terms": {"field": "key", "size": 10},
                "aggs": {"text": {"terms": {"field": "text", "size": 1}}}}
        return {"documents": {"cardinality": {"field": "doc_id"}}, "variants": keys,
                "top": {"terms": {"field": "doc_id", "size": top}, "aggs": {"keys": keys}}}

    @staticmethod
    def _result(item: BatchName, key: str, response: dict[str, Any],
                meta: dict[str, dict[str, Any]]) -> dict[str, Any]:
        aggs = response["aggregations"]

        def variants(buckets: list[dict[str, Any]]) -> list[dict[str, Any]]:
            rows = [{"key": b["key"], "text": display(item.kind, b["key"], b["text"]["buckets"]),
                     "match": match_of(item.kind, key, b["key"]), "mentions": b["doc_count"]}
                    for b in buckets]
            return sorted(rows, key=lambda v: (rank(v["match"]), -v["mentions"]))

        top = [{"id": b["key"], "control": meta.get(b["key"], {}).get("control"),
                "title": meta.get(b["key"], {}).get("title"),
                "date": meta.get(b["key"], {}).get("date"), "mentions": b["doc_count"],
                "variants": variants(b["keys"]["buckets"])}
               for b in aggs["top"]["buckets"]]
        return {"name": item.name, "kind": item.kind, "key": key,
                "documents": aggs["documents"]["value"],
                "mentions": response["hits"]["total"]["value"],
                "variants": variants(aggs["variants"]["buckets"]), "top": top}
