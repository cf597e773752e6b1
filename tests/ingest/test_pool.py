"""The warm worker pool: jobs of other processes run on it over the data folder's socket, are
written exactly as on a pool of their own, and fall back to their own pool when it is gone."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future
from multiprocessing import Pipe
from multiprocessing.connection import Client
from pathlib import Path

import pytest

from config import Settings
from ingest.job import finish_job, run_local, start_job
from ingest.job.pool import PoolLost, PoolServer, RemotePool, WarmPool, Workers, connect
from ingest.model import TERMINAL_STATES

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def pool_settings(settings: Settings) -> Iterator[Settings]:
    # A short folder: a unix socket's path is limited to about 108 bytes.
    with tempfile.TemporaryDirectory(prefix="dkt-pool-", dir="/tmp") as folder:
        yield settings.model_copy(update={"data_dir": Path(folder), "workers": 1})


@pytest.fixture(scope="module")
def server(pool_settings: Settings) -> Iterator[PoolServer]:
    server = PoolServer(WarmPool(pool_settings), pool_settings)
    yield server
    server.close()


def test_a_job_runs_on_the_warm_pool_with_the_same_ledger(
    store, pool_settings: Settings, server: PoolServer, tmp_path: Path,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[str] = []
    schedule = RemotePool.schedule

    def counted(self, function, args=(), timeout=None) -> Future:  # noqa: ANN001
        sent.append(args[0].relpath)
        return schedule(self, function, args, timeout)

    monkeypatch.setattr(RemotePool, "schedule", counted)
    (tmp_path / "note.txt").write_text("Sarah Whitlock wrote to Raymond Stokes in Harwick.\n")
    (tmp_path / "copy.txt").write_text("Sarah Whitlock wrote to Raymond Stokes in Harwick.\n")
    (tmp_path / "other.txt").write_text("The blue Transit van was seen at the depot.\n")
    plan = start_job(store, pool_settings, [tmp_path], "warm-pool", mode="local")
    run_local(store, pool_settings, plan)
    counts = finish_job(store, pool_settings, plan.job_id)
    assert (counts["indexed"], counts["duplicate"], counts["queued"]) == (2, 1, 0)
    assert sum(counts[state] for state in TERMINAL_STATES) == 3
    assert len(sent) == 2 and "other.txt" in sent  # one of the two copies needed no worker


def test_other_code_or_no_server_means_no_warm_pool(
    pool_settings: Settings, server: PoolServer,
) -> None:
    remote = connect(pool_settings)
    assert remote is not None
    remote.close()
    key = (pool_settings.data_dir / "run" / "workers.key").read_bytes()
    with Client(str(server.socket), family="AF_UNIX", authkey=key) as conn:
        conn.send(("hello", "docket-pool-1:/another/checkout/ingest"))
        assert conn.recv() == ("refused", None)  # tasks would cross as pickles of other code
    elsewhere = pool_settings.model_copy(update={"data_dir": pool_settings.data_dir / "none"})
    assert connect(elsewhere) is None
    assert Workers(elsewhere).kind == "own"


def _process_of(fail_away_from: int) -> int:
    """The process a part ran in; it fails in any but ``fail_away_from`` (0: never)."""
    if fail_away_from and os.getpid() != fail_away_from:
        raise RuntimeError("this part fails in the pool")
    return os.getpid()


def test_a_collection_stage_reads_its_parts_on_the_warm_pool_and_a_failed_part_here(
    pool_settings: Settings, server: PoolServer,
) -> None:
    workers = Workers(pool_settings)
    try:
        mapper = workers.mapper()
        assert mapper is not None
        here = os.getpid()
        ran = mapper(_process_of, [(0,), (0,), (0,)])
        assert len(ran) == 3 and here not in ran
        assert mapper(_process_of, [(here,), (0,)])[0] == here  # failed there, run here
    finally:
        workers.close()
    elsewhere = pool_settings.model_copy(update={"data_dir": pool_settings.data_dir / "none"})
    assert Workers(elsewhere).mapper() is None  # no pool up: a stage starts none of its own


def test_tasks_held_by_a_lost_pool_are_handed_back() -> None:
    ours, theirs = Pipe()
    remote = RemotePool(ours)
    future = remote.schedule(len, ("abc",), 5)
    theirs.close()  # the server died
    with pytest.raises(PoolLost):
        future.result(timeout=10)
    assert not remote.alive
