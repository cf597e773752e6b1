"""The cluster as an operator checks it (``docket doctor``): its health, its nodes, and the
replicas of Docket's own indices (found through their aliases, so that other indices on the
same cluster, another prefix's or a benchmark's, are not counted)."""

from __future__ import annotations

from dataclasses import dataclass

from opensearchpy import OpenSearch

from search.indices import alias_name, index_specs


@dataclass(frozen=True)
class ClusterState:
    status: str  # green, yellow or red
    nodes: int
    min_replicas: int | None  # the fewest replicas of any Docket index; None: none exist yet


def cluster_state(client: OpenSearch, prefix: str) -> ClusterState:
    health = client.cluster.health()
    aliases = ",".join(alias_name(prefix, name) for name in index_specs())
    found = client.indices.get_settings(index=aliases, name="index.number_of_replicas",
                                        ignore_unavailable=True, allow_no_indices=True)
    replicas = [int(body["settings"]["index"]["number_of_replicas"]) for body in found.values()]
    return ClusterState(status=health["status"], nodes=int(health["number_of_nodes"]),
                        min_replicas=min(replicas) if replicas else None)
