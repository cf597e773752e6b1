"""A real S3 server for tests: SeaweedFS's ``weed``, built once by ``scripts/setup.sh`` into the
cache (``<cache>/seaweedfs/<VERSION>/weed``), never mocked.

``seaweed_s3(folder)`` starts ``weed server`` with master, volume, filer and S3 on loopback,
each on a free port (so tests and helpers running at once do not meet), waits until S3 answers,
and stops it on the way out. Tests that need it skip when the binary is absent, except in CI
(``CI=true``), where a missing server is a failure. With ``identities``, the server takes only
those keys (``-s3.config``); without, it lets anyone in, as SeaweedFS does by default.
SeaweedFS's usage report is switched off (``-master.telemetry=false``), and the extra catalog
servers (Iceberg, Lance) are not started.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from ingest.blobs import BlobError, S3BlobStore

SEAWEEDFS_VERSION = "v0.0.0-20261109003541-7506e5f91cd6"
START_S = 120  # a first start lays out its volumes; patient, never asserted on


def cache_dir() -> Path:
    """As scripts/setup.sh: DOCKET_CACHE_DIR, else /var/cache/docket for root, ~/.cache/docket."""
    if os.environ.get("DOCKET_CACHE_DIR"):
        return Path(os.environ["DOCKET_CACHE_DIR"])
    if os.geteuid() == 0:
        return Path("/var/cache/docket")
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "docket"


def weed_binary() -> Path:
    return cache_dir() / "seaweedfs" / SEAWEEDFS_VERSION / "weed"


def require_weed() -> Path:
    """The weed binary, or a skip (a failure in CI) naming what builds it."""
    binary = weed_binary()
    if not os.access(binary, os.X_OK):
        reason = f"no SeaweedFS binary at {binary}: scripts/setup.sh builds it"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return binary


def free_ports(count: int) -> list[int]:
    """Ports free on loopback now (held open together, so they are distinct)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass(frozen=True)
class S3Server:
    endpoint: str
    log: Path


def weed_command(binary: Path, folder: Path, ports: list[int],
                 config: Path | None) -> list[str]:
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = ports
    command = [
        str(binary), "server", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        f"-master.port={master}", f"-master.port.grpc={master_grpc}",
        "-master.telemetry=false", "-master.volumeSizeLimitMB=256",
        f"-volume.port={volume}", f"-volume.port.grpc={volume_grpc}",
        "-volume.preStopSeconds=0", "-volume.max=16",
        "-filer", f"-filer.port={filer}", f"-filer.port.grpc={filer_grpc}",
        f"-filer.localSocket={folder}/filer.sock",
        "-s3", f"-s3.port={s3}", f"-s3.port.grpc={s3_grpc}", f"-s3.localSocket={folder}/s3.sock",
        "-s3.port.iceberg=0", "-s3.port.lance=0",
    ]
    if config is not None:
        command.append(f"-s3.config={config}")
    return command


def _answers(endpoint: str) -> bool:
    try:
        with urllib.request.urlopen(endpoint, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # S3 answering at all (403 for an anonymous listing) is what we wait for
    except OSError:
        return False


@contextmanager
def seaweed_s3(folder: Path, identities: dict[str, str] | None = None) -> Iterator[S3Server]:
    """A running SeaweedFS S3 server with its data in ``folder``; ``identities``: access key
    -> secret key of the only callers it lets in."""
    binary = require_weed()
    folder.mkdir(parents=True, exist_ok=True)
    config = None
    if identities:
        config = folder / "s3.json"
        config.write_text(json.dumps({"identities": [
            {"name": f"user{n}", "credentials": [{"accessKey": key, "secretKey": secret}],
             "actions": ["Admin", "Read", "List", "Tagging", "Write"]}
            for n, (key, secret) in enumerate(identities.items())]}))
    ports = free_ports(8)
    endpoint = f"http://127.0.0.1:{ports[6]}"
    log = folder / "weed.log"
    (folder / "data").mkdir(exist_ok=True)
    with log.open("wb") as out:
        # AWS_ACCESS_KEY_ID in weed's environment would add an admin identity of its own.
        env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
        proc = subprocess.Popen(weed_command(binary, folder / "data", ports, config),
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                cwd=folder, env=env)
    try:
        deadline = time.monotonic() + START_S
        while not _answers(endpoint):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"SeaweedFS S3 did not come up at {endpoint}:\n"
                            + log.read_text(errors="replace")[-3000:])
            time.sleep(0.5)
        yield S3Server(endpoint, log)
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def writable_bucket(store: S3BlobStore, log: Path) -> S3BlobStore:
    """The store's bucket created, once the server takes writes (its volume server registers
    with the master a moment after S3 answers)."""
    deadline = time.monotonic() + START_S
    while True:
        try:
            store.prepare()
            health = store.health()
            if health.writable:
                return store
            problem = health.error
        except BlobError as exc:
            problem = str(exc)
        if time.monotonic() > deadline:
            pytest.fail(f"the S3 bucket never took a write: {problem}\n"
                        + log.read_text(errors="replace")[-3000:])
        time.sleep(0.5)
