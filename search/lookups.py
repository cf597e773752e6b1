"""The store-backed ``Lookups`` of the query builder (``search.query_fields.Lookups``).

``person_variants`` asks the mentions index which keys near a name are really present (same key
variants, same phonetic key, or the full names behind an initial), through the caller's
scoped store (search.scoped), so a look-up can never reveal a name from a collection the caller
may not see.
Each key found is ranked by ``search.variants.closeness``; the builder boosts by that rank. A
name the collection writes in full is a person: when the name asked for is one, every other full
name found is another person, however alike the two sound or are spelt ("Colin Tyson" is no
variant of "Colin Dyson"), because the names stage (ingest.names) has already given each person
the OCR slips, nicknames and spellings it could give them alone. A name the collection does not
write in full finds every full name near it with its surname (``search.entity_query.
people_apart``). Either way a name the names stage gave to a person (its mentions' ``raw_key``)
finds the key it is filed under ("Nguyen Van Hung" under "van hung").
The same look-up gives ``person_forms``, the words of the mentions filed under the name, so
the pages search marks "DC Ashworth" where the documents search found Helen Ashworth.
``tag_filter`` is the terms lookup of the caller's tag set (``search.annotations``);
``coding_filter`` and ``coding_range`` find documents by their coding (``search.coding``), and
``coding_facets`` gives the coding facets their values, read once per request.
"""

from __future__ import annotations

from typing import Any

from search.annotations import Annotations
from search.coding import CodingStore
from search.entity_query import apart_of, filed_under, nearby_keys_aggs
from search.names import initial_key, is_initial_form, name_parts, phonetic_keys
from search.scoped import ScopedStore
from search.variants import closeness, initial_variants, nickname_variants, ocr_variants
from search.variants import rank as closeness_rank

VARIANT_KEYS_FOUND = 40
MAX_PERSON_LOOKUPS = 10
MAX_FORMS = 30  # a person's written forms marked on pages: the commonest, enough for any snippet
Dsl = dict[str, Any]


class StoreLookups:
    """Name variants and tag sets for one caller; each name is looked up once per request."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.user = store.caller.user
        self._variants: dict[str, list[tuple[str, str]]] = {}
        self._forms: dict[str, list[str]] = {}
        self._tags: list[dict[str, Any]] | None = None
        self._starred: bool | None = None
        self._coding_facets: dict[str, dict[str, Dsl]] | None = None

    def person_variants(self, key: str) -> list[tuple[str, str]]:
        if key not in self._variants:
            # A query full of names must not turn into a storm of look-ups.
            too_many = len(self._variants) >= MAX_PERSON_LOOKUPS
            self._variants[key] = [] if too_many else self._find_variants(key)
        return self._variants[key]

    def person_forms(self, key: str) -> list[str]:
        self.person_variants(key)  # one look-up answers both
        return self._forms.get(key, [])

    def _find_variants(self, key: str) -> list[tuple[str, str]]:
        spellings = {key} | nickname_variants(key) | initial_variants(key) | ocr_variants(key)
        # A compound given name typed with its hyphen ("abdul-karim said") where the
        # collection keyed it glued ("abdulkarim said"): punctuation only, no other person.
        spellings |= {" ".join([p.replace("-", ""), *rest]) for p, *rest in [key.split(" ")]}
        should: list[Dsl] = [{"terms": {"key": sorted(spellings)}}, {"term": {"raw_key": key}}]
        if name_parts(key):
            should.append({"terms": {"phonetic": phonetic_keys(key)}})
        if is_initial_form(key):
            should.append({"term": {"initial_key": initial_key(key)}})
        body = {
            "size": 0,
            "query": {"bool": {
                "filter": [{"term": {"kind": "person"}}],
                "must_not": [{"term": {"wrong": True}}],
                "should": should, "minimum_should_match": 1}},
            "aggs": nearby_keys_aggs(key, VARIANT_KEYS_FOUND),
        }
        body["aggs"]["forms"] = {"filter": {"term": {"key": key}},
                                 "aggs": {"texts": {"terms": {"field": "text", "size": MAX_FORMS}}}}
        result = self.store.search(self.store.indices.mentions, body)
        aggregations = result["aggregations"]
        self._forms[key] = [b["key"] for b in aggregations["forms"]["texts"]["buckets"]]
        found = [(b["key"], b["doc_count"]) for b in aggregations["keys"]["buckets"]]
        under = aggregations["filed"]["under"]["buckets"]
        filed = filed_under(under)
        # A key reached only by a stray filing of the name is another person's (filed_under).
        stray = {b["key"] for b in under} - filed
        apart = apart_of("person", key, aggregations) | stray
        ranked = [(k, "exact" if k in filed else closeness(key, k), count) for k, count in found
                  if k != key and k not in apart]
        ranked.sort(key=lambda item: (closeness_rank(item[1]), -item[2], item[0]))
        return [(k, match) for k, match, _count in ranked]

    def annotations(self) -> Annotations | None:
        return Annotations(self.store) if self.user else None

    def tag_filter(self, tag: str) -> Dsl:
        annotations = self.annotations()
        if annotations is None:
            return {"match_none": {}}
        return annotations.tag_filter(tag)

    def user_tags(self) -> list[dict[str, Any]]:
        """The caller's tags (cached for the request: the facet and the filters share them)."""
        if self._tags is None:
            self._load_annotations()
        return self._tags or []

    def has_stars(self) -> bool:
        """Whether the caller starred anything (cached: export asks once per batch)."""
        if self._starred is None:
            self._load_annotations()
        return bool(self._starred)

    def _load_annotations(self) -> None:
        # Tags and stars are wanted together by every search: one request, not two, and none
        # when the request's session read them with the token (search.sessions).
        preloaded = self.store.preloaded
        if self.user and preloaded.tags is not None and preloaded.starred is not None:
            self._tags, self._starred = preloaded.tags, preloaded.starred
            return
        annotations = self.annotations()
        self._tags, self._starred = annotations.tags_and_star() if annotations else ([], False)

    # --- coding (search.coding) -------------------------------------------------------------

    def coding_filter(self, name: str, value: str) -> Dsl:
        """Documents whose coding field ``name`` holds ``value`` (ValueError for a bad date)."""
        return CodingStore(self.store).value_filter(name, value)

    def coding_range(self, name: str, bounds: Dsl) -> Dsl:
        """Documents whose date coding field ``name`` falls within ``bounds``."""
        return CodingStore(self.store).range_filter(name, bounds)

    def coding_facets(self) -> dict[str, dict[str, Dsl]]:
        """Each faceted coding field's values with their filters (cached for the request)."""
        if self._coding_facets is None:
            self._coding_facets = CodingStore(self.store).facet_filters()
        return self._coding_facets
