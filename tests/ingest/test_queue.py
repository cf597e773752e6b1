"""Queue mode end to end: a real redis-server, a real ``docket worker`` process (Celery prefork),
and ``docket ingest --queue`` as a user runs it. Waits are generous (a worker loads spaCy before
it takes work); nothing here asserts how long anything took."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from ingest.job.tasks import TASK_NAME
from ingest.model import TERMINAL_STATES
from search.ledger import failures, state_counts
from search.system import SystemStore
from tests.processes import (
    broker_env,
    docket,
    docket_env,
    job_id_of,
    pool_processes,
    running_worker,
    stop_worker,
    tail,
    wait_for,
)

pytestmark = [pytest.mark.redis, pytest.mark.integration]

# --- what the tests look at --------------------------------------------------------------


def ledger(store, indices, job_id: str) -> dict[str, dict]:  # noqa: ANN001
    result = store.search(index=indices.ledger, body={
        "size": 1000, "query": {"term": {"job_id": job_id}}})
    return {hit["_source"]["path"]: hit["_source"] for hit in result["hits"]["hits"]}


def job(store, indices, job_id: str) -> dict:  # noqa: ANN001
    return store.get(index=indices.jobs, id=job_id)["_source"]


def expected_counts(**terminal: int) -> dict[str, int]:
    return {"queued": 0, **dict.fromkeys(TERMINAL_STATES, 0), **terminal}


def write_corpus(folder: Path) -> Path:
    """Real files with words found nowhere else: three to index, one zero-byte, one copy under
    another name, one PDF that is not."""
    (folder / "notes").mkdir(parents=True)
    (folder / "alpha.txt").write_text(
        "Memorandum on the quokkaplex tender, initialled by Ottoline Brackenbury in Leeds.\n")
    (folder / "beta.txt").write_text("Minutes: the zanzibarite consignment was held at Dover.\n")
    (folder / "gamma.html").write_text(
        "<html><head><title>Heliotrope ledger</title></head><body>"
        "<p>Entries in the vermiculated heliotrope ledger were struck through.</p>"
        "</body></html>\n")
    (folder / "empty.txt").write_bytes(b"")
    shutil.copyfile(folder / "alpha.txt", folder / "notes" / "alpha-copy.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(4096))
    return folder


# --- the tests ---------------------------------------------------------------------------


def test_queue_ingest_with_a_real_worker(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    from search.documents import DocumentSearch, SearchRequest

    folder = write_corpus(tmp_path / "evidence")
    env = docket_env(f"redis://127.0.0.1:{redis_port}/0")
    with running_worker(env, tmp_path / "worker.log") as worker:
        result = docket("ingest", str(folder), "--collection", "queued", "--queue", env=env)
        assert result.returncode == 0, (
            f"{result.stdout}\n{result.stderr}\n{tail(tmp_path / 'worker.log')}")
        job_id = job_id_of(result)

        counts = state_counts(SystemStore(store, indices), job_id)
        assert counts == expected_counts(indexed=3, duplicate=1, skipped=1, failed=1)
        states = {path: entry["state"] for path, entry in ledger(store, indices, job_id).items()}
        assert states == {
            "alpha.txt": "indexed", "beta.txt": "indexed", "gamma.html": "indexed",
            "notes/alpha-copy.txt": "duplicate", "empty.txt": "skipped", "broken.pdf": "failed",
        }
        (failed,) = failures(SystemStore(store, indices), job_id)
        assert failed["path"] == "broken.pdf"
        assert "broken.pdf" in failed["error_message"]
        closed = job(store, indices, job_id)
        assert closed["status"] == "finished"
        assert closed["received"] == sum(counts[state] for state in TERMINAL_STATES) == 6

        search = DocumentSearch(SystemStore(store, indices))
        for word, path in [("quokkaplex", "alpha.txt"), ("zanzibarite", "beta.txt"),
                           ("vermiculated", "gamma.html")]:
            found = search.run(SearchRequest(q=word, filters={"collection": ["queued"]}))
            assert [hit["path"] for hit in found["hits"]] == [path], word
        (alpha,) = search.run(SearchRequest(q="quokkaplex"))["hits"]
        paths = store.get(index=indices.documents, id=alpha["id"])["_source"]["paths"]
        assert sorted(paths) == ["alpha.txt", "notes/alpha-copy.txt"]

        assert stop_worker(worker) == 0, tail(tmp_path / "worker.log")


def test_container_members_are_queued_as_tasks_of_their_own(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    """A zip holding a zip, a damaged zip, and a member with the bytes of a top-level file: the
    same ledger as the local pool's, with every member a Celery task of its own."""
    import io
    import zipfile

    from search.ledger import child_state_counts
    from tests.ingest.test_hostile import make_damaged_zip

    folder = tmp_path / "boxes"
    folder.mkdir()
    memo = "The crenellated ledger was audited in Hull.\n"
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deep.txt", "Deep note of the xylophagous survey.\n")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as zf:
        zf.writestr("memo.txt", memo)
        zf.writestr("inner.zip", inner.getvalue())
    (folder / "memo-copy.txt").write_text(memo)
    make_damaged_zip(folder / "damaged.zip")
    env = docket_env(f"redis://127.0.0.1:{redis_port}/4")
    log = tmp_path / "worker.log"
    with running_worker(env, log) as worker:
        result = docket("ingest", str(folder), "--collection", "queued-boxes", "--queue",
                        env=env)
        assert result.returncode == 0, f"{result.stdout}\n{result.stderr}\n{tail(log)}"
        job_id = job_id_of(result)
        wait_for(lambda: job(store, indices, job_id)["status"] == "finished",
                 "the job to be closed", log=log)
        assert state_counts(SystemStore(store, indices), job_id) == expected_counts(indexed=2, partial=1)
        children = child_state_counts(SystemStore(store, indices), job_id)
        assert children == expected_counts(indexed=3, duplicate=1, failed=1)
        entries = ledger(store, indices, job_id)
        assert (entries["bundle.zip"]["state"], entries["bundle.zip"]["children"]) == (
            "indexed", 3)
        damaged = entries["damaged.zip"]
        assert (damaged["state"], damaged["error_class"]) == ("partial", "CorruptFile")
        assert entries["damaged.zip/bad.txt"]["container"] == "damaged.zip"
        deep = entries["bundle.zip/inner.zip/deep.txt"]
        assert (deep["state"], deep["parent"], deep["depth"]) == (
            "indexed", "bundle.zip/inner.zip", 2)
        copy = entries["bundle.zip/memo.txt"]
        assert copy["state"] == "duplicate" and "memo-copy.txt" in copy["error_message"]
        store.indices.refresh(index=indices.documents)
        memo_doc = store.get(index=indices.documents, id=entries["memo-copy.txt"]["doc_id"])
        assert sorted(memo_doc["_source"]["paths"]) == ["bundle.zip/memo.txt", "memo-copy.txt"]
        deep_doc = store.get(index=indices.documents, id=deep["doc_id"])["_source"]
        assert deep_doc["parent_id"] == entries["bundle.zip/inner.zip"]["doc_id"]
        assert deep_doc["root_id"] == entries["bundle.zip"]["doc_id"]
        assert stop_worker(worker) == 0, tail(log)


