"""Building a hearing bundle's PDF: each document written as a production writes it (its
approved redactions burned in, the proof run on it: ingest.job.produce.write_document), stamped
page by page with its bundle reference, then the index and the bookmarks, joined into one file
kept in the blob store (ingest.production.bundle).

``begin`` runs in the request that builds: it marks the bundle ``building`` (refusing while
another build of it is alive). ``build`` then does the work and ends the bundle ``built`` (its
file's SHA-256 and page count on the record) or ``failed``, with an error naming each document
that could not be written. A bundle is built whole or not at all: a document left out would
move every page after it.

The stamp of a page is ``<letter>/<tab>/<page of the tab>`` and its bundle page, e.g.
"A/2/5  p. 17" (search.bundles says how bundles are numbered). A stored page that takes more than
one sheet (a long typeset page) is 5, then 5A, 5B, as inserted pages are numbered.
"""

from __future__ import annotations

import re
import string
import tempfile
from pathlib import Path
from typing import Any

from opensearchpy import OpenSearch

from config import Settings
from ingest.blobs import BlobError, blob_store
from ingest.job.produce import file_sha256, write_document
from ingest.production import ProductionError
from ingest.production.bundle import IndexRow, Outline, Part, assemble, write_index
from search.bundles import Layout, Placed, building, bundles_index, layout, reference_text
from search.errors import ForbiddenError
from search.indices import Indices
from search.redactions import approved_records
from search.store import now
from search.system import SystemStore

MASK = "[redacted]"
Record = dict[str, Any]


class BuildRefused(ValueError):
    """The bundle is being built by another request."""


def begin(client: OpenSearch, settings: Settings, bundle: Record, user: str | None) -> None:
    """Mark the bundle ``building`` for ``user`` (BuildRefused while a live build runs)."""
    if building(bundle):
        raise BuildRefused(f"bundle {bundle['letter']} is being built: wait for it to end")
    _update(client, settings, bundle["id"], state="building", heartbeat_at=now(),
            built_by=user, errors=[], progress={"done": 0, "total": 0})


def _update(client: OpenSearch, settings: Settings, bundle_id: str, *,
            searchable: bool = True, **fields: Any) -> None:
    """Change the bundle's record; a heartbeat (``searchable=False``) is read back by id and
    waits for no refresh (ingest.job.produce says why)."""
    client.update(index=bundles_index(settings.index_prefix), id=bundle_id,
                  body={"doc": fields}, refresh="wait_for" if searchable else False,
                  retry_on_conflict=5)


class _Stamps:
    """The stamp of each page of one document's file. write_pdf stamps its pages in order, so
    a sheet that shows the same document page as the one before is an inserted sheet."""

    def __init__(self, letter: str, placed: Placed) -> None:
        self.letter = letter
        self.placed = placed
        self.labels: list[str] = []
        self._last = (0, -1)  # (document page, sheets of it so far)

    def __call__(self, _n: int, document_page: int) -> str:
        if not 1 <= document_page <= self.placed.pages:
            raise ProductionError(f"{self.placed.control}: page {document_page} is past the "
                                  f"{self.placed.pages} pages the bundle numbered")
        page, sheets = self._last
        sheets = sheets + 1 if page == document_page else 0
        self._last = (document_page, sheets)
        suffix = string.ascii_uppercase[sheets - 1] if 0 < sheets <= 26 else ""
        tab_page = self.placed.tab_first + document_page - 1
        bundle_page = self.placed.first + document_page - 1
        self.labels.append(f"{bundle_page}{suffix}")
        return f"{reference_text(self.letter, self.placed.tab, tab_page, suffix)}   " \
               f"p. {bundle_page}{suffix}"


def build(client: OpenSearch, settings: Settings, bundle_id: str) -> Record:
    """Build the bundle's PDF (after ``begin``); returns its final state."""
    reader = SystemStore(client, Indices(settings.index_prefix))
    bundle = reader.get(bundles_index(settings.index_prefix), bundle_id)["_source"]
    errors: list[Record] = []
    result: Record = {}
    try:
        numbered = layout(reader, bundle)
        result = _written(client, settings, reader, bundle, numbered, errors)
    except ForbiddenError as exc:  # a document deleted since the bundle was made
        errors.append({"control": None, "error": str(exc)})
    except Exception as exc:
        errors.append({"control": None, "error": f"the build stopped: {exc}"})
        raise
    finally:
        state = "failed" if errors or not result else "built"
        _update(client, settings, bundle_id, state=state, errors=errors, built_at=now(),
                builds=int(bundle.get("builds") or 0) + 1, **result)
    return {"id": bundle_id, "state": state, "errors": errors}


def _written(client: OpenSearch, settings: Settings, reader: SystemStore, bundle: Record,
             numbered: Layout, errors: list[Record]) -> Record:
    """Every document written, then the index and the whole file; {sha256, pages} of the file
    kept in the blob store, or {} when a document could not be written (``errors``)."""
    blobs = blob_store(settings)
    placed = numbered.documents
    documents = {d["_id"]: d["_source"] for d in reader.mget(
        reader.indices.documents, [p.doc_id for p in placed])}
    redactions = approved_records(reader, [p.doc_id for p in placed])
    work = settings.data_dir / "work"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work, prefix="docket-bundle-") as folder:
        parts: list[Part] = []
        rows: list[IndexRow] = []
        for done, item in enumerate(placed, start=1):
            path = Path(folder) / f"{done:05d}.pdf"
            stamps = _Stamps(numbered.letter, item)
            try:
                written = write_document(reader, blobs, settings, documents[item.doc_id],
                                         redactions.get(item.doc_id, []), stamps, path)
                if sorted(set(written.page_map)) != list(range(1, item.pages + 1)):
                    raise ProductionError(f"{item.control}: its file has pages other than the "
                                          f"{item.pages} the bundle numbered")
            except (ProductionError, BlobError, OSError) as exc:
                errors.append({"control": item.control, "error": str(exc)})
                continue
            label = masked(item.label, written.hidden)
            parts.append(Part(path, stamps.labels, f"{item.urn or item.control}: {label}"[:200],
                              item.tab))
            rows.append(IndexRow(item.tab, masked(numbered.tabs[item.tab - 1].title,
                                                  written.hidden),
                                 item.urn or item.control, (item.date or "")[:10], label,
                                 item.first, item.last))
            _update(client, settings, bundle["id"], searchable=False, heartbeat_at=now(),
                    progress={"done": done, "total": len(placed)})
        if errors:
            return {}
        index = Path(folder) / "index.pdf"
        write_index(numbered.letter, bundle["title"], rows, index)
        out = Path(folder) / f"bundle-{numbered.letter}.pdf"
        outline = Outline(numbered.sections, [(t.title, t.section) for t in numbered.tabs])
        pages = assemble(index, parts, outline, out)
        sha256 = file_sha256(out)
        blobs.put_file(out, sha256)
    return {"sha256": sha256, "pages": pages}


def masked(text: str, hidden: list[str]) -> str:
    """``text`` (a title or description in the index) without the strings the document's
    redactions took out, in any case and spacing."""
    for secret in sorted(hidden, key=len, reverse=True):
        words = secret.split()
        if words:
            pattern = r"\s*".join(re.escape(w) for w in words)
            text = re.sub(pattern, MASK, text, flags=re.IGNORECASE)
    return text

