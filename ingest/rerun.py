"""The work of a stage run again over one stored document (``ingest.stages`` plans the job):
the counterpart of ``ingest.worker.process_file`` for a document already in the store. As the
worker, each function takes a ``FileTask`` and returns an ``Outcome``, and the job commits it,
so the local pool and Celery run the same code; unlike the worker, it reads the stored pages
and document it works on.

- ``entities``: NER again over the stored pages; the document's mentions are replaced (those
  beyond the new count deleted first, see ingest.job.commit) and its person/org/place rewritten.
- ``ocr``: pages flagged as OCR'd, or without a usable text layer, are read again by tesseract
  from the original in the blob store (PDF pages rendered, images frame by frame, a scan filed
  one page per file from each of its files, ingest.scans); the changed
  pages, the document's text and its near-duplicate signature are rewritten, then entities run
  as above, since the text changed.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest.blobs import blob_store
from ingest.entities import find_mentions, load_nlp
from ingest.errors import IngestError, PasswordProtected, UnsupportedFormat
from ingest.extract import ExtractContext
from ingest.model import FileTask, Outcome, Page, ScanPage
from ingest.neardup import signature
from ingest.records import facet_fields, mention_actions, page_actions
from ingest.scans import read_scan
from search.corrections import ingest_corrections
from search.indices import Indices

OCR_DPI = 300
MAX_RENDER_PIXELS = 60_000_000  # a poster-sized page must not take the worker's memory


def _stored_pages(client: OpenSearch, indices: Indices, doc_id: str) -> list[Page]:
    hits = helpers.scan(client, index=indices.pages, preserve_order=True, query={
        "query": {"term": {"doc_id": doc_id}}, "sort": [{"page": "asc"}]},
        _source=["page", "text", "ocr", "ocr_confidence"])
    return [Page(number=h["_source"]["page"], text=h["_source"].get("text") or "",
                 ocr=bool(h["_source"].get("ocr")), ocr_confidence=h["_source"].get("ocr_confidence"))
            for h in hits]


def _entity_actions(client: OpenSearch, task: FileTask, pages: list[Page], settings: Settings,
                    indices: Indices, date: str | None) -> tuple[list[dict], int, dict]:
    mentions = find_mentions(pages, load_nlp(settings.spacy_model), settings.max_entity_chars)
    corrections = ingest_corrections(client, indices.prefix)
    actions = mention_actions(indices, task.doc_id, task.collection, mentions, date,
                              corrections)
    facets = facet_fields(mentions, corrections, task.collection, task.doc_id)
    return actions, len(mentions), {**facets, "mention_count": len(mentions)}


def _reocr_scan(task: FileTask, document: dict, settings: Settings) -> list[Page]:
    """A page-per-file scan's pages read again, each from its own file in the blob store
    (ingest.scans); a file that cannot be read stops the stage for the document rather than
    blank its page."""
    store = blob_store(settings)
    with ExitStack() as copies:  # a remote store's blobs fetched, and deleted afterwards
        files = tuple(ScanPage(str(copies.enter_context(store.local_copy(store.ref(sha)))),
                               path, sha, 0)
                      for sha, path in zip(document["page_files"], document["paths"],
                                           strict=False))
        scan = dataclasses.replace(task, group=task.relpath, group_pages=files)
        extraction, errors = read_scan(scan, ExtractContext(settings.ocr_languages))
    if errors:
        raise IngestError(next(iter(errors.values()))[1])
    return extraction.pages


def _reocr(task: FileTask, pages: list[Page], settings: Settings) -> list[Page]:
    """New text for the pages that need it (from the original, fetched when the blob store is
    remote); the others unchanged."""
    with blob_store(settings).local_copy(task.path) as original:
        if not original.is_file():
            raise IngestError(f"the original is not in the blob store ({original})")
        return _reocr_file(task, pages, original, settings)


def _reocr_file(task: FileTask, pages: list[Page], original: Path,
                settings: Settings) -> list[Page]:
    from ingest.extract.ocr import ocr_image
    from ingest.extract.pdf import is_usable

    wanted = {p.number for p in pages if p.ocr or not is_usable(p.text)}
    if task.family == "image":
        from PIL import Image, ImageSequence

        with Image.open(original) as image:
            frames = [(n, f.copy()) for n, f in enumerate(ImageSequence.Iterator(image), 1)]
        redone = []
        for number, frame in frames:
            text, confidence = ocr_image(frame, settings.ocr_languages)
            redone.append(Page(number, text, ocr=True, ocr_confidence=confidence))
        return redone
    if task.family != "pdf":
        raise UnsupportedFormat(f"{task.family or 'this'} documents have no page images to OCR")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(original))
    except pdfium.PdfiumError as exc:
        raise PasswordProtected(f"the PDF cannot be opened ({exc})") from exc
    redone = []
    try:
        for page in pages:
            if page.number not in wanted or page.number > len(pdf):
                redone.append(page)
                continue
            source = pdf[page.number - 1]
            width, height = source.get_size()
            scale = min(OCR_DPI / 72, (MAX_RENDER_PIXELS / max(width * height, 1)) ** 0.5)
            bitmap = source.render(scale=scale, grayscale=True)
            text, confidence = ocr_image(bitmap.to_pil(), settings.ocr_languages)
            redone.append(Page(page.number, text, ocr=True, ocr_confidence=confidence))
            bitmap.close()
            source.close()
    finally:
        pdf.close()
    return redone


def _rerun(task: FileTask, settings: Settings, stage: str) -> Outcome:
    from search.client import get_client

    started = time.monotonic()
    indices = Indices(settings.index_prefix)
    try:
        client = get_client(settings)
        document = client.get(index=indices.documents, id=task.doc_id,
                              _source_includes=["date", "page_count", "page_files",
                                                "paths"])["_source"]
        date = document.get("date")
        # Pages past the document's own count are leftovers: not read, and swept (replaces).
        pages = [p for p in _stored_pages(client, indices, task.doc_id)
                 if p.number <= (document.get("page_count") or 0)]
        update: dict = {}
        records: list[dict] = []
        if stage == "ocr":
            pages = (_reocr_scan(task, document, settings) if document.get("page_files")
                     else _reocr(task, pages, settings))
            records += page_actions(indices, task, [p for p in pages if p.ocr])
            text = "\n\n".join(p.text for p in pages)
            sig = signature(text)
            update.update(content=text, ocr=any(p.ocr for p in pages),
                          near_dup_bands=sig.bands if sig else None,
                          minhash=sig.encoded if sig else None)
        actions, count, fields = _entity_actions(client, task, pages, settings, indices, date)
        records += actions
        update.update(fields)
        records.append({"_op_type": "update", "_index": indices.documents, "_id": task.doc_id,
                        "retry_on_conflict": 3, "doc": update})
    except IngestError as exc:
        return Outcome(task=task, state=exc.state, stage=stage, error_class=type(exc).__name__,
                       error_message=f"{task.relpath}: {exc}")
    except Exception as exc:
        return Outcome(task=task, state="failed", stage=stage, error_class=type(exc).__name__,
                       error_message=f"{task.relpath}: {exc}")
    return Outcome(task=task, state="indexed", stage=stage, pages=len(pages), records=records,
                   replaces=(len(pages), count),
                   duration_ms=int((time.monotonic() - started) * 1000))


def rerun_entities(task: FileTask, settings: Settings) -> Outcome:
    return _rerun(task, settings, "entities")


def rerun_ocr(task: FileTask, settings: Settings) -> Outcome:
    return _rerun(task, settings, "ocr")


# The stages that run per document, in the pool or on Celery (``FileTask.stage`` names one).
WORK: dict[str, Callable[[FileTask, Settings], Outcome]] = {
    "entities": rerun_entities, "ocr": rerun_ocr}
