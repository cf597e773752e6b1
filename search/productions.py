"""Productions as records: a named, ordered set of documents of one collection for a recipient
(a core participant), numbered with URNs when issued, and the references ``{URN/PAGE}``.

A production chooses its documents once, when it is made (``chosen_documents``: control numbers
in the order given, or a saved search's or some tags' documents in control order), and keeps
them in that order. Issuing it (ingest.job.produce) numbers each document it produces
``<PREFIX><6 digits>``, the next numbers of the prefix, never reused nor renumbered: a re-issue
keeps every URN, and the produced PDF too when nothing it was made from changed. A document
withheld in full (by the production, or because every page of it is redacted whole) is listed
with its reason and gets no URN.

Every read goes through the caller's scoped store, so a production of a collection the caller
has no grant on does not exist for them; the documents are checked through the same store when
the production is made, so a document the caller may not see cannot be put in one.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from search.documents import SearchRequest
from search.errors import ForbiddenError, NotFoundError
from search.export import Export
from search.indices import alias_name
from search.saved_searches import SavedSearches
from search.scoped import ScopedStore
from search.store import now, visible_collection

STATES = ("draft", "issuing", "issued", "failed")
PREFIX = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
URN = re.compile(r"^([A-Z][A-Z0-9]{1,9})(\d{6})$")
REFERENCE = re.compile(r"^\{?([A-Z][A-Z0-9]{1,9}\d{6})/(\d{1,6})\}?$")
MAX_DOCUMENTS = 10_000
LOAD_FILE_COLUMNS = ("URN", "Control", "SourcePath", "SHA256", "PageCount", "RedactionCount",
                     "Withheld")
Record = dict[str, Any]


def productions_index(prefix: str) -> str:
    return alias_name(prefix, "productions")


def produced_index(prefix: str) -> str:
    return alias_name(prefix, "produced")


def urn(prefix: str, number: int) -> str:
    return f"{prefix}{number:06d}"


@dataclass(frozen=True)
class Choice:
    """How a production's documents are chosen: control numbers (kept in their order), a saved
    search of the caller's, or tags."""

    controls: list[str] | None = None
    saved_search: str | None = None
    tags: list[str] | None = None

    @property
    def kind(self) -> str:
        return "controls" if self.controls else "saved_search" if self.saved_search else "tags"


def chosen_documents(store: ScopedStore, collection: str, choice: Choice) -> list[Record]:
    """The documents chosen, each {id, control, path}, in order. A control number the caller
    cannot see in the collection is a ValueError naming it."""
    visible_collection(store, collection)
    if choice.controls:
        wanted = list(dict.fromkeys(choice.controls))
        found: dict[str, Record] = {}
        for start in range(0, len(wanted), 1000):
            hits = store.search(store.indices.documents, {
                "size": 1000, "_source": ["id", "control", "path"], "query": {"bool": {
                    "filter": [{"term": {"collection": collection}},
                               {"terms": {"control": wanted[start:start + 1000]}}]}}})
            found.update({h["_source"]["control"]: h["_source"] for h in hits["hits"]["hits"]})
        missing = [c for c in wanted if c not in found]
        if missing:
            raise ValueError(f"no document {', '.join(missing[:20])} in {collection} that you "
                             f"may see")
        return [found[c] for c in wanted]
    filters: dict[str, list[str]] = {}
    q = ""
    if choice.saved_search:
        saved = next((s for s in SavedSearches(store).saved() if s["id"] == choice.saved_search),
                     None)
        if saved is None:
            raise NotFoundError(f"no saved search {choice.saved_search}")
        for item in saved.get("filters") or []:
            name, _, value = item.partition(":")
            filters.setdefault(name, []).append(value)
        q = saved.get("q") or ""
        request = SearchRequest(q=q, filters={**filters, "collection": [collection]},
                                date_from=saved.get("date_from"), date_to=saved.get("date_to"))
    elif choice.tags:
        request = SearchRequest(filters={"tag": list(choice.tags), "collection": [collection]})
    else:
        raise ValueError("choose documents by control numbers, a saved search or tags")
    export = Export(store)
    documents = [{"id": d["id"], "control": d.get("control"), "path": d.get("path")}
                 for d in export.documents(export.plan(request))]
    return sorted(documents, key=lambda d: d.get("control") or "")


