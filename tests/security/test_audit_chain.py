"""The audit hash chain: canonical records, concurrent writers making one chain, and a changed,
removed or reordered record found (the action names are in tests/api/test_handling.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from search.audit import GENESIS, AuditLog, canonical, record_hash, seq_id
from search.audit_verify import verify

pytestmark = pytest.mark.integration
SECRET = "test-secret"


def test_canonical_json_is_stable() -> None:
    a = {"b": 1, "a": "é", "hash": "x", "mac": "y"}
    assert canonical(a) == '{"a":"é","b":1}'.encode()
    assert record_hash(a) == record_hash({"a": "é", "b": 1})


@pytest.fixture
def chain(store, settings) -> Iterator[str]:  # noqa: ANN001
    """An audit chain of its own (its own prefix), for writing and tampering."""
    from config import index_specs
    from search.indices import drop_indices, ensure_index

    prefix = f"{settings.index_prefix}-chain"
    ensure_index(store, prefix, index_specs()["audit"])
    yield prefix
    drop_indices(store, prefix)


def _fill(store, prefix: str, count: int) -> AuditLog:  # noqa: ANN001
    log = AuditLog(store, prefix, SECRET)
    for n in range(count):
        log.append({"user": "u", "action": "search", "details": {"n": n}})
    return log


def test_concurrent_writers_make_one_unbroken_chain(store, chain: str) -> None:  # noqa: ANN001
    # Separate instances stand for separate processes: none knows the others' head.
    def write() -> None:
        _fill(store, chain, 12)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    verdict = verify(store, chain, SECRET)
    assert verdict.ok, verdict.describe()
    assert verdict.records == verdict.head_seq == 48


def _source(store, chain: str, seq: int) -> dict:  # noqa: ANN001
    return store.get(index=f"{chain}-audit", id=seq_id(seq))["_source"]


def _put(store, chain: str, seq: int, record: dict) -> None:  # noqa: ANN001
    store.index(index=f"{chain}-audit", id=seq_id(seq), body=record, refresh=True)


def test_a_changed_record_is_found(store, chain: str) -> None:  # noqa: ANN001
    _fill(store, chain, 5)
    head = verify(store, chain, SECRET)
    assert head.ok and head.records == 5
    record = _source(store, chain, 3)
    _put(store, chain, 3, {**record, "user": "someone-else"})
    verdict = verify(store, chain, SECRET)
    assert (verdict.ok, verdict.seq) == (False, 3) and "changed" in verdict.problem
    # Rewritten with a fresh hash (anyone can compute SHA-256): the seal still gives it away.
    forged = {**record, "user": "someone-else"}
    forged["hash"] = record_hash(forged)
    _put(store, chain, 3, forged)
    verdict = verify(store, chain, SECRET)
    assert (verdict.ok, verdict.seq) == (False, 3) and "seal" in verdict.problem
    # Without the key the forgery breaks the link to record 4 instead.
    assert verify(store, chain).seq == 4
    _put(store, chain, 3, record)
    assert verify(store, chain, SECRET, expect=(head.head_seq, head.head_hash)).ok


def test_a_removed_record_is_found(store, chain: str) -> None:  # noqa: ANN001
    _fill(store, chain, 5)
    head = verify(store, chain, SECRET)
    store.delete(index=f"{chain}-audit", id=seq_id(2), refresh=True)
    verdict = verify(store, chain, SECRET)
    assert (verdict.ok, verdict.seq) == (False, 2) and verdict.problem == "removed"
    # The tail gone: only the head noted earlier can tell.
    for seq in (3, 4, 5):
        store.delete(index=f"{chain}-audit", id=seq_id(seq), refresh=True)
    assert verify(store, chain, SECRET).ok
    verdict = verify(store, chain, SECRET, expect=(head.head_seq, head.head_hash))
    assert not verdict.ok and verdict.seq == 5


def test_reordered_records_are_found(store, chain: str) -> None:  # noqa: ANN001
    _fill(store, chain, 4)
    second, third = _source(store, chain, 2), _source(store, chain, 3)
    _put(store, chain, 2, third)
    _put(store, chain, 3, second)
    verdict = verify(store, chain, SECRET)
    assert (verdict.ok, verdict.seq) == (False, 2) and "reordered" in verdict.problem


def test_the_first_record_follows_genesis(store, chain: str) -> None:  # noqa: ANN001
    _fill(store, chain, 1)
    assert _source(store, chain, 1)["prev_hash"] == GENESIS
