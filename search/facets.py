"""Facets of the document search: what each one counts, the filter a selected value becomes, and
reading the aggregations back. The facets themselves are declared with their fields, in
search.fields.

Multi-select: selections go in the ``post_filter``; each facet's aggregation is filtered by every
selection but its own, so its other values keep their counts and stay selectable.

The tag facet has no field on documents (tags live in the annotations index, per user). It is a
``filters`` aggregation with one terms-lookup filter per tag of the caller, so it is counted in
the same request as the other facets and follows the same filters. The coding facets
(``coding.relevance``, ``coding.issue``...) are counted the same way, one filter per value given
in the collections the caller sees, each the terms lookups of that value's coding sets
(search.coding).
"""

from __future__ import annotations

from typing import Any

from search.errors import QueryError
from search.fields import DOCUMENT_FIELDS, Facet
from search.lookups import StoreLookups
from search.query_fields import FALSE_WORDS, TRUE_WORDS, bool_clause, date_math

FACET_SIZE = 15
MONTH_BUCKETS = 120
MAX_FILTER_VALUES = 100
MAX_TAGS_COUNTED = 100
Dsl = dict[str, Any]


# Declared with their fields (search.fields), in the sidebar's order.
FACETS: tuple[Facet, ...] = tuple(facet for field in DOCUMENT_FIELDS for facet in field.facets)
BY_NAME = {facet.name: facet for facet in FACETS}
# Other names a caller may use in filter=..., as in the query language: those of a field with
# one facet (a date's year and month have none).
FILTER_ALIASES = {alias: field.facets[0].name for field in DOCUMENT_FIELDS
                  if len(field.facets) == 1 for alias in field.aliases}


def facet_names() -> list[str]:
    return [facet.name for facet in FACETS]


def resolve(name: str) -> str:
    name = FILTER_ALIASES.get(name, name)
    if name not in BY_NAME:
        known = ", ".join(facet_names())
        raise QueryError(f"unknown filter '{name}' (known filters: {known})")
    return name


def _period(field: str, values: list[str], length: int, what: str) -> Dsl:
    ranges = []
    for value in values:
        if len(value) != length:
            raise QueryError(f"{what} filter '{value}' must be written {'YYYY-MM'[:length]}")
        try:
            rounded = date_math(value)
        except ValueError as exc:
            raise QueryError(f"{what} filter: {exc}") from None
        ranges.append({"range": {field: {"gte": rounded, "lte": rounded}}})
    return {"bool": {"should": ranges, "minimum_should_match": 1}}


def _truths(values: list[str], what: str) -> list[bool]:
    truths = []
    for value in values:
        word = value.casefold()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise QueryError(f"{what} filter '{value}' must be yes or no")
        truths.append(word in TRUE_WORDS)
    return sorted(set(truths))


def filter_clause(name: str, values: list[str], lookups: StoreLookups) -> Dsl:
    """The filter of the values selected in one facet (any of them may match)."""
    if len(values) > MAX_FILTER_VALUES:
        raise QueryError(f"at most {MAX_FILTER_VALUES} values per filter")
    facet = BY_NAME[name]
    if facet.kind == "star":  # star:yes; star:no is every document not starred
        annotations = lookups.annotations()
        starred = annotations.star_filter() if annotations else {"match_none": {}}
        truths = _truths(values, "star")
        if len(truths) == 2:
            return {"match_all": {}}
        return starred if truths[0] else {"bool": {"must_not": [starred]}}
    if facet.kind == "year":
        return _period(facet.field, values, 4, "year")
    if facet.kind == "month":
        return _period(facet.field, values, 7, "month")
    if facet.kind == "bool":
        clauses = [bool_clause(facet.field, truth) for truth in _truths(values, facet.name)]
        return clauses[0] if len(clauses) == 1 else {"match_all": {}}
    if facet.kind == "tag":
        return {"bool": {"should": [lookups.tag_filter(v) for v in values],
                         "minimum_should_match": 1}}
    if facet.kind == "coding":
        return {"bool": {"should": [lookups.coding_filter(facet.field, v) for v in values],
                         "minimum_should_match": 1}}
    return {"terms": {facet.field: values}}


def _aggregation(facet: Facet, lookups: StoreLookups) -> Dsl | None:
    if facet.kind == "year":
        return {"date_histogram": {"field": facet.field, "calendar_interval": "year",
                                   "format": "yyyy", "min_doc_count": 1}}
    if facet.kind == "month":
        return {"date_histogram": {"field": facet.field, "calendar_interval": "month",
                                   "format": "yyyy-MM", "min_doc_count": 1}}
    if facet.kind == "bool":
        # Documents without the flag were not OCR'd: counted under false.
        return {"terms": {"field": facet.field, "missing": False, "size": 2}}
    if facet.kind == "star":
        annotations = lookups.annotations()
        return {"filters": {"filters": {"yes": annotations.star_filter()}}} if annotations else None
    if facet.kind == "tag":
        tags = lookups.user_tags()[:MAX_TAGS_COUNTED]
        if not tags:
            return None
        return {"filters": {"filters": {t["tag"]: lookups.tag_filter(t["tag"]) for t in tags}}}
    if facet.kind == "coding":
        counted = list(lookups.coding_facets().get(facet.field, {}).items())[:MAX_TAGS_COUNTED]
        return {"filters": {"filters": dict(counted)}} if counted else None
    return {"terms": {"field": facet.field, "size": FACET_SIZE}}


def facet_aggs(selected: dict[str, Dsl], lookups: StoreLookups) -> Dsl:
    """One filtered aggregation per facet, filtered by every selection but its own."""
    aggs: Dsl = {}
    for facet in FACETS:
        inner = _aggregation(facet, lookups)
        if inner is None:
            continue
        others = [clause for other, clause in selected.items() if other != facet.name]
        aggs[facet.name] = {"filter": {"bool": {"filter": others}}, "aggs": {"values": inner}}
    return aggs


def read_facets(aggregations: Dsl) -> dict[str, list[dict[str, Any]]]:
    facets: dict[str, list[dict[str, Any]]] = {}
    for facet in FACETS:
        if facet.name not in aggregations:
            facets[facet.name] = []
            continue
        buckets = aggregations[facet.name]["values"]["buckets"]
        if facet.kind in ("year", "month"):
            ordered = sorted(buckets, key=lambda b: b["key_as_string"], reverse=True)
            if len(ordered) > MONTH_BUCKETS:  # the busiest months, still newest first
                busiest = sorted(ordered, key=lambda b: -b["doc_count"])[:MONTH_BUCKETS]
                ordered = [b for b in ordered if b in busiest]
            values = [{"value": b["key_as_string"], "count": b["doc_count"]} for b in ordered]
        elif facet.kind == "star":
            values = [{"value": "yes", "count": b["doc_count"]} for b in buckets.values()
                      if b["doc_count"]]
        elif facet.kind in ("tag", "coding"):
            values = sorted(({"value": tag, "count": b["doc_count"]} for tag, b in buckets.items()
                             if b["doc_count"]), key=lambda v: (-v["count"], v["value"].casefold()))
        elif facet.kind == "bool":
            values = [{"value": "yes" if b["key"] else "no", "count": b["doc_count"]} for b in buckets]
        else:
            # An empty value (a file at the top of its upload has no custodian) cannot be
            # selected as field:value, so it is not offered.
            values = [{"value": b["key"], "count": b["doc_count"]} for b in buckets if b["key"] != ""]
        facets[facet.name] = values
    return facets
