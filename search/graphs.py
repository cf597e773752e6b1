"""Co-occurrence networks for export: around one entity, or over the documents a query finds."""

from __future__ import annotations

from typing import Any

from search.cooccurrence import Graph, build_graph, per_document
from search.entities import EntityPage, EntityQuery
from search.entity_query import entity_id, split_entity_id
from search.query import build_query

MAX_GRAPH_DOCUMENTS = 1000


class EntityGraph(EntityPage):
    """The entity, its significant co-occurring entities, and the links among them within the
    entity's documents."""

    def graph(self, kind: str, key: str, size: int = 25) -> Graph:
        page = self.get(kind, key, size=1)
        focus = entity_id(kind, page["key"])
        nodes = [{"id": focus, "kind": kind, "key": page["key"], "label": page["text"],
                  "documents": page["document_count"], "members": [focus]}]
        nodes += [{"id": row["id"], "kind": row["kind"], "key": row["key"], "label": row["text"],
                   "documents": row["documents"], "members": row["members"]}
                  for row in page["cooccurring"][:size]]
        doc_ids = [d["id"] for d in page["documents"]]
        return build_graph(self, doc_ids, nodes, self.corrections(), focus)


class QueryGraph(EntityQuery):
    """The most documented entities of the documents a query finds, linked by shared documents."""

    def graph(self, q: str, size: int = 40) -> Graph:
        text_query = build_query(q) or {"match_all": {}}
        body = {"query": {"bool": {"must": [text_query]}},
                "size": MAX_GRAPH_DOCUMENTS, "_source": False}
        doc_ids = [h["_id"] for h in self._search(self.indices.documents, body)["hits"]["hits"]]
        if not doc_ids:
            return Graph()
        corrections = self.corrections()
        aggs = {"entities": {"terms": {"field": "entity", "size": size * 2},
                             "aggs": {"text": {"terms": {"field": "text", "size": 1}}}}}
        result = self.mentions_search(per_document(doc_ids, corrections), {"size": 0, "aggs": aggs})
        nodes: dict[str, dict[str, Any]] = {}
        for bucket in result["aggregations"]["entities"]["buckets"]:
            kind, key = split_entity_id(bucket["key"])
            target = corrections.redirect(kind, key)
            texts = bucket["text"]["buckets"]
            node = nodes.setdefault(entity_id(kind, target), {
                "id": entity_id(kind, target), "kind": kind, "key": target,
                "label": texts[0]["key"] if texts else target, "documents": 0, "members": []})
            node["documents"] += bucket["doc_count"]
            node["members"].append(bucket["key"])
        ranked = sorted(nodes.values(), key=lambda n: -n["documents"])[:size]
        return build_graph(self, doc_ids, ranked, corrections)