def test_a_stage_run_again_goes_to_the_workers(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    """``--stage entities --queue``: each stored document is a task (``FileTask.stage``) that a
    Celery worker runs ``ingest.rerun``'s work for, and the job closes with its ledger."""
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / "one.txt").write_text("Letter from Ottoline Brackenbury of Leeds, 4 May 2001.\n")
    (folder / "two.txt").write_text("Reply from Peter Okafor of Northshire Council.\n")
    env = docket_env(f"redis://127.0.0.1:{redis_port}/2")
    loaded = docket("ingest", str(folder), "--collection", "queued-stage", env=env)
    assert loaded.returncode == 0, f"{loaded.stdout}\n{loaded.stderr}"
    log = tmp_path / "worker.log"
    with running_worker(env, log) as worker:
        result = docket("ingest", str(folder), "--collection", "queued-stage", "--stage",
                        "entities", "--queue", env=env)
        assert result.returncode == 0, f"{result.stdout}\n{result.stderr}\n{tail(log)}"
        job_id = re.search(r"job (\S+): entities again over 2 documents", result.stderr)[1]
        assert state_counts(SystemStore(store, indices), job_id) == expected_counts(indexed=2)
        entries = ledger(store, indices, job_id).values()
        assert {entry["stage"] for entry in entries} == {"entities"}
        closed = job(store, indices, job_id)
        assert closed["status"] == "finished" and closed["mode"] == "stage:entities"
        assert log.read_text(errors="replace").count(f"{TASK_NAME}[") >= 2  # the worker ran them
        assert stop_worker(worker) == 0, tail(log)


def test_no_wait_returns_at_once_and_jobs_shows_the_counts(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "one.txt").write_text("The plumbagoid invoice was never paid.\n")
    (folder / "two.txt").write_text("A second plumbagoid invoice, also unpaid.\n")
    (folder / "nothing.txt").write_bytes(b"")
    # No worker consumes database 1 yet: had the command waited for the files, it would not
    # have come back.
    env = docket_env(f"redis://127.0.0.1:{redis_port}/1")
    result = docket("ingest", str(folder), "--collection", "later", "--queue", "--no-wait",
                    env=env)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    job_id = job_id_of(result)
    assert f"follow it with `docket jobs {job_id}`" in result.stdout

    def shown() -> dict[str, int]:
        out = docket("jobs", job_id, env=env)
        assert out.returncode == 0, f"{out.stdout}\n{out.stderr}"
        return {m[1]: int(m[2]) for m in re.finditer(r"^\s+(\w+)\s+(\d+)$", out.stdout, re.M)}

    assert shown() == {**expected_counts(skipped=1), "queued": 2}
    assert job(store, indices, job_id)["status"] == "running"

    log = tmp_path / "worker.log"
    with running_worker(env, log) as worker:
        wait_for(lambda: state_counts(SystemStore(store, indices), job_id)["queued"] == 0,
                 "the worker to take the queued files", log=log)
        assert shown() == expected_counts(indexed=2, skipped=1)
        # Nobody followed this job: the worker that wrote its last entry closed it.
        wait_for(lambda: job(store, indices, job_id)["status"] == "finished",
                 "the job to be closed", log=log)
        assert stop_worker(worker) == 0, tail(log)


