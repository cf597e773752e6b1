"""Entity queries: look-up with variants (``GET /api/entities``) and the entity page
(``GET /api/entities/{kind}/{key}``: mentions with snippets, documents, timeline, co-occurring
entities ranked by significance).

Every class derives from ``ScopedQuery``; corrections are read through the same scoped store.
"""

from __future__ import annotations

import html
from typing import Any

from search.cooccurrence import significant_links
from search.corrections import Corrections, CorrectionStore
from search.documents import ScopedQuery
from search.entity_kinds import KINDS, LINK_KINDS, PATTERN_KINDS, pattern_display
from search.entity_query import (
    apart_of,
    entity_clause,
    entity_id,
    filed_under,
    lookup_clause,
    match_of,
    nearby_keys_aggs,
    split_entity_id,
    wrong_clauses,
)
from search.folding import fold_chars
from search.names import entity_key, person_key
from search.variants import rank

SNIPPET_CHARS = 80
MAX_DOCUMENTS = 1000
POSSIBLE_MATCHES = 200
NEARBY_KEYS = 50  # keys a person's variants reach, read to leave out the other people among them
FORMS_PER_VARIANT = 50  # written forms listed per variant key, the most mentioned first
FILED_UNDER = 5  # the people one name as written may be filed under
COOCCURRING = 100  # every entity sharing a document is listed, the significant first


