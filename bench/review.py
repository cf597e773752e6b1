"""Bulk coding at scale (issue 18): 10,000 documents given a coding value in one batch action,
``POST /api/collections/{name}/coding/bulk``, timed through the API beside a raw ``_bulk`` of
the same change, side by side in one run.

    python -m bench.review [--docs 10000] [--rounds 3] [--prefix docket-bench-review]

The documents are the synthetic case files (bench.synthetic), all in one collection of a scratch
index prefix of this benchmark's own. Each round gives every document a new value of
``coding.issue`` (so every document changes), first through the API, then as the raw reference:
one ``_bulk`` request per 1,000 coding records plus the value's coding set (the records and the
set the search reads), written to a scratch copy of the review index, and a refresh. The managed
node has no painless, so an ``update_by_query`` is not possible there; the raw ``_bulk`` is the
floor OpenSearch itself sets. What the API adds: reading each document's current coding (the
change is merged into it, guarded against a concurrent reviewer), the sets of the values lost,
the session stamp, and the audit record of the request.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from typing import Any

os.environ.setdefault("DOCKET_INDEX_PREFIX", "docket-bench-review")

from fastapi.testclient import TestClient
from opensearchpy import OpenSearch, helpers

from api.app import create_app
from bench.common import alternate, timed
from bench.synthetic import COLLECTIONS, load, loader_client
from config import get_settings
from search.client import open_store
from search.coding import CHUNK, coding_id, review_index, set_id
from search.indices import Indices
from search.names import fold
from search.users import UserStore

COLLECTION = COLLECTIONS[0]  # with one collection, bench.synthetic writes every document here
ISSUES = ["taxi licensing", "missing from home", "strategy meetings", "section 47"]
SCHEME = {"fields": [{"name": "coding.relevance"},
                     {"name": "coding.issue", "choices": ISSUES}]}


def document_ids(client: OpenSearch, indices: Indices) -> list[str]:
    return sorted(hit["_id"] for hit in helpers.scan(
        client, index=indices.documents, _source=False, size=CHUNK,
        query={"query": {"term": {"collection": COLLECTION}}}))


def raw_index(client: OpenSearch, indices: Indices) -> str:
    """A scratch copy of the review index (its mapping and analysers), for the raw writes
    (made afresh each run)."""
    name = f"{indices.prefix}-raw-review"
    if client.indices.exists(index=name):
        client.indices.delete(index=name)
    source = next(iter(client.indices.get(index=review_index(indices)).values()))
    client.indices.create(index=name, body={"mappings": source["mappings"], "settings": {
        "number_of_replicas": 0, "analysis": source["settings"]["index"].get("analysis", {})}})
    return name


def raw_actions(index: str, doc_ids: list[str], value: str) -> list[dict[str, Any]]:
    """The same change as plain index actions: each document's record and the value's set."""
    records = [{"_index": index, "_id": coding_id(d), "_source": {
        "id": coding_id(d), "kind": "coding", "collection": COLLECTION, "doc_id": d,
        "values": {"issue": [value]}, "coded": True, "updated_by": "bench"}} for d in doc_ids]
    coding_set = {"_index": index, "_id": set_id(COLLECTION, "issue", value), "_source": {
        "kind": "codingset", "collection": COLLECTION, "field": "issue", "value": value,
        "value_key": fold(value), "doc_ids": doc_ids, "count": len(doc_ids)}}
    return [*records, coding_set]


def run(docs: int, rounds: int) -> dict[str, Any]:
    settings = get_settings()
    loaded = load(loader_client(), settings.index_prefix, docs, collections=1)
    client = open_store(settings)
    indices = Indices(settings.index_prefix)
    token = UserStore(client, indices, settings.secret_key).add("bench-lead", "admin", ["*"])
    api = TestClient(create_app(settings, client=client))
    api.headers["Authorization"] = f"Bearer {token}"
    if api.get(f"/api/collections/{COLLECTION}/coding-scheme").status_code == 404:
        api.post("/api/collections", json={"name": COLLECTION}).raise_for_status()
    api.put(f"/api/collections/{COLLECTION}/coding-scheme", json=SCHEME).raise_for_status()
    doc_ids = document_ids(client, indices)
    raw = raw_index(client, indices)
    # Untimed: no issue on any document, so every round below changes every document.
    api.post(f"/api/collections/{COLLECTION}/coding/bulk",
             json={"ids": doc_ids, "values": {"coding.issue": None}}).raise_for_status()
    values = iter(ISSUES * rounds)

    def through_api() -> float:
        value = next(values)
        seconds, answer = timed(lambda: api.post(
            f"/api/collections/{COLLECTION}/coding/bulk",
            json={"ids": doc_ids, "values": {"coding.issue": [value]}}))
        answer.raise_for_status()
        assert answer.json()["changed"] == len(doc_ids), answer.json()
        return seconds

    def raw_bulk() -> float:
        actions = raw_actions(raw, doc_ids, ISSUES[len(ISSUES) - 1])

        def write() -> None:
            helpers.bulk(client, actions, chunk_size=CHUNK, request_timeout=600)
            client.indices.refresh(index=raw)

        return timed(write)[0]

    api_s, raw_s = alternate(through_api, raw_bulk, rounds)
    client.indices.delete(index=raw)
    found = api.get("/api/search", params={"q": f'coding.issue:"{ISSUES[(rounds - 1) % len(ISSUES)]}"',
                                           "collection": COLLECTION, "size": 1}).json()["total"]
    return {"load": loaded, "documents": len(doc_ids), "api_s": api_s, "raw_s": raw_s,
            "found_after": found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    result = run(args.docs, args.rounds)
    api_s, raw_s = statistics.median(result["api_s"]), statistics.median(result["raw_s"])
    count = result["documents"]
    print(f"{count:,} documents of {COLLECTION} ({get_settings().index_prefix}), "
          f"{args.rounds} rounds, alternating")
    print(f"bulk coding through the API: median {api_s:.2f} s ({count / api_s:,.0f} docs/s); "
          f"rounds {', '.join(f'{s:.2f}' for s in result['api_s'])}")
    print(f"raw _bulk of the same records and set: median {raw_s:.2f} s "
          f"({count / raw_s:,.0f} docs/s); rounds {', '.join(f'{s:.2f}' for s in result['raw_s'])}")
    print(f"ratio (raw / API, higher is better): {raw_s / api_s:.2f}")
    print(f"coding.issue search after the last round finds {result['found_after']:,}")
    return 0 if result["found_after"] == count else 1


if __name__ == "__main__":
    sys.exit(main())
