"""The services of a cluster, each started on its own host of a ``Fabric``: OpenSearch nodes of
Docket's cached distribution, redis-server, SeaweedFS's S3 server and ``docket worker``.

Every process is recorded in a ``Launched`` list as it starts, so that the test can check where
it runs and its finalizer can stop it by pid whatever happened. Waits are bounded by the
test's ``Deadline`` and never asserted on beyond it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from config import Settings
from search import node
from tests.cluster.netns import Fabric
from tests.processes import tail
from tests.s3server import SEAWEEDFS_VERSION

REPO = Path(__file__).resolve().parents[2]
PRIVATE_HOST = REPO / "scripts" / "netns" / "private-host.sh"
DOCKET = Path(sys.executable).with_name("docket")
# The SeaweedFS build scripts/setup.sh caches (PRODUCT.md section 9).
HTTP_PORT, TRANSPORT_PORT = 9200, 9300  # every node has a host of its own: no clash
REDIS_PORT, S3_PORT = 6379, 8333
# Two files at a time per worker: most of a small file's time is spent waiting for the
# ledger's refreshes, not on the CPU.
WORKER_CONCURRENCY = 2
S3_REGION = "us-east-1"


def weed_binary(settings: Settings) -> Path:
    return settings.cache_dir / "seaweedfs" / SEAWEEDFS_VERSION / "weed"  # as tests/s3server.py


class Deadline:
    """The test's time limit; every wait takes the smaller of its own bound and what is left."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float,
                 log: Path | None = None, interval: float = 0.5) -> None:
        bound = min(timeout, self.left())
        give_up = time.monotonic() + bound
        while not condition():
            if time.monotonic() > give_up:
                pytest.fail(f"gave up after {bound:.0f}s waiting for {what}"
                            + (f"\n{tail(log)}" if log else ""))
            time.sleep(interval)


def _running(pid: int) -> bool:
    """Alive and not a zombie (a zombie has no namespaces left to read)."""
    try:
        os.readlink(f"/proc/{pid}/ns/net")
    except OSError:
        return False
    return True


@dataclass
class Launched:
    """The processes the test started, by name: ``stop_all`` kills them by pid (process group
    for those started in a session of their own), the OpenSearch nodes through their pid files."""

    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    layouts: dict[str, node.NodeLayout] = field(default_factory=dict)

    def pids(self) -> dict[str, int]:
        """The processes still running, by name (a node killed on purpose is not)."""
        found = {name: proc.pid for name, proc in self.procs.items() if proc.poll() is None}
        for name, layout in self.layouts.items():
            with suppress(FileNotFoundError, ValueError):
                found[name] = int(layout.pidfile.read_text().strip())
        return {name: pid for name, pid in found.items() if _running(pid)}

    def kill(self, name: str) -> None:
        """SIGKILL a process and everything in its process group, as a host that loses power."""
        proc = self.procs[name]
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)

    def stop_all(self) -> None:
        for name in list(self.procs):
            if self.procs[name].poll() is None:
                self.kill(name)
        for layout in self.layouts.values():
            node.stop_node(layout, timeout=20, hard=True)


@dataclass(frozen=True)
class NetMember(node.Member):
    """A node that listens on its host's address rather than on 127.0.0.1."""

    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.http_port}"

    def node_settings(self, layout: node.NodeLayout) -> dict[str, object]:
        return {**super().node_settings(layout), "network.host": self.host}


def start_opensearch(fabric: Fabric, launched: Launched, settings: Settings, state: Path,
                     hosts: list[str]) -> dict[str, NetMember]:
    """One node per host, discovering each other over the bridge; returns at once."""
    seeds = tuple(f"{fabric.addresses[h]}:{TRANSPORT_PORT}" for h in hosts)
    members = {h: NetMember(name=h, http_port=HTTP_PORT, transport_port=TRANSPORT_PORT,
                            cluster=f"docket-{fabric.tag}", seed_hosts=seeds,
                            initial_managers=tuple(hosts), host=fabric.addresses[h])
               for h in hosts}
    for h, member in members.items():
        layout = node.NodeLayout.of(settings, state=state / h)
        launched.layouts[h] = layout
        with fabric.inside(h):
            launched.procs[f"{h}-launcher"] = node.launch(settings, layout, member)
    return members


