"""Offline, checked in a fresh interpreter: ``docket ingest`` and ``docket search`` run in
processes whose connection guard is installed by a ``sitecustomize`` before anything of Docket or
its libraries is imported, so a call made at import time (unstructured's load ping, say) is seen.

The telemetry opt-out variables Docket sets for itself are removed from the children's
environment: this process has imported ``ingest`` and so set them, and a child that inherited
them would pass even if Docket stopped setting them. Pool workers, forked or spawned, carry the
guard too (inherited, or installed again by the same sitecustomize)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.journeys.test_uploads import DOCX_PHRASE, upload_set
from tests.processes import docket

pytestmark = pytest.mark.integration

OPT_OUTS = ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "UNSTRUCTURED_DISABLE_NOTICE", "HF_HUB_OFFLINE",
            "TRANSFORMERS_OFFLINE")
WATCHED = ("config", "search", "ingest", "api", "unstructured", "spacy", "requests", "urllib3",
           "opensearchpy", "celery", "pytesseract", "pypdf")

GUARD = '''
"""Installed at interpreter start: refuse and log every connection and lookup beyond loopback."""
import ipaddress
import os
import socket
import sys

_LOG = os.environ["DOCKET_TEST_ATTEMPTS"]
_LOOPBACK = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _note(line):
    with open(_LOG, "a") as log:
        log.write(line + "\\n")


def _loopback(host):
    if isinstance(host, bytes):
        host = host.decode()
    if not isinstance(host, str) or host in _LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            _note(f"connect {address} pid={os.getpid()}")
            raise ConnectionRefusedError(f"refused {address}")
        return real(sock, address)
    return connect


_real_getaddrinfo = socket.getaddrinfo


def _getaddrinfo(host, *args, **kwargs):
    if host is not None and not _loopback(host):
        _note(f"lookup {host} pid={os.getpid()}")
        raise socket.gaierror(socket.EAI_NONAME, f"refused to resolve {host}")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded(socket.socket.connect)
socket.socket.connect_ex = _guarded(socket.socket.connect_ex)
socket.getaddrinfo = _getaddrinfo
_early = sorted(m for m in sys.modules if m.split(".")[0] in WATCHED)
_note(f"installed before {_early} pid={os.getpid()}")
'''


@pytest.fixture
def guarded_env(settings, tmp_path: Path) -> tuple[dict[str, str], Path]:  # noqa: ANN001
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(f"WATCHED = {WATCHED!r}\n{GUARD}")
    attempts = tmp_path / "attempts.log"
    attempts.touch()
    env = {k: v for k, v in os.environ.items() if k not in OPT_OUTS}
    env.update({"PYTHONPATH": os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")])),
                "DOCKET_TEST_ATTEMPTS": str(attempts), "PYTHONUNBUFFERED": "1",
                "DOCKET_OPENSEARCH_URL": settings.search_url})
    return env, attempts


def outbound(attempts: Path) -> list[str]:
    return [line for line in attempts.read_text().splitlines() if not line.startswith("installed")]


def test_the_guard_is_installed_first_and_refuses_in_a_fresh_interpreter(
        guarded_env: tuple[dict[str, str], Path]) -> None:
    env, attempts = guarded_env
    code = ("import socket\ntry:\n    socket.create_connection(('192.0.2.10', 443), timeout=1)\n"
            "except OSError:\n    pass\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert attempts.read_text().splitlines()[0].startswith("installed before [] ")
    assert [line.split(" pid=")[0] for line in outbound(attempts)] == ["lookup 192.0.2.10"]


def test_ingest_and_search_from_nothing_stay_on_loopback(
        store, guarded_env: tuple[dict[str, str], Path], tmp_path: Path) -> None:  # noqa: ANN001
    env, attempts = guarded_env
    folder = tmp_path / "files"
    folder.mkdir()
    for name, data in upload_set().items():
        (folder / name).write_bytes(data)
    (folder / "notice.html").write_text("<html><body><p>Road closed at the ford.</p></body></html>")
    ingested = docket("ingest", str(folder), "--collection", "offline-fresh", env=env)
    assert ingested.returncode == 0, ingested.stderr
    assert "indexed              4" in ingested.stdout, ingested.stdout
    found = docket("search", f'"{DOCX_PHRASE}"', "--collection", "offline-fresh", env=env)
    assert found.returncode == 0 and "[porter-log.docx]" in found.stdout, found.stdout
    installs = [line for line in attempts.read_text().splitlines() if line.startswith("installed")]
    assert len(installs) >= 2 and all(line.startswith("installed before [] ") for line in installs)
    assert outbound(attempts) == []
