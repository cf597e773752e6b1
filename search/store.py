"""Small read/write helpers over the store that several layers share (collections, counters).

The collection records are read as the system (search.system) when ingestion creates a
collection or reserves control numbers, and through the caller's scoped store when a user lists
them, so a user sees only the collections they have a grant on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from opensearchpy import ConflictError, NotFoundError, OpenSearch

from search.document_ids import (
    SALT_FIELD,
    SCHEME_FIELD,
    TAG_FIELD,
    DocumentIds,
    ids_of_record,
    is_legacy,
    new_collection_fields,
)
from search.errors import IdKeyMismatch
from search.errors import NotFoundError as NoSuchRecord
from search.indices import Indices
from search.scoped import ScopedStore
from search.system import SystemStore

COLLECTION_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def now() -> str:
    return datetime.now(UTC).isoformat()


def validate_collection_name(name: str) -> str:
    if not COLLECTION_NAME.match(name):
        raise ValueError(
            f"collection name {name!r} must be 1-63 lowercase letters, digits, '-' or '_'"
        )
    return name


def default_prefix(name: str) -> str:
    letters = re.sub(r"[^A-Za-z0-9]", "", name).upper()
    return (letters or "DKT")[:8]


def ensure_collection(
    client: OpenSearch, indices: Indices, name: str, prefix: str | None = None,
    description: str = "", *, secret_key: str,
) -> dict:
    """The collection's record, created on first use with a control-number prefix and the
    scheme of its document ids under ``secret_key`` (search.document_ids)."""
    validate_collection_name(name)
    reader = SystemStore(client, indices)
    found = reader.get(indices.collections, name)
    if found is not None:
        return found["_source"]
    record = {
        "name": name, "prefix": prefix or default_prefix(name), "description": description,
        "next_control": 1, "created_at": now(), **new_collection_fields(secret_key, name),
    }
    try:
        # Forced: a new collection is rare, and a wait for the next refresh costs up to a
        # second on a busy node.
        client.index(index=indices.collections, id=name, body=record, op_type="create",
                     refresh=True)
    except ConflictError:
        return (reader.get(indices.collections, name) or {"_source": record})["_source"]
    return record


def collection_ids(client: OpenSearch, indices: Indices, name: str,
                   secret_key: str) -> DocumentIds:
    """How the collection's document ids are made (the collection created on first use),
    checked against the secret: IdKeyMismatch rather than ids that would duplicate it."""
    return ids_of_record(ensure_collection(client, indices, name, secret_key=secret_key),
                         secret_key)


@dataclass(frozen=True)
class IdSchemes:
    """Which collections' document ids are not what this deployment makes now (api.doctor)."""

    legacy: list[str]  # made before keyed ids: their ids carry content hashes
    other_key: list[str]  # made with another secret (or an unknown scheme): ingestion stops


def id_schemes(client: OpenSearch, indices: Indices, secret_key: str) -> IdSchemes:
    """Every collection's id scheme held against the current secret."""
    hits = SystemStore(client, indices).search(indices.collections, {
        "size": 10_000, "sort": ["name"], "_source": ["name", SCHEME_FIELD, TAG_FIELD, SALT_FIELD]})
    legacy, other_key = [], []
    for record in (hit["_source"] for hit in hits["hits"]["hits"]):
        if is_legacy(record):
            legacy.append(record["name"])
            continue
        try:
            ids_of_record(record, secret_key)
        except IdKeyMismatch:
            other_key.append(record["name"])
    return IdSchemes(legacy, other_key)


def list_collections(store: ScopedStore) -> list[dict]:
    """The collections the store's caller may see, by name."""
    result = store.search(store.indices.collections, {"size": 1000, "sort": ["name"]})
    return [hit["_source"] for hit in result["hits"]["hits"]]


def visible_collection(store: ScopedStore, name: str) -> dict:
    """The collection's record, if it exists and the store's caller may see it (otherwise
    NotFoundError: the two are the same answer)."""
    found = store.get(store.indices.collections, name)
    if found is None:
        raise NoSuchRecord(f"no collection {name}")
    return found["_source"]


DISCLOSURE_FIELDS = ("organisation", "reference", "sent", "due", "received")


def set_disclosure(store: ScopedStore, name: str, disclosure: dict) -> dict:
    """Record which organisation produced the collection and which request it answers
    (``reference``, and the dates it was ``sent``, ``due`` and ``received``, ISO dates or
    None); the collection's record as it now stands. NotFoundError for a collection the
    caller may not see."""
    visible_collection(store, name)
    unknown = sorted(set(disclosure) - set(DISCLOSURE_FIELDS))
    if unknown:
        raise ValueError(f"a disclosure has no field {', '.join(unknown)}")
    record = {key: disclosure.get(key) for key in DISCLOSURE_FIELDS}
    record["updated_at"] = now()
    # Every field is written, None included, so a date cleared in the form is cleared here.
    store.client.update(index=store.indices.collections, id=name, refresh=True,
                        retry_on_conflict=5, body={"doc": {"disclosure": record}})
    return visible_collection(store, name)


def reserve_controls(client: OpenSearch, indices: Indices, name: str, count: int) -> list[str]:
    """Hand out ``count`` new control numbers, never reused, safe against concurrent jobs."""
    if count <= 0:
        return []
    reader = SystemStore(client, indices)
    while True:
        current = reader.get(indices.collections, name)
        if current is None:
            raise NotFoundError(404, "not_found", f"no collection {name}")
        source = current["_source"]
        first = int(source["next_control"])
        source["next_control"] = first + count
        try:
            # No refresh wait: the next reservation reads by a realtime GET, and the sequence
            # number check, not visibility, is what keeps two jobs from taking the same numbers.
            client.index(
                index=indices.collections, id=name, body=source,
                if_seq_no=current["_seq_no"], if_primary_term=current["_primary_term"],
            )
        except ConflictError:
            continue  # another job took numbers first: read again
        return [f"{source['prefix']}-{n:06d}" for n in range(first, first + count)]
