"""The case register's reads, one query class per view, each through the caller's scoped store
(search.scoped): a caller sees the cases of the collections they may see, and a caller without
clearance reads the ciphered copy of a collection that protects names (search.cases.records).

- ``CaseList``: the register, filtered (force, outcome, flag, period) and sorted; every row for
  an export;
- ``CasePage``: one case with its timeline, documents, people by role and linked cases;
- ``PersonCases``: every case a person appears in, with role and outcome;
- ``CaseGraph``: cases and people as a graph (GraphML).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from search.cases.vocabulary import ROLE_LABELS, ROLES
from search.cooccurrence import Graph
from search.scoped import Dsl, ScopedQuery

SORTS = {"reference": "reference", "force": "force", "outcome": "outcome",
         "first_date": "first_date", "last_date": "last_date", "documents": "document_count"}
SUMMARY = ["id", "collection", "reference", "reference_keys", "force", "outcome",
           "outcome_reason", "outcome_label", "first_date", "last_date", "reported", "closed",
           "document_count", "people", "flag_names"]
MAX_ROWS = 10_000


@dataclass(frozen=True)
class CaseFilter:
    """What the register is narrowed to (collections are the store's: ``store.narrowed``)."""

    force: str | None = None
    outcome: str | None = None
    flags: tuple[str, ...] = ()
    start: str | None = None  # YYYY[-MM[-DD]]: cases active on or after
    end: str | None = None

    def query(self) -> Dsl:
        clauses: list[Dsl] = []
        if self.force:
            clauses.append({"term": {"force": self.force}})
        if self.outcome:
            clauses.append({"term": {"outcome_values": self.outcome.lower()}})
        clauses += [{"term": {"flag_names": flag.lower()}} for flag in self.flags]
        if self.start:
            clauses.append({"range": {"last_date": {"gte": self.start}}})
        if self.end:
            clauses.append({"range": {"first_date": {"lte": self.end}}})
        return {"bool": {"filter": clauses}}


def summary(source: Dsl) -> Dsl:
    """A register row: the case without its people, documents and citations in full."""
    people = source.get("people") or []
    return {**{k: source.get(k) for k in SUMMARY if k != "people"},
            "reported": (source.get("reported") or {}).get("date"),
            "closed": (source.get("closed") or {}).get("date"),
            "suspects": [p["name"] for p in people if p["role"] == "suspect"],
            "subjects": [p["name"] for p in people if p["role"] == "subject"]}


class CaseList(ScopedQuery):
    def run(self, filters: CaseFilter, sort: str = "first_date", descending: bool = False,
            size: int = 50, offset: int = 0) -> Dsl:
        order = "desc" if descending else "asc"
        body = {"query": filters.query(), "size": size, "from": offset, "track_total_hits": True,
                "_source": SUMMARY, "sort": [{SORTS[sort]: {"order": order,
                                                            "missing": "_last"}},
                                             {"reference": "asc"}],
                "aggs": {name: {"terms": {"field": field, "size": 50}} for name, field in (
                    ("force", "force"), ("outcome", "outcome_values"), ("flag", "flag_names"))}}
        found = self._search(self.indices.cases, body)
        facets = {name: [{"value": b["key"], "count": b["doc_count"]} for b in agg["buckets"]]
                  for name, agg in found["aggregations"].items()}
        return {"total": found["hits"]["total"]["value"], "facets": facets,
                "cases": [summary(h["_source"]) for h in found["hits"]["hits"]]}

    def rows(self, filters: CaseFilter, sort: str = "first_date") -> Iterator[Dsl]:
        """Every case of the filter, for an export (bounded: a register is not that long)."""
        body = {"query": filters.query(), "size": MAX_ROWS, "_source": SUMMARY,
                "sort": [{SORTS[sort]: {"order": "asc", "missing": "_last"}}]}
        for hit in self._search(self.indices.cases, body)["hits"]["hits"]:
            yield summary(hit["_source"])


class CasePage(ScopedQuery):
    def run(self, case_id: str) -> Dsl | None:
        found = self.store.get(self.indices.cases, case_id)
        if found is None:
            return None
        case = found["_source"]
        people = {role: [p for p in case["people"] if p["role"] == role] for role in ROLES}
        return {**case, "people_by_role": [{"role": role, "label": ROLE_LABELS[role],
                                            "people": people[role]} for role in ROLES],
                "timeline": timeline(case), "linked_cases": linked_cases(case)}


def timeline(case: Dsl) -> list[Dsl]:
    """The case's events in date order: each document, the report, the outcomes recorded."""
    events = [{"date": d["date"], "event": "document", "label": d["title"] or d["control"],
               "doc_id": d["doc_id"], "control": d["control"], "page": (d["pages"] or [1])[0]}
              for d in case["documents"]]
    for name, label in (("reported", "Reported"), ("closed", "Closed")):
        if case.get(name):
            cite = case[name].get("cite") or {}
            events.append({"date": case[name]["date"], "event": name, "label": label, **_at(cite)})
    for step in case.get("history") or []:
        label = step["outcome"].upper() if step["outcome"] == "nfa" else step["outcome"].title()
        if step.get("outcome_reason"):
            label += f" ({step['outcome_reason']})"
        # the day the outcome was recorded, which its sentence may state in an undated letter
        day = step.get("date") or step["cite"].get("date")
        events.append({"date": day, "event": "outcome", "label": label,
                       **_at(step["cite"])})
    return sorted(events, key=lambda e: (e["date"] or "", e["event"] != "document"))


def _at(cite: Dsl) -> Dsl:
    return {"doc_id": cite.get("doc_id"), "control": cite.get("control"),
            "page": cite.get("page"), "citation": cite.get("citation"),
            "sentence": cite.get("sentence")}


def linked_cases(case: Dsl) -> list[Dsl]:
    """The other cases a flag links this one to, each with the reasons why."""
    linked: dict[str, Dsl] = {}
    for flag in case.get("flags") or []:
        for other in flag.get("linked") or []:
            entry = linked.setdefault(other["case_id"], {
                "case_id": other["case_id"], "reference": other["reference"], "why": []})
            entry["why"].append({"flag": flag["flag"], "reason": flag["reason"]})
    return list(linked.values())


class PersonCases(ScopedQuery):
    def run(self, key: str) -> Dsl:
        body = {"size": 500, "query": {"term": {"people_keys": key}},
                "sort": [{"first_date": {"order": "asc", "missing": "_last"}}]}
        cases = []
        name = key
        for hit in self._search(self.indices.cases, body)["hits"]["hits"]:
            source = hit["_source"]
            person = next(p for p in source["people"] if p["key"] == key)
            name = person["name"]
            cases.append({**summary(source), "role": person["role"],
                          "confidence": person["confidence"], "cites": person["cites"]})
        return {"key": key, "name": name, "cases": cases}


class CaseGraph(ScopedQuery):
    def run(self, filters: CaseFilter) -> Graph:
        body = {"query": filters.query(), "size": MAX_ROWS}
        graph = Graph()
        people: dict[str, Dsl] = {}
        for hit in self._search(self.indices.cases, body)["hits"]["hits"]:
            case = hit["_source"]
            graph.nodes.append({"id": f"case:{case['id']}", "label": case["reference"],
                                "kind": "case", "key": case["outcome"],
                                "documents": case["document_count"]})
            for person in case["people"]:
                node = people.setdefault(person["key"], {
                    "id": f"person:{person['key']}", "label": person["name"],
                    "kind": person["kind"], "key": person["key"], "documents": 0})
                node["documents"] += 1
                graph.edges.append({"source": f"case:{case['id']}", "target": node["id"],
                                    "weight": person["confidence"], "role": person["role"],
                                    "documents": sorted({c["doc_id"] for c in person["cites"]})})
            for other in linked_cases(case):
                if case["id"] < other["case_id"]:
                    graph.edges.append({"source": f"case:{case['id']}",
                                        "target": f"case:{other['case_id']}", "weight": 1.0,
                                        "documents": []})
        graph.nodes += people.values()
        return graph


def as_table(rows: list[Dsl]) -> tuple[list[str], list[list[Any]]]:
    """Register rows as a table: the columns of a CSV or XLSX export."""
    columns = ["reference", "references", "collection", "force", "outcome", "outcome_reason",
               "reported", "closed", "first_date", "last_date", "documents", "suspects",
               "subjects", "flags"]
    table = [[r["reference"], "; ".join(r.get("reference_keys") or []), r["collection"],
              r.get("force") or "", r["outcome"], r.get("outcome_reason") or "",
              r.get("reported") or "", r.get("closed") or "", r.get("first_date") or "",
              r.get("last_date") or "", r.get("document_count") or 0, "; ".join(r["suspects"]),
              "; ".join(r["subjects"]), "; ".join(r.get("flag_names") or [])] for r in rows]
    return columns, table
