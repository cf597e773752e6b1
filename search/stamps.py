"""Change stamps: what lets a session be kept between requests without outliving a change.

A session (search.sessions) is read from three places: the users index (token, role, grants,
clearance), the ciphers index (every protected name and cipher version) and the caller's tag
and star sets in the annotations index. Every code path that changes one of them stamps it
afterwards: the ``stamps`` index holds one record per source, rewritten with a new random
stamp, made searchable before the write returns. The sources are:

- ``users``: any user record (a token made or revoked, a grant given or taken away, clearance
  set, a user replaced): search.users;
- ``ciphers``: any cipher record or cipher version: search.ciphers;
- ``annotations:<user>``: that user's tag and star sets: search.annotations;
- ``coding``: any collection's coding sets (the values the coding facets count):
  search.coding.

The change is written (and made visible) first and the stamp after it, so a reader that reads
the stamps strictly before the data it caches, and the same stamps again later, sees a
different stamp whenever the data it holds may have changed in between. A random stamp rather
than a counter needs no read-modify-write: two concurrent changes both replace it, and either
result differs from what a reader held before both. Notes and history are not in a session and
are not stamped.
"""

from __future__ import annotations

import uuid
from typing import Any

from opensearchpy import OpenSearch, TransportError

from search.indices import Indices, alias_name
from search.store import now
from search.system import SystemStore

USERS = "users"
CIPHERS = "ciphers"
CODING = "coding"
Dsl = dict[str, Any]


def stamps_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "stamps")


def annotations_source(username: str) -> str:
    """The source of one user's tag and star sets."""
    return f"annotations:{username}"


def session_sources(username: str | None) -> tuple[str, ...]:
    """What a session of ``username`` is read from (without a username: the shared sources)."""
    shared = (USERS, CIPHERS, CODING)
    return (*shared, annotations_source(username)) if username is not None else shared


def stamp(client: OpenSearch, indices: Indices, source: str) -> None:
    """Mark ``source`` changed: a new stamp, searchable when this returns (call it after the
    change itself is searchable)."""
    client.index(index=stamps_index(indices), id=source, refresh=True,
                 body={"stamp": uuid.uuid4().hex, "changed_at": now()})


def stamps_body(sources: tuple[str, ...]) -> Dsl:
    """The search that reads the stamps of ``sources`` (sent alone, or inside an msearch)."""
    return {"size": len(sources), "query": {"ids": {"values": list(sources)}},
            "_source": ["stamp"]}


def read_stamps(response: Dsl, sources: tuple[str, ...]) -> dict[str, str] | None:
    """The stamps in an answer to ``stamps_body``: "" for a source never stamped; None when
    they could not be read (the index is missing: then nothing may be kept on their word)."""
    if "error" in response or "hits" not in response:
        return None
    found = {hit["_id"]: hit["_source"].get("stamp", "") for hit in response["hits"]["hits"]}
    return {source: found.get(source, "") for source in sources}


def current_stamps(client: OpenSearch, indices: Indices,
                   sources: tuple[str, ...]) -> dict[str, str] | None:
    """The stamps of ``sources`` now, read alone (None when they cannot be read)."""
    try:
        response = SystemStore(client, indices).search(stamps_index(indices), stamps_body(sources))
    except TransportError:  # "not known": nothing is kept on their word
        return None
    return read_stamps(response, sources)
