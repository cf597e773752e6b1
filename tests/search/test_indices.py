"""Versioned indices behind aliases: a mapping change rolls out by reindexing behind the alias."""

from __future__ import annotations

import dataclasses
import time

import pytest
from opensearchpy import RequestError

from config import index_specs
from search.fields import document_properties
from search.indices import alias_name, concrete_name, drop_indices, ensure_index

pytestmark = pytest.mark.integration


def test_new_mapping_version_reindexes_behind_the_alias(store) -> None:  # noqa: ANN001
    prefix = "docket-migrate-test"
    v1 = index_specs()["jobs"]
    alias = alias_name(prefix, "jobs")
    try:
        assert ensure_index(store, prefix, v1) == concrete_name(prefix, v1)
        store.index(index=alias, id="j1", refresh=True, body={
            "id": "j1", "collection": "c", "status": "finished", "received": 3})
        properties = {**v1.mappings["properties"], "note": {"type": "text"}}
        v2 = dataclasses.replace(v1, version=v1.version + 1,
                                 mappings={**v1.mappings, "properties": properties})
        assert ensure_index(store, prefix, v2) == concrete_name(prefix, v2)
        assert list(store.indices.get_alias(name=alias)) == [concrete_name(prefix, v2)]
        assert store.get(index=alias, id="j1")["_source"]["received"] == 3
        store.index(index=alias, id="j2", refresh=True, body={"id": "j2", "note": "new field"})
        # Running again changes nothing.
        assert ensure_index(store, prefix, v2) == concrete_name(prefix, v2)
    finally:
        drop_indices(store, prefix)
        for index in store.indices.get(index=f"{alias}-v*", ignore_unavailable=True):
            store.indices.delete(index=index)


def test_replicas_come_from_the_setting_and_follow_it_when_it_changes(store) -> None:  # noqa: ANN001
    prefix = "docket-replicas-test"
    spec = index_specs()["jobs"]
    assert spec.settings["number_of_replicas"] == 0  # the data's value, for one node

    def replicas() -> int:
        index = concrete_name(prefix, spec)
        found = store.indices.get_settings(index=index, name="index.number_of_replicas")
        return int(found[index]["settings"]["index"]["number_of_replicas"])

    try:
        # One node cannot place a replica: the index is yellow, which is all ensure_index waits for.
        ensure_index(store, prefix, spec, replicas=1)
        assert replicas() == 1
        template = store.indices.get_index_template(name=alias_name(prefix, "jobs"))
        settings = template["index_templates"][0]["index_template"]["template"]["settings"]
        assert settings["index"]["number_of_replicas"] == "1"
        # Back to one node's value, on the index that exists.
        ensure_index(store, prefix, spec, replicas=0)
        assert replicas() == 0
    finally:
        drop_indices(store, prefix)


def test_a_field_added_without_a_new_version_is_added_in_place(store) -> None:  # noqa: ANN001
    prefix = "docket-additive-test"
    spec = index_specs()["jobs"]
    try:
        ensure_index(store, prefix, spec)
        properties = {**spec.mappings["properties"], "note": {"type": "keyword"}}
        more = dataclasses.replace(spec, mappings={**spec.mappings, "properties": properties})
        assert ensure_index(store, prefix, more) == concrete_name(prefix, spec)  # no reindex
        store.index(index=alias_name(prefix, "jobs"), id="j1", refresh=True,
                    body={"id": "j1", "note": "a new field"})
        # A changed field cannot be changed in place: refused, not skipped.
        properties = {**spec.mappings["properties"], "note": {"type": "long"}}
        changed = dataclasses.replace(spec, mappings={**spec.mappings, "properties": properties})
        with pytest.raises(RequestError):
            ensure_index(store, prefix, changed)
    finally:
        drop_indices(store, prefix)


def test_the_live_documents_index_has_every_declared_field(store, indices) -> None:  # noqa: ANN001
    live = next(iter(store.indices.get_mapping(index=indices.documents).values()))
    assert set(document_properties()) <= set(live["mappings"]["properties"])


def test_a_shard_refreshes_while_searched_and_not_while_only_written(store) -> None:  # noqa: ANN001
    """Indices leave the refresh interval to the node: a shard nobody searched for a while takes
    a job's writes without a refresh each second, and the next search still sees them all (it
    waits for the refresh). An index made when the specs set "1s" explicitly loses it."""
    prefix = "docket-refresh-test"
    spec = index_specs()["jobs"]
    assert "refresh_interval" not in spec.settings
    index, alias = concrete_name(prefix, spec), alias_name(prefix, "jobs")

    def explicit_interval() -> str | None:
        found = store.indices.get_settings(index=index, name="index.refresh_interval")
        # an index without the setting is left out of the answer
        return found.get(index, {}).get("settings", {}).get("index", {}).get("refresh_interval")

    def refreshes() -> int:
        return store.indices.stats(index=index, metric="refresh")["indices"][index][
            "primaries"]["refresh"]["total"]

    try:
        ensure_index(store, prefix, dataclasses.replace(
            spec, settings={**spec.settings, "refresh_interval": "1s"}))
        assert explicit_interval() == "1s"
        ensure_index(store, prefix, spec)
        assert explicit_interval() is None
        # Idle after one second here (30 by default), so the test need not wait half a minute.
        store.indices.put_settings(index=index, body={"index": {"search.idle.after": "1s"}})
        store.count(index=alias)
        time.sleep(2.5)
        before = refreshes()
        for number in range(5):
            store.index(index=alias, id=f"j{number}", body={"id": f"j{number}", "collection": "c"})
            time.sleep(0.5)
        assert refreshes() == before  # written, not searched: no refresh each second
        assert store.count(index=alias)["count"] == 5  # the search waited for one
    finally:
        drop_indices(store, prefix)
