"""Export of a whole result set, with no cap: CSV or JSON of the metadata (with the caller's tags
and star, and the document's coding: search.coding), or a ZIP of the originals with a load file.

With a query, each document carries where it was hit: ``hit_pages``, their ``citations``
(``<control>-<4-digit page>``, as the viewer cites a page) and a plain-text ``snippets`` of each,
in page order; ``per="page"`` writes one row per hit page instead, to cite from.

Every format walks the result set the same way: a point in time (one snapshot, so a job indexing
meanwhile cannot shift the set) and ``search_after`` in batches, so memory stays flat whatever
the size. The request is compiled by ``DocumentSearch.compile`` before the first byte is sent, so
an invalid query is still a 400, and the export holds exactly the documents the search counted.

The ZIP is written through ``zipfile`` into a sink that is drained after every block, so it
streams too: originals are copied from the blob store 1 MiB at a time (and hashed on the way,
so the load file states the SHA-256 of the bytes actually shipped), and the load file rows wait
in a temporary file that spills to disk, then go in last.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import mimetypes
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from search.coding import CodingStore
from search.documents import (
    SORTS,
    Compiled,
    DocumentSearch,
    SearchRequest,
    snippet_highlight,
    snippet_html,
)
from search.fields import CODING_FIELDS
from search.query import page_highlight_query

BATCH = 2000
PIT_KEEP_ALIVE = "10m"
COPY_BLOCK = 1 << 20
# The coding columns (search.coding) come from the coding fields declared in search.fields.
CODING_COLUMNS = tuple(field.name for field in CODING_FIELDS)
COLUMNS = ("control", "id", "title", "date", "type", "collection", "custodian", "path",
           "filename", "page_count", "size", "sha256", "mime", "author", "email_from", "email_to",
           "email_cc", "person", "org", "place", "parent_id", "thread_id", "tags", "starred",
           *CODING_COLUMNS)
SOURCE_FIELDS = [c for c in COLUMNS if c not in ("tags", "starred", *CODING_COLUMNS)] + [
    "extension"]
# Where a query hit each document; the rows of a per-page export lead with the page's own.
HIT_COLUMNS = ("hit_pages", "citations", "snippets")
PAGE_COLUMNS = ("citation", "page", "snippet")
# OpenSearch's cap on inner hits (index.max_inner_result_window): the hit pages listed per document.
MAX_HIT_PAGES = 100
MARK_TAG = re.compile(r"</?mark>")
LOAD_FILE = "loadfile.csv"
LOAD_COLUMNS = ("control", "zip_path", "sha256", "size", "status", "original_path", "filename",
                "title", "date", "type", "custodian", "collection", "parent_id")
# A spreadsheet runs a cell that starts with these as a formula; a leading quote makes it text.
FORMULA_START = frozenset("=+-@\t\r")
# Formats that are already compressed gain nothing from deflate but cost CPU.
STORED = re.compile(r"^(image/|video/|audio/|application/(pdf|zip|x-7z|x-rar|gzip|"
                    r"vnd\.openxmlformats|vnd\.oasis|vnd\.ms-outlook|epub))")
Dsl = dict[str, Any]


@dataclass(frozen=True)
class Original:
    """An original in the blob store, as the export reads it: its size, and its bytes as a
    stream (``open()`` gives a context manager)."""

    size: int
    open: Callable[[], AbstractContextManager[BinaryIO]]

    @classmethod
    def of_file(cls, path: Path) -> Original:
        return cls(size=path.stat().st_size, open=lambda: path.open("rb"))


@dataclass
class Plan:
    """A validated export: the compiled request, ready to stream."""

    request: SearchRequest
    compiled: Compiled
    per: str = "document"

    @property
    def cites(self) -> bool:
        """Whether rows carry the hit pages: a query with a positive term to find them by."""
        return bool(self.request.q.strip())

    def columns(self) -> tuple[str, ...]:
        if self.per == "page":
            return PAGE_COLUMNS + COLUMNS
        return COLUMNS + HIT_COLUMNS if self.cites else COLUMNS


class Export(DocumentSearch):
    """Streams the documents of a search, as rows or as a ZIP of originals."""

    def plan(self, request: SearchRequest, per: str = "document") -> Plan:
        return Plan(request, self.compile(request), per)

    def documents(self, plan: Plan) -> Iterator[Dsl]:
        """Every document of the result set in sort order, with the caller's tags and star.
        The next batch is fetched while this one is written out: the node and the writer work
        at the same time."""
        pit = self.store.open_pit(self.indices.documents, PIT_KEEP_ALIVE)
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
                pending = pool.submit(self._batch, plan, pit, None)
                while True:
                    hits, pit = pending.result()
                    if len(hits) == BATCH:
                        pending = pool.submit(self._batch, plan, pit, hits[-1]["sort"])
                    for hit in hits:
                        yield hit["_source"]
                    if len(hits) < BATCH:
                        return
        finally:
            self.store.close_pit(pit)

    def _batch(self, plan: Plan, pit: str, after: list[Any] | None) -> tuple[list[Dsl], str]:
        """One batch after ``after``, each hit's source carrying the caller's tags and star and
        the document's coding;
        returns the hits and the PIT id to use next (OpenSearch may hand back a new one)."""
        body: Dsl = {"query": plan.compiled.whole(), "sort": SORTS[plan.request.sort],
                     "size": BATCH, "_source": SOURCE_FIELDS, "track_total_hits": False,
                     "pit": {"id": pit, "keep_alive": PIT_KEEP_ALIVE}}
        if after is not None:
            body["search_after"] = after
        result = self._search(self.indices.documents, body)
        hits = result["hits"]["hits"]
        marks = self._annotations([h["_source"]["id"] for h in hits], plan.compiled.lookups)
        coding = CodingStore(self.store)
        codings = coding.codings_of([h["_source"]["id"] for h in hits])
        pages = self._hit_pages(plan, [h["_source"]["id"] for h in hits]) if plan.cites else {}
        for hit in hits:
            mark = marks.get(hit["_source"]["id"], {})
            hit["_source"]["tags"] = mark.get("tags", [])
            hit["_source"]["starred"] = mark.get("starred", False)
            hit["_source"].update(coding.shown(codings.get(hit["_source"]["id"])))
            found = pages.get(hit["_source"]["id"], [])
            hit["_source"]["hit_pages"] = [p["page"] for p in found]
            hit["_source"]["citations"] = [p["citation"] for p in found]
            hit["_source"]["snippets"] = [p["snippet"] for p in found]
        return hits, result.get("pit_id") or pit

    def _hit_pages(self, plan: Plan, doc_ids: list[str]) -> dict[str, list[Dsl]]:
        """The pages of each document that hold a hit of the query, in page order, each with
        its citation and a plain-text snippet (one pages search for the whole batch)."""
        page_query = page_highlight_query(plan.request.q, plan.compiled.lookups)
        if page_query is None or not doc_ids:
            return {}
        body: Dsl = {
            "query": {"bool": {"filter": [{"terms": {"doc_id": doc_ids}}], "must": [page_query]}},
            "collapse": {"field": "doc_id", "inner_hits": {
                "name": "pages", "size": MAX_HIT_PAGES, "sort": [{"page": "asc"}],
                "_source": ["doc_id", "page", "citation"],
                # The snippet the search shows for the page, as plain text.
                "highlight": snippet_highlight(page_query)}},
            "size": len(doc_ids), "_source": False,
        }
        found: dict[str, list[Dsl]] = {}
        for hit in self._search(self.indices.pages, body)["hits"]["hits"]:
            for inner in hit["inner_hits"]["pages"]["hits"]["hits"]:
                source = inner["_source"]
                found.setdefault(source["doc_id"], []).append({
                    "page": source["page"], "citation": source["citation"],
                    "snippet": html.unescape(MARK_TAG.sub("", snippet_html(
                        inner.get("highlight", {})))).strip()})
        return found

    # --- CSV and JSON -----------------------------------------------------------------------

    def rows(self, plan: Plan) -> Iterator[Dsl]:
        """The export's rows: a document each, or with ``per="page"`` a hit page each (the
        document's fields beside the page's citation and snippet)."""
        for document in self.documents(plan):
            if plan.per != "page":
                yield document
                continue
            for page, citation, snippet in zip(document.get("hit_pages", []),
                                               document.get("citations", []),
                                               document.get("snippets", []), strict=True):
                yield {**document, "page": page, "citation": citation, "snippet": snippet}

    def csv(self, plan: Plan) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        columns = plan.columns()
        writer.writerow(columns)
        for count, row in enumerate(self.rows(plan), start=1):
            writer.writerow([csv_cell(row.get(column)) for column in columns])
            if count % BATCH == 0:
                yield _take(buffer)
        yield _take(buffer)

    def json(self, plan: Plan) -> Iterator[str]:
        """A JSON array, one row per line, written as it is read."""
        yield "["
        separator = "\n"
        lines: list[str] = []
        columns = plan.columns()
        for row in self.rows(plan):
            lines.append(separator + json.dumps({c: row.get(c) for c in columns},
                                                ensure_ascii=False))
            separator = ",\n"
            if len(lines) >= BATCH:
                yield "".join(lines)
                lines = []
        yield "".join(lines) + "\n]\n"

    # --- ZIP ---------------------------------------------------------------------------------

    def zip(self, plan: Plan, locate: Callable[[str], Original | None]) -> Iterator[bytes]:
        """The bundle; ``locate`` maps a SHA-256 to its original in the blob store (the caller
        knows the store: search/ does not depend on ingest/)."""
        for chunk in self._zip(plan, locate):
            if chunk:
                yield chunk

    def _zip(self, plan: Plan, locate: Callable[[str], Original | None]) -> Iterator[bytes]:
        sink = _Sink()
        used: set[str] = set()
        with tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+", newline="",
                                           encoding="utf-8") as rows, \
                zipfile.ZipFile(sink, mode="w", allowZip64=True) as bundle:
            load = csv.writer(rows)
            load.writerow(LOAD_COLUMNS)
            for document in self.documents(plan):
                name = _zip_name(document, used)
                sha256 = document.get("sha256") or ""
                source = locate(sha256)
                status, digest, size = "missing", "", None
                if source is not None:
                    digest, size = yield from _copy(bundle, sink, source, name, document)
                    status = "included" if digest == sha256 else "hash_mismatch"
                load.writerow([csv_cell(v) for v in (
                    document.get("control"), name if status != "missing" else "", digest or sha256,
                    size, status, document.get("path"), document.get("filename"),
                    document.get("title"), document.get("date"), document.get("type"),
                    document.get("custodian"), document.get("collection"),
                    document.get("parent_id"))])
                yield sink.drain()
            rows.seek(0)
            info = zipfile.ZipInfo(LOAD_FILE, _stamp())
            info.compress_type = zipfile.ZIP_DEFLATED
            with bundle.open(info, "w", force_zip64=True) as out:
                while block := rows.read(COPY_BLOCK):
                    out.write(block.encode("utf-8"))
                    yield sink.drain()
        yield sink.drain()


def _copy(bundle: zipfile.ZipFile, sink: _Sink, source: Original, name: str,
          document: Dsl) -> Iterator[bytes]:
    """Copy one original into the bundle, yielding output as it goes; returns (sha256, size)."""
    size = source.size
    info = zipfile.ZipInfo(name, _stamp())
    info.file_size = size  # lets zipfile choose ZIP64 up front for huge originals
    mime = document.get("mime") or ""
    info.compress_type = zipfile.ZIP_STORED if STORED.match(mime) else zipfile.ZIP_DEFLATED
    digest = hashlib.sha256()
    with source.open() as original, bundle.open(info, "w") as out:
        while block := original.read(COPY_BLOCK):
            digest.update(block)
            out.write(block)
            yield sink.drain()
    return digest.hexdigest(), size


class _Sink(io.RawIOBase):
    """A write-only, unseekable file for zipfile; what was written is taken with ``drain``."""

    def __init__(self) -> None:
        super().__init__()
        self._chunks: list[bytes] = []
        self._written = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._chunks.append(chunk)
        self._written += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self._written

    def drain(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# Characters XML 1.0 cannot hold (C0 controls but tab, newline and return; lone surrogates;
# U+FFFE/U+FFFF): python-docx refuses a document with any of them, and a hostile file name or
# a typed note can carry one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def docx_text(value: Any) -> str:
    """Text as a Word document can hold it: characters XML cannot carry dropped."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def csv_cell(value: Any) -> str:
    """A CSV cell: lists joined, and text that a spreadsheet would run as a formula quoted."""
    if value is None:
        return ""
    if isinstance(value, str):  # the common case first: this runs for every cell
        text = value
    elif isinstance(value, bool):
        return "yes" if value else "no"
    elif isinstance(value, list):
        text = "; ".join(str(v) for v in value)
    else:
        return str(value)
    return "'" + text if text[:1] in FORMULA_START else text


def _zip_name(document: Dsl, used: set[str]) -> str:
    """natives/<control><.ext>: the control number names the file, as in a disclosure bundle."""
    stem = re.sub(r"[^A-Za-z0-9_-]", "_", document.get("control") or document["id"])
    filename = document.get("filename") or ""
    suffix = PurePosixPath(filename).suffix
    mime = document.get("mime") or ""
    named = mimetypes.guess_type(filename)[0] or ""
    agrees = named == mime or (named.startswith("text/") and mime.startswith("text/"))
    if mime and not agrees:
        # The bytes decide, as at ingest: a PDF filed as ".dat" ships as ".pdf".
        suffix = mimetypes.guess_extension(mime) or suffix
    extension = suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,10}", suffix) else ""
    name = f"natives/{stem}{extension}"
    if name in used:  # two collections whose prefixes collide
        name = f"natives/{stem}-{document['id'][-8:]}{extension}"
    used.add(name)
    return name


def _stamp() -> tuple[int, int, int, int, int, int]:
    now = datetime.now()
    return (now.year, now.month, now.day, now.hour, now.minute, now.second)
