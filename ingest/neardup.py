"""Near-duplicates: MinHash over word shingles, grouped across the collection.

A worker computes each document's MinHash (datasketch) and its LSH band keys, the same banding
``MinHashLSH`` uses for the threshold, and stores both on the document. The collection's LSH index
is then the ``near_dup_bands`` keyword field itself, so it persists across jobs and workers: when
a job finishes, each of its documents looks up the documents sharing a band, keeps those whose
estimated Jaccard similarity reaches the threshold, and the connected ones share a
``near_dup_group`` (the lowest control number among them, so a group keeps its name as it grows).
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
from opensearchpy import OpenSearch, helpers

from ingest.ciphering import update_documents
from search.indices import Indices

if TYPE_CHECKING:
    from datasketch import MinHash

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 3  # words; short letters and e-mails need short shingles to be compared at all
MIN_SHINGLES = 8
MAX_WORDS = 200_000
CANDIDATES = 50
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    bands: list[str]
    encoded: str  # the MinHash values as base64 of little-endian uint32

    @staticmethod
    def decode(encoded: str) -> np.ndarray:
        return np.frombuffer(base64.b64decode(encoded), dtype="<u4")


@cache
def _empty_minhash() -> MinHash:
    """A MinHash with nothing in it, copied for each document: a copy shares its permutations,
    which take ten times as long to make as the copy (they depend only on the seed and
    ``NUM_PERM``)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM)


@cache
def _banding() -> tuple[int, int]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def signature(text: str) -> Signature | None:
    """The document's MinHash and band keys; None for texts too short to compare."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = _empty_minhash().copy()
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values = minhash.hashvalues.astype("<u4")
    bands, rows = _banding()
    keys = [f"{b}-{hashlib.sha1(values[b * rows:(b + 1) * rows].tobytes()).hexdigest()[:16]}"
            for b in range(bands)]
    return Signature(bands=keys, encoded=base64.b64encode(values.tobytes()).decode("ascii"))


def similarity(a: str, b: str) -> float:
    left, right = Signature.decode(a), Signature.decode(b)
    return float(np.mean(left == right)) if len(left) == len(right) else 0.0


def _find(parent: dict[str, str], item: str) -> str:
    while parent.setdefault(item, item) != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def group_near_duplicates(client: OpenSearch, indices: Indices, job_id: str) -> int:
    """Give the near-duplicates of the job's documents a shared ``near_dup_group``; returns the
    number of documents whose group changed."""
    fields = ["control", "collection", "minhash", "near_dup_bands", "near_dup_group"]
    mine = {hit["_id"]: hit["_source"] for hit in helpers.scan(
        client, index=indices.documents, _source=fields, query={"query": {"bool": {"filter": [
            {"term": {"job_id": job_id}}, {"exists": {"field": "near_dup_bands"}}]}}})}
    docs = dict(mine)
    parent: dict[str, str] = {}
    ids = list(mine)
    for start in range(0, len(ids), 100):
        body: list[dict] = []
        for doc_id in ids[start : start + 100]:
            source = mine[doc_id]
            body += [{"index": indices.documents}, {"size": CANDIDATES, "_source": fields, "query": {
                "bool": {"filter": [{"term": {"collection": source["collection"]}},
                                    {"terms": {"near_dup_bands": source["near_dup_bands"]}}],
                         "must_not": [{"ids": {"values": [doc_id]}}]}}}]
        for doc_id, response in zip(ids[start : start + 100],
                                    client.msearch(body=body)["responses"], strict=True):
            for hit in response.get("hits", {}).get("hits", []):
                other = hit["_source"]
                if similarity(mine[doc_id]["minhash"], other["minhash"]) >= THRESHOLD:
                    docs[hit["_id"]] = other
                    parent[_find(parent, hit["_id"])] = _find(parent, doc_id)
    groups: dict[str, list[str]] = {}
    for doc_id in list(parent):
        groups.setdefault(_find(parent, doc_id), []).append(doc_id)
    changes: dict[str, dict] = {}
    for members in groups.values():
        named = [docs[m]["near_dup_group"] for m in members if docs[m].get("near_dup_group")]
        group = min(named or [docs[m]["control"] for m in members])
        changes |= {member: {"near_dup_group": group} for member in members
                    if docs[member].get("near_dup_group") != group}
    update_documents(client, indices, changes)
    return len(changes)
