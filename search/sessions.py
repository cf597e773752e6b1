"""What a request needs to know of its caller, read in one round trip.

Every API request needs the user a bearer token belongs to (role, grants, clearance); every
request of a user without clearance needs the cipher versions of the collections they may see
(search.scoped reads the ciphered copy by them) and their ciphers (the response middleware);
every search needs the caller's tags and star, and the coding sets its coding facets count
(search.coding). ``open_session`` reads all of it in one ``_msearch``, so a search costs this
one request besides the search itself.

``open_session`` reads afresh on every request. ``kept_session`` (for the routes whose store
checks it: the search) also keeps sessions between requests, per process, and never past a
change: every writer of the users, ciphers and tag and star sets stamps what it changed
(search.stamps), a session is kept only with the stamps read strictly before it, and the store
sends the read of those stamps inside its first search (search.scoped.SessionCheck). When they
differ, the store raises StaleSession, the answer is thrown away, the session is forgotten and
read afresh (a revoked token then gets 401): revoking a token, removing a grant, adding a
cipher or tagging a document applies to the very next request, as with ``open_session``, and a
search of a kept session makes no request besides its own. The cache holds at most
MAX_SESSIONS sessions (least recently used dropped first) and never a refused token.

The other thing kept between requests is a hint: which username a token hash belonged to last
time, so the tag sets (kept per username) can be asked for in the same ``_msearch`` as the token
itself, and the stamps of that user's sets read before it. The hint decides nothing: the users
search in the same request says whose the token is now, and the tag sets are used (and the
session kept) only when that is the hinted user. So a token's first request reads its session
as before, and is not kept; its second is the first kept.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from opensearchpy import OpenSearch

from config.data import REDACTED_FIELD
from search.annotations import MAX_TAGS_LISTED, annotations_index
from search.ciphers import Cipher, CipherSet
from search.coding import coding_sets_body, review_index
from search.indices import Indices, alias_name
from search.scoped import Caller, Preloaded, SessionCheck, copied_collections
from search.stamps import current_stamps, read_stamps, session_sources, stamps_body, stamps_index
from search.system import SystemStore
from search.users import User, hash_token, user_from_record

MAX_HINTS = 10_000
MAX_SESSIONS = 10_000
MAX_CIPHER_RECORDS = 10_000
Dsl = dict[str, Any]

_hints: dict[str, str] = {}  # token hash -> the username it belonged to when last used
_hints_lock = threading.Lock()


@dataclass(frozen=True)
class Session:
    """The caller of one request and what was read for them with the token. ``ciphers`` and
    ``versions`` cover every collection (filtered by the caller's grants when used);
    ``versions`` is None when the ciphers could not be read (the store then reads them itself,
    and fails if the node does); ``tags`` and ``starred`` are None when not read."""

    user: User
    ciphers: tuple[Cipher, ...] | None
    versions: dict[str, int] | None
    tags: list[dict[str, Any]] | None
    starred: bool | None
    coding_sets: tuple[dict[str, Any], ...] | None = None  # every collection's; None: not read
    check: SessionCheck | None = None  # set on a session kept from an earlier request

    def preloaded(self, caller: Caller) -> Preloaded:
        """What the caller's scoped store may use instead of reading it again."""
        protected = None
        if self.versions is not None:
            protected = {c: v for c, v in self.versions.items() if caller.may_see(c)}
        tags = list(self.tags) if self.tags is not None else None  # a kept session is shared
        coding = None
        if self.coding_sets is not None:
            coding = [hit for hit in self.coding_sets
                      if caller.may_see(hit["_source"].get("collection", ""))]
        return Preloaded(protected, tags, self.starred, check=self.check, coding_sets=coding)

    def cipher_set(self, caller: Caller) -> CipherSet | None:
        """The compiled ciphers of the collections the caller may see (None: not read)."""
        if self.ciphers is None:
            return None
        return compiled(tuple(c for c in self.ciphers if caller.may_see(c.collection)))


@functools.lru_cache(maxsize=64)
def compiled(ciphers: tuple[Cipher, ...]) -> CipherSet:
    """A compiled CipherSet per distinct list of ciphers: keyed by the ciphers themselves, so a
    change of names is a different key and never meets an old set."""
    return CipherSet(ciphers)


class SessionCache:
    """Sessions kept between requests, by (index prefix, token hash): at most ``size``, the
    least recently used dropped first; safe to share between threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, str], Session] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> Session | None:
        with self._lock:
            session = self._kept.get(key)
            if session is not None:
                self._kept.move_to_end(key)
            return session

    def put(self, key: tuple[str, str], session: Session) -> None:
        with self._lock:
            self._kept[key] = session
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)

    def drop(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._kept.pop(key, None)


_sessions = SessionCache(MAX_SESSIONS)


def kept_session(client: OpenSearch, indices: Indices, secret_key: str,
                 token: str) -> Session | None:
    """The session of a bearer token for a route whose store checks it (the search): the one
    kept for the token, checked by the store's first read; else read afresh (as
    ``open_session``) and kept when it can be. None when the token is unknown or revoked."""
    if not token:
        return None
    key = (indices.prefix, hash_token(secret_key, token))
    kept = _sessions.get(key)
    if kept is not None:
        return kept
    with _hints_lock:
        hinted = _hints.get(key[1])
    # Read strictly before the session: a change made after this read stamps after it too.
    sources = session_sources(hinted)
    stamps = current_stamps(client, indices, sources) if hinted is not None else None
    session = _read_session(client, indices, key[1], hinted)
    if session is None or stamps is None or session.user.username != hinted \
            or session.tags is None or session.versions is None or session.coding_sets is None:
        return session
    _sessions.put(key, dataclasses.replace(session, check=SessionCheck(
        stamps_index(indices), stamps_body(sources),
        lambda response: read_stamps(response, sources) == stamps)))
    return session  # read in this request: nothing to check


def is_kept(indices: Indices, secret_key: str, token: str) -> bool:
    """Whether ``kept_session`` would answer from the cache (no request needed)."""
    return bool(token) and _sessions.get((indices.prefix, hash_token(secret_key, token))) \
        is not None


def forget_session(indices: Indices, secret_key: str, token: str) -> None:
    """Drop the token's kept session (it proved stale): the next look-up reads it afresh."""
    _sessions.drop((indices.prefix, hash_token(secret_key, token)))


