"""The report's counts: files received by ledger state (per load, and in all), families,
duplicates, near-duplicates and addresses; date coverage (a histogram with its gaps flagged)
and custodian coverage.

The ledger counts are the ledger's own: top-level entries are the files a load received (their
states sum to its ``received``), children of containers are counted apart, as ``docket jobs``
and ``GET /api/jobs/{id}`` count them (search.ledger).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from search.completeness.scope import Scope, all_buckets
from search.completeness.sections import FAMILY_STATUS, address_table
from search.ledger import CHILDREN, LEDGER_STATES, TERMINAL_STATES, TOP_LEVEL
from search.scoped import Dsl, ScopedStore

# A monthly histogram while the documents span at most this many months; beyond it, by year.
MAX_MONTHS = 600
NO_CUSTODIAN = "(none)"


def _states(buckets: list[Dsl]) -> dict[str, int]:
    counts = dict.fromkeys(LEDGER_STATES, 0)
    counts.update({b["key"]: b["doc_count"] for b in buckets})
    return counts


def load_counts(store: ScopedStore, scope: Scope) -> list[Dsl]:
    """Each load with its files' states (top level) and its children's, in one search."""
    if not scope.loads:
        return []
    by_state = {"terms": {"field": "state", "size": len(LEDGER_STATES)}}
    result = store.search(store.indices.ledger, {"size": 0, "query": scope.ledger(), "aggs": {
        "jobs": {"terms": {"field": "job_id", "size": len(scope.loads)}, "aggs": {
            "top": {"filter": TOP_LEVEL, "aggs": {"states": by_state}},
            "children": {"filter": CHILDREN, "aggs": {"states": by_state}}}}}})
    found = {b["key"]: b for b in result["aggregations"]["jobs"]["buckets"]}
    loads = []
    for load in scope.loads:
        bucket = found.get(load["id"], {})
        counts = _states(bucket.get("top", {}).get("states", {}).get("buckets", []))
        loads.append({
            **{key: load.get(key) for key in ("id", "status", "created_at", "finished_at",
                                              "received")},
            "counts": counts, "done": sum(counts[s] for s in TERMINAL_STATES),
            "child_counts": _states(bucket.get("children", {}).get("states", {})
                                    .get("buckets", []))})
    return loads


def _sum(loads: list[Dsl], key: str) -> dict[str, int]:
    return {state: sum(load[key][state] for load in loads) for state in LEDGER_STATES}


def files_summary(loads: list[Dsl]) -> Dsl:
    counts = _sum(loads, "counts")
    return {"received": sum(int(load.get("received") or 0) for load in loads),
            "counts": counts, "done": sum(counts[s] for s in TERMINAL_STATES),
            "child_counts": _sum(loads, "child_counts")}


def families_summary(store: ScopedStore, scope: Scope) -> Dsl:
    """Containers by status (intact, broken, pending) and by type of file."""
    result = store.search(store.indices.ledger, {
        "size": 0, "query": scope.ledger({"range": {"children": {"gte": 1}}}),
        "aggs": {"states": {"terms": {"field": "state", "size": len(LEDGER_STATES)}},
                 "members": {"sum": {"field": "children"}}}})
    aggs = result["aggregations"]
    status = {"intact": 0, "broken": 0, "pending": 0}
    for bucket in aggs["states"]["buckets"]:
        status[FAMILY_STATUS.get(bucket["key"], "broken")] += bucket["doc_count"]
    return {"total": sum(status.values()), **status, "members": int(aggs["members"]["value"])}


def duplicates_summary(store: ScopedStore, scope: Scope) -> Dsl:
    """Copies suppressed (ledger entries in state ``duplicate``) and the documents they are
    copies of, counted exactly (every bucket read, not estimated)."""
    query = scope.ledger({"term": {"state": "duplicate"}}, {"exists": {"field": "doc_id"}})
    documents = copies = 0
    for bucket in all_buckets(store, store.indices.ledger, query,
                              [{"doc": {"terms": {"field": "doc_id"}}}], size=10_000):
        documents += 1
        copies += bucket["doc_count"]
    return {"documents": documents, "copies": copies}


def near_duplicates_summary(store: ScopedStore, scope: Scope) -> Dsl:
    query = scope.documents({"exists": {"field": "near_dup_group"}})
    groups = sum(1 for _ in all_buckets(store, store.indices.documents, query,
                                        [{"group": {"terms": {"field": "near_dup_group"}}}],
                                        size=10_000))
    return {"groups": groups, "documents": store.count(store.indices.documents,
                                                      {"query": query})}


def recipients_summary(store: ScopedStore, scope: Scope) -> Dsl:
    table = address_table(store, scope)
    bcc = [row for row in table if row["bcc_flag"]]
    messages = store.count(store.indices.documents, {"query": scope.documents(
        {"exists": {"field": "email_bcc"}})})
    return {"addresses": len(table), "bcc_addresses": len(bcc),
            "documents_with_bcc": messages, "bcc": bcc}


def documents_summary(store: ScopedStore, scope: Scope) -> Dsl:
    result = store.search(store.indices.documents, {
        "size": 0, "track_total_hits": True, "query": scope.documents(),
        "aggs": {"children": {"filter": {"exists": {"field": "parent_id"}}},
                 "undated": {"missing": {"field": "date"}}}})
    total = result["hits"]["total"]["value"]
    children = result["aggregations"]["children"]["doc_count"]
    return {"total": total, "top_level": total - children, "children": children,
            "undated": result["aggregations"]["undated"]["doc_count"]}


def _months_between(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _histogram(store: ScopedStore, scope: Scope, interval: str, first: str,
               last: str) -> list[Dsl]:
    fmt, chars = ("yyyy-MM", 7) if interval == "month" else ("yyyy", 4)
    result = store.search(store.indices.documents, {"size": 0, "query": scope.documents(), "aggs": {
        "dates": {"date_histogram": {
            "field": "date", "calendar_interval": interval, "format": fmt, "min_doc_count": 0,
            "extended_bounds": {"min": first[:chars], "max": last[:chars]}}}}})
    return [{"period": b["key_as_string"], "count": b["doc_count"], "gap": b["doc_count"] == 0}
            for b in result["aggregations"]["dates"]["buckets"]]


def gaps(histogram: list[Dsl]) -> list[Dsl]:
    """Each run of empty periods between the first and the last dated document."""
    runs: list[Dsl] = []
    previous_empty = False
    for bucket in histogram:
        if bucket["gap"] and previous_empty:
            runs[-1]["to"] = bucket["period"]
            runs[-1]["periods"] += 1
        elif bucket["gap"]:
            runs.append({"from": bucket["period"], "to": bucket["period"], "periods": 1})
        previous_empty = bucket["gap"]
    return runs


def date_coverage(store: ScopedStore, scope: Scope) -> Dsl:
    """The documents' dates: first and last, a histogram by year (and by month when they span
    at most MAX_MONTHS) with each empty period flagged, the runs of empty periods, and how
    many documents have no date."""
    result = store.search(store.indices.documents, {"size": 0, "query": scope.documents(), "aggs": {
        "first": {"min": {"field": "date", "format": "yyyy-MM-dd"}},
        "last": {"max": {"field": "date", "format": "yyyy-MM-dd"}},
        "undated": {"missing": {"field": "date"}}}})
    aggs = result["aggregations"]
    coverage: Dsl = {"first": aggs["first"].get("value_as_string"),
                     "last": aggs["last"].get("value_as_string"),
                     "undated": aggs["undated"]["doc_count"], "years": [], "months": [],
                     "year_gaps": [], "month_gaps": []}
    if coverage["first"] is None:
        return coverage
    first, last = date.fromisoformat(coverage["first"]), date.fromisoformat(coverage["last"])
    for unit in ("year", "month"):
        if unit == "month" and _months_between(first, last) > MAX_MONTHS:
            continue
        histogram = _histogram(store, scope, unit, coverage["first"], coverage["last"])
        coverage[f"{unit}s"] = histogram
        coverage[f"{unit}_gaps"] = gaps(histogram)
    return coverage


def custodian_coverage(store: ScopedStore, scope: Scope) -> list[Dsl]:
    """Each custodian with its documents, how many are dated, and its first and last date;
    documents with no custodian last, as ``(none)``."""
    stats: Any = {"first": {"min": {"field": "date", "format": "yyyy-MM-dd"}},
                  "last": {"max": {"field": "date", "format": "yyyy-MM-dd"}},
                  "dated": {"value_count": {"field": "date"}}}
    # A custodian derived as "" (a file at the root of its load) is no custodian either.
    rows = [{"custodian": b["key"]["custodian"] or NO_CUSTODIAN, "documents": b["doc_count"],
             "dated": int(b["dated"]["value"]), "first": b["first"].get("value_as_string"),
             "last": b["last"].get("value_as_string")}
            for b in all_buckets(store, store.indices.documents, scope.documents(),
                                 [{"custodian": {"terms": {"field": "custodian"}}}], stats)]
    result = store.search(store.indices.documents, {
        "size": 0, "track_total_hits": True,
        "query": scope.documents({"bool": {"must_not": [{"exists": {"field": "custodian"}}]}}),
        "aggs": stats})
    none = result["hits"]["total"]["value"]
    if none:
        aggs = result["aggregations"]
        rows.append({"custodian": NO_CUSTODIAN, "documents": none,
                     "dated": int(aggs["dated"]["value"]),
                     "first": aggs["first"].get("value_as_string"),
                     "last": aggs["last"].get("value_as_string")})
    return rows
