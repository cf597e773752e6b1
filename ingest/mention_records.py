"""Mention records: one per entity mention, with the keys that name search matches on.

Corrections are applied here, before anything is stored, so a merge, split or alias made in the
UI holds for files ingested (or re-ingested) after it. A mention marked wrong is still stored,
flagged, rather than dropped: records are numbered by position and the commit stage sweeps stale
ones by that number, so a gap would leave an old record behind.
"""

from __future__ import annotations

from typing import Any

from ingest.model import Mention
from search.corrections import Corrections
from search.names import initial_key, name_parts, phonetic_keys


def mention_records(
    doc_id: str, collection: str, mentions: list[Mention], date: str | None,
    corrections: Corrections,
) -> list[dict[str, Any]]:
    """The ``_source`` of each mention record. ``first`` marks one record per entity and
    document, so aggregations over mentions can count documents (significant_terms)."""
    seen: set[str] = set()
    records = []
    for number, m in enumerate(mentions):
        key = corrections.apply(m.kind, m.key, collection, doc_id)
        wrong = key is None
        key = m.key if key is None else key
        entity = f"{m.kind}:{key}"
        person = m.kind == "person"
        records.append({
            "id": f"{doc_id}-m{number:06d}", "doc_id": doc_id, "collection": collection,
            "kind": m.kind, "text": m.text, "key": key,
            "raw_key": getattr(m, "raw_key", "") or m.key, "entity": entity,
            "first": not wrong and entity not in seen, "wrong": wrong,
            "parts": [p for p in name_parts(key) if len(p) > 1],
            "phonetic": phonetic_keys(key) if person else [],
            "initial_key": (initial_key(key) or None) if person else None,
            "page": m.page, "start": m.start, "end": m.end, "date": date,
        })
        if not wrong:
            seen.add(entity)
    return records
