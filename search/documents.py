"""Queries over documents and pages: faceted search with page-level snippets, one document, one page.

Every query class derives from ``ScopedQuery``, which adds the caller's collection filter, so no
query can forget it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch, RequestError

from search.errors import NotFoundError, QueryError
from search.indices import Indices
from search.query import build_query, date_math, page_highlight_query

FACETS: dict[str, str] = {
    "collection": "collection",
    "type": "type",
    "person": "person",
    "org": "org",
    "place": "place",
    "custodian": "custodian",
}
FACET_SIZE = 15
MAX_WINDOW = 10_000
SNIPPETS_PER_HIT = 3
ENTITY_CHIPS = 5
MARK = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}
SORTS = {
    "relevance": [{"_score": "desc"}, {"date": {"order": "desc", "missing": "_last"}}, "id"],
    "date": [{"date": {"order": "desc", "missing": "_last"}}, "id"],
    "date_asc": [{"date": {"order": "asc", "missing": "_last"}}, "id"],
}


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20


class ScopedQuery:
    """A query run on behalf of a caller who may see only some collections (None: all)."""

    def __init__(self, client: OpenSearch, indices: Indices, collections: list[str] | None):
        self.client = client
        self.indices = indices
        self.collections = collections

    def scope(self) -> list[dict[str, Any]]:
        if self.collections is None:
            return []
        return [{"terms": {"collection": self.collections}}]

    def _search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            return self.client.search(index=index, body=body)
        except RequestError as exc:
            # A query the parser let through but OpenSearch refused: still the user's input.
            raise QueryError(f"the query could not be run: {exc.error}") from exc


def _filter_clause(name: str, values: list[str]) -> dict[str, Any]:
    if name == "year":
        ranges = [{"range": {"date": {"gte": f"{v}||/y", "lte": f"{v}||/y"}}} for v in values]
        return {"bool": {"should": ranges, "minimum_should_match": 1}}
    return {"terms": {FACETS[name]: values}}


class DocumentSearch(ScopedQuery):
    """``GET /api/search``: hits with page snippets, and facets whose counts follow the filters."""

    def run(self, request: SearchRequest) -> dict[str, Any]:
        for name in request.filters:
            if name not in FACETS and name != "year":
                known = ", ".join([*FACETS, "year"])
                raise QueryError(f"unknown filter '{name}' (known filters: {known})")
        if request.sort not in SORTS:
            raise QueryError(f"unknown sort '{request.sort}' (use {', '.join(SORTS)})")
        offset = (request.page - 1) * request.size
        if offset + request.size > MAX_WINDOW:
            raise QueryError(f"pages beyond {MAX_WINDOW} results: use export for the whole set")
        text_query = build_query(request.q)
        base: list[dict[str, Any]] = [*self.scope()]
        if request.date_from or request.date_to:
            try:
                bounds = {k: date_math(v) for k, v in (("gte", request.date_from),
                                                       ("lte", request.date_to)) if v}
            except ValueError as exc:
                raise QueryError(f"date range: {exc}") from None
            base.append({"range": {"date": bounds}})
        selected = {name: _filter_clause(name, values)
                    for name, values in request.filters.items() if values}
        body: dict[str, Any] = {
            "query": {"bool": {"must": [text_query or {"match_all": {}}], "filter": base}},
            "post_filter": {"bool": {"filter": list(selected.values())}},
            "aggs": self._facet_aggs(selected),
            "sort": SORTS[request.sort],
            "from": offset,
            "size": request.size,
            "track_total_hits": True,
            "_source": {"excludes": ["content"]},
        }
        result = self._search(self.indices.documents, body)
        hits = [hit["_source"] for hit in result["hits"]["hits"]]
        snippets = self._snippets(request.q, [h["id"] for h in hits])
        return {
            "total": result["hits"]["total"]["value"],
            "took_ms": result["took"],
            "hits": [self._hit(h, snippets.get(h["id"], [])) for h in hits],
            "facets": self._facets(result["aggregations"]),
        }

    def _facet_aggs(self, selected: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """One filtered aggregation per facet, filtered by every selection but its own."""
        aggs: dict[str, Any] = {}
        inner: dict[str, dict[str, Any]] = {
            name: {"terms": {"field": f, "size": FACET_SIZE}} for name, f in FACETS.items()
        }
        inner["year"] = {"date_histogram": {"field": "date", "calendar_interval": "year",
                                            "format": "yyyy", "min_doc_count": 1}}
        for name, agg in inner.items():
            others = [clause for other, clause in selected.items() if other != name]
            aggs[name] = {"filter": {"bool": {"filter": others}}, "aggs": {"values": agg}}
        return aggs

    @staticmethod
    def _facets(aggregations: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        facets: dict[str, list[dict[str, Any]]] = {}
        for name, agg in aggregations.items():
            buckets = agg["values"]["buckets"]
            if name == "year":
                buckets = sorted(buckets, key=lambda b: b["key_as_string"], reverse=True)
                facets[name] = [{"value": b["key_as_string"], "count": b["doc_count"]}
                                for b in buckets]
            else:
                facets[name] = [{"value": b["key"], "count": b["doc_count"]} for b in buckets]
        return facets

    def _snippets(self, q: str, doc_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        if not doc_ids:
            return {}
        page_query = page_highlight_query(q) if q.strip() else None
        must = [page_query] if page_query else []
        body = {
            "query": {"bool": {"filter": [{"terms": {"doc_id": doc_ids}}, *self.scope()],
                               "must": must or [{"term": {"page": 1}}]}},
            "collapse": {"field": "doc_id", "inner_hits": {
                "name": "pages", "size": SNIPPETS_PER_HIT if must else 1,
                "sort": [{"_score": "desc"}, {"page": "asc"}], "_source": ["page", "citation"],
                "highlight": {**MARK, "fields": {
                    "text": {"number_of_fragments": 1, "fragment_size": 200, "no_match_size": 200},
                    "text.stemmed": {"number_of_fragments": 1, "fragment_size": 200},
                }, **({"highlight_query": page_query} if page_query else {})},
            }},
            "size": len(doc_ids),
            "_source": False,
        }
        result = self._search(self.indices.pages, body)
        snippets: dict[str, list[dict[str, Any]]] = {}
        for hit in result["hits"]["hits"]:
            doc_id = hit["fields"]["doc_id"][0] if "fields" in hit else None
            for inner in hit["inner_hits"]["pages"]["hits"]["hits"]:
                highlight = inner.get("highlight", {})
                fragments = highlight.get("text.stemmed") if "<mark>" not in "".join(
                    highlight.get("text", [])) else highlight.get("text")
                fragments = fragments or highlight.get("text") or []
                doc_id = doc_id or inner["_id"].rsplit("-", 1)[0]
                snippets.setdefault(doc_id, []).append({
                    "page": inner["_source"]["page"],
                    "citation": inner["_source"]["citation"],
                    "html": fragments[0] if fragments else "",
                })
        return snippets

    @staticmethod
    def _hit(source: dict[str, Any], snippets: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "id": source["id"],
            "control": source.get("control"),
            "title": source.get("title") or source.get("filename"),
            "path": source.get("path"),
            "date": source.get("date"),
            "type": source.get("type"),
            "collection": source.get("collection"),
            "page_count": source.get("page_count"),
            "snippets": snippets,
            "entities": {kind: (source.get(kind) or [])[:ENTITY_CHIPS]
                         for kind in ("person", "org", "place")},
        }


class DocumentView(ScopedQuery):
    """``GET /api/documents/{id}`` and its pages."""

    def get(self, doc_id: str) -> dict[str, Any]:
        body = {"query": {"bool": {"filter": [{"ids": {"values": [doc_id]}}, *self.scope()]}},
                "_source": {"excludes": ["content"]}, "size": 1}
        hits = self._search(self.indices.documents, body)["hits"]["hits"]
        if not hits:
            raise NotFoundError(f"no document {doc_id}")
        return hits[0]["_source"]

    def entities(self, doc_id: str) -> list[dict[str, Any]]:
        """Each entity of the document once, with its display form and the pages it is on."""
        body = {
            "size": 0,
            "query": {"bool": {"filter": [{"term": {"doc_id": doc_id}}, *self.scope()]}},
            "aggs": {"kinds": {"terms": {"field": "kind", "size": 10}, "aggs": {
                "keys": {"terms": {"field": "key", "size": 200}, "aggs": {
                    "text": {"terms": {"field": "text", "size": 1}},
                    "pages": {"terms": {"field": "page", "size": 50, "order": {"_key": "asc"}}},
                }}}}},
        }
        aggs = self._search(self.indices.mentions, body)["aggregations"]
        entities = []
        for kind in aggs["kinds"]["buckets"]:
            for key in kind["keys"]["buckets"]:
                entities.append({
                    "kind": kind["key"], "key": key["key"],
                    "text": key["text"]["buckets"][0]["key"] if key["text"]["buckets"] else key["key"],
                    "count": key["doc_count"],
                    "pages": [p["key"] for p in key["pages"]["buckets"]],
                })
        return entities

    def page(self, doc_id: str, number: int, q: str = "") -> dict[str, Any]:
        document = self.get(doc_id)
        page_id = f"{doc_id}-{number:05d}"
        query = page_highlight_query(q) if q.strip() else None
        body: dict[str, Any] = {
            "query": {"bool": {"filter": [{"ids": {"values": [page_id]}}, *self.scope()]}},
            "size": 1,
        }
        if query:
            body["highlight"] = {**MARK, "highlight_query": query, "fields": {
                "text": {"number_of_fragments": 0}, "text.stemmed": {"number_of_fragments": 0}}}
        hits = self._search(self.indices.pages, body)["hits"]["hits"]
        if not hits:
            raise NotFoundError(f"document {doc_id} has no page {number}")
        source = hits[0]["_source"]
        highlight = hits[0].get("highlight", {})
        marked = highlight.get("text") or highlight.get("text.stemmed")
        return {
            "document_id": doc_id,
            "page": number,
            "page_count": document.get("page_count") or 1,
            "citation": source["citation"],
            "ocr": source.get("ocr", False),
            "ocr_confidence": source.get("ocr_confidence"),
            "html": marked[0] if marked else html.escape(source.get("text") or ""),
            "hits": (marked[0].count("<mark>") if marked else 0),
        }


def get_raw(client: OpenSearch, index: str, doc_id: str) -> dict[str, Any] | None:
    try:
        return client.get(index=index, id=doc_id)["_source"]
    except OSNotFound:
        return None
