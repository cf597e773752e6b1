"""docker-compose.yml describes a deployment that matches the code (no Docker engine runs here)."""

from __future__ import annotations

from pathlib import Path

import yaml

from config import Settings

ROOT = Path(__file__).resolve().parents[1]


def load() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_services_of_a_server_deployment() -> None:
    services = load()["services"]
    assert {"opensearch", "redis", "api", "worker"} <= set(services)
    assert services["worker"]["command"] == ["docket", "worker"]


def test_opensearch_image_matches_the_managed_node_version() -> None:
    image = load()["services"]["opensearch"]["image"]
    assert image == f"opensearchproject/opensearch:{Settings().opensearch_version}"


def test_api_is_published_on_loopback_only_and_needs_a_secret() -> None:
    api = load()["services"]["api"]
    assert all(port.startswith("127.0.0.1:") for port in api["ports"])
    assert api["environment"]["DOCKET_ENVIRONMENT"] == "production"
    assert "DOCKET_SECRET_KEY" in api["environment"]


def test_workers_and_api_point_at_the_cluster_not_a_local_node() -> None:
    services = load()["services"]
    for name in ("api", "worker"):
        env = services[name]["environment"]
        assert env["DOCKET_OPENSEARCH_URL"] == "http://opensearch:9200"
        assert env["DOCKET_BROKER_URL"].startswith("redis://redis:")
