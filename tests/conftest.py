"""Shared fixtures. Integration tests talk to a real OpenSearch node: the managed local node
(started here when needed) or the cluster in DOCKET_OPENSEARCH_URL. Test data lives under its
own index prefix, dropped before and after the session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("DOCKET_INDEX_PREFIX", "docket-test")
os.environ.setdefault("DOCKET_WORKERS", "2")

from api.background_server import free_port
from config import Settings, get_settings, reset_settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def settings() -> Settings:
    reset_settings()
    return get_settings()


@pytest.fixture(scope="session")
def store(settings: Settings):  # noqa: ANN201 - an OpenSearch client
    from search.client import open_store
    from search.indices import drop_indices

    client = open_store(settings)
    drop_indices(client, settings.index_prefix)
    client = open_store(settings)
    yield client
    drop_indices(client, settings.index_prefix)


@pytest.fixture(scope="session")
def indices(settings: Settings):  # noqa: ANN201
    from search.indices import Indices

    return Indices(settings.index_prefix)


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a SampleManifest
    from ingest.samples import generate_sample_corpus

    return generate_sample_corpus(tmp_path_factory.mktemp("sample-corpus"))


@pytest.fixture(scope="session")
def sample_job(store, settings: Settings, sample_corpus) -> dict:  # noqa: ANN001
    """The sample corpus ingested into collection 'sample' once per session."""
    from ingest.job import finish_job, run_local, start_job

    plan = start_job(store, settings, [sample_corpus.root], "sample", mode="local")
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    return {"job_id": plan.job_id, "received": plan.received, "counts": counts}


@pytest.fixture(scope="session")
def disclosure(store, settings: Settings, sample_corpus, tmp_path_factory):  # noqa: ANN001, ANN201
    """The sample corpus with copies, a Bcc and a locked attachment, loaded once per session
    into 'completeness' (tests/completeness_corpus.py)."""
    from tests.completeness_corpus import ingest_disclosure

    return ingest_disclosure(store, settings, sample_corpus.root,
                             tmp_path_factory.mktemp("disclosure") / "production")


@pytest.fixture(scope="session")
def admin_token(store, indices, settings: Settings) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add("test-admin", "admin", ["*"])


@pytest.fixture(scope="session")
def app(store, settings: Settings):  # noqa: ANN001, ANN201
    from api.app import create_app

    return create_app(settings, client=store)


@pytest.fixture(scope="session")
def api(app, admin_token: str):  # noqa: ANN001, ANN201 - an authenticated TestClient
    from fastapi.testclient import TestClient

    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {admin_token}"
    return client


def client_as_new_user(app, store, indices, settings, name: str, role: str,  # noqa: ANN001, ANN201
               collections: list[str]):
    """A TestClient signed in as a new user with this role and these collections."""
    from fastapi.testclient import TestClient

    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add(name, role, collections)
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {token}"
    return client


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[str]:  # noqa: ANN001
    """The app served by uvicorn on a loopback port, for the browser tests."""
    from api.background_server import serving

    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A throwaway redis-server on a free loopback port, with nothing persisted."""
    import shutil
    import subprocess

    from tests.processes import tail, wait_for

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed")
    import redis

    port = free_port()
    log = tmp_path_factory.mktemp("redis") / "redis.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=out, stderr=subprocess.STDOUT,
        )

    def answers() -> bool:
        if proc.poll() is not None:
            pytest.fail(f"redis-server exited with {proc.returncode}\n{tail(log)}")
        try:
            return bool(redis.Redis(host="127.0.0.1", port=port, socket_timeout=1).ping())
        except redis.ConnectionError:
            return False

    try:
        wait_for(answers, "redis-server to answer", timeout=30, log=log)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
