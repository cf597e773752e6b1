"""The mentions-index clauses that say which mentions are one entity, and which are candidates
for a look-up: variants of the key, then the corrections the caller is subject to.

These are plain clauses; the ``ScopedQuery`` classes that run them add the collection scope.
"""

from __future__ import annotations

from typing import Any

from search.corrections import EVERY_COLLECTION, Correction, Corrections
from search.name_authority import is_full_name
from search.name_spelling import edit_distance
from search.name_variants import OWN_DOCUMENTS, known_equivalence
from search.names import entity_key, initial_key, is_initial_form, name_parts, phonetic_keys
from search.variants import closeness, initial_variants, nickname_variants, ocr_variants

FUZZY_EXPANSIONS = 50
LIMIT = 4  # spelling distances counted this far (farther is as far)
Dsl = dict[str, Any]


def entity_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def split_entity_id(value: str) -> tuple[str, str]:
    kind, _sep, key = value.partition(":")
    return kind, key


def _within(clause: Dsl, correction: Correction) -> Dsl:
    """A correction made in one collection touches only that collection's mentions."""
    if correction.collection == EVERY_COLLECTION:
        return clause
    return {"bool": {"filter": [clause, {"term": {"collection": correction.collection}}]}}


def variant_keys(kind: str, key: str) -> set[str]:
    """Keys written differently that may be the same person (expanded at query time)."""
    if kind != "person":
        return {key}
    return {key} | nickname_variants(key) | initial_variants(key) | ocr_variants(key)


# A spelling of one person's name is written far less often than their usual one; a name
# spelt near it that is written in this share of as many documents or more is a person of
# its own, however alike the two sound ("Martyn"/"Martin", each named in full in their own).
OWN_SHARE = 4


def another_person(key: str, variant: str, named: bool = False, documents: int = 0,
                   own_documents: int = 0) -> bool:
    """Whether full name ``variant`` (written in full in ``documents``) is someone other than
    the person ``key`` asks for: one with another surname, and, when the collection names
    ``key`` in full (``named``), any other full name it writes in full in documents of its own
    (``search.name_variants.OWN_DOCUMENTS``) that no known equivalence relates to it (a
    transliteration's convention, a letter of the same sound, a nickname), however alike the
    two sound or are spelt ("Jolyon"/"Jolyan"). The names stage (ingest.names) has already
    given each person the OCR slips and spellings it could give them alone; one written in a
    single document is a variant still. A known equivalence is another person too when the
    variant is written in full in ``OWN_SHARE`` times fewer documents than ``key``
    (``own_documents``) or more: the authority left the two apart, and both are common."""
    if not (is_full_name(key) and is_full_name(variant)):
        return False
    if name_parts(variant)[-1] != name_parts(key)[-1]:
        return True
    if not (named and documents >= OWN_DOCUMENTS):
        return False
    return not known_equivalence(variant, key) or (
        own_documents > 0 and documents * OWN_SHARE >= own_documents)


def people_apart(kind: str, key: str, found: dict[str, int], filed: set[str]) -> set[str]:
    """Of the keys ``found`` near ``key`` (each with the documents that write it), those that
    are other people (``another_person``); a key the names stage filed the name as written
    under (``filed``: "jane ann doe" for "jane doe") is never apart, and makes the name one the
    collection writes in full."""
    if kind != "person":
        return set()
    named = key in found or bool(filed)
    # The person asked for may be filed under a fuller key ("jane ann doe"): their documents
    # are counted there, or a near namesake named in as many would never be apart.
    own = max([found.get(key, 0), *(found.get(k, 0) for k in filed)])
    apart = {k for k, documents in found.items() if k != key and k not in filed
             and another_person(key, k, named, documents, own)}
    rare = {k for k, documents in found.items() if documents < OWN_DOCUMENTS}
    return apart | nearer_another(key, rare - apart - filed - {key}, apart)


def nearer_another(key: str, variants: set[str], others: set[str]) -> set[str]:
    """Of ``variants`` (full names a clause for ``key`` reaches by sound or spelling, each
    written in full in one document), those spelt nearer one of the ``others`` (other people)
    than ``key``: "Torena" in one document beside the people "Toren" and "Torin" is Toren's
    spelling, never Torin's."""
    if not is_full_name(key):
        return set()
    people = [other for other in others if is_full_name(other)]
    return {variant for variant in variants if is_full_name(variant) and any(
        edit_distance(variant, other, LIMIT) < edit_distance(variant, key, LIMIT)
        for other in people)}


def nearby_keys_aggs(key: str, size: int) -> Dsl:
    """Aggregations of the keys a person clause reaches, with the documents of each, and of
    those the name as written is filed under: what ``people_apart`` reads."""
    return {"keys": {"terms": {"field": "key", "size": size},
                     "aggs": {"documents": {"cardinality": {"field": "doc_id"}}}},
            "filed": {"filter": {"term": {"raw_key": key}},
                      "aggs": {"under": {"terms": {"field": "key", "size": 5}}}}}


# A name as written is filed under another key by the names stage: under one key, or under a
# few about as often. A key holding this many times fewer of its filings than the one most
# held is a stray link (a table's cell run into the next), never what the name is.
FILED_SHARE = 4


