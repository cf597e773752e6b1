"""A queued job survives a killed worker, a killed OpenSearch node and a cut link, on a cluster
whose services run on separate hosts that share no directory.

Each service runs on a host of its own, a network namespace (tests/cluster/netns.py): three
OpenSearch nodes with a replica of every shard, Redis, SeaweedFS's S3 server, two ``docket
worker`` processes, and the client, where this test and ``docket ingest --queue`` run. The
workers have file systems of their own as well (scripts/netns/private-host.sh): neither sees
the other's files, the services' data or the input, which only the client reads and stages into
S3. The hosts reach each other over one bridge and nothing else.

While the 500-file job runs, the test kills one worker outright (SIGKILL to its whole process
tree, as a host losing power) and starts it again, kills the elected cluster manager of
OpenSearch the same way, and cuts the other worker's link for 20 s. A thread searches all along.
Then it checks that nothing was lost or doubled: the ledger accounts for every file, one
document per file and member with a control number of its own, every original in S3 with its
checksum, and search answered throughout within a few retries.

Run it alone with ``make test-netns`` (``pytest -m netns tests/cluster/test_netns_faults.py``).
It took seven to eight minutes on a shared two-core machine; it gives up after ``TIME_LIMIT_S``.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import pytest
from opensearchpy import OpenSearch

from config import Settings
from search import node
from search.indices import Indices
from search.ledger import state_counts
from search.system import SystemStore
from tests.cluster import evidence
from tests.cluster.accounting import check_documents, check_ledger, check_originals
from tests.cluster.hosts import (
    REPO,
    Deadline,
    Launched,
    NetMember,
    S3Account,
    cluster_formed,
    start_opensearch,
    start_redis,
    start_s3,
    start_worker,
    weed_binary,
)
from tests.cluster.netns import Fabric, namespace_of
from tests.processes import JOB_LINE, tail

pytestmark = [pytest.mark.netns, pytest.mark.redis, pytest.mark.integration]

TIME_LIMIT_S = 15 * 60  # the whole test, set-up and clean-up included
NODES = ["os1", "os2", "os3"]
WORKERS = ["w1", "w2"]
HOSTS = [*NODES, "redis", "s3", *WORKERS, "client"]
PREFIX = "docket-netns"
COLLECTION = "netns"
CUT_S = 20
# Files indexed before each fault: spread over the job, so that each one hits it mid-way.
KILL_WORKER_AT, KILL_NODE_AT, CUT_LINK_AT = 60, 150, 240
SEARCH_ATTEMPTS = 5  # tries of one search before it counts as unanswered
SEARCH_EVERY_S = 1.0


class TimeLimitExceeded(Exception):
    """The test ran past TIME_LIMIT_S: raised in the main thread by SIGALRM, wherever it was."""


@dataclass
class Site:
    """The cluster, up and ready: what the test body needs to run a job and break things."""

    fabric: Fabric
    launched: Launched
    members: dict[str, NetMember]
    s3: S3Account
    env: dict[str, str]
    state: Path
    deadline: Deadline
    hidden: list[Path]

    def log(self, name: str) -> Path:
        return self.state / "logs" / f"{name}.log"

    def client(self, *hosts: str) -> OpenSearch:
        """A client of these nodes (all by default); call it from inside the client host."""
        return OpenSearch(hosts=[self.members[h].url for h in hosts or NODES], timeout=30,
                          max_retries=3, retry_on_timeout=True)

    def start_worker(self, host: str) -> None:
        start_worker(self.fabric, self.launched, host, self.env, self.hidden, self.log(host))

    def worker_ready(self, host: str) -> bool:
        proc = self.launched.procs[host]
        if proc.poll() is not None:
            pytest.fail(f"worker {host} exited with {proc.returncode}\n{tail(self.log(host))}")
        text = self.log(host).read_text(errors="replace")
        return re.search(r"celery@\S+ ready\.", text) is not None


# --- set-up and clean-up -------------------------------------------------------------------


@pytest.fixture()
def time_limit() -> Iterator[Deadline]:
    """SIGALRM at TIME_LIMIT_S stops the test wherever it is; the waits give up a minute
    earlier, with a message that says what they were waiting for."""

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"the test ran over its {TIME_LIMIT_S}s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(TIME_LIMIT_S)
    try:
        yield Deadline(TIME_LIMIT_S - 60)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture()
def site(netns_ready: None, time_limit: Deadline, tmp_path: Path) -> Iterator[Site]:
    """The hosts and their services, up and ready; all of it gone afterwards, even on failure.

    The state lives under Docket's data directory, not pytest's temporary one: the nodes run as
    the service user, who must be able to reach it (as in test_node_loss). The logs are copied
    to ``tmp_path/logs`` before it goes, for a failure to be looked into.
    """
    settings = Settings(opensearch_heap="512m")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    state = Path(tempfile.mkdtemp(prefix="netns-", dir=settings.data_dir))
    (state / "logs").mkdir()
    launched = Launched()
    fabric = Fabric.create(HOSTS)
    try:
        yield _bring_up(fabric, launched, settings, state, time_limit)
    finally:
        signal.alarm(0)  # the clean-up is not to be cut short
        launched.stop_all()
        fabric.destroy()
        for host in NODES:
            with suppress(OSError):
                shutil.copy(state / host / "stdout.log", state / "logs" / f"{host}.log")
        shutil.copytree(state / "logs", tmp_path / "logs", dirs_exist_ok=True)
        shutil.rmtree(state, ignore_errors=True)


def _bring_up(fabric: Fabric, launched: Launched, settings: Settings, state: Path,
              deadline: Deadline) -> Site:
    members = start_opensearch(fabric, launched, settings, state, NODES)
    broker = start_redis(fabric, launched, "redis", state / "logs" / "redis.log")
    s3 = start_s3(fabric, launched, "s3", weed_binary(settings), state / "s3",
                  state / "logs" / "s3.log")
    urls = ",".join(member.url for member in members.values())
    env = {**os.environ, **s3.env(), "DOCKET_OPENSEARCH_URL": urls, "DOCKET_BROKER_URL": broker,
           "DOCKET_INDEX_PREFIX": PREFIX, "DOCKET_INDEX_REPLICAS": "1",
           "DOCKET_CACHE_DIR": str(settings.cache_dir), "PYTHONUNBUFFERED": "1",
           # The killed worker's file goes to the other worker after 90 s, not 20 minutes: above
           # the longest any file of the job takes, even with its worker's link cut for 20 s.
           "DOCKET_REDELIVERY_S": "90"}
    site = Site(fabric, launched, members, s3, env, state, deadline,
                hidden=[settings.data_dir])
    with fabric.inside("client"):
        deadline.wait_for(lambda: _formed(site), "three OpenSearch nodes to form a cluster",
                          timeout=420, log=state / "os1" / "stdout.log", interval=2)
        deadline.wait_for(lambda: _bucket_made(site), "the S3 server to make the bucket",
                          timeout=180, log=site.log("s3"), interval=1)
        from search.client import open_store

        store = open_store(Settings(opensearch_url=urls, index_replicas=1, index_prefix=PREFIX))
        store.cluster.health(wait_for_status="green", timeout="300s", request_timeout=330)
    for host in WORKERS:
        site.start_worker(host)
    for host in WORKERS:
        deadline.wait_for(lambda host=host: site.worker_ready(host), f"worker {host} to be ready",
                          timeout=420, log=site.log(host), interval=1)
    return site


def _formed(site: Site) -> bool:
    for host in NODES:
        launcher = site.launched.procs[f"{host}-launcher"]
        if launcher.poll() is not None:
            pytest.fail(f"OpenSearch on {host} exited with {launcher.returncode}\n"
                        f"{tail(site.state / host / 'stdout.log')}")
    for name in ("redis", "s3"):
        if site.launched.procs[name].poll() is not None:
            pytest.fail(f"{name} exited\n{tail(site.log(name))}")
    return cluster_formed(site.members["os1"].url, len(NODES))


def _bucket_made(site: Site) -> bool:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        site.s3.client().create_bucket(Bucket=site.s3.bucket)
        return True
    except ClientError as exc:
        return exc.response.get("Error", {}).get("Code") in ("BucketAlreadyOwnedByYou",
                                                             "BucketAlreadyExists")
    except BotoCoreError:
        return False


# --- searching all along -------------------------------------------------------------------


@dataclass
class Poll:
    at: float  # when it was answered, or given up
    attempts: int | None  # None: not answered within SEARCH_ATTEMPTS
    errors: list[str] = field(default_factory=list)


class SearchPoller(threading.Thread):
    """Searches the collection every second from the client host, as counsel would while the
    job runs; each search is tried up to SEARCH_ATTEMPTS times, a second apart."""

    def __init__(self, site: Site) -> None:
        super().__init__(name="search-poller", daemon=True)
        self.site = site
        self.polls: list[Poll] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        from search.documents import DocumentSearch, SearchRequest

        self.site.fabric.enter("client")  # this thread only, for good: it ends with the test
        search = DocumentSearch(SystemStore(self.site.client(), Indices(PREFIX)))
        request = SearchRequest(q="witness", filters={"collection": [COLLECTION]})
        while not self.stopping.is_set():
            poll = Poll(at=time.monotonic(), attempts=None)
            for attempt in range(1, SEARCH_ATTEMPTS + 1):
                try:
                    search.run(request)
                    poll.attempts = attempt
                    break
                except Exception as exc:  # what went wrong is reported, whatever it was
                    poll.errors.append(f"{type(exc).__name__}: {exc}"[:300])
                    self.stopping.wait(1.0)
            poll.at = time.monotonic()
            self.polls.append(poll)
            self.stopping.wait(SEARCH_EVERY_S)

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=SEARCH_ATTEMPTS * 40)

    def longest_wait(self) -> float:
        """The longest time between two answers (or an answer and a search given up)."""
        return max((b.at - a.at for a, b in itertools.pairwise(self.polls)), default=0.0)

    def summary(self) -> str:
        retried = sum(1 for poll in self.polls if poll.attempts and poll.attempts > 1)
        unanswered = sum(1 for poll in self.polls if poll.attempts is None)
        return (f"{len(self.polls)} searches: {retried} answered after retries, {unanswered} "
                f"unanswered; longest wait {self.longest_wait():.1f}s")


# --- the job and the faults ----------------------------------------------------------------


def start_ingest(site: Site, folder: Path) -> subprocess.Popen[bytes]:
    """``docket ingest --queue`` on the client host, following the job to its end; the input
    and the CLI's own data directory are the client's alone."""
    env = {**site.env, "DOCKET_DATA_DIR": str(site.state / "client" / "data")}
    command = [str(Path(sys.executable).with_name("docket")), "ingest", str(folder),
               "--collection", COLLECTION, "--queue"]
    with site.fabric.inside("client"), site.log("ingest").open("wb") as out:
        proc = subprocess.Popen(command, env=env, cwd=REPO, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    site.launched.procs["ingest"] = proc
    return proc


def done(system: SystemStore, job_id: str) -> int:
    """Files of the job in a terminal state so far (-1 while the store does not answer)."""
    try:
        counts = state_counts(system, job_id)
    except Exception:  # a node is going down: ask again
        return -1
    return sum(count for state, count in counts.items() if state != "queued")


def still_running(system: SystemStore, job_id: str, fault: str) -> None:
    assert 0 <= done(system, job_id) < evidence.FILES, f"the job was over before {fault}"


def break_things(site: Site, system: SystemStore, job_id: str) -> None:
    """The three faults, each once the job is far enough along to be hit mid-way."""
    deadline = site.deadline

    def reached(count: int) -> None:
        deadline.wait_for(lambda: done(system, job_id) >= count, f"{count} files to be done",
                          timeout=deadline.left(), log=site.log("w2"), interval=1)

    reached(KILL_WORKER_AT)
    site.launched.kill("w1")  # its main process and its pool, with a file in hand
    still_running(system, job_id, "killing a worker")
    site.start_worker("w1")  # a new host in its place, with an empty disk

    reached(KILL_NODE_AT)
    manager = system.client.cat.cluster_manager(format="json")[0]["node"]
    assert node.stop_node(site.launched.layouts[manager], hard=True)
    still_running(system, job_id, f"killing OpenSearch on {manager}")

    reached(CUT_LINK_AT)
    site.fabric.cut("w2")
    try:
        time.sleep(CUT_S)
        still_running(system, job_id, "restoring the cut link")
    finally:
        site.fabric.restore("w2")


def test_a_job_survives_faults_on_hosts_that_share_nothing(site: Site) -> None:
    started = time.monotonic()
    root_namespace = namespace_of(os.getpid())
    folder = site.state / "client" / "input"
    expected = evidence.write_job(folder)
    ingest = start_ingest(site, folder)
    with site.fabric.inside("client"):
        indices = Indices(PREFIX)
        system = SystemStore(site.client(), indices)
        site.deadline.wait_for(lambda: JOB_LINE.search(site.log("ingest").read_text()) is not None,
                               "the job to be planned", timeout=600, log=site.log("ingest"))
        job_id = JOB_LINE.search(site.log("ingest").read_text()).group(1)
        poller = SearchPoller(site)
        poller.start()
        try:
            break_things(site, system, job_id)
            site.deadline.wait_for(lambda: ingest.poll() is not None, "the job to finish",
                                   timeout=site.deadline.left(), log=site.log("ingest"), interval=1)
        finally:
            poller.stop()
            print(poller.summary())
        assert ingest.returncode == 0, tail(site.log("ingest"))
        print(f"job {job_id} done {time.monotonic() - started:.0f}s after the files were written;"
              f" files sent round again after the worker was killed: {redelivered(site)}")

        check_isolation(site, root_namespace, folder)
        check_ledger(system, job_id, expected)
        documents = check_documents(system, COLLECTION, expected)
        check_originals(site.s3, documents)
        check_search(poller, system)


def redelivered(site: Site) -> int:
    """Files a worker took up again after the killed worker's messages came back (reported,
    not asserted: the kill may have found that worker between two files)."""
    return sum(site.log(host).read_text(errors="replace").count("after a lost worker")
               for host in WORKERS)


# --- what else must hold -------------------------------------------------------------------


def check_isolation(site: Site, root_namespace: str, folder: Path) -> None:
    """Every service ran on its own host, none in the root namespace; the workers could not
    see the input, each other's data or the services' data."""
    for name, pid in site.launched.pids().items():
        host = name.removesuffix("-launcher")
        own = f"net:[{os.stat(f'/run/netns/{site.fabric.namespace(host)}').st_ino}]"
        assert namespace_of(pid) == own != root_namespace, f"{name} is not on its host"
    for host in WORKERS:
        pid = site.launched.procs[host].pid
        for path in (folder / "statement-0000.txt", site.state / "logs"):
            seen = subprocess.run(["nsenter", "-t", str(pid), "-m", "--", "test", "-e", str(path)],
                                  timeout=30, check=False)
            assert seen.returncode == 1, f"worker {host} can see {path}"


def check_search(poller: SearchPoller, system: SystemStore) -> None:
    """Search answered all along, each time within SEARCH_ATTEMPTS tries, and it finds
    statements indexed before, between and after the faults."""
    from search.documents import DocumentSearch, SearchRequest

    unanswered = [poll for poll in poller.polls if poll.attempts is None]
    assert not unanswered, f"{len(unanswered)} searches unanswered: {unanswered[0].errors}"
    assert len(poller.polls) >= 30, f"only {len(poller.polls)} searches were made"
    assert poller.longest_wait() < 60, poller.summary()
    search = DocumentSearch(system)
    for n in (0, KILL_NODE_AT, evidence.STATEMENTS - 1):
        found = search.run(SearchRequest(q=f"vellichor{n:04d}", filters={"collection": [COLLECTION]}))
        assert [hit["path"] for hit in found["hits"]] == [f"statement-{n:04d}.txt"]
