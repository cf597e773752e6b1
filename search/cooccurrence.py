"""Co-occurrence: the entities significantly often in the same documents as one entity
(``significant_terms`` over mention keys; the scoped store makes the background the caller's
collections), and the network of a set of documents, written as JSON or GraphML (for Gephi or
i2).

Counting is per document: each document stores one ``first`` mention record per entity, and
only those records are aggregated.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

from search.corrections import Corrections
from search.entity_kinds import LINK_KINDS
from search.entity_query import entity_id, split_entity_id, wrong_clauses

if TYPE_CHECKING:
    from search.entities import EntityQuery

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
EDGE_DOCUMENTS = 10
LINK_DOCUMENTS = 5
LINK_FORMS = 10  # written forms of a linked entity read to show its fullest name
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def per_document(doc_ids: list[str], corrections: Corrections) -> dict[str, Any]:
    """One record per entity and document, in ``doc_ids``, of the kinds that link people."""
    return {"bool": {"filter": [{"terms": {"doc_id": doc_ids}}, {"term": {"first": True}},
                                {"terms": {"kind": list(LINK_KINDS)}}],
                     "must_not": wrong_clauses(corrections)}}


def significant_links(query: EntityQuery, doc_ids: list[str], ego: set[str],
                      corrections: Corrections, size: int) -> list[dict[str, Any]]:
    """Every entity that shares a document with the entity (``ego``: its own entity ids,
    excluded), up to ``size``: those over-represented in ``doc_ids`` against the caller's
    collections first, by significance, then the others by the documents they share. Sharing
    a document is enough to be listed: significance only orders."""
    if not doc_ids:
        return []
    background = {"bool": {"filter": [{"term": {"first": True}},
                                      {"terms": {"kind": list(LINK_KINDS)}}]}}
    per_link = {"docs": {"terms": {"field": "doc_id", "size": LINK_DOCUMENTS}},
                "text": {"terms": {"field": "text", "size": LINK_FORMS}}}
    aggs = {"links": {"significant_terms": {
        "field": "entity", "size": size * 2, "exclude": sorted(ego),
        # One shared document is chance in a big set, but all there is for a rare entity.
        "min_doc_count": 2 if len(doc_ids) >= 4 else 1, "background_filter": background,
    }, "aggs": per_link}, "shared": {"terms": {
        "field": "entity", "size": size * 2, "exclude": sorted(ego)}, "aggs": per_link}}
    result = query.mentions_search(per_document(doc_ids, corrections), {"size": 0, "aggs": aggs})
    rows: dict[str, dict[str, Any]] = {}
    significant = result["aggregations"]["links"]["buckets"]
    seen = {bucket["key"] for bucket in significant}
    shared = [b for b in result["aggregations"]["shared"]["buckets"] if b["key"] not in seen]
    for bucket in [*significant, *shared]:
        kind, key = split_entity_id(bucket["key"])
        target = entity_id(kind, corrections.redirect(kind, key))
        if target in ego:
            continue
        texts = bucket["text"]["buckets"]
        row = rows.setdefault(target, {
            "id": target, "kind": kind, "key": split_entity_id(target)[1],
            "text": _shown(kind, split_entity_id(target)[1], key, texts), "score": 0.0,
            "documents": 0,
            "background": 0, "members": [], "doc_ids": []})
        row["score"] = max(row["score"], round(bucket.get("score", 0.0), 4))
        row["documents"] += bucket["doc_count"]
        row["background"] += bucket.get("bg_count", 0)
        row["members"].append(bucket["key"])
        row["doc_ids"] += [b["key"] for b in bucket["docs"]["buckets"]]
    ranked = sorted(rows.values(), key=lambda r: (-r["score"], -r["documents"]))[:size]
    meta = query.documents_meta(sorted({d for r in ranked for d in r["doc_ids"]}))
    for row in ranked:
        row["linking_documents"] = [
            {"id": d, "control": meta[d].get("control"), "title": meta[d].get("title"),
             "date": meta[d].get("date")} for d in dict.fromkeys(row.pop("doc_ids")) if d in meta]
    return ranked


def _shown(kind: str, key: str, stored: str, texts: list[dict[str, Any]]) -> str:
    """A linked entity's name as shown (``stored``: its key as stored, when no form was read):
    a person's fullest written name ("Ann Hirst"), as the person's own page shows it, not the
    form the shared documents write first most often ("Hirst", "A.J.Hirst"), which names no
    one on its own; another entity's usual form."""
    if not texts:
        return stored
    if kind != "person":
        return texts[0]["key"]
    from search.entities import display  # search.entities lists links by this module

    return display(kind, key, texts)