def open_session(client: OpenSearch, indices: Indices, secret_key: str,
                 token: str) -> Session | None:
    """The session of a bearer token, read afresh; None when the token is unknown or revoked."""
    if not token:
        return None
    digest = hash_token(secret_key, token)
    with _hints_lock:
        hinted = _hints.get(digest)
    return _read_session(client, indices, digest, hinted)


def _read_session(client: OpenSearch, indices: Indices, digest: str,
                  hinted: str | None) -> Session | None:
    """The token's user, every cipher record, every coding set and (with a hint) the hinted
    user's tag sets, in one ``_msearch``."""
    searches: list[tuple[str, Dsl]] = [
        (indices.users, {"size": 1, "query": {"term": {"token_hashes": digest}}}),
        (alias_name(indices.prefix, "ciphers"), {
            "size": MAX_CIPHER_RECORDS,
            "_source": ["collection", "name", "cipher", "version", REDACTED_FIELD],
            "sort": ["collection", "cipher", "name"], "track_total_hits": True}),
        (review_index(indices), {**coding_sets_body(), "track_total_hits": True}),
    ]
    if hinted is not None:
        searches.append((annotations_index(indices), _tags_body(hinted)))
    responses = SystemStore(client, indices).msearch(searches)
    users = responses[0]
    if "error" in users:
        raise RuntimeError(f"the users index could not be read: {users['error']}")
    hits = users["hits"]["hits"]
    if not hits:
        return None
    user = user_from_record(hits[0]["_source"])
    _remember(digest, user.username)
    ciphers, versions = _read_ciphers(responses[1])
    tags, starred = None, None
    if hinted == user.username and "error" not in responses[3]:
        tags, starred = _read_tags(responses[3])
    return Session(user, ciphers, versions, tags, starred, _read_coding_sets(responses[2]))


def _remember(digest: str, username: str) -> None:
    with _hints_lock:
        if len(_hints) >= MAX_HINTS:
            _hints.clear()  # rebuilt one request per token: cheaper than tracking age
        _hints[digest] = username


def _tags_body(username: str) -> Dsl:
    """The user's tag sets and star set (as search.annotations.Annotations.tags_and_star)."""
    return {"size": MAX_TAGS_LISTED + 1, "sort": [{"kind": "asc"}, {"tag_key": "asc"}],
            "_source": ["tag", "count", "kind"],
            "query": {"bool": {"filter": [{"term": {"user": username}},
                                          {"terms": {"kind": ["tagset", "star"]}}]}}}


def _read_tags(response: Dsl) -> tuple[list[dict[str, Any]], bool]:
    hits = [hit["_source"] for hit in response["hits"]["hits"]]
    tags = [{"tag": h["tag"], "count": h.get("count", 0)} for h in hits if h["kind"] == "tagset"]
    return tags[:MAX_TAGS_LISTED], any(h["kind"] == "star" for h in hits)


def _every_hit(response: Dsl) -> list[Dsl] | None:
    """The hits of a session search that read every record it asked for; None when it failed
    or found more than it returned (the store then reads the caller's own instead)."""
    hits = response.get("hits", {})
    if "error" in response or hits.get("total", {}).get("value", 0) > len(hits.get("hits", [])):
        return None
    return hits["hits"]


def _read_coding_sets(response: Dsl) -> tuple[dict[str, Any], ...] | None:
    """Every coding set, or None (read by the store then) when not all of them were read."""
    hits = _every_hit(response)
    if hits is None:
        return None
    return tuple({"_id": hit["_id"], "_source": hit["_source"]} for hit in hits)


def _read_ciphers(response: Dsl) -> tuple[tuple[Cipher, ...] | None, dict[str, int] | None]:
    """Every protected name, and per collection read from the ciphered copy (it protects a
    name or has approved redactions) its cipher version (0 when no version record exists), as
    search.scoped and search.ciphers read them."""
    hits = _every_hit(response)
    if hits is None:  # not all of them: rather than miss a protection
        return None, None
    sources = [hit["_source"] for hit in hits]
    names = [Cipher(s["name"], s["cipher"], s["collection"]) for s in sources if "cipher" in s]
    return tuple(names), copied_collections(sources)
