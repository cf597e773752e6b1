"""Redactions as records: proposed on one page of one document, approved by a second user or
rejected, and listed as the redaction log.

A redaction is one of ``KINDS``: a text ``span`` (offsets into the stored page text, checked
against it), a ``box`` on the page image (page fractions, or PDF points checked against the
page's size), or the whole ``page``. Its reason is one of the collection's reasons, which an
admin sets (``set_reasons``). Its state goes from ``proposed`` to ``approved`` or ``rejected``;
an approved one may be rejected later (un-approved) and a rejected one approved. Whoever
decides must not be who proposed: four eyes.

Redactions are placed on the original text, so proposing and deciding need clearance: a caller
without it reads the ciphered copy, whose offsets are not the original's. Every read goes
through the caller's scoped store (a redaction of a collection the caller has no grant on does
not exist for them), and the document is resolved through ``DocumentView`` by the API first, so
an unseen document is a 404 here as everywhere. What the approved redactions do to the text
users without clearance read is search.redaction_text; the job that rewrites their copy is
ingest.job.redact, which reads them with ``approved_redactions``.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from opensearchpy import ConflictError

from search.errors import ForbiddenError, NotFoundError
from search.export import csv_cell
from search.indices import Indices, alias_name
from search.redaction_text import Applied
from search.scoped import ScopedStore
from search.store import now, visible_collection

KINDS = ("span", "box", "page")
STATES = ("proposed", "approved", "rejected")
UNITS = ("fraction", "pt")
MAX_REASONS = 50
MAX_REASON_CHARS = 300
MAX_PROPOSED = 10_000  # redactions one rule may propose at once
# What a redaction's record tells only a cleared caller: the words of a span, and where it lies.
UNCLEARED_HIDDEN = ("text", "start", "end", "covers")
LOG_FIELDS = ("id", "control", "doc_id", "page", "kind", "start", "end", "box", "reason", "rule",
              "state", "proposed_by", "proposed_at", "decided_by", "decided_at")
Record = dict[str, Any]


def redactions_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "redactions")


@dataclass(frozen=True)
class Box:
    """A rectangle on a page: left, top, right, bottom, in page fractions or PDF points."""

    x0: float
    y0: float
    x1: float
    y1: float
    unit: str = "fraction"

    def check(self, size: tuple[float, float] | None) -> None:
        """ValueError naming why the box is not on the page (``size``: the page's width and
        height in points, None when the page has none, as for a document that is not a PDF)."""
        if self.unit not in UNITS:
            raise ValueError(f"a box's unit is one of {', '.join(UNITS)}")
        if self.unit == "fraction":
            size = (1.0, 1.0)
        elif size is None:
            raise ValueError("the page has no size in points (the document is not a PDF): "
                             "give the box in page fractions")
        width, height = size
        if not (self.x0 < self.x1 and self.y0 < self.y1):
            raise ValueError("a box needs x0 < x1 and y0 < y1")
        for name, value, limit in (("x0", self.x0, width), ("x1", self.x1, width),
                                   ("y0", self.y0, height), ("y1", self.y1, height)):
            if not 0 <= value <= limit:
                raise ValueError(f"the box lies off the page: {name} = {value:g} is outside "
                                 f"0-{limit:g} {'of the page' if self.unit == 'fraction' else 'pt'}")

    def fractions(self, size: tuple[float, float] | None) -> tuple[float, float, float, float]:
        """The box in page fractions (``size``: the page's in points, for a box in points)."""
        width, height = size if self.unit == "pt" and size else (1.0, 1.0)
        return (self.x0 / width, self.y0 / height, self.x1 / width, self.y1 / height)


@dataclass(frozen=True)
class Proposal:
    """What a reviewer asks to redact on one page."""

    page: int
    kind: str
    reason: str
    start: int | None = None
    end: int | None = None
    box: Box | None = None
    rule: str | None = None
    # A box's words in the stored page text (ingest.production.box_text), which the redacted
    # copy loses as it loses a span's.
    covers: tuple[tuple[int, int], ...] = ()


class Redactions:
    """The redactions the store's caller may see, and their changes."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.client = store.client  # writes
        self.index = redactions_index(store.indices)
        self.caller = store.caller

    def shown(self, record: Record) -> Record:
        """A redaction as the caller may read it. Without clearance: not the words a span
        covers, nor where it lies (its offsets tell how long the redacted text was), nor the
        value of the rule that proposed it (a name, a regex), only its kind."""
        if self.caller.cleared or self.caller.system:
            return record
        rule = record.get("rule")
        return {**record, **dict.fromkeys(UNCLEARED_HIDDEN),
                "rule": rule.split(":", 1)[0] if rule else rule}

    def needs_clearance(self) -> None:
        """ForbiddenError for a caller without clearance (before any original is read)."""
        if not (self.caller.cleared or self.caller.system):
            raise ForbiddenError("redactions are placed on the original text: it needs clearance")

    # --- reasons ---------------------------------------------------------------------------

    def reasons(self, collection: str) -> list[str]:
        """The reasons a redaction in ``collection`` may give (NotFoundError for a collection
        the caller may not see)."""
        return list(visible_collection(self.store, collection).get("redaction_reasons") or [])

    def set_reasons(self, collection: str, reasons: list[str]) -> list[str]:
        visible_collection(self.store, collection)
        cleaned = list(dict.fromkeys(" ".join(r.split()) for r in reasons))
        if any(not r or len(r) > MAX_REASON_CHARS for r in cleaned) or len(cleaned) > MAX_REASONS:
            raise ValueError(f"a reason is 1-{MAX_REASON_CHARS} characters, "
                             f"{MAX_REASONS} reasons at most")
        self.client.update(index=self.store.indices.collections, id=collection, refresh=True,
                           retry_on_conflict=5, body={"doc": {"redaction_reasons": cleaned}})
        return cleaned

    # --- proposing --------------------------------------------------------------------------

    def propose(self, document: Record, proposals: list[Proposal],
                page_texts: dict[int, str]) -> list[Record]:
        """New proposed redactions of ``document`` (as ``DocumentView`` gave it), each checked:
        its reason on the collection's list, its page in the document, a span within the
        stored page text (``page_texts``: page -> text, for the pages spans are on)."""
        self.needs_clearance()
        if len(proposals) > MAX_PROPOSED:
            raise ValueError(f"at most {MAX_PROPOSED} redactions at once")
        reasons = set(self.reasons(document["collection"]))
        records = [self._record(document, p, reasons, page_texts) for p in proposals]
        self._write(records)
        return records

    def _record(self, document: Record, proposal: Proposal, reasons: set[str],
                page_texts: dict[int, str]) -> Record:
        if proposal.reason not in reasons:
            raise ValueError(f"the reason {proposal.reason!r} is not on the collection's list "
                             f"of redaction reasons" if reasons else
                             "the collection has no redaction reasons: an admin sets them")
        if proposal.kind not in KINDS:
            raise ValueError(f"a redaction is one of {', '.join(KINDS)}")
        page_count = int(document.get("page_count") or 1)
        if not 1 <= proposal.page <= page_count:
            raise ValueError(f"the document has {page_count} pages")
        record: Record = {
            "id": f"red-{uuid.uuid4().hex}", "collection": document["collection"],
            "doc_id": document["id"], "control": document.get("control"),
            "page": proposal.page, "kind": proposal.kind, "reason": proposal.reason,
            "rule": proposal.rule, "state": "proposed", "proposed_by": self.caller.user,
            "proposed_at": now()}
        if proposal.kind == "span":
            record.update(_span(proposal, page_texts.get(proposal.page)))
        elif proposal.kind == "box":
            if proposal.box is None:
                raise ValueError("a box redaction needs its box")
            record["box"] = vars(proposal.box)
            text = page_texts.get(proposal.page) or ""
            record["covers"] = [[start, end] for start, end in proposal.covers]
            record["text"] = " ".join(text[start:end] for start, end in proposal.covers) or None
        return record

    def _write(self, records: list[Record]) -> None:
        if not records:
            return
        lines: list[Record] = []
        for record in records:
            lines += [{"create": {"_index": self.index, "_id": record["id"]}}, record]
        answer = self.client.bulk(body=lines, refresh="wait_for")
        if answer.get("errors"):
            raise RuntimeError("some redactions could not be stored")

    # --- deciding ---------------------------------------------------------------------------

    def get(self, redaction_id: str) -> Record:
        found = self.store.get(self.index, redaction_id)
        if found is None:
            raise NotFoundError(f"no redaction {redaction_id}")
        return {**found["_source"], "_seq_no": found["_seq_no"],
                "_primary_term": found["_primary_term"]}

    def decide(self, redaction_id: str, approve: bool) -> tuple[Record, bool]:
        """Approve or reject a redaction; returns it and whether what uncleared users read
        changes (it was approved, or now is). A decision by its proposer is a ForbiddenError."""
        self.needs_clearance()
        found = self.get(redaction_id)
        if found.get("proposed_by") == self.caller.user:
            raise ForbiddenError("a redaction is approved or rejected by someone other than "
                                 "its proposer")
        state = "approved" if approve else "rejected"
        record = {k: v for k, v in found.items() if not k.startswith("_")}
        if record["state"] == state:
            return record, False
        changes = "approved" in (record["state"], state)
        record.update(state=state, decided_by=self.caller.user, decided_at=now())
        try:
            self.client.index(index=self.index, id=redaction_id, body=record, refresh="wait_for",
                              if_seq_no=found["_seq_no"], if_primary_term=found["_primary_term"])
        except ConflictError:
            raise ValueError("the redaction changed meanwhile: read it again") from None
        return record, changes

    # --- reading ----------------------------------------------------------------------------

    def of_document(self, doc_id: str) -> list[Record]:
        return list(self._scan({"term": {"doc_id": doc_id}}))

    def log(self, collection: str) -> Iterator[Record]:
        """The collection's redactions in control, page and time order (the redaction log)."""
        visible_collection(self.store, collection)
        return self._scan({"term": {"collection": collection}})

    def _scan(self, query: Record) -> Iterator[Record]:
        hits = self.store.scan(self.index, {"query": {"bool": {"filter": [query]}}}, size=1000)
        records = [hit["_source"] for hit in hits]
        records.sort(key=lambda r: (r.get("control") or "", r["page"], r["proposed_at"]))
        yield from (self.shown(r) for r in records)


def _span(proposal: Proposal, text: str | None) -> Record:
    """A span's offsets checked against the stored page text, and the words they cover."""
    if proposal.start is None or proposal.end is None:
        raise ValueError("a span redaction needs start and end")
    if text is None:
        raise ValueError(f"page {proposal.page} has no stored text")
    if not 0 <= proposal.start < proposal.end <= len(text):
        raise ValueError(f"the span {proposal.start}-{proposal.end} is not within the page's "
                         f"text ({len(text)} characters)")
    return {"start": proposal.start, "end": proposal.end,
            "text": text[proposal.start:proposal.end]}


def approved_redactions(store: ScopedStore, doc_ids: Iterable[str]) -> dict[str, Applied]:
    """Per document of ``doc_ids`` that has any, its approved redactions as they take text out
    (for the writers of the ciphered copy, which read as the system)."""
    ids = sorted(set(doc_ids))
    applied: dict[str, Applied] = {}
    index = redactions_index(store.indices)
    for start in range(0, len(ids), 1000):
        body = {"_source": ["doc_id", "page", "kind", "start", "end", "covers", "rule"],
                "query": {"bool": {"filter": [{"terms": {"doc_id": ids[start:start + 1000]}},
                                              {"term": {"state": "approved"}}]}}}
        for hit in store.scan(index, body, size=2000):
            source = hit["_source"]
            redacted = applied.setdefault(source["doc_id"], Applied())
            page = int(source["page"])
            if source["kind"] == "page":
                redacted.whole_pages.add(page)
            elif source["kind"] == "span":
                redacted.add_span(page, int(source["start"]), int(source["end"]))
            for cover_start, cover_end in source.get("covers") or []:
                redacted.add_span(page, int(cover_start), int(cover_end))
            if name := rule_name(source.get("rule")):
                redacted.names.add(name)
    return applied


def rule_name(rule: str | None) -> str | None:
    """The name a redaction's rule redacts in all its forms, for a name rule ("name:Jane
    Doe", as ingest.redaction_rules labels it); None for any other."""
    kind, _, value = (rule or "").partition(":")
    return value if kind == "name" and value.strip() else None


@dataclass(frozen=True)
class CollectionRedactions:
    """A collection's approved redactions as what records quoting its documents (the case
    register) must not show: the words of its spans, its pages redacted whole (document id,
    page) and the names its name rules redacted in every form."""

    texts: list[str]
    whole_pages: set[tuple[str, int]]
    names: set[str]


def collection_redactions(store: ScopedStore, collection: str) -> CollectionRedactions:
    body = {"_source": ["doc_id", "page", "kind", "text", "rule"], "query": {"bool": {
        "filter": [{"term": {"collection": collection}}, {"term": {"state": "approved"}}]}}}
    found = CollectionRedactions([], set(), set())
    for hit in store.scan(redactions_index(store.indices), body, size=2000):
        source = hit["_source"]
        if source["kind"] == "page":
            found.whole_pages.add((source["doc_id"], int(source["page"])))
        elif source.get("text"):
            found.texts.append(source["text"])
        if name := rule_name(source.get("rule")):
            found.names.add(name)
    return found


def approved_records(store: ScopedStore, doc_ids: Iterable[str]) -> dict[str, list[Record]]:
    """Per document of ``doc_ids`` that has any, its approved redactions of every kind, whole
    (for the production, which burns boxes in as well as spans and pages)."""
    ids = sorted(set(doc_ids))
    found: dict[str, list[Record]] = {}
    for start in range(0, len(ids), 1000):
        body = {"query": {"bool": {"filter": [{"terms": {"doc_id": ids[start:start + 1000]}},
                                              {"term": {"state": "approved"}}]}}}
        for hit in store.scan(redactions_index(store.indices), body, size=2000):
            found.setdefault(hit["_source"]["doc_id"], []).append(hit["_source"])
    for records in found.values():
        records.sort(key=lambda r: (r["page"], r["proposed_at"], r["id"]))
    return found


def log_csv(records: Iterable[Record], extra: tuple[str, ...] = ()) -> str:
    """The redaction log as CSV: ``LOG_FIELDS`` (the box as "x0,y0,x1,y1 unit"), then the
    ``extra`` columns (a production's URN). Cells are kept from being read as formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    columns = [*extra, *(c for c in LOG_FIELDS if c != "box"), "box"]
    writer.writerow(columns)
    for record in records:
        box = record.get("box")
        row = {**record, "box": None if not box else
               f"{box['x0']:g},{box['y0']:g},{box['x1']:g},{box['y1']:g} {box['unit']}"}
        writer.writerow([csv_cell(row.get(c)) for c in columns])
    return buffer.getvalue()
