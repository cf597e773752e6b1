"""Walking the audit chain (``docket audit verify``): the first record changed, removed or
reordered, or confirmation that every record follows from the one before.

What a chain can and cannot show: a change, removal or reordering anywhere before the last record
breaks it. Removing records from the end leaves a shorter chain that is still whole, so
``verify`` reports the head (seq and hash) for keeping elsewhere (the case file, a ticket), and
``expect`` checks that a head noted earlier is still there, unchanged.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass

from opensearchpy import OpenSearch

from search.audit import GENESIS, Record, audit_key, record_hash, record_mac, seq_id
from search.indices import Indices, alias_name
from search.system import SystemStore

BATCH = 1000


@dataclass(frozen=True)
class Verdict:
    ok: bool
    records: int
    head_seq: int
    head_hash: str
    problem: str = ""
    seq: int | None = None  # the first record the problem is at

    def describe(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.records} records, head {self.head_seq}:{self.head_hash}"
        return f"audit chain broken at record {self.seq}: {self.problem}"


def _records(client: OpenSearch, prefix: str) -> Iterator[tuple[str, Record]]:
    index = alias_name(prefix, "audit")
    reader = SystemStore(client, Indices(prefix))
    client.indices.refresh(index=index)
    after: list[int] | None = None
    while True:
        body: dict = {"size": BATCH, "sort": [{"seq": "asc"}], "query": {"match_all": {}}}
        if after is not None:
            body["search_after"] = after
        hits = reader.search(index, body)["hits"]["hits"]
        for hit in hits:
            yield hit["_id"], hit["_source"]
        if len(hits) < BATCH:
            return
        after = hits[-1]["sort"]


def _problem(doc_id: str, record: Record, expected: int, prev: str, key: bytes | None) -> str:
    seq = record.get("seq")
    if not isinstance(seq, int) or seq < expected:
        return "changed (its sequence number was altered or repeated)"
    if seq > expected:
        return "removed"
    if record_hash(record) != record.get("hash"):
        return "changed (its content no longer matches its hash)"
    if key is not None and not hmac.compare_digest(record_mac(key, record["hash"]),
                                                   str(record.get("mac", ""))):
        return "changed (its seal does not match: rewritten without the key, or the key changed)"
    if doc_id != seq_id(seq):
        return "reordered (stored under another record's place)"
    if record.get("prev_hash") != prev:
        return "reordered or inserted (it does not follow the record before it)"
    return ""


def verify(client: OpenSearch, prefix: str, secret_key: str | None = None,
           expect: tuple[int, str] | None = None) -> Verdict:
    """The chain from record 1. With ``secret_key`` the seals are checked too; with ``expect``
    (seq, hash) the chain must still hold that record unchanged."""
    key = audit_key(secret_key) if secret_key is not None else None
    expected, prev, count = 1, GENESIS, 0
    seen_expect = expect is None
    for doc_id, record in _records(client, prefix):
        problem = _problem(doc_id, record, expected, prev, key)
        if problem:
            return Verdict(False, count, expected - 1, prev, problem, expected)
        if expect is not None and record["seq"] == expect[0]:
            if record["hash"] != expect[1]:
                return Verdict(False, count, expected - 1, prev,
                               "changed (it is not the record noted earlier)", expect[0])
            seen_expect = True
        expected, prev, count = expected + 1, record["hash"], count + 1
    if not seen_expect and expect is not None:
        return Verdict(False, count, expected - 1, prev,
                       "removed (the chain ends before the record noted earlier)", expect[0])
    return Verdict(True, count, expected - 1, prev)