@dataclass
class Graph:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges}


def build_graph(query: EntityQuery, doc_ids: list[str], nodes: list[dict[str, Any]],
                corrections: Corrections, focus: str | None = None) -> Graph:
    """Edges between ``nodes`` weighted by the documents of ``doc_ids`` they share. Each node
    has ``id`` and ``members`` (the stored entity ids folded into it by corrections); the
    ``focus`` node, when given, is in every document."""
    owner = {m: n["id"] for n in nodes for m in n.get("members", [n["id"]]) if n["id"] != focus}
    per_doc: dict[str, set[str]] = {d: ({focus} if focus else set()) for d in doc_ids}
    if owner and doc_ids:
        aggs = {"docs": {"terms": {"field": "doc_id", "size": len(doc_ids)}, "aggs": {
            "entities": {"terms": {"field": "entity", "size": len(owner), "include": list(owner)}}}}}
        clause = per_document(doc_ids, corrections)
        clause["bool"]["filter"].append({"terms": {"entity": list(owner)}})
        result = query.mentions_search(clause, {"size": 0, "aggs": aggs})
        for bucket in result["aggregations"]["docs"]["buckets"]:
            per_doc[bucket["key"]] |= {owner[e["key"]] for e in bucket["entities"]["buckets"]}
    weights: Counter[tuple[str, str]] = Counter()
    linking: dict[tuple[str, str], list[str]] = {}
    for doc, present in per_doc.items():
        for pair in combinations(sorted(present), 2):
            weights[pair] += 1
            linking.setdefault(pair, []).append(doc)
    clean = [{k: v for k, v in n.items() if k != "members"} for n in nodes]
    edges = [{"source": a, "target": b, "weight": w, "documents": sorted(linking[(a, b)])[:EDGE_DOCUMENTS]}
             for (a, b), w in weights.most_common()]
    return Graph(clean, edges)


def to_graphml(graph: Graph) -> str:
    """GraphML that Gephi and i2 read: label, kind, key and documents per node; weight and
    linking documents per edge."""
    ET.register_namespace("", GRAPHML_NS)

    def tag(name: str) -> str:
        return f"{{{GRAPHML_NS}}}{name}"

    root = ET.Element(tag("graphml"))
    fields = [("label", "node", "string"), ("kind", "node", "string"), ("key", "node", "string"),
              ("documents", "node", "int"), ("weight", "edge", "double"),
              ("linking_documents", "edge", "string")]
    for name, owner, kind in fields:
        ET.SubElement(root, tag("key"), {"id": f"{owner}_{name}", "for": owner,
                                         "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, tag("graph"), {"id": "docket", "edgedefault": "undirected"})

    def data(parent: ET.Element, key: str, value: object) -> None:
        ET.SubElement(parent, tag("data"), {"key": key}).text = _XML_INVALID.sub("", str(value))

    for node in graph.nodes:
        element = ET.SubElement(body, tag("node"), {"id": _XML_INVALID.sub("", node["id"])})
        for name in ("label", "kind", "key", "documents"):
            data(element, f"node_{name}", node.get(name, ""))
    for number, edge in enumerate(graph.edges):
        element = ET.SubElement(body, tag("edge"), {
            "id": f"e{number}", "source": _XML_INVALID.sub("", edge["source"]),
            "target": _XML_INVALID.sub("", edge["target"])})
        data(element, "edge_weight", float(edge["weight"]))
        data(element, "edge_linking_documents", " ".join(edge["documents"]))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
