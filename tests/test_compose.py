"""docker-compose.yml describes a deployment that matches the code (no Docker engine runs here):
three OpenSearch nodes forming one cluster, Redis, scalable workers and the API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from config import Settings
from search.client import node_urls

ROOT = Path(__file__).resolve().parents[1]
DOCKET_SERVICES = ("api", "worker")


def load() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def opensearch_nodes(services: dict) -> dict[str, dict]:
    return {name: service for name, service in services.items()
            if service.get("image", "").startswith("opensearchproject/opensearch:")}


def listed(value: str) -> list[str]:
    return [part.strip() for part in value.split(",")]


def test_services_of_a_server_deployment() -> None:
    services = load()["services"]
    assert set(opensearch_nodes(services)) == {"opensearch1", "opensearch2", "opensearch3"}
    assert {"redis", "seaweedfs", "api", "worker"} <= set(services)
    assert services["worker"]["command"] == ["docket", "worker"]


def test_opensearch_image_matches_the_managed_node_version() -> None:
    for service in opensearch_nodes(load()["services"]).values():
        assert service["image"] == f"opensearchproject/opensearch:{Settings().opensearch_version}"


def test_the_three_nodes_form_one_cluster() -> None:
    nodes = opensearch_nodes(load()["services"])
    names = {service: node["environment"]["node.name"] for service, node in nodes.items()}
    assert len(set(names.values())) == 3
    for service, node in nodes.items():
        env = node["environment"]
        assert env["cluster.name"] == "docket"
        assert "discovery.type" not in env  # single-node would make three clusters of one
        # Each node finds the other two by their service names, which are their hostnames.
        assert sorted(listed(env["discovery.seed_hosts"])) == sorted(set(nodes) - {service})
        assert sorted(listed(env["cluster.initial_cluster_manager_nodes"])) == sorted(
            names.values())


def test_each_node_keeps_its_data_in_a_volume_of_its_own() -> None:
    compose = load()
    nodes = opensearch_nodes(compose["services"])
    volumes = [node["volumes"][0].split(":")[0] for node in nodes.values()]
    assert len(set(volumes)) == len(nodes)
    assert set(volumes) <= set(compose["volumes"])


def test_every_dependency_is_a_service_with_a_healthcheck() -> None:
    services = load()["services"]
    for name, service in services.items():
        for dependency, condition in service.get("depends_on", {}).items():
            assert dependency in services, f"{name} depends on undefined {dependency}"
            assert condition == {"condition": "service_healthy"}
            assert services[dependency]["healthcheck"]["test"], dependency
    for name in DOCKET_SERVICES:
        depends = set(services[name]["depends_on"])
        assert depends == set(opensearch_nodes(services)) | {"redis", "seaweedfs"}, name


def test_api_and_workers_list_every_node_of_the_cluster() -> None:
    services = load()["services"]
    nodes = opensearch_nodes(services)
    for name in DOCKET_SERVICES:
        env = services[name]["environment"]
        urls = node_urls(env["DOCKET_OPENSEARCH_URL"])
        assert sorted(urls) == sorted(f"http://{node}:9200" for node in nodes), name
        assert env["DOCKET_BROKER_URL"].startswith("redis://redis:")


def test_indices_have_a_replica_so_losing_a_node_loses_nothing() -> None:
    services = load()["services"]
    for name in DOCKET_SERVICES:
        replicas = int(services[name]["environment"]["DOCKET_INDEX_REPLICAS"])
        # At least one copy elsewhere, and no more copies than nodes to hold them.
        assert 1 <= replicas < len(opensearch_nodes(services))


def test_docket_services_read_as_valid_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    services = load()["services"]
    for name in DOCKET_SERVICES:
        env = services[name]["environment"]
        for key, value in env.items():
            if key.startswith("DOCKET_"):
                assert key[len("DOCKET_"):].lower() in Settings.model_fields, f"{name}: {key}"
                # ${VAR:?message} is filled in by compose from the .env file.
                monkeypatch.setenv(key, re.sub(r"\$\{[^}]*\}", "a-real-secret", str(value)))
        settings = Settings()
        assert settings.managed_node is False
        assert settings.index_replicas == 1


def test_api_is_published_on_loopback_only_and_needs_a_secret() -> None:
    api = load()["services"]["api"]
    assert all(port.startswith("127.0.0.1:") for port in api["ports"])
    assert api["environment"]["DOCKET_ENVIRONMENT"] == "production"
    assert api["environment"]["DOCKET_SECRET_KEY"].startswith("${DOCKET_SECRET_KEY:?")


def test_no_port_is_published_beyond_loopback() -> None:
    for name, service in load()["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), name


def test_workers_scale() -> None:
    worker = load()["services"]["worker"]
    assert worker["deploy"]["replicas"] >= 2
    # A fixed container name or a published port would stop `--scale worker=N` starting a second.
    assert "container_name" not in worker
    assert "ports" not in worker


def test_every_service_shares_the_backend_network() -> None:
    compose = load()
    for name, service in compose["services"].items():
        assert set(service["networks"]) <= set(compose["networks"]), name
        assert "backend" in service["networks"], name


def test_originals_are_on_s3_and_workers_share_no_disk() -> None:
    compose = load()
    services = compose["services"]
    seaweedfs = services["seaweedfs"]
    assert seaweedfs["volumes"][0].split(":")[0] in compose["volumes"]
    assert "-master.telemetry=false" in seaweedfs["command"]
    assert seaweedfs["build"]["dockerfile"] == "Dockerfile.seaweedfs"
    assert (ROOT / "Dockerfile.seaweedfs").is_file()
    for name in DOCKET_SERVICES:
        env = services[name]["environment"]
        assert env["DOCKET_BLOB_URL"].startswith("s3://"), name
        assert env["DOCKET_S3_ENDPOINT_URL"] == "http://seaweedfs:8333", name
        assert env["DOCKET_S3_SECRET_KEY"].startswith("${DOCKET_S3_SECRET_KEY:?"), name
    assert "volumes" not in services["worker"]
    assert "docket-data" not in compose["volumes"]
