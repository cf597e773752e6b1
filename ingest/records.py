"""Stage: build the index records of one file (document, pages, mentions).

Record ids are derived from the document id, so indexing the same file twice overwrites rather
than duplicates. The document record comes last and is a ``create`` (see ``ingest.job.commit``).
Children of containers carry ``parent_id`` and ``root_id``; a top-level file's ``root_id`` is its
own id, so one term query on ``root_id`` finds a whole family.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from ingest.dates import first_date
from ingest.formats import label_of
from ingest.language import detect_language
from ingest.mention_records import mention_records
from ingest.model import Extraction, FileTask, Mention, Page
from ingest.neardup import Signature
from ingest.tables import TABLE_HEADING, grid_rows
from search.corrections import Corrections
from search.entity_kinds import FACET_KINDS
from search.fields import DERIVATIONS
from search.indices import Indices
from search.names import BIDI_CONTROLS, fold, without_bidi


def page_citation(control: str, page: int) -> str:
    return f"{control}-{page:04d}"


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _facet_values(mentions: list[Mention], kind: str, limit: int = 50) -> list[str]:
    """One display form per key, most mentioned first. A key's fullest form wins over the most
    frequent, so a person linked from "Mr Stokes" is shown as "Raymond Stokes"."""
    by_key: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.kind == kind:
            by_key.setdefault(mention.key, Counter())[mention.text] += 1
    ranked = sorted(by_key.items(), key=lambda item: -sum(item[1].values()))
    return [max(forms, key=lambda f: (fold(f) == key, forms[f], len(f)))
            for key, forms in ranked[:limit]]


def facet_fields(
    mentions: list[Mention], corrections: Corrections | None = None, collection: str = "",
    doc_id: str = "", limit: int = 50,
) -> dict[str, list[str]]:
    """The document's person, org and place fields (also rewritten by ``--stage entities``).
    With corrections, merged keys count as one entity and mentions marked wrong are left out,
    so facets agree with the entity pages after a re-ingest."""
    if corrections is not None:
        corrected = []
        for mention in mentions:
            key = corrections.apply(mention.kind, mention.key, collection, doc_id)
            if key is None:
                continue
            # A merged or split mention reads as the entity it now belongs to.
            text = mention.text if key == mention.key else key.title()
            corrected.append(dataclasses.replace(mention, key=key, text=text))
        mentions = corrected
    return {kind: _facet_values(mentions, kind, limit) for kind in FACET_KINDS}


TITLE_CHARS = 120
# A line that names the document: "Subject: ..." or "Re: ..." (the rest of it), a markdown or
# numbered heading (without its marks).
TITLE_LEAD = re.compile(r"^(?:(?:subject|re|title|heading)\s*:\s*|#{1,6}\s+|\d+(?:\.\d+)*[.)]?\s+)",
                        re.IGNORECASE)
# Lines that never name a document: dates alone, page numbers, rules, headers of a letter.
TITLE_SKIP = re.compile(r"^(?:page\s+\d+|\d+\s*(?:of|/)\s*\d+|(?:from|to|cc|date|sent)\s*:.*)$",
                        re.IGNORECASE)


def document_title(extraction: Extraction, name: str) -> str:
    """What a document is called: the title its file declares, else its first meaningful line
    (a subject or a heading: words, mostly letters, among the first 20 lines), else the file
    name. Readers know a letter by its heading better than by "D0231.txt"."""
    if extraction.title and extraction.title.strip():
        return extraction.title.strip()
    first_page = extraction.pages[0].text if extraction.pages else ""
    lines = first_page.splitlines()[:20]
    for line, a_row in zip(lines, grid_rows(lines), strict=True):
        if a_row or "\t" in line.strip() or line.startswith(TABLE_HEADING):
            continue  # a row of cells, or a database table's name: not the document's title
        candidate = TITLE_LEAD.sub("", line.strip()).strip(" \t-=_*#:|")
        letters = sum(ch.isalpha() for ch in candidate)
        if letters < 6 or len(candidate.split()) < 2 or TITLE_SKIP.match(candidate):
            continue
        if letters < 0.6 * len(candidate.replace(" ", "")):
            continue  # OCR noise or a table row, not a heading
        if len(candidate) > TITLE_CHARS:
            candidate = candidate[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
        return candidate
    return name


def document_record(
    task: FileTask, extraction: Extraction, mentions: list[Mention],
    signature: Signature | None = None, corrections: Corrections | None = None,
) -> dict:
    name = PurePosixPath(task.relpath).name
    date = extraction.date or first_date(extraction.text)
    record: dict[str, Any] = {
        "id": task.doc_id,
        "control": task.control,
        "collection": task.collection,
        "job_id": task.job_id,
        "sha256": task.sha256,
        "title": document_title(extraction, name),
        "filename": name,
        "path": task.relpath,
        "paths": [task.relpath, *task.other_paths],
        "extension": task.extension,
        "mime": task.mime,
        "type": label_of(task.family),
        "size": task.size,
        "date": _iso(date),
        "author": extraction.author,
        "page_count": len(extraction.pages),
        "mention_count": len(mentions),
        "parent_id": task.parent_id,
        "root_id": task.root_id or task.doc_id,
        "ocr": extraction.ocr,
        "language": detect_language(extraction.text),
        "content": extraction.text,
        "extractor": extraction.extractor,
        "warnings": extraction.warnings,
        "ingested_at": datetime.now(UTC).isoformat(),
    }
    if task.group_pages:
        # A page-per-file scan's bytes are its files': their hashes, in page order, find each
        # original in the blob store (its own ``sha256`` is a hash of theirs).
        record["page_files"] = [page.sha256 for page in task.group_pages]
    record.update(facet_fields(mentions, corrections, task.collection, task.doc_id))
    _shown_without_bidi(record)
    if signature is not None:
        record["near_dup_bands"] = signature.bands
        record["minhash"] = signature.encoded
    email = {k: v for k, v in extraction.email.items() if k != "attachments"}
    record.update(email)
    # The fields declared with a derivation (search.fields), in declaration order: a field may
    # derive from one declared before it.
    for source, derive in DERIVATIONS:
        record[source] = derive(record)
    return record


def _shown_without_bidi(record: dict[str, Any]) -> None:
    """Names that are shown (title, file name, paths) without direction controls, which would
    make them read as something else; the original path is kept, escaped, in ``warnings`` (and
    as it is in the ledger entry of the file)."""
    shown = [record["title"] or "", record["filename"], *record["paths"]]
    if not any(BIDI_CONTROLS.search(text) for text in shown):
        return
    record["warnings"] = [*(record["warnings"] or []),
                          f"direction controls removed from the name; original: "
                          f"{record['path']!a}"]
    for field in ("title", "filename", "path"):
        record[field] = without_bidi(record[field]) if record[field] else record[field]
    record["paths"] = [without_bidi(p) for p in record["paths"]]


def mention_actions(
    indices: Indices, doc_id: str, collection: str, mentions: list[Mention], date: str | None,
    corrections: Corrections | None = None,
) -> list[dict[str, Any]]:
    actions = []
    # Mention records (search.entities reads them): corrections applied, name keys added; one
    # record per mention, numbered by position, so the stale-record sweep stays exact.
    for source in mention_records(doc_id, collection, mentions, date,
                                  corrections or Corrections([])):
        actions.append({"_index": indices.mentions, "_id": source["id"], "_source": source})
    return actions


def page_actions(indices: Indices, task: FileTask, pages: list[Page]) -> list[dict[str, Any]]:
    actions = []
    for page in pages:
        page_id = f"{task.doc_id}-{page.number:05d}"
        actions.append({
            "_index": indices.pages, "_id": page_id,
            "_source": {
                "id": page_id, "doc_id": task.doc_id, "collection": task.collection,
                "control": task.control, "page": page.number,
                "citation": page_citation(task.control, page.number), "text": page.text,
                "ocr": page.ocr, "ocr_confidence": page.ocr_confidence,
            },
        })
    return actions


def index_actions(
    indices: Indices, task: FileTask, extraction: Extraction, mentions: list[Mention],
    signature: Signature | None = None, corrections: Corrections | None = None,
) -> list[dict[str, Any]]:
    """Bulk actions for each page and each mention, then the document: a ``create``, last.
    ``corrections`` are the collection's, fetched by the job (the worker reads no store)."""
    document = document_record(task, extraction, mentions, signature, corrections)
    actions = page_actions(indices, task, extraction.pages)
    actions += mention_actions(indices, task.doc_id, task.collection, mentions, document["date"],
                               corrections)
    actions.append({"_op_type": "create", "_index": indices.documents, "_id": task.doc_id,
                    "_source": document})
    return actions