def filed_under(buckets: list[Dsl]) -> set[str]:
    """The keys a name as written is filed under (``nearby_keys_aggs``' "under" buckets), less
    stray links (``FILED_SHARE``): "Orla Pike" once linked to her child's key does not
    make the child's every document hers."""
    most = max((b["doc_count"] for b in buckets), default=0)
    return {b["key"] for b in buckets if b["doc_count"] * FILED_SHARE >= most}


def apart_of(kind: str, key: str, aggregations: Dsl) -> set[str]:
    """``people_apart`` from the answer to ``nearby_keys_aggs``."""
    found = {b["key"]: b["documents"]["value"] for b in aggregations["keys"]["buckets"]}
    filed = filed_under(aggregations["filed"]["under"]["buckets"])
    return people_apart(kind, key, found, filed)


def variant_clauses(kind: str, key: str) -> list[Dsl]:
    clauses: list[Dsl] = [{"terms": {"key": sorted(variant_keys(kind, key))}}]
    if kind == "person" and len(name_parts(key)) >= 1:
        clauses.append({"terms": {"phonetic": phonetic_keys(key)}})
        if is_initial_form(key):
            # "R. Stokes" asks for every Stokes whose forename starts with R.
            clauses.append({"term": {"initial_key": initial_key(key)}})
    return clauses


def entity_clause(kind: str, key: str, corrections: Corrections, apart: set[str] = frozenset()
                  ) -> Dsl:
    """Mentions of one entity: its variants, what was merged into it or split off to it, less
    what was split away from it, marked wrong, or merged into another entity, less the other
    people (``apart``: ``people_apart``) a variant's spelling or sound would reach, and less
    the possible matches of several people (the entity page lists those apart)."""
    should = variant_clauses(kind, key)
    merged = set()
    for member in corrections.members(kind, key):
        source = member.key if member.action == "merge" else member.target
        merged.add(source)
        should.append(_within({"term": {"key": source}}, member))
    must_not: list[Dsl] = [{"term": {"wrong": True}}]
    if kind == "person":  # a possible match of several people is none of theirs yet
        must_not.append({"bool": {"filter": [{"exists": {"field": "candidates"}}],
                                  "must_not": [{"term": {"key": key}}]}})
    for split in corrections.of("split", kind):
        in_docs = {"terms": {"doc_id": list(split.doc_ids)}}
        if split.target == key and split.key != key:
            merged.add(split.key)  # the split's mentions keep the key they were written by
            taken = {"bool": {"should": variant_clauses(kind, split.key), "filter": [in_docs],
                              "minimum_should_match": 1}}
            should.append(_within(taken, split))
        if split.key == key:
            must_not.append(_within(in_docs, split))
    for wrong in corrections.of("wrong", kind):
        if wrong.key == key:
            scope = {"terms": {"doc_id": list(wrong.doc_ids)}} if wrong.doc_ids else {"match_all": {}}
            must_not.append(_within(scope, wrong))
    for moved in corrections.of("merge", kind) + corrections.of("alias", kind):
        # Mentions of ``source`` in the correction's collection now belong to where it leads.
        source = moved.key if moved.action == "merge" else moved.target
        if corrections.redirect(kind, source, moved.collection) != key:
            must_not.append(_within({"term": {"key": source}}, moved))
    if apart - merged:
        must_not.append({"terms": {"key": sorted(apart - merged)}})
    return {"bool": {"filter": [{"term": {"kind": kind}}], "should": should,
                     "minimum_should_match": 1, "must_not": must_not}}


def wrong_clauses(corrections: Corrections) -> list[Dsl]:
    """``must_not`` clauses for mentions marked wrong (and those flagged at ingest)."""
    clauses: list[Dsl] = [{"term": {"wrong": True}}]
    for wrong in corrections.items:
        if wrong.action == "wrong":
            where = [{"term": {"kind": wrong.kind}}, {"term": {"key": wrong.key}}]
            if wrong.doc_ids:
                where.append({"terms": {"doc_id": list(wrong.doc_ids)}})
            clauses.append(_within({"bool": {"filter": where}}, wrong))
    return clauses


def lookup_clause(kind: str, text: str) -> Dsl:
    """Candidates for a look-up of ``text`` as ``kind``: variants, the name's parts, fuzzy."""
    key = entity_key(kind, text)
    # The name as written, filed under another key by the names stage (a person known by
    # another name, "Ingrid Blake" filed under "Ingrid Mary Blake"): what the look-up means.
    should = [*variant_clauses(kind, key), {"term": {"raw_key": key}}]
    tokens = [t for t in name_parts(key) if len(t) > 1]
    if tokens:
        should.append({"bool": {"filter": [{"term": {"parts": t}} for t in tokens]}})
        should.append({"terms": {"key": tokens}})
    if len(key) >= 3:
        should.append({"fuzzy": {"key": {"value": key, "fuzziness": "AUTO", "prefix_length": 1,
                                         "max_expansions": FUZZY_EXPANSIONS}}})
    return {"bool": {"filter": [{"term": {"kind": kind}}], "should": should,
                     "minimum_should_match": 1}}


def match_of(kind: str, query_key: str, key: str) -> str:
    """Closeness of a found key to the one asked for; names only are phonetic or nicknames."""
    match = closeness(query_key, key)
    if kind != "person" and match in ("phonetic", "nickname", "initial"):
        return "fuzzy"
    return match
