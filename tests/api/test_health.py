"""``GET /api/health`` as an operator reads it: OpenSearch, the broker and the workers, with a
real redis-server and a real ``docket worker``, and with a broker that does not answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.background_server import free_port
from config import Settings, get_settings
from tests.processes import broker_env, docket_env, running_worker, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.redis]


def _health(store) -> dict:  # noqa: ANN001 - an OpenSearch client
    app = create_app(get_settings(), client=store)
    response = TestClient(app).get("/api/health")
    assert response.status_code == 200, response.text
    return response.json()


def test_local_mode_says_there_is_no_broker(store, settings: Settings) -> None:  # noqa: ANN001
    app = create_app(settings.model_copy(update={"broker_url": None}), client=store)
    health = TestClient(app).get("/api/health").json()
    assert health["status"] == "ok"
    assert health["broker"] == "not configured (local mode)"
    assert health["workers"] == "local pool"


@pytest.fixture
def redis_broker(redis_port: int) -> Iterator[str]:
    url = f"redis://127.0.0.1:{redis_port}/7"
    with broker_env(url):
        yield url


def test_a_broker_with_and_then_without_a_worker(
    store, redis_broker: str, tmp_path: Path  # noqa: ANN001
) -> None:
    assert _health(store)["workers"] == "0 worker(s)"
    with running_worker(docket_env(redis_broker), tmp_path / "worker.log"):
        wait_for(lambda: _health(store)["workers"] == "1 worker(s)", "the worker to answer pings")
        health = _health(store)
        assert (health["status"], health["broker"]) == ("ok", "ok")
    wait_for(lambda: _health(store)["workers"] == "0 worker(s)", "the stopped worker to be gone")


def test_a_broker_that_does_not_answer_is_reported(store) -> None:  # noqa: ANN001
    # A loopback port with nothing listening on it: the ping is refused at once.
    with broker_env(f"redis://127.0.0.1:{free_port()}/0"):
        health = _health(store)
    assert health["broker"].startswith("unreachable: ")
    assert health["workers"] == "unknown"
    assert health["status"] == "ok"  # the search still works without the queue


def test_health_reports_the_local_blob_store(store, settings: Settings) -> None:  # noqa: ANN001
    app = create_app(settings.model_copy(update={"broker_url": None}), client=store)
    health = TestClient(app).get("/api/health").json()
    assert health["blobs"] == {"kind": "local", "reachable": True, "writable": True,
                               "error": None}


def test_health_reports_an_s3_blob_store_and_never_its_secret(
    store, settings: Settings, tmp_path: Path  # noqa: ANN001
) -> None:
    from pydantic import SecretStr

    from ingest.blobs import blob_store
    from tests.s3server import seaweed_s3, writable_bucket

    secret = "health-check-secret-never-shown"
    with seaweed_s3(tmp_path / "weed", {"docket-health": secret}) as server:
        s3 = settings.model_copy(update={
            "broker_url": None, "blob_url": "s3://docket-health/originals",
            "s3_endpoint_url": server.endpoint, "s3_access_key": "docket-health",
            "s3_secret_key": SecretStr(secret)})
        writable_bucket(blob_store(s3), server.log)  # type: ignore[arg-type]
        answer = TestClient(create_app(s3, client=store)).get("/api/health")
        assert answer.json()["blobs"] == {"kind": "s3", "reachable": True, "writable": True,
                                          "error": None}
        wrong = s3.model_copy(update={"s3_secret_key": SecretStr("not-" + secret)})
        answer = TestClient(create_app(wrong, client=store)).get("/api/health")
        health = answer.json()
        assert health["status"] == "degraded"
        assert (health["blobs"]["reachable"], health["blobs"]["writable"]) == (True, False)
        assert health["blobs"]["error"] == "ClientError"
        assert secret not in answer.text and server.endpoint not in answer.text