def cluster_formed(url: str, nodes: int) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=5) as resp:
            return json.loads(resp.read())["number_of_nodes"] == nodes
    except (urllib.error.URLError, OSError, ValueError, KeyError):
        return False


def start_redis(fabric: Fabric, launched: Launched, host: str, log: Path) -> str:
    """redis-server on its host's address, nothing persisted; returns the broker URL."""
    address = fabric.addresses[host]
    with fabric.inside(host), log.open("wb") as out:
        launched.procs[host] = subprocess.Popen(
            ["redis-server", "--bind", address, "--port", str(REDIS_PORT), "--save", "",
             "--appendonly", "no", "--protected-mode", "no"],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return f"redis://{address}:{REDIS_PORT}/0"


@dataclass(frozen=True)
class S3Account:
    endpoint: str
    access_key: str
    secret_key: str
    bucket: str
    prefix: str

    def env(self) -> dict[str, str]:
        """The blob store's settings, as every Docket process gets them."""
        return {"DOCKET_BLOB_URL": f"s3://{self.bucket}/{self.prefix}",
                "DOCKET_S3_ENDPOINT_URL": self.endpoint, "DOCKET_S3_REGION": S3_REGION,
                "DOCKET_S3_ACCESS_KEY": self.access_key, "DOCKET_S3_SECRET_KEY": self.secret_key}

    def client(self):  # noqa: ANN201 - a boto3 S3 client
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3", endpoint_url=self.endpoint, region_name=S3_REGION,
            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key,
            config=Config(retries={"max_attempts": 5, "mode": "standard"},
                          s3={"addressing_style": "path"}, connect_timeout=5, read_timeout=30))


def start_s3(fabric: Fabric, launched: Launched, host: str, weed: Path, state: Path,
             log: Path) -> S3Account:
    """SeaweedFS (master, volume, filer and S3 gateway in one process) on its host, with one
    identity allowed to do everything: requests must be signed with its keys. Its usage report
    is off (and could not leave the host anyway), its unix sockets are in its own directory."""
    state.mkdir(parents=True)
    account = S3Account(endpoint=f"http://{fabric.addresses[host]}:{S3_PORT}",
                        access_key="docket-netns", secret_key=f"secret-{fabric.tag}",
                        bucket="docket-netns", prefix="originals")
    identities = {"identities": [{
        "name": "docket", "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        "credentials": [{"accessKey": account.access_key, "secretKey": account.secret_key}]}]}
    (state / "s3.json").write_text(json.dumps(identities))
    address = fabric.addresses[host]
    with fabric.inside(host), log.open("wb") as out:
        launched.procs[host] = subprocess.Popen(
            [str(weed), "server", f"-dir={state}", f"-ip={address}", f"-ip.bind={address}",
             "-master.telemetry=false", "-master.volumeSizeLimitMB=256", "-volume.max=16",
             "-volume.preStopSeconds=0", "-filer", f"-filer.localSocket={state}/filer.sock",
             "-s3", f"-s3.port={S3_PORT}", f"-s3.config={state / 's3.json'}",
             f"-s3.localSocket={state}/s3.sock", "-s3.port.iceberg=0", "-s3.port.lance=0"],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=state)
    return account


def start_worker(fabric: Fabric, launched: Launched, host: str, env: dict[str, str],
                 hidden: list[Path], log: Path) -> subprocess.Popen[bytes]:
    """``docket worker`` on its host, with a file system view of its own (private-host.sh):
    its data directory and temporary files are on a private tmpfs, gone when it is killed."""
    env = {**env, "DOCKET_DATA_DIR": "/tmp/docket", "TMPDIR": "/tmp"}
    command = ["sh", str(PRIVATE_HOST), host, *map(str, hidden), "--",
               str(DOCKET), "worker", "--concurrency", str(WORKER_CONCURRENCY)]
    with fabric.inside(host), log.open("ab") as out:
        proc = subprocess.Popen(command, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    launched.procs[host] = proc
    return proc
