"""What a job must add up to after the faults: the ledger, the documents and the originals.

Read from the cluster and from S3 after the job, against what ``tests.cluster.evidence`` wrote.
Each check fails with the files at fault named, not only the counts.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from search.ledger import TERMINAL_STATES, child_state_counts, state_counts
from search.system import SystemStore
from tests.cluster import evidence
from tests.cluster.hosts import S3Account

CHILDREN = (evidence.ZIPS * evidence.ZIP_MEMBERS + evidence.EMAILS
            + evidence.MBOXES * evidence.MESSAGES)


def check_ledger(system: SystemStore, job_id: str, expected: evidence.Expected) -> None:
    """Every file received is in a terminal state, the job is closed, and received is their
    sum; every member of every container was indexed."""
    counts = state_counts(system, job_id)
    assert counts == {"queued": 0, **dict.fromkeys(TERMINAL_STATES, 0), **expected.states}
    job = system.client.get(index=system.indices.jobs, id=job_id)["_source"]
    assert job["status"] == "finished"
    assert job["received"] == sum(counts[s] for s in TERMINAL_STATES) == evidence.FILES
    children = child_state_counts(system, job_id)
    assert children == {"queued": 0, **dict.fromkeys(TERMINAL_STATES, 0), "indexed": CHILDREN}


def documents(system: SystemStore, collection: str) -> list[dict]:
    client, index = system.client, system.indices.documents
    client.indices.refresh(index=index)
    result = client.search(index=index, body={
        "size": 10_000, "_source": ["sha256", "path", "paths", "control"],
        "query": {"term": {"collection": collection}}})
    return [{"_id": hit["_id"], **hit["_source"]} for hit in result["hits"]["hits"]]


def check_documents(system: SystemStore, collection: str, expected: evidence.Expected) -> list[dict]:
    """One document per file and per member, none lost and none twice: no two documents share
    bytes or a path, each has a control number of its own, and the bytes written here are
    found under exactly the paths they were written to (a copy's path joins its original's)."""
    docs = documents(system, collection)
    twice = {sha: n for sha, n in Counter(d["sha256"] for d in docs).items() if n > 1}
    assert not twice, f"bytes indexed as more than one document: {twice}"
    paths = Counter(p for d in docs for p in d.get("paths") or [d["path"]])
    assert not [p for p, n in paths.items() if n > 1], "a path in more than one document"
    controls = Counter(d["control"] for d in docs)
    assert not [c for c, n in controls.items() if n > 1], "a control number given twice"

    found = {d["sha256"]: sorted(d.get("paths") or [d["path"]]) for d in docs}
    written = {sha: sorted(paths) for sha, paths in expected.paths_of.items()}
    lost = {sha: p for sha, p in written.items() if sha not in found}
    assert not lost, f"files with no document: {sorted(lost.values())[:20]}"
    assert {sha: found[sha] for sha in written} == written
    cut_out = {p for d in docs if d["sha256"] not in written for p in d.get("paths") or [d["path"]]}
    assert cut_out == {p for p, sha in expected.documents.items() if sha is None}
    assert len(docs) == len(expected.documents)
    return docs


def check_originals(s3: S3Account, docs: list[dict]) -> None:
    """The original of every document is in the bucket under its SHA-256, and reading it back
    gives bytes of that checksum. Found by listing, so that the key's layout under the prefix
    (``ab/abcd...`` or flat) is the blob store's own business."""
    client = s3.client()
    keys: dict[str, str] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=s3.bucket,
                                                                  Prefix=f"{s3.prefix}/"):
        for item in page.get("Contents", []):
            keys[item["Key"].rsplit("/", 1)[-1]] = item["Key"]
    missing = sorted({d["path"] for d in docs if d["sha256"] not in keys})
    assert not missing, f"{len(missing)} originals not in S3, e.g. {missing[:10]}"
    for sha256 in {d["sha256"] for d in docs}:
        body = client.get_object(Bucket=s3.bucket, Key=keys[sha256])["Body"]
        digest = hashlib.sha256()
        for chunk in iter(lambda body=body: body.read(1 << 20), b""):
            digest.update(chunk)
        assert digest.hexdigest() == sha256, f"{keys[sha256]} does not read back as its bytes"
