"""The chronology: facts of a collection, each with a date, a description, the people and
organisations it concerns, its issues and the pages it cites; and the view counsel read it in.

A fact belongs to one collection and cites pages of that collection's documents only, each
resolved through ``DocumentView`` for the caller (a document they may not see cannot be cited),
so whoever may see the fact may see what it cites. Its people are entity ids (``kind:key``) of
the collection's mentions, read through the caller's scoped store; a caller without clearance
reads the ciphered copy, where a protected person's id is their cipher's: such an id is kept
as the person's own (``PeopleReader``), so the fact is the same fact for everyone, and the
cipher middleware shows it ciphered again to whoever is not cleared. Issues come from the
collection's coding scheme (search.coding_scheme).

Every read goes through the scoped store: the chronology index is scoped by collection. Which
facts disagree (search.chronology_events) is worked out when a fact is written, for it and the
facts that may be on its event, and kept on each of them (``disagrees``), so the view is one
search.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from opensearchpy import helpers

from search.chronology_dates import FactDate
from search.chronology_events import EventView, disagree, disagreeing_pairs
from search.chronology_people import PeopleReader
from search.coding import CodingStore
from search.coding_scheme import CodingError, Scheme
from search.errors import NotFoundError
from search.indices import Indices, alias_name
from search.scoped import ScopedStore
from search.store import now, visible_collection

MAX_CITATIONS = 50
MAX_PEOPLE = 100
MAX_ISSUES = 50
MAX_LINKS = 50
MAX_TEXT = 20_000
CANDIDATES = 10_000  # facts read to find those on a fact's event
SORT = [{"date_start": "asc"}, {"created_at": "asc"}, {"id": "asc"}]
Record = dict[str, Any]


def chronology_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "chronology")


def page_citation(control: str, page: int) -> str:
    """A page's citation, as the pages index writes it (``CONTROL-0001``)."""
    return f"{control}-{page:04d}"


class FactError(ValueError):
    """A fact that does not hold: the message names the field and the reason (422)."""


@dataclass(frozen=True)
class Cite:
    doc_id: str
    page: int


@dataclass(frozen=True)
class FactInput:
    """A fact as a reviewer gives it (checked by ``Chronology``)."""

    collection: str
    date: FactDate
    description: str
    quote: str = ""
    people: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    citations: tuple[Cite, ...] = ()
    same_event: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactFilter:
    """The view's filters: a person or organisation (entity id), an issue, a period (first and
    last day), words, only the facts that disagree, the collections to read."""

    person: str | None = None
    issue: str | None = None
    first_day: str | None = None
    last_day: str | None = None
    text: str = ""
    disagreeing: bool = False
    collections: tuple[str, ...] = field(default_factory=tuple)


