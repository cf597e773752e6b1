"""The managed node: what a user is told when it cannot run, and how it is laid out."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import Settings
from search import node
from search.errors import NodeError


def test_missing_java_is_said_clearly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    settings = Settings(java_home=tmp_path / "no-jdk", cache_dir=tmp_path, data_dir=tmp_path)
    with pytest.raises(NodeError, match="Java 17 is needed"):
        node.find_java_home(settings)


def test_a_configured_cluster_is_never_started(tmp_path: Path) -> None:
    settings = Settings(opensearch_url="http://127.0.0.1:1", cache_dir=tmp_path, data_dir=tmp_path)
    with pytest.raises(NodeError, match="DOCKET_OPENSEARCH_URL is set"):
        node.start(settings)


def test_status_of_a_node_that_is_not_running(tmp_path: Path) -> None:
    settings = Settings(opensearch_port=1, cache_dir=tmp_path, data_dir=tmp_path)
    status = node.status(settings)
    assert status.running is False and status.cluster_status is None
    assert status.url == "http://127.0.0.1:1"


def test_cache_and_data_live_outside_the_repository(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache", data_dir=tmp_path / "data")
    layout = node.NodeLayout.of(settings)
    assert layout.home == tmp_path / "cache" / f"opensearch-{settings.opensearch_version}"
    assert layout.data == tmp_path / "data" / "opensearch" / "data"


def test_module_pom_names_each_artifact_at_the_node_version() -> None:
    pom = node._module_pom("2.19.4", ["org.opensearch.plugin:analysis-common:{version}"])
    assert "<artifactId>analysis-common</artifactId><version>2.19.4</version>" in pom


def test_a_node_of_a_cluster_names_its_peers_instead_of_running_alone(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache", data_dir=tmp_path / "data")
    alone = node.Member.local(settings).node_settings(node.NodeLayout.of(settings))
    assert alone["discovery.type"] == "single-node"
    assert alone["transport.port"] == str(settings.opensearch_port + 100)

    layout = node.NodeLayout.of(settings, state=tmp_path / "node-b")
    member = node.Member(name="node-b", http_port=19201, transport_port=19301, cluster="pair",
                         seed_hosts=("127.0.0.1:19300", "127.0.0.1:19301"),
                         initial_managers=("node-a", "node-b"))
    joined = member.node_settings(layout)
    assert "discovery.type" not in joined
    assert joined["cluster.name"] == "pair" and joined["node.name"] == "node-b"
    assert joined["discovery.seed_hosts"] == ["127.0.0.1:19300", "127.0.0.1:19301"]
    assert joined["cluster.initial_cluster_manager_nodes"] == ["node-a", "node-b"]
    assert joined["path.data"] == str(tmp_path / "node-b" / "data")


def test_requests_are_compressed_only_beyond_loopback() -> None:
    from search.client import is_loopback

    assert is_loopback("http://127.0.0.1:9200") and is_loopback("http://localhost:9200")
    assert is_loopback("http://[::1]:9200") and is_loopback("127.0.0.2:9200")
    assert not is_loopback("http://opensearch1:9200")
    assert not is_loopback("https://10.0.0.5:9200")
