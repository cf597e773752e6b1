"""Hearing bundles as records: a lettered bundle of one collection ("A"), its ordered sections
and tabs, each tab an ordered list of documents (given by control number or by the URN of a
production), numbered page by page; and the references ``{BUNDLE/TAB/PAGE}`` that cite it.

The numbering, as UK inquiry bundles are cited: tabs are numbered 1, 2, 3... through the whole
bundle (sections group them, they do not restart the count); ``{A/2/5}`` is bundle A, tab 2,
the fifth page of that tab. Every page also has its bundle page, 1 to N through the bundle
(what the index lists and the PDF's page labels show). One stored page of a document is one
bundle page; a stored page too long for one typeset sheet goes on over sheets numbered as
inserted pages are in a bundle: 5, 5A, 5B (ingest.job.bundle).

Numbering is read, not kept: it is computed from the documents' page counts each time the bundle
is shown (``layout``), so it is what the built PDF will carry. Editing a tab renumbers that tab
and the bundle pages after it; the references to other tabs stay as they were, which is why an
inquiry cites tab and page.

Every read goes through the caller's scoped store: a bundle of a collection the caller may not
see does not exist for them; the documents are read through the same store (the ciphered copy
for a caller without clearance), so a title is shown as the caller may read it, and a document
the caller may not see is refused, named.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from opensearchpy import ConflictError

from search.errors import ForbiddenError, NotFoundError
from search.indices import alias_name
from search.productions import URN, Choice, chosen_documents, produced_index
from search.scoped import ScopedStore
from search.store import now, visible_collection

LETTER = re.compile(r"^[A-Z][A-Z0-9]{0,5}$")  # never an URN: those are 8 characters or more
# {A/2/5}, and {A/2/5A} for a sheet inserted after page 5 (the same document page).
REFERENCE = re.compile(r"^\{?([A-Z][A-Z0-9]{0,5})/(\d{1,4})/(\d{1,6})([A-Z]?)\}?$")
STATES = ("draft", "building", "built", "failed")
MAX_DOCUMENTS = 5_000
STALE_S = 600  # a build whose heartbeat is older died with its process
DOCUMENT_FIELDS = ["id", "control", "title", "filename", "date", "page_count", "collection"]
Record = dict[str, Any]


def bundles_index(prefix: str) -> str:
    return alias_name(prefix, "bundles")


def bundle_id(collection: str, letter: str) -> str:
    """One id per collection and letter, so that creating a second "A" is a conflict."""
    return "bundle-" + hashlib.sha256(f"{collection}/{letter}".encode()).hexdigest()[:32]


def reference_text(letter: str, tab: int, page: int, suffix: str = "") -> str:
    return f"{letter}/{tab}/{page}{suffix}"


@dataclass(frozen=True)
class Placed:
    """A document where the bundle puts it: its tab, its first bundle page and its first page
    within the tab, and its page count."""

    tab: int
    doc_id: str
    control: str
    given: str  # what the bundle was given: the control number or the URN
    urn: str | None
    title: str
    date: str | None
    description: str
    pages: int
    first: int
    tab_first: int

    @property
    def last(self) -> int:
        return self.first + self.pages - 1

    @property
    def tab_last(self) -> int:
        return self.tab_first + self.pages - 1

    @property
    def label(self) -> str:
        """What the index and the bookmarks call it: the description, or the title."""
        return self.description or self.title


@dataclass(frozen=True)
class Tab:
    number: int
    title: str
    section: int  # index into the bundle's sections
    first: int
    documents: list[Placed]

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.documents)


@dataclass(frozen=True)
class Layout:
    """A bundle numbered: its tabs in order and its page count."""

    letter: str
    sections: list[str]
    tabs: list[Tab]

    @property
    def pages(self) -> int:
        return sum(t.pages for t in self.tabs)

    @property
    def documents(self) -> list[Placed]:
        return [d for t in self.tabs for d in t.documents]

    def locate(self, tab: int, page: int) -> tuple[Placed, int]:
        """The document at page ``page`` of tab ``tab``, and its own page there."""
        if not 1 <= tab <= len(self.tabs):
            raise NotFoundError(f"bundle {self.letter} has {len(self.tabs)} tabs, not {tab}")
        found = self.tabs[tab - 1]
        for placed in found.documents:
            if placed.tab_first <= page <= placed.tab_last:
                return placed, page - placed.tab_first + 1
        raise NotFoundError(f"tab {tab} of bundle {self.letter} has {found.pages} pages, "
                            f"not {page}")


def layout(store: ScopedStore, record: Record) -> Layout:
    """The bundle numbered from its documents' page counts, read through ``store``. A
    document the store's caller may not see (or no longer there) is a ForbiddenError naming
    it."""
    ids = [e["doc_id"] for s in record["sections"] for t in s["tabs"] for e in t["documents"]]
    found: dict[str, Record] = {}
    for start in range(0, len(ids), 1000):
        for hit in store.mget(store.indices.documents, ids[start:start + 1000],
                              _source_includes=DOCUMENT_FIELDS):
            found[hit["_id"]] = hit["_source"]
    unseen = [e["control"] for s in record["sections"] for t in s["tabs"] for e in t["documents"]
              if e["doc_id"] not in found]
    if unseen:
        raise ForbiddenError(f"bundle {record['letter']} holds documents you may not see (or "
                             f"withheld while their copy is rewritten): {', '.join(unseen[:20])}")
    tabs: list[Tab] = []
    page = 1
    for section_index, section in enumerate(record["sections"]):
        for tab in section["tabs"]:
            number, first, tab_page, placed = len(tabs) + 1, page, 1, []
            for entry in tab["documents"]:
                document = found[entry["doc_id"]]
                pages = max(int(document.get("page_count") or 1), 1)
                placed.append(Placed(
                    number, entry["doc_id"], document.get("control") or entry["control"],
                    entry.get("urn") or entry["control"], entry.get("urn"),
                    document.get("title") or document.get("filename") or "",
                    document.get("date"), entry.get("description") or "", pages, page, tab_page))
                page += pages
                tab_page += pages
            tabs.append(Tab(number, tab["title"], section_index, first, placed))
    return Layout(record["letter"], [s.get("title") or "" for s in record["sections"]], tabs)


def _entries(store: ScopedStore, collection: str, sections: list[Record]) -> list[Record]:
    """``sections`` (as the API takes them: tabs of {document, description}) with each document
    found through the caller's store: {doc_id, control, urn, description}. A control number or
    URN the caller cannot see in the collection, or a document given twice, is a ValueError
    naming it."""
    given = [d["document"] for s in sections for t in s["tabs"] for d in t["documents"]]
    if len(given) > MAX_DOCUMENTS:
        raise ValueError(f"a bundle holds at most {MAX_DOCUMENTS} documents")
    urns = sorted({g for g in given if URN.match(g)})
    produced = {hit["_id"]: hit["_source"] for hit in store.mget(
        produced_index(store.indices.prefix), urns) if hit["_source"].get("sha256")} \
        if urns else {}
    unknown = [u for u in urns if u not in produced or
               produced[u]["collection"] != collection]
    if unknown:
        raise ValueError(f"no issued production of {collection} that you may see has "
                         f"{', '.join(unknown[:20])}")
    controls = [g for g in given if not URN.match(g)]
    by_control = {d["control"]: d for d in chosen_documents(
        store, collection, Choice(controls=controls))} if controls else {}
    seen: dict[str, str] = {}
    out = []
    for section in sections:
        tabs = []
        for tab in section["tabs"]:
            documents = []
            for item in tab["documents"]:
                name = item["document"]
                if name in produced:
                    entry = {"doc_id": produced[name]["doc_id"],
                             "control": produced[name]["control"], "urn": name}
                else:
                    entry = {"doc_id": by_control[name]["id"], "control": name, "urn": None}
                if entry["doc_id"] in seen:
                    raise ValueError(f"{name} is in the bundle twice (as {seen[entry['doc_id']]} "
                                     f"too): a document goes in one place")
                seen[entry["doc_id"]] = name
                documents.append({**entry, "description": item.get("description") or ""})
            tabs.append({"title": tab["title"], "documents": documents})
        out.append({"title": section.get("title") or "", "tabs": tabs})
    visible = {d["_id"] for d in store.mget(store.indices.documents, list(seen),
                                            _source_includes=["id"])}
    hidden = [name for doc_id, name in seen.items() if doc_id not in visible]
    if hidden:
        raise ValueError(f"no document {', '.join(hidden[:20])} in {collection} that you may see")
    return out


class Bundles:
    """The bundles the store's caller may see, and their records."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.client = store.client  # writes
        self.index = bundles_index(store.indices.prefix)

    def create(self, collection: str, letter: str, title: str, sections: list[Record]) -> Record:
        if not LETTER.match(letter):
            raise ValueError("a bundle's letter is 1-6 capital letters and digits, starting with "
                             "a letter (e.g. A, C2)")
        visible_collection(self.store, collection)
        record: Record = {
            "id": bundle_id(collection, letter), "letter": letter, "title": title,
            "collection": collection, "sections": _entries(self.store, collection, sections),
            "state": "draft", "builds": 0, "created_by": self.store.caller.user,
            "created_at": now(), "updated_at": now(), "errors": [],
            "progress": {"done": 0, "total": 0}}
        try:
            self.client.index(index=self.index, id=record["id"], body=record,
                              refresh="wait_for", op_type="create")
        except ConflictError:
            raise ValueError(f"{collection} already has a bundle {letter}") from None
        return record

    def update(self, bundle_id_: str, title: str, sections: list[Record]) -> Record:
        """The bundle's title and contents replaced; a built PDF no longer matches them, so
        the bundle is a draft again (refused while a build runs)."""
        record = self.get(bundle_id_)
        if building(record):
            raise ValueError(f"bundle {record['letter']} is being built: wait for it to end")
        record.update(title=title, sections=_entries(self.store, record["collection"], sections),
                      state="draft", sha256=None, updated_at=now(),
                      updated_by=self.store.caller.user, errors=[])
        self.client.index(index=self.index, id=record["id"], body=record, refresh="wait_for")
        return record

    def list(self, collection: str | None = None) -> list[Record]:
        clauses = [{"term": {"collection": collection}}] if collection else []
        hits = self.store.search(self.index, {
            "size": 1000, "sort": [{"collection": "asc"}, {"letter": "asc"}],
            "query": {"bool": {"filter": clauses}}})["hits"]["hits"]
        return [h["_source"] for h in hits]

    def get(self, bundle_id_: str) -> Record:
        found = self.store.get(self.index, bundle_id_)
        if found is None:
            raise NotFoundError(f"no bundle {bundle_id_}")
        return found["_source"]

    def find(self, letter: str, collection: str | None = None) -> Record:
        """The bundle of that letter the caller may see; with ``collection`` when several
        collections the caller sees have one (a ValueError naming them otherwise)."""
        clauses: list[Record] = [{"term": {"letter": letter}}]
        if collection:
            clauses.append({"term": {"collection": collection}})
        hits = self.store.search(self.index, {"size": 100, "query": {"bool": {
            "filter": clauses}}})["hits"]["hits"]
        if not hits:
            raise NotFoundError(f"no bundle {letter}" + (f" in {collection}" if collection else ""))
        if len(hits) > 1:
            named = ", ".join(sorted(h["_source"]["collection"] for h in hits))
            raise ValueError(f"bundles {letter} of several collections ({named}): say which")
        return hits[0]["_source"]

    def resolve(self, reference: str, collection: str | None = None) -> Record:
        """``{BUNDLE/TAB/PAGE}`` as the document page it cites."""
        match = REFERENCE.match(reference.strip())
        if not match:
            raise ValueError("a bundle reference is {BUNDLE/TAB/PAGE}, e.g. {A/2/5}")
        letter, tab, page, suffix = match[1], int(match[2]), int(match[3]), match[4]
        record = self.find(letter, collection)
        numbered = layout(self.store, record)
        placed, document_page = numbered.locate(tab, page)
        return {"reference": f"{{{reference_text(letter, tab, page, suffix)}}}",
                "kind": "bundle", "bundle": record["id"], "letter": letter, "tab": tab,
                "page": page, "bundle_page": placed.first + document_page - 1,
                "doc_id": placed.doc_id, "control": placed.control, "urn": placed.urn,
                "collection": record["collection"], "document_page": document_page,
                "citation": f"{placed.control}-{document_page:04d}"}


def building(record: Record) -> bool:
    """Whether a build of the bundle is alive (its heartbeat younger than STALE_S)."""
    beat = record.get("heartbeat_at")
    return record.get("state") == "building" and bool(beat) and \
        datetime.fromisoformat(beat) > datetime.now(UTC) - timedelta(seconds=STALE_S)
