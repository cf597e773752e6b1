"""Faceted document search with page-level snippets (``GET /api/search``).

Every query class derives from ``ScopedQuery`` (search.scoped), whose store adds the caller's
collection filter to every read, so no query can forget it. ``compile`` turns a request into the
text query and dates, and the facet selections; search and export (search.export) share it, so
an export holds exactly the documents the search counted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from opensearchpy import TransportError

from search.entity_kinds import FACET_KINDS
from search.errors import QueryError
from search.facets import facet_aggs, filter_clause, read_facets, resolve
from search.lookups import StoreLookups
from search.paging import Cursor, decode_cursor, encode_cursor, fingerprint, pit_expired
from search.query import build_query, date_math, page_highlight_query
from search.scoped import ScopedQuery, ScopedStore
from search.viewer import MARK, DocumentView

__all__ = ["DocumentSearch", "DocumentView", "ScopedQuery", "SearchRequest"]

MAX_WINDOW = 10_000
SNIPPETS_PER_HIT = 3
ENTITY_CHIPS = 5
PIT_KEEP_ALIVE = "5m"
SORTS = {
    "relevance": [{"_score": "desc"}, {"date": {"order": "desc", "missing": "_last"}}, "id"],
    "date": [{"date": {"order": "desc", "missing": "_last"}}, "id"],
    "date_asc": [{"date": {"order": "asc", "missing": "_last"}}, "id"],
    "control": [{"control": "asc"}, "id"],
}
# What a hit shows (``_hit``): fetching only these keeps the text, the near-duplicate
# signature and the other large fields off the wire.
HIT_FIELDS = ("id", "control", "title", "filename", "path", "date", "type", "collection",
              "page_count", "person", "org", "place")
Dsl = dict[str, Any]
SNIPPET_CHARS = 200
_MARK_TAGS = re.compile(r"</?mark>")
_MARKUP = re.compile(r"[<>\"']")
# A snippet holds the whole phrase that matched and starts at a word: the plain highlighter's
# span fragmenter never cuts between the words of a phrase (the unified one's sentence scanner
# cut long sentences every SNIPPET_CHARS, so a snippet could begin mid-phrase), and its
# fragments are made of whole tokens.
SNIPPET_HIGHLIGHT: Dsl = {"type": "plain", "fragmenter": "span", "number_of_fragments": 1,
                          "fragment_size": SNIPPET_CHARS}


def snippet_highlight(page_query: Dsl | None) -> Dsl:
    """How a hit page's snippet is highlighted, for the hits of a search and the rows of an
    export alike: the exact text, and the stemmed text for the hits only stemming finds (a page
    that matches nothing shows its beginning)."""
    return {**MARK, **SNIPPET_HIGHLIGHT, "fields": {
        "text": {"no_match_size": SNIPPET_CHARS}, "text.stemmed": {},
    }, **({"highlight_query": page_query} if page_query else {})}


def snippet_html(highlight: Dsl) -> str:
    """The snippet in a page's highlight (``snippet_highlight``): the exact text's when it marks
    a hit, else the stemmed text's; "" when there is none. Always escaped HTML whose only tags
    are <mark>: the highlighter encodes the fragments it marks, but hands back the beginning of
    a page that matches nothing (``no_match_size``) as raw text, markup and all."""
    exact = highlight.get("text") or []
    fragments = exact if "<mark>" in "".join(exact) else highlight.get("text.stemmed")
    fragments = fragments or exact
    if not fragments:
        return ""
    fragment = fragments[0]
    # Encoded text holds no markup but the marks; a page that writes "<mark>" itself is raw.
    encoded = "<mark>" in fragment and not _MARKUP.search(_MARK_TAGS.sub("", fragment))
    return fragment if encoded else html.escape(fragment)


@dataclass
class SearchRequest:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    size: int = 20
    cursor: str | None = None


@dataclass
class Compiled:
    """A request as clauses: ``query`` (text and dates; the store adds the scope) and one filter
    per selected facet."""

    query: Dsl
    selected: dict[str, Dsl]
    lookups: StoreLookups

    def whole(self) -> Dsl:
        """Query and selections in one: the documents the search counts (for export)."""
        return {"bool": {"must": [self.query], "filter": list(self.selected.values())}}


class DocumentSearch(ScopedQuery):
    """Hits with page snippets, facets whose counts follow the filters, and a cursor to the next
    page. ``cursor_key`` signs cursors; without one no cursor is offered."""

    def __init__(self, store: ScopedStore, cursor_key: str = "") -> None:
        super().__init__(store)
        self.cursor_key = cursor_key

    def compile(self, request: SearchRequest) -> Compiled:
        if request.sort not in SORTS:
            raise QueryError(f"unknown sort '{request.sort}' (use {', '.join(SORTS)})")
        lookups = StoreLookups(self.store)
        text_query = build_query(request.q, lookups=lookups)
        base: list[Dsl] = []
        if request.date_from or request.date_to:
            try:
                bounds = {k: date_math(v) for k, v in (("gte", request.date_from),
                                                       ("lte", request.date_to)) if v}
            except ValueError as exc:
                raise QueryError(f"date range: {exc}") from None
            base.append({"range": {"date": bounds}})
        grouped: dict[str, list[str]] = {}
        for raw_name, values in request.filters.items():
            grouped.setdefault(resolve(raw_name), []).extend(values)
        selected = {name: filter_clause(name, list(dict.fromkeys(values)), lookups)
                    for name, values in grouped.items() if values}
        query = {"bool": {"must": [text_query or {"match_all": {}}], "filter": base}}
        return Compiled(query, selected, lookups)

    def fingerprint(self, request: SearchRequest) -> str:
        filters = {k: sorted(v) for k, v in request.filters.items() if v}
        return fingerprint(request.q, filters, request.date_from, request.date_to, request.sort,
                           self.caller.collections, self.user)

    @staticmethod
    def search_body(request: SearchRequest, compiled: Compiled) -> Dsl:
        """The body of the documents search (hits and facets), before paging; public so that
        benchmarks replay exactly what the API sends."""
        return {
            "query": compiled.query,
            "post_filter": {"bool": {"filter": list(compiled.selected.values())}},
            "aggs": facet_aggs(compiled.selected, compiled.lookups),
            "sort": SORTS[request.sort],
            "size": request.size,
            "track_total_hits": True,
            "_source": {"includes": list(HIT_FIELDS)},
        }

    def run(self, request: SearchRequest,
            counted: Callable[[int], None] | None = None) -> dict[str, Any]:
        """The answer to ``request``. ``counted`` is told the total as soon as the documents
        search has it, before the snippets are read (the API starts its audit record then)."""
        compiled = self.compile(request)
        body = self.search_body(request, compiled)
        if request.cursor:
            result, offset, pit = self._after_cursor(request, body)
        else:
            offset = (request.page - 1) * request.size
            if offset + request.size > MAX_WINDOW:
                raise QueryError(f"pages beyond {MAX_WINDOW:,} results: follow the 'next' cursor "
                                 "of the previous page, or export the whole set")
            result, pit = self._search(self.indices.documents, {**body, "from": offset}), None
        raw_hits = result["hits"]["hits"]
        hits = [hit["_source"] for hit in raw_hits]
        total = result["hits"]["total"]["value"]
        if counted is not None:
            counted(total)
        snippets = self._snippets(request.q, [h["id"] for h in hits], compiled.lookups)
        marks = self._annotations([h["id"] for h in hits], compiled.lookups)
        following = None
        if raw_hits and offset + len(raw_hits) < total and self.cursor_key:
            following = encode_cursor(Cursor(raw_hits[-1]["sort"], offset + len(raw_hits), pit,
                                             self.fingerprint(request)), self.cursor_key)
        elif pit:
            self.store.close_pit(pit)  # the last page: free the snapshot now
        return {
            "total": total,
            "took_ms": result["took"],
            "offset": offset,
            "next": following,
            "hits": [self._hit(h, snippets.get(h["id"], []), marks.get(h["id"], {})) for h in hits],
            "facets": read_facets(result.get("aggregations", {})),
        }

    def _after_cursor(self, request: SearchRequest, body: Dsl) -> tuple[Dsl, int, str]:
        """The page after a cursor, read from the cursor's PIT (opened on first use)."""
        if not self.cursor_key:
            raise QueryError("cursors are not enabled here")
        cursor = decode_cursor(request.cursor or "", self.cursor_key, self.fingerprint(request))
        pit = cursor.pit or self.store.open_pit(self.indices.documents, PIT_KEEP_ALIVE)
        for attempt in range(2):
            paged = {**body, "search_after": cursor.after,
                     "pit": {"id": pit, "keep_alive": PIT_KEEP_ALIVE}}
            try:
                result = self._search(self.indices.documents, paged)
                return result, cursor.offset, result.get("pit_id") or pit
            except TransportError as exc:
                # An expired PIT: carry on from the same sort values over a fresh snapshot.
                if attempt or not pit_expired(exc):
                    raise QueryError("the cursor could not be followed: start again") from exc
                pit = self.store.open_pit(self.indices.documents, PIT_KEEP_ALIVE)
        raise AssertionError("unreachable")

    def _snippets(self, q: str, doc_ids: list[str],
                  lookups: StoreLookups) -> dict[str, list[dict[str, Any]]]:
        if not doc_ids:
            return {}
        return self._read_snippets(
            self._search(self.indices.pages, self.snippet_body(q, doc_ids, lookups)))

    def snippet_body(self, q: str, doc_ids: list[str], lookups: StoreLookups) -> Dsl:
        """The pages search that finds each hit's best pages and highlights them."""
        page_query = page_highlight_query(q, lookups) if q.strip() else None
        must = [page_query] if page_query else []
        return {
            "query": {"bool": {"filter": [{"terms": {"doc_id": doc_ids}}],
                               "must": must or [{"term": {"page": 1}}]}},
            "collapse": {"field": "doc_id", "inner_hits": {
                "name": "pages", "size": SNIPPETS_PER_HIT if must else 1,
                "sort": [{"_score": "desc"}, {"page": "asc"}], "_source": ["page", "citation"],
                "highlight": snippet_highlight(page_query),
            }},
            "size": len(doc_ids),
            "_source": False,
        }

    def _read_snippets(self, result: Dsl) -> dict[str, list[dict[str, Any]]]:
        snippets: dict[str, list[dict[str, Any]]] = {}
        for hit in result["hits"]["hits"]:
            doc_id = hit["fields"]["doc_id"][0] if "fields" in hit else None
            for inner in hit["inner_hits"]["pages"]["hits"]["hits"]:
                doc_id = doc_id or inner["_id"].rsplit("-", 1)[0]
                snippets.setdefault(doc_id, []).append({
                    "page": inner["_source"]["page"],
                    "citation": inner["_source"]["citation"],
                    "html": snippet_html(inner.get("highlight", {})),
                })
        return snippets

    def _annotations(self, doc_ids: list[str], lookups: StoreLookups) -> dict[str, dict[str, Any]]:
        """The caller's tags and star on each hit: one filters aggregation of the caller's sets
        (terms lookups, resolved inside the cluster) over the hits, so big sets never travel."""
        annotations = lookups.annotations()
        if not doc_ids or annotations is None:
            return {}
        sets = {f"tag:{t['tag']}": lookups.tag_filter(t["tag"]) for t in lookups.user_tags()}
        if lookups.has_stars():
            sets["star"] = annotations.star_filter()
        if not sets:
            return {}
        result = self._search(self.indices.documents, {
            "size": 0, "query": {"bool": {"filter": [{"ids": {"values": doc_ids}}]}},
            "aggs": {"sets": {"filters": {"filters": sets}, "aggs": {
                "ids": {"terms": {"field": "id", "size": len(doc_ids)}}}}}})
        marks: dict[str, dict[str, Any]] = {}
        for name, bucket in result["aggregations"]["sets"]["buckets"].items():
            for hit in bucket["ids"]["buckets"]:
                mark = marks.setdefault(hit["key"], {"tags": [], "starred": False})
                if name == "star":
                    mark["starred"] = True
                else:
                    mark["tags"].append(name.removeprefix("tag:"))
        return marks

    @staticmethod
    def _hit(source: Dsl, snippets: list[dict[str, Any]], mark: dict[str, Any]) -> dict[str, Any]:
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
                         for kind in FACET_KINDS},
            "tags": mark.get("tags", []),
            "starred": mark.get("starred", False),
        }
