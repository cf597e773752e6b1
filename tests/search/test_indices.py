"""Versioned indices behind aliases: a mapping change rolls out by reindexing behind the alias."""

from __future__ import annotations

import dataclasses

import pytest

from config import index_specs
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