class Chronology:
    """The facts the store's caller may see, and their changes."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.client = store.client  # writes
        self.index = chronology_index(store.indices)
        self.people = PeopleReader(store)
        # Read once per instance: an import checks thousands of facts against the same few.
        self._documents: dict[str, Record] = {}
        self._schemes: dict[str, Scheme | None] = {}
        self._visible: set[str] = set()

    # --- reads ------------------------------------------------------------------------------

    def get(self, fact_id: str) -> Record:
        found = self.store.get(self.index, fact_id)
        if found is None:
            raise NotFoundError(f"no fact {fact_id}")
        return found["_source"]

    def query(self, filters: FactFilter) -> dict[str, Any]:
        """The search clause of ``filters`` (what the view and the exports read)."""
        clauses: list[dict[str, Any]] = []
        if filters.person:
            clauses.append({"terms": {"people": self.people.stored_ids(filters.person)}})
        if filters.issue:
            clauses.append({"term": {"issues": filters.issue}})
        if filters.first_day:  # a fact in the period: the days it covers overlap it
            clauses.append({"range": {"date_end": {"gte": filters.first_day}}})
        if filters.last_day:
            clauses.append({"range": {"date_start": {"lte": filters.last_day}}})
        if filters.disagreeing:
            clauses.append({"exists": {"field": "disagrees"}})
        must = []
        if filters.text.strip():
            must.append(self.people.text_clause(filters.text, [
                "description", "description.stemmed", "quote", "people_names"]))
        return {"bool": {"filter": clauses, "must": must}}

    def view(self, filters: FactFilter, size: int, offset: int = 0,
             after: list[Any] | None = None) -> dict[str, Any]:
        """A page of facts in date order (then the order they were made), with the total."""
        store = self.store.narrowed(list(filters.collections) or None)
        body: dict[str, Any] = {"query": self.query(filters), "size": size, "sort": SORT,
                                "track_total_hits": True}
        if after is not None:
            body["search_after"] = after
        elif offset:
            body["from"] = offset
        hits = store.search(self.index, body)["hits"]
        facts = [hit["_source"] for hit in hits["hits"]]
        last = hits["hits"][-1]["sort"] if len(facts) == size else None
        return {"total": hits["total"]["value"], "facts": facts, "after": last}

    def rows(self, filters: FactFilter) -> Iterator[Record]:
        """Every fact of the filters, in date order (the exports)."""
        after: list[Any] | None = None
        while True:
            page = self.view(filters, 1000, after=after)
            yield from page["facts"]
            if page["after"] is None:
                return
            after = page["after"]

    # --- changes ----------------------------------------------------------------------------

    def create(self, fact: FactInput, user: str) -> Record:
        record = {"id": f"fact-{uuid.uuid4().hex}", **self._checked(fact),
                  "created_by": user, "created_at": now()}
        return self._relink(record, before=None)

    def update(self, fact_id: str, fact: FactInput, user: str) -> tuple[Record, Record]:
        before = self.get(fact_id)
        if fact.collection != before["collection"]:
            raise FactError("a fact stays in its collection: make a new one in the other")
        record = {**before, **self._checked(fact), "updated_by": user, "updated_at": now()}
        return before, self._relink(record, before=before)

    def delete(self, fact_id: str) -> Record:
        record = self.get(fact_id)
        self.client.delete(index=self.index, id=fact_id, refresh="wait_for")
        partners = self.store.mget(self.index, list(record.get("disagrees") or []))
        self._write([self._without(p["_source"], fact_id) for p in partners])
        return record

    def create_many(self, facts: list[FactInput], user: str) -> int:
        """Many facts at once (an import), their disagreements worked out over the collection
        once at the end. Returns how many were written."""
        stamp = now()
        for collection in sorted({fact.collection for fact in facts}):
            mine = [fact for fact in facts if fact.collection == collection]
            self._read_documents(collection, [c.doc_id for f in mine for c in f.citations])
            self.people.shown(collection, list(dict.fromkeys(p for f in mine for p in f.people)))
        records = [{"id": f"fact-{uuid.uuid4().hex}", **self._checked(fact),
                    "created_by": user, "created_at": stamp} for fact in facts]
        self._write(records)
        for collection in sorted({r["collection"] for r in records}):
            self.relink_collection(collection)
        return len(records)

    def relink_collection(self, collection: str) -> int:
        """Work the disagreements of every fact of ``collection`` out afresh; returns how many
        facts changed."""
        store = self.store.narrowed([collection])
        records = [hit["_source"] for hit in store.scan(
            self.index, {"query": {"match_all": {}}}, size=1000)]
        views = [EventView.of(r) for r in records]
        pairs = disagreeing_pairs(views)
        by_id = {r["id"]: r for r in records}
        changed = [self._with_disagreements(r, pairs[r["id"]], by_id) for r in records]
        changed = [c for c, r in zip(changed, records, strict=True) if c != r]
        self._write(changed)
        return len(changed)

    # --- checks -----------------------------------------------------------------------------

    def _checked(self, fact: FactInput) -> Record:
        if fact.collection not in self._visible:
            visible_collection(self.store, fact.collection)
            self._visible.add(fact.collection)
        description = " ".join(fact.description.split())
        if not description or len(description) > MAX_TEXT or len(fact.quote) > MAX_TEXT:
            raise FactError(f"description: 1-{MAX_TEXT} characters (and a quote of at most "
                            f"{MAX_TEXT})")
        if len(fact.people) > MAX_PEOPLE or len(fact.same_event) > MAX_LINKS:
            raise FactError(f"at most {MAX_PEOPLE} people and {MAX_LINKS} linked facts")
        if not 1 <= len(fact.citations) <= MAX_CITATIONS:
            raise FactError(f"a fact cites 1-{MAX_CITATIONS} pages")
        people = self.people.shown(fact.collection, list(dict.fromkeys(fact.people)))
        citations = self._citations(fact.collection, fact.citations)
        return {"collection": fact.collection, **fact.date.as_record(),
                "description": description, "quote": fact.quote.strip(),
                "people": [p["key"] for p in people], "people_shown": people,
                "people_names": "; ".join(p["name"] for p in people),
                "issues": self._issues(fact.collection, fact.issues),
                "citations": citations, "doc_ids": sorted({c["doc_id"] for c in citations}),
                "controls": sorted({c["control"] for c in citations}),
                "same_event": self._links(fact.collection, fact.same_event)}

    def _read_documents(self, collection: str, doc_ids: list[str]) -> None:
        """The cited documents of ``collection`` the caller may see, read into the cache."""
        wanted = [d for d in dict.fromkeys(doc_ids) if d not in self._documents]
        found = self.store.narrowed([collection]).mget(
            self.store.indices.documents, wanted,
            _source_includes=["id", "control", "collection", "page_count"]) if wanted else []
        self._documents.update({d["_id"]: d["_source"] for d in found
                                if d["_source"]["collection"] == collection})

    def _citations(self, collection: str, cites: tuple[Cite, ...]) -> list[Record]:
        self._read_documents(collection, [c.doc_id for c in cites])
        citations = []
        for cite in dict.fromkeys(cites):
            document = self._documents.get(cite.doc_id)
            if document is None or document["collection"] != collection:
                raise FactError(f"citation: no document {cite.doc_id} in collection "
                                f"'{collection}'")
            pages = int(document.get("page_count") or 1)
            if not 1 <= cite.page <= pages:
                raise FactError(f"citation: document {document.get('control') or cite.doc_id} "
                                f"has {pages} page{'s' if pages > 1 else ''}, not {cite.page}")
            control = document.get("control") or cite.doc_id
            citations.append({"doc_id": cite.doc_id, "control": control, "page": cite.page,
                              "citation": page_citation(control, cite.page), "urn": None})
        return citations

    def _issues(self, collection: str, issues: tuple[str, ...]) -> list[str]:
        if not issues:
            return []
        if collection not in self._schemes:
            self._schemes[collection] = CodingStore(self.store).scheme(collection)
        scheme = self._schemes[collection]
        try:
            if scheme is None:
                raise CodingError(f"collection '{collection}' has no coding scheme, so no issue "
                                  "list: an admin sets one")
            used = scheme.get("issue")
            return list(dict.fromkeys(used.choice(i) for i in issues))[:MAX_ISSUES]
        except CodingError as exc:
            raise FactError(f"issues: {exc}") from None

    def _links(self, collection: str, links: tuple[str, ...]) -> list[str]:
        wanted = list(dict.fromkeys(links))
        found = {d["_id"] for d in self.store.narrowed([collection]).mget(self.index, wanted)
                 if d["_source"]["collection"] == collection}
        missing = [f for f in wanted if f not in found]
        if missing:
            raise FactError(f"same_event: no fact {', '.join(missing)} in collection "
                            f"'{collection}'")
        return wanted

    # --- disagreements ----------------------------------------------------------------------

    def _candidates(self, record: Record) -> list[Record]:
        """The facts that may be on ``record``'s event, or were found to disagree with it."""
        should: list[dict[str, Any]] = [{"term": {"same_event": record["id"]}},
                                        {"term": {"disagrees": record["id"]}}]
        if record.get("people"):
            should.append({"terms": {"people": record["people"]}})
        if record.get("same_event"):
            should.append({"ids": {"values": record["same_event"]}})
        body = {"size": CANDIDATES, "query": {"bool": {
            "filter": [{"term": {"collection": record["collection"]}}],
            "should": should, "minimum_should_match": 1,
            "must_not": [{"ids": {"values": [record["id"]]}}]}}}
        store = self.store.narrowed([record["collection"]])
        return [hit["_source"] for hit in store.search(self.index, body)["hits"]["hits"]]

    def _relink(self, record: Record, before: Record | None) -> Record:
        """Write ``record`` with its disagreements, and bring its partners' up to date."""
        candidates = self._candidates(record)
        mine = EventView.of(record)
        partners = {c["id"] for c in candidates if disagree(mine, EventView.of(c))}
        by_id = {c["id"]: c for c in candidates}
        record = self._with_disagreements(record, partners, by_id)
        changed = [record]
        for candidate in candidates:
            updated = (self._with(candidate, record) if candidate["id"] in partners
                       else self._without(candidate, record["id"]))
            if updated != candidate:
                changed.append(updated)
        self._write(changed)
        return record

    @staticmethod
    def _listed(entries: dict[str, Record]) -> dict[str, Any]:
        """The disagreement fields of a fact, its partners in date order."""
        ordered = sorted(entries.values(), key=lambda d: (d["date_start"], d["id"]))
        return {"disagrees": [d["id"] for d in ordered], "disagreements": ordered}

    @staticmethod
    def _entry(partner: Record) -> Record:
        return {"id": partner["id"], "date_label": partner["date_label"],
                "date_start": partner["date_start"]}

    def _with_disagreements(self, record: Record, partners: set[str],
                            by_id: dict[str, Record]) -> Record:
        return {**record, **self._listed({p: self._entry(by_id[p]) for p in partners})}

    def _with(self, record: Record, partner: Record) -> Record:
        listed = {d["id"]: d for d in record.get("disagreements") or []}
        listed[partner["id"]] = self._entry(partner)
        return {**record, **self._listed(listed)}

    def _without(self, record: Record, partner_id: str) -> Record:
        listed = {d["id"]: d for d in record.get("disagreements") or [] if d["id"] != partner_id}
        return {**record, **self._listed(listed)}

    def _write(self, records: list[Record]) -> None:
        if not records:
            return
        actions = ({"_index": self.index, "_id": r["id"], "_source": r} for r in records)
        helpers.bulk(self.client, actions, refresh="wait_for", chunk_size=1000)
