"""Ingestion and search open no connection beyond loopback.

Every outbound connection and name lookup is intercepted, in this process and in the pool's
forked workers: a loopback one goes through, any other is refused and written to a log file
that the test reads afterwards, so an attempt is caught even where a library swallows the error.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_loopback(host: object) -> bool:
    if not isinstance(host, str):
        return True  # bytes paths of AF_UNIX sockets
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def refuse_outbound(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    attempts = tmp_path / "attempts.log"
    attempts.touch()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def note(what: str) -> None:
        with attempts.open("a") as log:
            log.write(what + "\n")

    def guarded(real):  # noqa: ANN001
        def connect(sock: socket.socket, address: object) -> object:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                host = address[0] if isinstance(address, tuple) else address
                if not _is_loopback(host):
                    note(f"connect {address}")
                    raise ConnectionRefusedError(f"test refuses {address}")
            return real(sock, address)

        return connect

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not _is_loopback(host if not isinstance(host, bytes)
                                                 else host.decode()):
            note(f"lookup {host}")
            raise socket.gaierror(socket.EAI_NONAME, f"test refuses to resolve {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


def test_guard_catches_an_outbound_attempt(refuse_outbound: Path) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.10", 443), timeout=1)
    assert "192.0.2.10" in refuse_outbound.read_text()


def test_ingest_and_search_stay_on_loopback(
    refuse_outbound: Path, store, settings, indices, api, tmp_path: Path  # noqa: ANN001
) -> None:
    from ingest.job import finish_job, run_local, start_job
    from ingest.samples import generate_sample_corpus

    corpus = generate_sample_corpus(tmp_path / "corpus")
    try:
        plan = start_job(store, settings, [corpus.root], "offline", mode="local")
        run_local(store, settings, plan)
        counts = finish_job(store, settings, plan.job_id)
        assert counts["indexed"] + counts["duplicate"] == len(corpus.files)
        result = api.get("/api/search", params={"q": "Whitlock", "filter": "collection:offline"})
        assert result.json()["total"] > 0
        assert refuse_outbound.read_text() == ""
    finally:
        # Other tests search the sample corpus across collections: leave no second copy.
        # A record updated meanwhile (a near-duplicate group) is a version conflict: try again.
        query = {"query": {"term": {"collection": "offline"}}}
        for index in (indices.documents, indices.pages, indices.mentions):
            for _attempt in range(5):
                done = store.delete_by_query(index=index, refresh=True, conflicts="proceed",
                                             body=query)
                if not done.get("version_conflicts"):
                    break
