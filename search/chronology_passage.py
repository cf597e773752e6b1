"""A fact drafted from a highlighted passage: the viewer's selection (a document, a page and a
character range of the page text the caller reads) becomes a fact pre-filled with the quote,
the page's citation, the date the passage states (else the document's own) and the people and
organisations mentioned in the passage (from the stored mentions), for the reviewer to finish.

Everything is read through the caller's scoped store: a caller without clearance drafts from
the ciphered copy, whose text and mentions are the ones their viewer showed (search.scoped).
"""

from __future__ import annotations

from typing import Any

from search.cases.rules import dates_in
from search.chronology import MAX_TEXT, FactError, page_citation
from search.chronology_people import PEOPLE_KINDS
from search.coding import CodingStore
from search.coding_scheme import CodingError
from search.errors import NotFoundError
from search.scoped import ScopedStore
from search.viewer import DocumentView

MENTIONS = 500


def draft_from_passage(store: ScopedStore, doc_id: str, page: int, start: int,
                       end: int) -> dict[str, Any]:
    document = DocumentView(store).get(doc_id)
    found = store.get(store.indices.pages, f"{doc_id}-{page:05d}")
    if found is None:
        raise NotFoundError(f"document {doc_id} has no page {page}")
    text = found["_source"].get("text") or ""
    if not 0 <= start < end <= len(text):
        raise FactError(f"the passage {start}-{end} is not within page {page} of "
                        f"{document.get('control') or doc_id} ({len(text)} characters)")
    if end - start > MAX_TEXT:
        raise FactError(f"a passage of at most {MAX_TEXT} characters")
    quote = text[start:end].strip()
    control = document.get("control") or doc_id
    given, source = _date(quote, document)
    return {"collection": document["collection"], "doc_id": doc_id, "page": page,
            "start": start, "end": end, "quote": quote, "description": " ".join(quote.split()),
            "date": given, "date_source": source,
            "people": _people(store, doc_id, page, start, end),
            "citations": [{"doc_id": doc_id, "control": control, "page": page,
                           "citation": page_citation(control, page), "urn": None}],
            "issue_choices": _issue_choices(store, document["collection"])}


def _date(quote: str, document: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    """The first date the passage states, else the document's date (its day), and which."""
    stated = dates_in(quote)
    if stated:
        return {"from": stated[0][0].isoformat(), "to": None, "circa": False}, "passage"
    day = str(document.get("date") or "")[:10]
    if len(day) == 10:
        return {"from": day, "to": None, "circa": False}, "document"
    return None, None


def _people(store: ScopedStore, doc_id: str, page: int, start: int,
            end: int) -> list[dict[str, str]]:
    """The people and organisations mentioned within the passage, in the order they come."""
    body = {"size": MENTIONS, "sort": [{"start": "asc"}], "_source": ["entity", "text"],
            "query": {"bool": {"filter": [
                {"term": {"doc_id": doc_id}}, {"term": {"page": page}},
                {"terms": {"kind": list(PEOPLE_KINDS)}},
                {"range": {"start": {"gte": start}}}, {"range": {"end": {"lte": end}}}],
                "must_not": [{"term": {"wrong": True}}]}}}
    hits = store.search(store.indices.mentions, body)["hits"]["hits"]
    people: dict[str, str] = {}
    for hit in hits:
        people.setdefault(hit["_source"]["entity"], hit["_source"]["text"])
    return [{"key": key, "name": name} for key, name in people.items()]


def _issue_choices(store: ScopedStore, collection: str) -> list[str]:
    scheme = CodingStore(store).scheme(collection)
    if scheme is None:
        return []
    try:
        return list(scheme.get("issue").choices)
    except CodingError:
        return []


def resolve_citation(store: ScopedStore, control: str, page: int) -> dict[str, Any]:
    """The document and page a citation (control number and page) names, if the caller may see
    it (NotFoundError otherwise: the two are the same answer)."""
    body = {"size": 1, "_source": ["id", "control", "collection", "page_count"],
            "query": {"bool": {"filter": [{"term": {"control": control}}]}}}
    hits = store.search(store.indices.documents, body)["hits"]["hits"]
    if not hits:
        raise NotFoundError(f"no document {control}")
    document = hits[0]["_source"]
    pages = int(document.get("page_count") or 1)
    if not 1 <= page <= pages:
        raise NotFoundError(f"{control} has {pages} page{'s' if pages > 1 else ''}, not {page}")
    return {"doc_id": document["id"], "control": control, "page": page,
            "citation": page_citation(control, page), "collection": document["collection"]}
