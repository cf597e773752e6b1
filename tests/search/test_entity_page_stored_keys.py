"""An entity page opens for every key the store holds, even one written before its name's
keying changed: the look-up lists it, and its page must not answer "no such person"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opensearchpy import helpers

from search.entities import EntityLookup, EntityPage
from search.scoped import Caller, ScopedStore

pytestmark = pytest.mark.integration

COLLECTION = "stored-keys"
OLD_KEY = "ms delphine hardy f a o"  # "F.A.O. Ms Delphine Hardy", keyed before the fix


@pytest.fixture(scope="module")
def old_mention(store, indices) -> Iterator[ScopedStore]:  # noqa: ANN001
    doc = f"{COLLECTION}-0001"
    helpers.bulk(store, [
        {"_index": indices.documents, "_id": doc, "_source": {
            "id": doc, "control": "SK-000001", "collection": COLLECTION, "title": "Memo",
            "filename": "memo.txt", "path": "memo.txt", "type": "text", "root_id": doc}},
        {"_index": indices.mentions, "_id": f"{doc}-m000000", "_source": {
            "id": f"{doc}-m000000", "doc_id": doc, "collection": COLLECTION, "kind": "person",
            "text": "Ms Delphine Hardy F.A.O.", "key": OLD_KEY, "raw_key": OLD_KEY,
            "entity": f"person:{OLD_KEY}", "first": True, "wrong": False,
            "parts": OLD_KEY.split(), "phonetic": [], "page": 1, "start": 0, "end": 24}},
    ], refresh="wait_for")
    yield ScopedStore(store, indices, Caller("stored-keys-reader", (COLLECTION,)))
    for index in (indices.documents, indices.mentions):
        store.delete_by_query(index=index, body={"query": {"term": {"collection": COLLECTION}}},
                              refresh=True, conflicts="proceed")


def test_the_key_the_look_up_lists_opens_its_page(old_mention: ScopedStore) -> None:
    listed = EntityLookup(old_mention).run("Delphine Hardy", "person")["results"]
    assert OLD_KEY in [row["key"] for row in listed]
    page = EntityPage(old_mention).get("person", OLD_KEY)
    assert page["mention_count"] == 1
    assert [d["filename"] for d in page["documents"]] == ["memo.txt"]


def test_a_name_no_document_holds_still_opens_no_page(old_mention: ScopedStore) -> None:
    assert EntityPage(old_mention).get("person", "Nobody Atall")["mention_count"] == 0
