"""One document for the viewer (``/api/documents/{id}``): metadata, entities, family (parent,
children, duplicates, near-duplicates, e-mail thread), the pages holding hits, and one page with
its hits marked."""

from __future__ import annotations

import html
from typing import Any

from search.errors import NotFoundError
from search.lookups import StoreLookups
from search.query import page_highlight_query
from search.scoped import ScopedQuery

MARK = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}
FAMILY_SIZE = 200
HIT_PAGES = 10_000
RELATIVE_FIELDS = ["id", "control", "title", "filename", "date", "type", "email_from", "page_count"]
Dsl = dict[str, Any]


class DocumentView(ScopedQuery):
    """``GET /api/documents/{id}`` and its pages."""

    def get(self, doc_id: str) -> Dsl:
        body = {"query": {"bool": {"filter": [{"ids": {"values": [doc_id]}}]}},
                "_source": {"excludes": ["content", "minhash", "near_dup_bands"]}, "size": 1}
        hits = self._search(self.indices.documents, body)["hits"]["hits"]
        if not hits:
            raise NotFoundError(f"no document {doc_id}")
        return hits[0]["_source"]

    def entities(self, doc_id: str) -> list[Dsl]:
        """Each entity of the document once, with its display form and the pages it is on."""
        body = {
            "size": 0,
            "query": {"bool": {"filter": [{"term": {"doc_id": doc_id}}]}},
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

    def _relatives(self, clause: Dsl, exclude: str, sort: list[Any]) -> list[Dsl]:
        skip = [{"ids": {"values": [exclude]}}] if exclude else []
        body = {"query": {"bool": {"filter": [clause], "must_not": skip}},
                "_source": RELATIVE_FIELDS, "size": FAMILY_SIZE, "sort": sort}
        return [hit["_source"] for hit in self._search(self.indices.documents, body)["hits"]["hits"]]

    def family(self, document: Dsl) -> Dsl:
        """The documents around this one that the caller may see: its container (parent), what
        it contains (children), its near-duplicates, and the messages of its e-mail thread."""
        doc_id = document["id"]
        parent = None
        if document.get("parent_id"):
            found = self._relatives({"ids": {"values": [document["parent_id"]]}}, doc_id, ["id"])
            parent = found[0] if found else None
        children = self._relatives({"term": {"parent_id": doc_id}}, doc_id,
                                   [{"control": "asc"}, "id"])
        near = ([] if not document.get("near_dup_group") else self._relatives(
            {"term": {"near_dup_group": document["near_dup_group"]}}, doc_id,
            [{"control": "asc"}, "id"]))
        thread = ([] if not document.get("thread_id") else self._relatives(
            {"term": {"thread_id": document["thread_id"]}}, "",
            [{"date": {"order": "asc", "missing": "_last"}}, "id"]))
        return {"parent": parent, "children": children, "near_duplicates": near, "thread": thread}

    def _page_query(self, q: str) -> Dsl | None:
        """What to mark on a page: the positive terms of ``q``, names with their variants."""
        if not q.strip():
            return None
        return page_highlight_query(q, StoreLookups(self.store))

    def hit_pages(self, doc_id: str, q: str) -> list[int]:
        """The pages of a document holding any positive term of ``q``, in page order."""
        self.get(doc_id)  # the scope check, and a 404 for an unknown document
        query = self._page_query(q)
        if query is None:
            return []
        body = {"query": {"bool": {"filter": [{"term": {"doc_id": doc_id}}],
                                   "must": [query]}},
                "_source": False, "docvalue_fields": ["page"], "size": HIT_PAGES,
                "sort": [{"page": "asc"}]}
        hits = self._search(self.indices.pages, body)["hits"]["hits"]
        return [hit["fields"]["page"][0] for hit in hits]

    def page(self, doc_id: str, number: int, q: str = "") -> Dsl:
        document = self.get(doc_id)
        page_id = f"{doc_id}-{number:05d}"
        query = self._page_query(q)
        body: Dsl = {
            "query": {"bool": {"filter": [{"ids": {"values": [page_id]}}]}},
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