def test_a_file_whose_worker_is_killed_goes_back_on_the_queue(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    folder = tmp_path / "slow"
    folder.mkdir()
    # Enough text that spaCy is still busy with it when its process is killed.
    (folder / "long.txt").write_text("\n".join(
        f"On {n % 28 + 1} March 2019 Harriet Vane met Peter Wimsey in Oxford about the "
        f"cormorantine tender number {n}." for n in range(3000)))
    env = docket_env(f"redis://127.0.0.1:{redis_port}/2")
    log = tmp_path / "worker.log"
    with running_worker(env, log) as worker:
        result = docket("ingest", str(folder), "--collection", "killed", "--queue", "--no-wait",
                        env=env)
        assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
        job_id = job_id_of(result)
        wait_for(lambda: "Task docket.ingest_file[" in log.read_text(errors="replace"),
                 "the worker to take the file", log=log)
        time.sleep(1)  # let the pool process accept the file and start on it
        (pool,) = pool_processes(worker.pid)
        os.kill(pool, signal.SIGKILL)

        wait_for(lambda: state_counts(SystemStore(store, indices), job_id)["queued"] == 0,
                 "the file to be done again", log=log)
        assert state_counts(SystemStore(store, indices), job_id) == expected_counts(indexed=1)
        output = log.read_text(errors="replace")
        assert "WorkerLostError" in output
        assert "long.txt: delivery 2 after a lost worker" in output
        assert stop_worker(worker) == 0, tail(log)


def test_a_file_that_keeps_killing_workers_is_failed_not_retried_forever(
    redis_port: int, store, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    """The task's own bookkeeping, run in this process as a worker would run it after the
    broker handed back a message whose worker died."""
    import redis

    from ingest.job import tasks

    folder = tmp_path / "crashy"
    folder.mkdir()
    (folder / "segfaults.txt").write_text("Pretend this file crashes the PDF library.\n")
    (folder / "hangs.txt").write_text("Pretend this file hangs the extractor.\n")
    broker = redis.Redis(host="127.0.0.1", port=redis_port, db=3)
    tasks.reset_for_tests()
    try:
        with broker_env(f"redis://127.0.0.1:{redis_port}/3"):
            _crashes_are_counted(store, indices, broker, folder)
    finally:
        tasks.reset_for_tests()


def _crashes_are_counted(store, indices, broker, folder: Path) -> None:  # noqa: ANN001
    from celery.exceptions import Retry, TimeLimitExceeded

    from config import get_settings
    from ingest.job import start_job, tasks

    plan = start_job(store, get_settings(), [folder], "crashy", mode="queue")
    payloads = {t.relpath: tasks.task_payload(t) for t in plan.tasks}
    task = tasks.celery_app().tasks[tasks.TASK_NAME]

    def redelivered(lost: int) -> str:
        task.push_request(delivery_info={"redelivered": True}, called_directly=False,
                          retries=lost, args=[payloads["segfaults.txt"]], kwargs={})
        try:
            return task.run(payloads["segfaults.txt"], lost=lost)
        finally:
            task.pop_request()

    # First loss: sent again, carrying the count the broker does not keep.
    with pytest.raises(Retry):
        redelivered(0)
    (message,) = broker.lrange(tasks.QUEUE, 0, -1)
    args, kwargs, _embed = json.loads(base64.b64decode(json.loads(message)["body"]))
    assert args == [payloads["segfaults.txt"]]
    assert kwargs == {"lost": 1}

    # Last allowed loss: recorded as a crash instead of another round.
    assert redelivered(tasks.MAX_LOST - 1) == "failed"
    # A hard time limit kills the pool process; the worker's main process records it.
    task.on_failure(TimeLimitExceeded(960), "t-1", (payloads["hangs.txt"],), {}, None)

    entries = ledger(store, indices, plan.job_id)
    assert entries["segfaults.txt"]["error_class"] == "WorkerCrashed"
    assert entries["segfaults.txt"]["error_message"].startswith("segfaults.txt: ")
    assert entries["hangs.txt"]["error_class"] == "ExtractionTimeout"
    assert state_counts(SystemStore(store, indices), plan.job_id) == expected_counts(failed=2)
    assert job(store, indices, plan.job_id)["status"] == "finished"
