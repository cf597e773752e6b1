"""The audit trail: an append-only hash chain of records in the ``audit`` index.

Record n carries ``seq`` = n and ``prev_hash`` = the ``hash`` of record n-1 (64 zeros for the
first). ``hash`` is SHA-256 over the canonical JSON of the record without ``hash`` and ``mac``
(keys sorted, no spaces, UTF-8), so it covers ``seq`` and ``prev_hash``: changing, removing or
reordering a record breaks the chain at that record. Anyone holding the records can check the
chain; ``mac`` (HMAC of the hash under a key derived from DOCKET_SECRET_KEY) also stops someone who
can write to OpenSearch but lacks the key from rewriting the chain from some record onwards.

Concurrent writers (API threads, several API processes, the CLI) are safe without a lock
service: record n is stored under the id ``seq_id(n)`` with ``op_type=create``, so exactly one
writer wins each sequence number; a loser reads the winner's record (a realtime GET, no refresh
needed) and tries n+1 on top of it. There are no gaps, and no two records share a predecessor.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from typing import Any

from opensearchpy import ConflictError, OpenSearch

from search.indices import Indices, alias_name
from search.store import now
from search.system import SystemStore

GENESIS = "0" * 64
UNSEALED = ("hash", "mac")
Record = dict[str, Any]


def seq_id(seq: int) -> str:
    return f"{seq:012d}"


def canonical(record: Record) -> bytes:
    body = {k: v for k, v in record.items() if k not in UNSEALED}
    # No NaN or Infinity: the store refuses them, and the store's encoder would write null,
    # so a record holding one would be stored other than it was hashed.
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode()


def record_hash(record: Record) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


def audit_key(secret_key: str) -> bytes:
    # A key of its own, so a MAC can never stand in for a token hash or a cursor signature.
    return hmac.new(secret_key.encode(), b"docket-audit-v1", hashlib.sha256).digest()


def record_mac(key: bytes, digest: str) -> str:
    return hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()


class AuditLog:
    """Appends to one deployment's chain. One instance per process is enough; each instance
    remembers the head it last saw so a write usually costs one request."""

    def __init__(self, client: OpenSearch, prefix: str, secret_key: str) -> None:
        self.client = client  # appends
        self.reader = SystemStore(client, Indices(prefix))  # the trail is read as the system
        self.index = alias_name(prefix, "audit")
        self.key = audit_key(secret_key)
        self._head: tuple[int, str] | None = None
        self._lock = threading.Lock()

    def head(self) -> tuple[int, str]:
        """The last record's (seq, hash) as far as a search sees it; (0, GENESIS) when empty.
        A search may lag a second behind: appending walks forward over what it missed."""
        result = self.reader.search(self.index, {
            "size": 1, "sort": [{"seq": "desc"}], "_source": ["seq", "hash"]})
        hits = result["hits"]["hits"]
        if not hits:
            return 0, GENESIS
        return int(hits[0]["_source"]["seq"]), hits[0]["_source"]["hash"]

    def append(self, entry: Record) -> Record:
        """Store ``entry`` as the next record; returns it with seq, ts, prev_hash, hash, mac."""
        with self._lock:
            seq, prev = self._head or self.head()
            while True:
                record = {**entry, "ts": entry.get("ts") or now(), "seq": seq + 1,
                          "prev_hash": prev}
                record["hash"] = record_hash(record)
                record["mac"] = record_mac(self.key, record["hash"])
                try:
                    # No refresh wait: the chain is walked by id (a realtime GET on a
                    # conflict), so the answer never waits for the record to be searchable.
                    self.client.index(index=self.index, id=seq_id(seq + 1), body=record,
                                      op_type="create", refresh="false")
                except ConflictError:
                    # Another writer holds seq + 1: build on top of its record instead.
                    other = self.reader.get(self.index, seq_id(seq + 1))
                    if other is None:
                        raise RuntimeError(f"audit record {seq + 1} is taken but unreadable") \
                            from None
                    seq, prev = seq + 1, other["_source"]["hash"]
                    continue
                self._head = (seq + 1, record["hash"])
                return record

    def search(self, filters: list[dict[str, Any]], size: int = 50,
               before: int | None = None) -> dict[str, Any]:
        """Records matching the filters, newest first; ``before`` pages by sequence number."""
        clauses = [*filters, *([{"range": {"seq": {"lt": before}}}] if before else [])]
        result = self.reader.search(self.index, {
            "query": {"bool": {"filter": clauses}}, "sort": [{"seq": "desc"}], "size": size,
            "track_total_hits": True, "_source": {"excludes": ["mac"]}})
        records = [hit["_source"] for hit in result["hits"]["hits"]]
        return {"total": result["hits"]["total"]["value"], "records": records,
                "before": records[-1]["seq"] if len(records) == size else None}