class EntityQuery(ScopedQuery):
    def corrections(self) -> Corrections:
        return CorrectionStore(self.store.client, self.indices.prefix).load(self.caller)

    def entity_clauses(self, entities: list[tuple[str, str]], corrections: Corrections
                       ) -> list[dict[str, Any]]:
        """The mentions clause of each (kind, key), less the other people its variants reach
        (``search.entity_query.people_apart``): one ``_msearch`` for all the people's keys."""
        people = [(kind, key) for kind, key in entities if kind == "person"]
        answers = self.store.msearch([(self.indices.mentions, {
            "size": 0, "query": entity_clause(kind, key, corrections),
            "aggs": nearby_keys_aggs(key, NEARBY_KEYS)}) for kind, key in people]) if people else []
        apart = {entity: apart_of(*entity, answer["aggregations"])
                 for entity, answer in zip(people, answers, strict=True) if "aggregations" in answer}
        return [entity_clause(kind, key, corrections, apart.get((kind, key), set()))
                for kind, key in entities]

    def mentions_search(self, clause: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        return self._search(self.indices.mentions, {"query": clause, **body})

    def documents_meta(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        if not doc_ids:
            return {}
        body = {"query": {"bool": {"filter": [{"ids": {"values": doc_ids}}]}},
                "size": len(doc_ids), "_source": ["id", "control", "title", "filename", "date",
                                                  "type", "collection", "path"]}
        hits = self._search(self.indices.documents, body)["hits"]["hits"]
        return {h["_id"]: {**h["_source"], "title": h["_source"].get("title")
                           or h["_source"].get("filename")} for h in hits}


def written_forms(texts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each distinct written form of a variant with its mentions, from the variant's ``text``
    buckets: forms the index would fold together ("ASHWORTH", "Ashworth", "Ashwórth") are one,
    shown as their commonest spelling, so the list holds the spellings a reader would tell apart."""
    merged: dict[str, dict[str, Any]] = {}
    for bucket in texts:  # most mentioned first, so the first spelling of a fold is the commonest
        folded = " ".join(fold_chars(bucket["key"]).split())
        form = merged.setdefault(folded, {"text": bucket["key"], "mentions": 0})
        form["mentions"] += bucket["doc_count"]
    return sorted(merged.values(), key=lambda f: (-f["mentions"], f["text"]))


def display(kind: str, key: str, texts: list[dict[str, Any]]) -> str:
    """An entity's name as shown: a person's fullest written name, others' usual form."""
    if kind in PATTERN_KINDS:
        return pattern_display(kind, key)
    if kind == "person" and texts:
        return _fullest_name(key, texts)
    return texts[0]["key"] if texts else key


def _fullest_name(key: str, texts: list[dict[str, Any]]) -> str:
    """The written form an investigator knows the person by. A form keyed as the entity (the
    full name) comes first, then the longest; an address's local part ("a.hirst") or a
    collar number's mark, written with no capital, is no name, however often it was written,
    and a form in capitals ("HIRST") comes after one in mixed case."""
    def weight(bucket: dict[str, Any]) -> tuple[bool, bool, bool, int, int]:
        text = bucket["key"]
        written = person_key(text)
        return (not text.islower(), not text.isupper(), written == key, len(written),
                bucket["doc_count"])
    return max(texts, key=weight)["key"]


class EntityLookup(EntityQuery):
    """Entities whose keys are close to what was typed, closest first, then most documented."""

    def run(self, q: str, kind: str | None = None, size: int = 20) -> dict[str, Any]:
        kinds = [kind] if kind else list(KINDS)
        corrections = self.corrections()
        if q.strip():
            clause = {"bool": {"should": [lookup_clause(k, q) for k in kinds],
                               "minimum_should_match": 1, "must_not": wrong_clauses(corrections)}}
        else:
            clause = {"bool": {"filter": [{"terms": {"kind": kinds}}],
                               "must_not": wrong_clauses(corrections)}}
        aggs = {"entities": {"terms": {"field": "entity", "size": max(100, size * 5)}, "aggs": {
            "documents": {"cardinality": {"field": "doc_id"}},
            # every written form, so a person is shown by the fullest (``display``)
            "text": {"terms": {"field": "text", "size": FORMS_PER_VARIANT}}}},
            # The people the name as typed is filed under ("Ingrid Blake" written so, and
            # linked to "Ingrid Mary Blake"): the name asked for, whatever their key.
            "filed": {"filter": {"bool": {"filter": [
                {"term": {"kind": "person"}}, {"term": {"raw_key": entity_key("person", q)}}]}},
                "aggs": {"under": {"terms": {"field": "entity", "size": FILED_UNDER}}}}}
        result = self.mentions_search(clause, {"size": 0, "aggs": aggs})
        filed = filed_under(result["aggregations"]["filed"]["under"]["buckets"])
        found: dict[str, dict[str, Any]] = {}
        sources: dict[str, list[str]] = {}
        for bucket in result["aggregations"]["entities"]["buckets"]:
            k, key = split_entity_id(bucket["key"])
            target = corrections.redirect(k, key)
            query_key = entity_key(k, q) if q.strip() else target
            row = found.setdefault(entity_id(k, target), {
                "kind": k, "key": target, "text": display(k, target, bucket["text"]["buckets"]),
                "match": "exact" if bucket["key"] in filed else match_of(k, query_key, target),
                "mentions": 0, "documents": 0})
            row["mentions"] += bucket["doc_count"]
            row["documents"] += bucket["documents"]["value"]
            sources.setdefault(entity_id(k, target), []).append(bucket["key"])
        self._recount_merged(found, sources, corrections)
        ordered = sorted(found.values(), key=lambda r: (rank(r["match"]), -r["documents"], r["key"]))
        return {"q": q, "kind": kind, "results": ordered[:size]}

    def _recount_merged(self, found: dict[str, dict[str, Any]], sources: dict[str, list[str]],
                        corrections: Corrections) -> None:
        """A row that gathers entities merged by a correction counts a document naming two of
        them once: the sum of each entity's documents would count it twice."""
        merged = [(row_id, ids) for row_id, ids in sources.items() if len(ids) > 1]
        if not merged:
            return
        searches = [(self.indices.mentions, {
            "size": 0, "aggs": {"documents": {"cardinality": {"field": "doc_id"}}},
            "query": {"bool": {"filter": [{"terms": {"entity": ids}}],
                               "must_not": wrong_clauses(corrections)}}}) for _row_id, ids in merged]
        responses = self.store.msearch(searches)
        for (row_id, _ids), response in zip(merged, responses, strict=True):
            if "aggregations" in response:
                found[row_id]["documents"] = response["aggregations"]["documents"]["value"]


def snippet(text: str, start: int, end: int) -> str:
    """HTML-escaped context with the mention in <mark>."""
    begin, finish = max(0, start - SNIPPET_CHARS), min(len(text), end + SNIPPET_CHARS)
    before = ("…" if begin else "") + text[begin:start]
    after = text[end:finish] + ("…" if finish < len(text) else "")
    return f"{html.escape(before)}<mark>{html.escape(text[start:end])}</mark>{html.escape(after)}"


class EntityPage(EntityQuery):
    """Mentions, documents, timeline and co-occurring entities of one entity."""

    def get(self, kind: str, key: str, size: int = 100) -> dict[str, Any]:
        page = self._page(kind, entity_key(kind, key), size)  # a display form works as a key
        stored = " ".join(key.split())
        if page["mention_count"] == 0 and stored != page["key"]:
            # A key stored before its name's keying changed ("ms ..." before titles behind a
            # surname were dropped) opens as it is until the names stage runs again.
            return self._page(kind, stored, size)
        return page

    def _page(self, kind: str, key: str, size: int) -> dict[str, Any]:
        corrections = self.corrections()
        target = corrections.redirect(kind, key)
        clause = self.entity_clauses([(kind, target)], corrections)[0]
        per_doc = {"cardinality": {"field": "doc_id"}}
        aggs = {
            "documents": per_doc,
            "doc_ids": {"terms": {"field": "doc_id", "size": MAX_DOCUMENTS}},
            "variants": {"terms": {"field": "key", "size": 50},
                         "aggs": {"text": {"terms": {"field": "text", "size": FORMS_PER_VARIANT}}}},
            "years": {"date_histogram": {"field": "date", "calendar_interval": "year",
                                         "format": "yyyy", "min_doc_count": 1},
                      "aggs": {"documents": per_doc}},
            "months": {"date_histogram": {"field": "date", "calendar_interval": "month",
                                          "format": "yyyy-MM", "min_doc_count": 1},
                       "aggs": {"documents": per_doc}},
            "undated": {"missing": {"field": "date"}, "aggs": {"documents": per_doc}},
        }
        sort = [{"date": {"order": "asc", "missing": "_last"}}, "doc_id", "page", "start"]
        result = self.mentions_search(clause, {"size": size, "sort": sort, "aggs": aggs,
                                               "track_total_hits": True})
        found, aggs_out = result["hits"]["hits"], result["aggregations"]
        doc_counts = {b["key"]: b["doc_count"] for b in aggs_out["doc_ids"]["buckets"]}
        variants = [{"key": b["key"], "text": display(kind, b["key"], b["text"]["buckets"]),
                     "match": match_of(kind, target, b["key"]), "mentions": b["doc_count"],
                     "forms": written_forms(b["text"]["buckets"])}
                    for b in aggs_out["variants"]["buckets"]]
        variants.sort(key=lambda v: (rank(v["match"]), -v["mentions"]))
        meta = self.documents_meta(list(doc_counts)[:MAX_DOCUMENTS])
        documents = sorted(({**meta[d], "mentions": n} for d, n in doc_counts.items() if d in meta),
                           key=lambda d: (d.get("date") or "9999", d["id"]))
        text = next((v["text"] for v in variants if v["key"] == target), None)
        ego = {entity_id(kind, v["key"]) for v in variants} | {entity_id(kind, target)}
        return {
            "kind": kind, "key": target, "text": text or display(kind, target, []),
            "redirected_from": key if target != key else None,
            "mention_count": result["hits"]["total"]["value"],
            "document_count": aggs_out["documents"]["value"],
            "variants": variants,
            "mentions": self._mentions(found, meta, target),
            "documents": documents,
            "timeline": {name: [{"period": b["key_as_string"], "documents": b["documents"]["value"],
                                 "mentions": b["doc_count"]} for b in aggs_out[name]["buckets"]]
                         for name in ("years", "months")}
            | {"undated": aggs_out["undated"]["documents"]["value"]},
            "cooccurring": significant_links(self, list(doc_counts), ego, corrections,
                                             COOCCURRING),
            "possible_matches": self._possible_matches(kind, target),
        }

    def _possible_matches(self, kind: str, target: str) -> list[dict[str, Any]]:
        """Written forms the names stage could not give one person ("H. Ashworth" when two
        Ashworths have an H.): this one among their candidates, to be settled by a correction."""
        if kind != "person":
            return []
        clause = {"bool": {"filter": [{"term": {"kind": "person"}},
                                      {"term": {"candidates": target}}],
                           "must_not": [{"term": {"wrong": True}}]}}
        sort = [{"date": {"order": "asc", "missing": "_last"}}, "doc_id", "page", "start"]
        hits = self.mentions_search(clause, {"size": POSSIBLE_MATCHES, "sort": sort})["hits"]["hits"]
        sources = [h["_source"] for h in hits]
        meta = self.documents_meta(sorted({m["doc_id"] for m in sources}))
        return [{"document_id": m["doc_id"], "control": meta.get(m["doc_id"], {}).get("control"),
                 "title": meta.get(m["doc_id"], {}).get("title"), "page": m["page"],
                 "text": m["text"], "key": m["key"], "rule": m.get("link_rule"),
                 "confidence": m.get("link_confidence"),
                 "candidates": list(m.get("candidates") or [])} for m in sources]

    def _mentions(self, hits: list[dict[str, Any]], meta: dict[str, dict[str, Any]],
                  target: str) -> list[dict[str, Any]]:
        pages = self._page_texts({(h["_source"]["doc_id"], h["_source"]["page"]) for h in hits})
        rows = []
        for hit in hits:
            m = hit["_source"]
            document = meta.get(m["doc_id"], {})
            page = pages.get((m["doc_id"], m["page"]), {})
            text = page.get("text", "")
            html_text = (snippet(text, m["start"], m["end"]) if text[m["start"]:m["end"]]
                         else f"<mark>{html.escape(m['text'])}</mark>")
            rows.append({
                "document_id": m["doc_id"], "control": document.get("control"),
                "title": document.get("title"), "date": m.get("date"), "page": m["page"],
                "citation": page.get("citation"), "text": m["text"], "key": m["key"],
                "match": match_of(m["kind"], target, m["key"]), "snippet": html_text,
            })
        return rows

    def _page_texts(self, pages: set[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
        if not pages:
            return {}
        ids = [f"{doc}-{page:05d}" for doc, page in pages]
        body = {"query": {"bool": {"filter": [{"ids": {"values": ids}}]}},
                "size": len(ids), "_source": ["doc_id", "page", "text", "citation"]}
        hits = self._search(self.indices.pages, body)["hits"]["hits"]
        return {(h["_source"]["doc_id"], h["_source"]["page"]): h["_source"] for h in hits}


__all__ = ["LINK_KINDS", "EntityLookup", "EntityPage", "snippet"]
