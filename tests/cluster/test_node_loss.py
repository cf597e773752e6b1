"""A cluster that loses a node in the middle of a job loses no file and indexes none twice.

Two OpenSearch nodes from Docket's cached distribution form a cluster on loopback; Docket's
indices get one replica each (``DOCKET_INDEX_REPLICAS=1``); a real redis-server and two real
``docket worker`` processes take a ``docket ingest --queue`` job; and part way through, one node
is killed with SIGKILL, as a machine that loses power or an OOM-killed JVM would go: no shard is
handed off and requests in flight to it simply break. That is the harder case; a graceful stop
moves shards first.

The node killed is the one that is not the elected cluster manager: with two manager candidates
only one of them holds the vote, and losing that one leaves no majority (why docker-compose.yml
runs three). Before the job every primary shard is moved onto it, so that its loss makes the
cluster promote a replica for every index the job writes to, while writes are in flight. It is
listed first in ``DOCKET_OPENSEARCH_URL``, so what the workers lose is the node they were told
about first. Waits are generous and never asserted on.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from opensearchpy import OpenSearch

from config import Settings
from ingest.model import TERMINAL_STATES
from search import node
from search.errors import NodeError
from search.indices import Indices
from search.ledger import state_counts
from tests.conftest import free_port
from tests.processes import (
    DOCKET,
    REPO,
    WAIT_S,
    docket_env,
    job_id_of,
    running_worker,
    tail,
    wait_for,
)

pytestmark = [pytest.mark.redis, pytest.mark.integration]

PREFIX = "docket-node-loss"
FILES = 160  # enough work that the job is still running when a node goes
COPIES = 10  # the same bytes under a second name: one document, a `duplicate` ledger entry
KILL_AFTER = 25  # files indexed before the node is killed


@dataclass(frozen=True)
class Cluster:
    members: dict[str, node.Member]
    layouts: dict[str, node.NodeLayout]

    def client(self, *names: str) -> OpenSearch:
        return OpenSearch(hosts=[self.members[name].url for name in names], max_retries=3,
                          retry_on_timeout=True, timeout=60)

    def manager(self) -> str:
        """The name of the elected cluster manager."""
        rows = self.client(*self.members).cat.cluster_manager(format="json")
        return rows[0]["node"]


@pytest.fixture()
def cluster() -> Iterator[Cluster]:
    """Two nodes on free loopback ports, 512 MB of heap each, in a cluster of their own.

    Their state is under Docket's data directory, not pytest's temporary one: under root the
    nodes run as the service user, and any pytest session that starts meanwhile makes its root
    directory private again (and prunes old ones), which would pull the data out from under them.
    """
    settings = Settings(opensearch_heap="512m")
    try:
        node.find_java_home(settings)
    except NodeError:
        pytest.skip("java is not installed")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    state = Path(tempfile.mkdtemp(prefix="node-loss-", dir=settings.data_dir))
    ports = {name: (free_port(), free_port()) for name in ("node-a", "node-b")}
    transport = [f"127.0.0.1:{tp}" for _http, tp in ports.values()]
    members = {
        name: node.Member(name=name, http_port=http, transport_port=tp,
                          cluster=f"docket-{state.name}",
                          seed_hosts=tuple(transport), initial_managers=tuple(ports))
        for name, (http, tp) in ports.items()
    }
    layouts = {name: node.NodeLayout.of(settings, state=state / name) for name in members}
    procs = {name: node.launch(settings, layouts[name], members[name]) for name in members}
    try:
        client = OpenSearch(hosts=[members["node-a"].url], timeout=30)

        def formed() -> bool:
            for name, proc in procs.items():
                if proc.poll() is not None:
                    pytest.fail(f"{name} exited with {proc.returncode}\n"
                                f"{tail(layouts[name].state / 'stdout.log')}")
            try:
                return client.cluster.health()["number_of_nodes"] == 2
            except Exception:
                return False

        wait_for(formed, "two nodes to form a cluster", log=layouts["node-b"].state / "stdout.log")
        yield Cluster(members, layouts)
    finally:
        for layout in layouts.values():
            node.stop_node(layout, timeout=60)
        shutil.rmtree(state, ignore_errors=True)


def write_corpus(folder: Path) -> dict[str, list[str]]:
    """Small text files, each with a word found nowhere else, and copies of the first few;
    returns sha256 -> the paths of those bytes."""
    folder.mkdir()
    (folder / "copies").mkdir()
    files: dict[str, list[str]] = {}
    for n in range(FILES):
        text = (f"Statement {n} about the tender number {n * 7919} for vellichor{n:04d}, "
                f"taken in Harwick on {n % 28 + 1} March 2001 by Detective Sergeant Ruth Okafor.\n")
        path = folder / f"statement-{n:04d}.txt"
        path.write_text(text * 5)
        files[hashlib.sha256(path.read_bytes()).hexdigest()] = [path.name]
    for n in range(COPIES):
        shutil.copyfile(folder / f"statement-{n:04d}.txt", folder / "copies" / f"copy-{n}.txt")
        sha256 = hashlib.sha256((folder / f"statement-{n:04d}.txt").read_bytes()).hexdigest()
        files[sha256] = sorted([*files[sha256], f"copies/copy-{n}.txt"])
    return files


def primaries_on(client: OpenSearch, name: str) -> set[str]:
    rows = client.cat.shards(index=f"{PREFIX}-*", format="json")
    return {row["index"] for row in rows if row["prirep"] == "p" and row["node"] == name}


def move_primaries(client: OpenSearch, source: str) -> None:
    """Fail the primaries on ``source`` over to their replicas, then wait for new replicas.

    Then every write of the job goes first to the node that will be killed: the node's loss
    must then promote a replica for each index, not only for those it happened to lead."""
    for index in primaries_on(client, source):
        client.cluster.reroute(body={"commands": [{"cancel": {
            "index": index, "shard": 0, "node": source, "allow_primary": True}}]})
    client.cluster.health(wait_for_status="green", timeout="300s", request_timeout=330)


def documents(client: OpenSearch, indices: Indices, collection: str) -> list[dict]:
    client.indices.refresh(index=indices.documents)
    result = client.search(index=indices.documents, body={
        "size": 10_000, "_source": ["sha256", "paths"],
        "query": {"term": {"collection": collection}}})
    return [{"_id": hit["_id"], **hit["_source"]} for hit in result["hits"]["hits"]]


def test_a_job_survives_losing_a_node(redis_port: int, cluster: Cluster, tmp_path: Path) -> None:
    from search.client import open_store
    from search.documents import DocumentSearch, SearchRequest
    from search.system import SystemStore

    survivor = cluster.manager()
    (victim,) = set(cluster.members) - {survivor}
    urls = ",".join(cluster.members[name].url for name in (victim, survivor))
    env = {**docket_env(f"redis://127.0.0.1:{redis_port}/5"), "DOCKET_OPENSEARCH_URL": urls,
           "DOCKET_INDEX_REPLICAS": "1", "DOCKET_INDEX_PREFIX": PREFIX}
    settings = Settings(opensearch_url=urls, index_replicas=1, index_prefix=PREFIX)
    store = open_store(settings)
    # Every shard has its copy on the other node before anything is written.
    health = store.cluster.health(wait_for_status="green", timeout="300s", request_timeout=330)
    assert health["status"] == "green"
    move_primaries(store, survivor)
    assert primaries_on(store, survivor) == set()
    indices = Indices(PREFIX)
    files = write_corpus(tmp_path / "evidence")

    with ExitStack() as stack:
        for n in (1, 2):
            stack.enter_context(running_worker(env, tmp_path / f"worker-{n}.log"))
        log = tmp_path / "ingest.log"
        with log.open("wb") as out:
            ingest = subprocess.Popen(
                [str(DOCKET), "ingest", str(tmp_path / "evidence"), "--collection", "node-loss",
                 "--queue"], env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        stack.callback(lambda: ingest.poll() is None and ingest.kill())
        wait_for(lambda: "files received" in log.read_text(errors="replace"),
                 "the job to be planned", log=log)
        job_id = job_id_of(subprocess.CompletedProcess([], 0, "", log.read_text()))

        wait_for(lambda: state_counts(SystemStore(store, indices), job_id).get("indexed", 0) >= KILL_AFTER,
                 f"{KILL_AFTER} files to be indexed", log=tmp_path / "worker-1.log")
        killed = node.stop_node(cluster.layouts[victim], hard=True)
        assert killed
        queued = state_counts(SystemStore(store, indices), job_id)["queued"]
        assert queued > 0, "the job ended before the kill"

        ingest.wait(timeout=WAIT_S * 3)
        assert ingest.returncode == 0, tail(log)

    survivor_only = cluster.client(survivor)
    counts = state_counts(SystemStore(survivor_only, indices), job_id)
    assert counts == {"queued": 0, **dict.fromkeys(TERMINAL_STATES, 0),
                      "indexed": FILES, "duplicate": COPIES}, tail(tmp_path / "worker-1.log")
    closed = survivor_only.get(index=indices.jobs, id=job_id)["_source"]
    assert closed["status"] == "finished"
    assert closed["received"] == sum(counts[state] for state in TERMINAL_STATES) == FILES + COPIES

    # One document per unique file (none lost, none twice), with every path of its bytes.
    indexed = documents(survivor_only, indices, "node-loss")
    assert len(indexed) == FILES
    assert {doc["sha256"]: sorted(doc["paths"]) for doc in indexed} == files

    # Search answers from the node that is left.
    search = DocumentSearch(SystemStore(survivor_only, indices))
    for n in (COPIES, KILL_AFTER, FILES - 1):
        found = search.run(SearchRequest(q=f"vellichor{n:04d}", filters={"collection": ["node-loss"]}))
        assert [hit["path"] for hit in found["hits"]] == [f"statement-{n:04d}.txt"]
