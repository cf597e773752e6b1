"""Versioned indices behind aliases, from the specs in config/mappings.

Each logical index ``<prefix>-<name>`` is an alias over ``<prefix>-<name>-v<version>``. A composable
index template carries the settings and mappings, so a new version rolls out by creating the next
index, reindexing into it, and swapping the alias in one atomic call. A field added to a spec
without a new version is added to the live index in place (``put_mapping``): new fields need no
reindex, and a change OpenSearch cannot make in place fails loudly instead of being skipped.

The documents index's properties are config/mappings' internal fields plus the user-facing fields
declared in ``search.fields``; ``index_specs`` here is config's specs with those added.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache

from opensearchpy import OpenSearch

import config
from config import IndexSpec
from config.data import CIPHERED_SUFFIX
from search.fields import coding_properties, document_properties

FIELDS_INDEX = "documents"  # the index whose user-facing fields search.fields declares
CODING_INDEX = "review"  # the index whose coding values search.fields declares


@cache
def index_specs() -> dict[str, IndexSpec]:
    """Every logical index, by name: config's specs, the documents index (and its ciphered
    copy) with the fields search.fields declares, and the review index with its coding
    fields' values."""
    specs = dict(config.index_specs())
    declared = document_properties()
    for name in (FIELDS_INDEX, f"{FIELDS_INDEX}{CIPHERED_SUFFIX}"):
        spec = specs[name]
        internal = spec.mappings["properties"]
        twice = sorted(set(internal) & set(declared))
        if twice:
            raise ValueError(f"declared in search.fields and in {FIELDS_INDEX}.json: {twice}")
        mappings = {**spec.mappings, "properties": {**internal, **declared}}
        specs[name] = dataclasses.replace(spec, mappings=mappings)
    review = specs[CODING_INDEX]
    values = {"properties": coding_properties()}
    specs[CODING_INDEX] = dataclasses.replace(review, mappings={
        **review.mappings, "properties": {**review.mappings["properties"], "values": values}})
    return specs


def alias_name(prefix: str, name: str) -> str:
    return f"{prefix}-{name}"


def ciphered_name(alias: str) -> str:
    """The alias of the ciphered copy of ``alias`` (documents, pages and mentions have one)."""
    return f"{alias}{CIPHERED_SUFFIX}"


def concrete_name(prefix: str, spec: IndexSpec) -> str:
    return f"{prefix}-{spec.name}-v{spec.version}"


def put_template(client: OpenSearch, prefix: str, spec: IndexSpec, replicas: int = 0) -> None:
    """The spec's settings and mappings as the template of its versioned indices. ``replicas``
    (``DOCKET_INDEX_REPLICAS``) overrides the spec's: 0 suits one node, a cluster wants 1."""
    client.indices.put_index_template(
        name=alias_name(prefix, spec.name),
        body={
            "index_patterns": [f"{alias_name(prefix, spec.name)}-v*"],
            "priority": 100,
            "version": spec.version,
            "_meta": {"description": spec.description, "managed_by": "docket"},
            "template": {
                "settings": {**spec.settings, "number_of_replicas": replicas},
                "mappings": spec.mappings,
            },
        },
    )


def _dynamic_settings(spec: IndexSpec, replicas: int) -> dict[str, str | None]:
    """The settings an index takes while it runs, as the spec and the deployment want them (None:
    the node's default, which an explicit value would hide)."""
    interval = spec.settings.get("refresh_interval")
    return {"number_of_replicas": str(replicas),
            "refresh_interval": None if interval is None else str(interval)}


def _sync_settings(client: OpenSearch, index: str, spec: IndexSpec, replicas: int) -> None:
    """Bring an existing index to its dynamic settings: the configured replica count, so a
    deployment that grows from one node to a cluster needs only the setting changed; and the
    spec's refresh interval, so an index made when the specs set one explicitly loses it (unset,
    a shard refreshes every second while it is searched, and not while a job only writes)."""
    current = client.indices.get_settings(index=index)[index]["settings"]["index"]
    changed = {name: value for name, value in _dynamic_settings(spec, replicas).items()
               if current.get(name) != value}
    if changed:
        client.indices.put_settings(index=index, body={"index": changed})


def _current_indices(client: OpenSearch, alias: str) -> list[str]:
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias).keys())


def ensure_index(client: OpenSearch, prefix: str, spec: IndexSpec, replicas: int = 0) -> str:
    """Make the alias point at the index of the spec's version, migrating older data."""
    alias = alias_name(prefix, spec.name)
    target = concrete_name(prefix, spec)
    put_template(client, prefix, spec, replicas)
    current = _current_indices(client, alias)
    if current == [target]:
        _sync_settings(client, target, spec, replicas)
        # Adds the fields declared since the index was made; refuses (400) a changed one.
        client.indices.put_mapping(index=target, body=spec.mappings)
        return target
    if not client.indices.exists(index=target):
        client.indices.create(index=target)
    if current:
        client.reindex(
            body={"source": {"index": alias}, "dest": {"index": target}},
            refresh=True, wait_for_completion=True, request_timeout=3600,
        )
    actions: list[dict] = [{"remove": {"index": old, "alias": alias}} for old in current]
    actions.append({"add": {"index": target, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(body={"actions": actions})
    client.cluster.health(index=target, wait_for_status="yellow")
    return target


def ensure_indices(client: OpenSearch, prefix: str, replicas: int = 0) -> dict[str, str]:
    """Every logical index ready, with ``replicas`` replicas; returns alias -> concrete index."""
    return {
        alias_name(prefix, spec.name): ensure_index(client, prefix, spec, replicas)
        for spec in index_specs().values()
    }


def drop_indices(client: OpenSearch, prefix: str) -> None:
    """Delete every index and template of a prefix (tests and `docket reset`)."""
    for spec in index_specs().values():
        alias = alias_name(prefix, spec.name)
        # Deletes name each index: the node refuses wildcard deletes (destructive_requires_name).
        for index in client.indices.get(index=f"{alias}-v*", ignore_unavailable=True):
            client.indices.delete(index=index, ignore_unavailable=True)
        # A concrete index under the alias's own name (a write that reached the node while the
        # alias was gone creates one) would stop the alias from being made again.
        if client.indices.exists(index=alias) and not client.indices.exists_alias(name=alias):
            client.indices.delete(index=alias)
        if client.indices.exists_index_template(name=alias):
            client.indices.delete_index_template(name=alias)


@dataclass(frozen=True)
class Indices:
    """The alias names of one deployment (one prefix)."""

    prefix: str

    def _alias(self, name: str) -> str:
        return alias_name(self.prefix, name)

    @property
    def documents(self) -> str:
        return self._alias("documents")

    @property
    def pages(self) -> str:
        return self._alias("pages")

    @property
    def mentions(self) -> str:
        return self._alias("mentions")

    @property
    def ledger(self) -> str:
        return self._alias("ledger")

    @property
    def jobs(self) -> str:
        return self._alias("jobs")

    @property
    def collections(self) -> str:
        return self._alias("collections")

    @property
    def users(self) -> str:
        return self._alias("users")

    @property
    def cases(self) -> str:
        return self._alias("cases")
