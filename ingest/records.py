"""Stage: build the index records of one file (document, pages, mentions).

Record ids are derived from the document id, so indexing the same file twice overwrites rather
than duplicates.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from ingest.dates import first_date
from ingest.model import Extraction, FileTask, Mention
from search.indices import Indices

FACET_KINDS = ("person", "org", "place")
TYPE_NAMES = {
    "pdf": "pdf", "image": "image", "docx": "word", "doc": "word", "xlsx": "spreadsheet",
    "xls": "spreadsheet", "pptx": "presentation", "ppt": "presentation", "email": "email",
    "msg": "email", "html": "html", "text": "text", "rtf": "word",
}


def page_citation(control: str, page: int) -> str:
    return f"{control}-{page:04d}"


def _custodian(relpath: str) -> str:
    parts = PurePosixPath(relpath).parts
    return parts[0] if len(parts) > 1 else ""


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat()


def _facet_values(mentions: list[Mention], kind: str, limit: int = 50) -> list[str]:
    """The display form most used for each key, most mentioned first."""
    by_key: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.kind == kind:
            by_key.setdefault(mention.key, Counter())[mention.text] += 1
    ranked = sorted(by_key.values(), key=lambda forms: -sum(forms.values()))
    return [forms.most_common(1)[0][0] for forms in ranked[:limit]]


def document_record(task: FileTask, extraction: Extraction, mentions: list[Mention]) -> dict:
    name = PurePosixPath(task.relpath).name
    date = extraction.date or first_date(extraction.text)
    record: dict[str, Any] = {
        "id": task.doc_id,
        "control": task.control,
        "collection": task.collection,
        "job_id": task.job_id,
        "sha256": task.sha256,
        "title": extraction.title or name,
        "filename": name,
        "path": task.relpath,
        "paths": [task.relpath, *task.other_paths],
        "custodian": _custodian(task.relpath),
        "extension": task.extension,
        "mime": task.mime,
        "type": TYPE_NAMES.get(task.family, task.family),
        "size": task.size,
        "date": _iso(date),
        "author": extraction.author,
        "page_count": len(extraction.pages),
        "ocr": extraction.ocr,
        "content": extraction.text,
        "extractor": extraction.extractor,
        "warnings": extraction.warnings,
        "ingested_at": datetime.now(UTC).isoformat(),
    }
    for kind in FACET_KINDS:
        record[kind] = _facet_values(mentions, kind)
    email = {k: v for k, v in extraction.email.items() if k != "attachments"}
    record.update(email)
    return record


def index_actions(
    indices: Indices, task: FileTask, extraction: Extraction, mentions: list[Mention]
) -> list[dict[str, Any]]:
    """Bulk actions for the document, each page and each mention."""
    document = document_record(task, extraction, mentions)
    actions: list[dict[str, Any]] = [
        {"_index": indices.documents, "_id": task.doc_id, "_source": document}
    ]
    for page in extraction.pages:
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
    for number, mention in enumerate(mentions):
        mention_id = f"{task.doc_id}-m{number:06d}"
        actions.append({
            "_index": indices.mentions, "_id": mention_id,
            "_source": {
                "id": mention_id, "doc_id": task.doc_id, "collection": task.collection,
                "kind": mention.kind, "text": mention.text, "key": mention.key,
                "page": mention.page, "start": mention.start, "end": mention.end,
                "date": document["date"],
            },
        })
    return actions