class Productions:
    """The productions the store's caller may see, and their records."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.client = store.client  # writes
        self.index = productions_index(store.indices.prefix)
        self.produced_index = produced_index(store.indices.prefix)

    def needs_clearance(self, collection: str) -> None:
        """Producing reads the original text: it needs clearance where the collection protects
        names or has approved redactions (what the caller could not otherwise read)."""
        if collection in self.store.protected():
            raise ForbiddenError(f"{collection} protects names or has redactions: producing "
                                 f"its documents needs clearance")

    def create(self, name: str, collection: str, recipient: str, prefix: str, choice: Choice,
               withheld: dict[str, str]) -> Record:
        """A new draft production. ``withheld``: control number -> reason, for documents of
        the choice withheld in full."""
        if not PREFIX.match(prefix):
            raise ValueError("a URN prefix is 2-10 capital letters and digits, starting with a "
                             "letter (e.g. MPS)")
        self.needs_clearance(collection)
        documents = chosen_documents(self.store, collection, choice)
        if not documents:
            raise ValueError("the choice finds no documents")
        if len(documents) > MAX_DOCUMENTS:
            raise ValueError(f"a production holds at most {MAX_DOCUMENTS} documents")
        controls = [d["control"] for d in documents]
        stray = sorted(set(withheld) - set(controls))
        if stray:
            raise ValueError(f"withheld documents must be in the production: {', '.join(stray)}")
        record: Record = {
            "id": f"prod-{uuid.uuid4().hex}", "name": name, "collection": collection,
            "recipient": recipient, "prefix": prefix, "chosen_by": choice.kind,
            "doc_ids": [d["id"] for d in documents], "controls": controls,
            "withheld": [{"control": c, "reason": r} for c, r in withheld.items()],
            "state": "draft", "issues": 0, "created_by": self.store.caller.user,
            "created_at": now(), "progress": {"done": 0, "total": len(documents)}, "errors": []}
        self.client.index(index=self.index, id=record["id"], body=record, refresh="wait_for",
                          op_type="create")
        return record

    def list(self, collection: str | None = None) -> list[Record]:
        clauses = [{"term": {"collection": collection}}] if collection else []
        hits = self.store.search(self.index, {
            "size": 1000, "sort": [{"created_at": "desc"}],
            "_source": {"excludes": ["doc_ids", "controls"]},
            "query": {"bool": {"filter": clauses}}})["hits"]["hits"]
        return [h["_source"] for h in hits]

    def get(self, production_id: str) -> Record:
        found = self.store.get(self.index, production_id)
        if found is None:
            raise NotFoundError(f"no production {production_id}")
        return found["_source"]

    def produced(self, production_id: str) -> list[Record]:
        """The production's produced documents, in its order."""
        hits = self.store.scan(self.produced_index, {"query": {"bool": {"filter": [
            {"term": {"production": production_id}}]}}}, size=1000)
        return sorted((h["_source"] for h in hits), key=lambda r: r["position"])

    def resolve(self, reference: str, page: int | None = None) -> Record:
        """``{URN/PAGE}`` (or URN and page apart) as the document page it cites."""
        match = REFERENCE.match(reference) if page is None else None
        urn_text, number = (match.group(1), int(match.group(2))) if match else (reference, page)
        if number is None or not URN.match(urn_text):
            raise ValueError("a reference is {URN/PAGE}, e.g. {MPS000123/4}")
        found = self.store.get(self.produced_index, urn_text)
        if found is None:
            raise NotFoundError(f"no produced document {urn_text}")
        record = found["_source"]
        if not 1 <= number <= int(record["pages"]):
            raise NotFoundError(f"{urn_text} has {record['pages']} pages")
        page_map = record.get("page_map") or []
        document_page = int(page_map[number - 1]) if page_map else number
        return {"reference": f"{{{urn_text}/{number}}}", "urn": urn_text, "page": number,
                "doc_id": record["doc_id"], "control": record["control"],
                "collection": record["collection"], "production": record["production"],
                "document_page": document_page,
                "citation": f"{record['control']}-{document_page:04d}"}


def load_file_rows(production: Record, produced: list[Record]) -> Iterator[list[Any]]:
    """The load file's rows (``LOAD_FILE_COLUMNS``): each produced document in order, then the
    documents withheld in full with their reasons."""
    yield list(LOAD_FILE_COLUMNS)
    for record in produced:
        if not record.get("sha256"):  # numbered once, withheld since: the URN is not reused
            continue
        yield [record["urn"], record["control"], record.get("source_path") or "",
               record["sha256"], record["pages"], record["redactions"], ""]
    for withheld in production.get("withheld_docs") or []:
        yield ["", withheld["control"], withheld.get("source_path") or "", "", 0,
               withheld.get("redactions", 0), withheld["reason"]]
