"""Fill the name keys of mention records indexed before mentions mapping v2.

The v2 migration copies old records as they are, without ``entity``, ``first``, ``phonetic``,
``initial_key``, ``parts`` or ``raw_key``; entity pages then miss them in co-occurrence and
phonetic matching until the files are re-ingested. This computes those fields in place instead:

    python -m search.mention_backfill
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from opensearchpy import OpenSearch, helpers

from search.indices import Indices
from search.names import initial_key, name_parts, phonetic_keys
from search.system import SystemStore


def _updates(client: OpenSearch, indices: Indices) -> Iterator[dict[str, Any]]:
    query = {"query": {"bool": {"must_not": [{"exists": {"field": "entity"}}]}},
             "sort": [{"doc_id": "asc"}, {"id": "asc"}]}
    current, seen = "", set()  # entities met in the current document (records come by doc_id)
    # A migration acts for no user: it reads every collection, through the system path.
    for hit in SystemStore(client, indices).scan(indices.mentions, query, preserve_order=True,
                                                 size=1000):
        m = hit["_source"]
        if m["doc_id"] != current:
            current, seen = m["doc_id"], set()
        entity = f"{m['kind']}:{m['key']}"
        person = m["kind"] == "person"
        yield {"_op_type": "update", "_index": hit["_index"], "_id": hit["_id"], "doc": {
            "entity": entity, "first": entity not in seen, "raw_key": m["key"],
            "parts": [p for p in name_parts(m["key"]) if len(p) > 1],
            "phonetic": phonetic_keys(m["key"]) if person else [],
            "initial_key": (initial_key(m["key"]) or None) if person else None,
        }}
        seen.add(entity)


def backfill(client: OpenSearch, indices: Indices) -> int:
    """Update every mention record without name keys; returns how many were updated."""
    done, _errors = helpers.bulk(client, _updates(client, indices), chunk_size=500,
                                 request_timeout=300, raise_on_error=False)
    client.indices.refresh(index=indices.mentions)
    return done


if __name__ == "__main__":
    from config import get_settings
    from search.client import open_store

    settings = get_settings()
    print(f"{backfill(open_store(settings), Indices(settings.index_prefix))} mentions updated")
