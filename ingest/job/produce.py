"""Issuing a production: each document produced as one stamped PDF with its approved redactions
burned in (ingest.production), proven clean, kept in the blob store, and recorded under its URN.

``begin`` runs in the request that issues: it marks the production ``issuing`` (refusing while
another issue of it is alive: one whose heartbeat is younger than ``STALE_S``), so an issue
that died with its process can be issued again. ``issue`` then does the work:

1. the documents withheld in full: those the production withholds, and those whose every page
   is redacted whole (listed with the reasons of those redactions);
2. URNs for the others that have none yet: the prefix's next numbers, each claimed by creating
   its record (``op_type=create``), so two issues never share a number;
3. per document, in order: when what it was made from is unchanged (``fingerprint``: the
   original, the approved redactions, the URN, the renderer) and its file is in the blob store,
   nothing is done (a re-issue gives the same bytes); otherwise it is produced, the proof is run
   on it (no string its redactions took out is anywhere in the file), and it is kept;
4. the production's state: ``issued``, or ``failed`` with an error naming each document that
   could not be produced (the others are kept; issuing again retries those).
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from opensearchpy import ConflictError, OpenSearch

from config import Settings
from ingest.blobs import BlobError, blob_store
from ingest.blobs.base import BlobStore
from ingest.production import (
    ProducedPage,
    ProductionError,
    SourceDocument,
    leaks,
    produced_pages,
    write_pdf,
)
from ingest.production.proof import text_key
from search.indices import Indices
from search.production_preview import withheld_in_full
from search.productions import produced_index, productions_index, urn
from search.redactions import approved_records
from search.store import now
from search.system import SystemStore

RENDERER = "1"  # raised when the output of the same inputs changes: every file is made again
STALE_S = 600
MIN_CHECKED = 3  # characters: shorter redacted strings are found in any text
Record = dict[str, Any]


class IssueRefused(ValueError):
    """The production is being issued by another request."""


def begin(client: OpenSearch, settings: Settings, production: Record, user: str | None) -> None:
    """Mark the production ``issuing`` for ``user`` (IssueRefused while a live issue runs)."""
    beat = production.get("heartbeat_at")
    if production.get("state") == "issuing" and beat and \
            datetime.fromisoformat(beat) > datetime.now(UTC) - timedelta(seconds=STALE_S):
        raise IssueRefused(f"production {production['id']} is being issued: wait for it to end")
    _update(client, settings, production["id"], state="issuing", heartbeat_at=now(),
            issued_by=user, errors=[], progress={"done": 0, "total": len(production["doc_ids"])})


def _update(client: OpenSearch, settings: Settings, production_id: str, *,
            searchable: bool = True, **fields: Any) -> None:
    """Change the production's record. A heartbeat (``searchable=False``) is read back by id,
    which needs no refresh: waiting for one after every document (up to the refresh interval
    each) made a production of 1,000 documents wait minutes doing nothing."""
    client.update(index=productions_index(settings.index_prefix), id=production_id,
                  body={"doc": fields}, refresh="wait_for" if searchable else False,
                  retry_on_conflict=5)


@dataclass
class _Issue:
    client: OpenSearch
    settings: Settings
    production: Record
    reader: SystemStore
    blobs: BlobStore
    errors: list[Record] = field(default_factory=list)


def issue(client: OpenSearch, settings: Settings, production_id: str) -> Record:
    """Produce every document of the production (after ``begin``); returns its final state."""
    indices = Indices(settings.index_prefix)
    reader = SystemStore(client, indices)
    production = reader.get(productions_index(indices.prefix), production_id)["_source"]
    run = _Issue(client, settings, production, reader, blob_store(settings))
    documents = {d["_id"]: d["_source"] for d in reader.mget(indices.documents,
                                                              production["doc_ids"])}
    redactions = approved_records(reader, production["doc_ids"])
    withheld, produced = withheld_in_full(production, documents, redactions)
    try:
        urns = _numbered(run, [d for d in produced if d in documents], documents)
        for done, doc_id in enumerate(produced, start=1):
            if doc_id not in documents:
                run.errors.append({"control": doc_id, "error": "the document no longer exists"})
                continue
            try:
                _produce(run, urns[doc_id], documents[doc_id], redactions.get(doc_id, []))
            except (ProductionError, BlobError, OSError) as exc:
                run.errors.append({"control": documents[doc_id].get("control"),
                                   "error": str(exc)})
            _update(client, settings, production_id, searchable=False, heartbeat_at=now(),
                    progress={"done": done, "total": len(produced)})
    except Exception as exc:
        run.errors.append({"control": None, "error": f"the issue stopped: {exc}"})
        raise
    finally:
        # The produced records were written without waiting for a refresh each: one for all,
        # before the production says it is issued.
        client.indices.refresh(index=produced_index(settings.index_prefix))
        state = "failed" if run.errors else "issued"
        _update(client, settings, production_id, state=state, errors=run.errors,
                withheld_docs=withheld, issued_at=now(), issues=int(production.get("issues") or 0) + 1)
    return {"id": production_id, "state": state, "errors": run.errors}


def _numbered(run: _Issue, doc_ids: list[str], documents: dict[str, Record]) -> dict[str, str]:
    """The URN of each document to produce: the one it has in this production, or the
    prefix's next number, claimed by creating its record."""
    index = produced_index(run.settings.index_prefix)
    production = run.production
    run.client.indices.refresh(index=index)
    hits = run.reader.scan(index, {"query": {"term": {"production": production["id"]}}},
                           size=1000)
    have = {h["_source"]["doc_id"]: h["_source"]["urn"] for h in hits}
    prefix = production["prefix"]
    top = run.client.search(index=index, body={
        "size": 0, "query": {"term": {"prefix": prefix}},
        "aggs": {"top": {"max": {"field": "number"}}}})["aggregations"]["top"]["value"]
    number = int(top or 0)
    position = {doc_id: i for i, doc_id in enumerate(production["doc_ids"], start=1)}
    for doc_id in doc_ids:
        if doc_id in have:
            continue
        document = documents[doc_id]
        while True:
            number += 1
            record = {"urn": urn(prefix, number), "prefix": prefix, "number": number,
                      "production": production["id"], "position": position[doc_id],
                      "collection": production["collection"], "doc_id": doc_id,
                      "control": document.get("control"), "source_path": document.get("path"),
                      "sha256": "", "pages": 0, "redactions": 0, "fingerprint": ""}
            try:
                # A claim by id needs no refresh: a number taken meanwhile is a conflict.
                run.client.index(index=index, id=record["urn"], body=record, op_type="create")
            except ConflictError:  # taken by another production's issue meanwhile
                continue
            have[doc_id] = record["urn"]
            break
    run.client.indices.refresh(index=index)
    return have


