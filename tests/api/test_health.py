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
