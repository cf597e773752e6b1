"""Cluster mode with no shared disk: ``docket ingest --queue`` stages the files into S3 (a real
SeaweedFS server), the input folder is then deleted, and a ``docket worker`` with a data folder
of its own ingests the job from S3 alone: containers' members included, every original
readable from the bucket with its checksum, and no fetched copy left on the worker's disk."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pydantic import SecretStr

from config import Settings
from ingest.blobs import S3BlobStore
from ingest.model import TERMINAL_STATES
from search.ledger import child_state_counts, state_counts
from search.system import SystemStore
from tests.ingest.test_queue import expected_counts, job, ledger, write_corpus
from tests.processes import docket, docket_env, job_id_of, running_worker, tail, wait_for
from tests.s3server import seaweed_s3, writable_bucket

pytestmark = [pytest.mark.redis, pytest.mark.integration]

ACCESS, SECRET = "docket-worker", "the-workers-s3-secret"
BUCKET, PREFIX = "docket-queue", "originals"


def add_containers(folder: Path) -> None:
    """A zip holding a text and a zip: members a worker unpacks, stores and queues."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deep.txt", "Deep note of the palimpsestic survey at Whitby.\n")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as zf:
        zf.writestr("memo.txt", "The crenellated ledger was audited in Hull.\n")
        zf.writestr("inner.zip", inner.getvalue())


def test_a_worker_with_no_shared_disk_ingests_from_s3(
    redis_port: int, store, indices, settings: Settings, tmp_path: Path  # noqa: ANN001
) -> None:
    with seaweed_s3(tmp_path / "weed", {ACCESS: SECRET}) as server:
        bucket = writable_bucket(S3BlobStore(
            bucket=BUCKET, prefix=PREFIX, endpoint_url=server.endpoint, access_key=ACCESS,
            secret_key=SecretStr(SECRET)), server.log)
        s3 = {"DOCKET_BLOB_URL": f"s3://{BUCKET}/{PREFIX}",
              "DOCKET_S3_ENDPOINT_URL": server.endpoint,
              "DOCKET_S3_ACCESS_KEY": ACCESS, "DOCKET_S3_SECRET_KEY": SECRET}
        planner = {**docket_env(f"redis://127.0.0.1:{redis_port}/3"), **s3}
        folder = write_corpus(tmp_path / "evidence")
        add_containers(folder)

        result = docket("ingest", str(folder), "--collection", "s3queued", "--queue",
                        "--no-wait", env=planner)
        assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
        job_id = job_id_of(result)
        for path in sorted(folder.rglob("*"), reverse=True):  # nobody else has these files now
            path.unlink() if path.is_file() else path.rmdir()

        worker_home = tmp_path / "worker-host"
        worker = {**planner, "DOCKET_DATA_DIR": str(worker_home),
                  "DOCKET_OPENSEARCH_URL": settings.search_url}
        log = tmp_path / "worker.log"
        with running_worker(worker, log):
            wait_for(lambda: job(store, indices, job_id)["status"] == "finished",
                     "the job to finish", log=log)

        counts = state_counts(SystemStore(store, indices), job_id)
        assert counts == expected_counts(indexed=4, duplicate=1, skipped=1, failed=1), tail(log)
        assert job(store, indices, job_id)["received"] == sum(
            counts[state] for state in TERMINAL_STATES) == 7
        children = child_state_counts(SystemStore(store, indices), job_id)
        assert children == expected_counts(indexed=3)  # memo.txt, inner.zip, inner.zip/deep.txt
        entries = ledger(store, indices, job_id)
        assert entries["bundle.zip/inner.zip/deep.txt"]["state"] == "indexed"

        documents = store.search(index=indices.documents, body={
            "size": 100, "query": {"term": {"collection": "s3queued"}}})["hits"]["hits"]
        assert len(documents) == 7
        for document in documents:
            sha256 = document["_source"]["sha256"]
            with bucket.open(sha256) as original:  # checked against its hash at the end
                while original.read(1 << 20):
                    pass
        leftovers = [p for p in worker_home.rglob("*") if p.is_file()
                     and "work" in p.relative_to(worker_home).parts]
        assert leftovers == [], "fetched copies or unpacked members left on the worker's disk"
        assert not (worker_home / "blobs").exists() or not any((worker_home / "blobs").rglob("*"))