def _fingerprint(document: Record, records: list[Record], number: str) -> str:
    made_from = {"renderer": RENDERER, "urn": number, "sha256": document.get("sha256"),
                 "page_files": document.get("page_files"), "mime": document.get("mime"),
                 "redactions": [{k: r.get(k) for k in ("id", "page", "kind", "start", "end",
                                                       "box", "reason")} for r in records]}
    return hashlib.sha256(json.dumps(made_from, sort_keys=True).encode()).hexdigest()


def _produce(run: _Issue, number: str, document: Record, records: list[Record]) -> None:
    index = produced_index(run.settings.index_prefix)
    current = run.reader.get(index, number)["_source"]
    fingerprint = _fingerprint(document, records, number)
    if current.get("fingerprint") == fingerprint and current.get("sha256") and \
            run.blobs.exists(current["sha256"]):
        return
    work = run.settings.data_dir / "work"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work) as folder:
        out = Path(folder) / f"{number}.pdf"
        written = write_document(run.reader, run.blobs, run.settings, document, records,
                                 lambda n, _page: f"{number}/{n}", out)
        sha256 = file_sha256(out)
        run.blobs.put_file(out, sha256)
    count = len(written.page_map)
    page_map = written.page_map if written.page_map != list(range(1, count + 1)) else []
    run.client.index(index=index, id=number, body={
        **current, "sha256": sha256, "pages": count, "page_map": page_map,
        "redactions": len(records), "fingerprint": fingerprint, "produced_at": now()})


@dataclass(frozen=True)
class Written:
    """A document written by ``write_document``: the document page each output page shows (as
    many as it has pages), and the strings its redactions took out that it shows nowhere."""

    page_map: list[int]
    hidden: list[str]


def write_document(reader: SystemStore, blobs: BlobStore, settings: Settings, document: Record,
                   records: list[Record], stamp: Callable[[int, int], str], out: Path
                   ) -> Written:
    """Write ``document``'s produced pages, its approved redactions (``records``) burned in, to
    ``out`` with ``stamp(n, document page)`` on output page n, and run the proof on it (a
    ProductionError when a redacted string survives). A production and a hearing bundle write
    each document so."""
    texts, ocr = {}, set()
    for hit in reader.scan(reader.indices.pages, {"query": {"term": {"doc_id": document["id"]}}},
                           size=1000):
        texts[int(hit["_source"]["page"])] = hit["_source"].get("text") or ""
        if hit["_source"].get("ocr"):
            ocr.add(int(hit["_source"]["page"]))
    with ExitStack() as stack:
        files = [stack.enter_context(blobs.local_copy(blobs.ref(sha)))
                 for sha in (document.get("page_files") or [document["sha256"]])]
        source = SourceDocument(document.get("control") or document["id"],
                                document.get("mime") or "", files, texts, frozenset(ocr),
                                tuple(settings.passwords), settings.ocr_languages)
        made = _Made(texts)
        write_pdf(made.pages(produced_pages(source, records)),
                  lambda n: stamp(n, made.page_map[n - 1]), out, source.passwords)
    checked = made.checked()
    found = leaks(out, checked)
    if found:
        raise ProductionError(
            f"{source.label}: the proof found a redacted string in the produced file "
            f"({found[0].where}); the file was not kept")
    return Written(made.page_map, checked)


class _Made:
    """What the produced pages took out and what they still show, gathered as they pass."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.texts = texts
        self.page_map: list[int] = []
        self.hidden: set[str] = set()
        self.shown: list[str] = []

    def pages(self, pages: Iterator[ProducedPage]) -> Iterator[ProducedPage]:
        for page in pages:
            self.page_map.append(page.document_page)
            self.hidden.update(page.hidden)
            self.shown.append(self.texts.get(page.document_page, "") if page.copy_of else
                              " ".join(word for word, _box in page.words))
            yield page

    def checked(self) -> list[str]:
        """The strings the proof looks for: each one taken out that the produced pages do not
        show elsewhere (a word redacted in one place and left in another is not hidden)."""
        shown = text_key("\n".join(self.shown))
        return sorted(h for h in self.hidden
                      if len(text_key(h)) >= MIN_CHECKED and text_key(h) not in shown)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
