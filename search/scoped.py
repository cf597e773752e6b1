"""The access scope, by construction: who is asking (``Caller``), and the store access through
which every read made for a user goes (``ScopedStore``), which adds the caller's scope itself.

A ``Caller`` is built once per request (api.deps) and handed to the query classes, which never
see a list of collections. ``ScopedStore`` knows, for each user-facing index, which field scopes
it: the collection of documents, pages, mentions, jobs, ledger entries, ciphers and corrections
(corrections made for every collection included), the name of a collection record, and the
owner of per-user records (tags, stars, notes, saved searches, history). Its search, msearch,
count, scan and point-in-time searches filter by that field, aggregations included (a
``significant_terms`` background is scoped too, and a ``global`` aggregation, which would
escape the query, is refused); its get and mget answer "not found" for a record the caller may
not see. An index it has no rule for (users, audit) is refused: those are read by the system
path (search.system), which is this same class with a caller that sees everything.

``ScopedQuery`` is the base of every query class: the store, and OpenSearch's refusals turned
into errors the user can act on. tests/test_store_layer.py walks the code and fails if a module
outside this store layer reads the store itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch, RequestError, TransportError, helpers

from search.errors import ForbiddenError, QueryError
from search.indices import Indices

if TYPE_CHECKING:  # search.users reads through the system path, which is built on this module
    from search.users import User

Dsl = dict[str, Any]
# A correction made for every collection is stored under this collection name.
EVERY_COLLECTION = "*"
# The field that says which collection a record of each user-facing index belongs to.
COLLECTION_FIELDS = {"documents": "collection", "pages": "collection", "mentions": "collection",
                     "jobs": "collection", "ledger": "collection", "ciphers": "collection",
                     "corrections": "collection", "collections": "name"}
# Indices whose records belong to one user, who alone reads them.
PER_USER = ("annotations", "saved_searches")
# Aggregations that count outside the query, and so outside the scope.
UNSCOPED_AGGS = ("global",)
BACKGROUND_AGGS = ("significant_terms", "significant_text")


@dataclass(frozen=True)
class Caller:
    """Who asks: ``user`` (None for the system), the collections they may see (None: all) and
    whether they are cleared to see protected names. ``system`` marks the system path's caller
    (search.system), the only one that may read the users and audit indices."""

    user: str | None
    collections: tuple[str, ...] | None
    cleared: bool = False
    system: bool = False

    @classmethod
    def of(cls, user: User) -> Caller:
        visible = user.visible_collections
        return cls(user.username, None if visible is None else tuple(visible), user.sees_names)

    def may_see(self, collection: str) -> bool:
        return self.collections is None or collection in self.collections

    def narrowed(self, asked: list[str] | None) -> Caller:
        """The caller limited to the collections asked for: narrowed, never widened."""
        if not asked:
            return self
        if self.collections is not None and not set(asked) <= set(self.collections):
            raise ForbiddenError("no access to some of the collections asked for")
        return Caller(self.user, tuple(asked), self.cleared, self.system)


class ScopedStore:
    """Reads of the user-facing indices on behalf of ``caller``, each scoped by construction."""

    def __init__(self, client: OpenSearch, indices: Indices, caller: Caller) -> None:
        self.client = client  # for writes, which are the caller's own (tags, notes...)
        self.indices = indices
        self.caller = caller

    def narrowed(self, asked: list[str] | None) -> ScopedStore:
        return ScopedStore(self.client, self.indices, self.caller.narrowed(asked))

    # --- the scope --------------------------------------------------------------------------

    def _name(self, index: str) -> str:
        return index.removeprefix(f"{self.indices.prefix}-")

    def scope(self, index: str) -> list[Dsl]:
        """The filter clauses every read of ``index`` gets (none for the system)."""
        name = self._name(index)
        if name not in COLLECTION_FIELDS and name not in PER_USER:
            if self.caller.system:
                return []
            raise ValueError(f"{index} is not a user-facing index: read it through search.system")
        if name in PER_USER:
            if self.caller.system:
                return []
            if self.caller.user is None:
                return [{"match_none": {}}]
            return [{"term": {"user": self.caller.user}}]
        if self.caller.collections is None:
            return []
        allowed = list(self.caller.collections)
        if name == "corrections":
            allowed = [EVERY_COLLECTION, *allowed]
        return [{"terms": {COLLECTION_FIELDS[name]: allowed}}]

    def visible(self, index: str, source: Dsl) -> bool:
        """Whether the caller may see one record of ``index`` (for get and mget)."""
        clauses = self.scope(index)
        if not clauses:
            return True
        ((kind, clause),) = clauses[0].items()
        if kind == "match_none":
            return False
        ((field, allowed),) = clause.items()
        return source.get(field) in (allowed if isinstance(allowed, list) else [allowed])

    def scoped(self, index: str, body: Dsl | None) -> Dsl:
        """``body`` with the scope of ``index`` added to its query and its aggregations."""
        body = dict(body or {})
        clauses = self.scope(index)
        for key in ("aggs", "aggregations"):
            if key in body:
                body[key] = _scoped_aggs(body[key], clauses)
        if not clauses:
            return body
        query = body.get("query")
        body["query"] = {"bool": {"filter": clauses, **({"must": [query]} if query else {})}}
        return body

    # --- reads ------------------------------------------------------------------------------

    def search(self, index: str, body: Dsl) -> Dsl:
        """A search of ``index``; when the body names a point in time, over that snapshot (of
        ``index``, which still decides the scope)."""
        scoped = self.scoped(index, body)
        if "pit" in body:
            return self.client.search(body=scoped)
        return self.client.search(index=index, body=scoped)

    def msearch(self, searches: list[tuple[str, Dsl]]) -> list[Dsl]:
        """Several searches in one round trip: (index, body) each; the responses in order."""
        lines: list[Dsl] = []
        for index, body in searches:
            lines += [{"index": index}, self.scoped(index, body)]
        return self.client.msearch(body=lines)["responses"] if lines else []

    def count(self, index: str, body: Dsl | None = None) -> int:
        return int(self.client.count(index=index, body=self.scoped(index, body))["count"])

    def get(self, index: str, record_id: str, **params: Any) -> Dsl | None:
        """The record as OpenSearch answers it (``_source``, ``_seq_no``...), or None when it does
        not exist or the caller may not see it: the two are the same answer."""
        try:
            found = self.client.get(index=index, id=record_id, **params)
        except OSNotFound:
            return None
        return found if self.visible(index, found.get("_source") or {}) else None

    def mget(self, index: str, ids: list[str], **params: Any) -> list[Dsl]:
        """The records of ``ids`` that exist and that the caller may see."""
        if not ids:
            return []
        docs = self.client.mget(index=index, body={"ids": ids}, **params)["docs"]
        return [d for d in docs if d.get("found") and self.visible(index, d.get("_source") or {})]

    def scan(self, index: str, body: Dsl, **params: Any) -> Iterator[Dsl]:
        """Every hit of a search, scrolled."""
        return helpers.scan(self.client, index=index, query=self.scoped(index, body), **params)

    def open_pit(self, index: str, keep_alive: str) -> str:
        """A point in time over ``index``; searches of it still pass through ``search``."""
        self.scope(index)  # refuses an index the caller has no rule for
        return self.client.create_pit(index=index, params={"keep_alive": keep_alive})["pit_id"]

    def close_pit(self, pit_id: str | None) -> None:
        """Free a point in time early (it would expire on its own anyway)."""
        if pit_id:
            with suppress(TransportError):
                self.client.delete_pit(body={"pit_id": [pit_id]})


def _scoped_aggs(aggs: Dsl, clauses: list[Dsl]) -> Dsl:
    """Aggregations that cannot count outside the scope: a ``global`` one is refused, and a
    ``significant_terms`` background is the caller's collections, not the whole index."""
    scoped: Dsl = {}
    for name, agg in aggs.items():
        agg = dict(agg)
        for kind in UNSCOPED_AGGS:
            if kind in agg:
                raise ValueError(f"a {kind} aggregation would count outside the caller's scope")
        for kind in BACKGROUND_AGGS:
            if kind in agg and clauses:
                inner = dict(agg[kind])
                own = [inner["background_filter"]] if "background_filter" in inner else []
                inner["background_filter"] = {"bool": {"filter": [*own, *clauses]}}
                agg[kind] = inner
        for key in ("aggs", "aggregations"):
            if key in agg:
                agg[key] = _scoped_aggs(agg[key], clauses)
        scoped[name] = agg
    return scoped


class ScopedQuery:
    """The base of every query class: a ``ScopedStore`` (so the caller's scope is in every read)
    and OpenSearch's refusals turned into errors the user can act on."""

    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self.indices = store.indices
        self.caller = store.caller

    @property
    def user(self) -> str | None:
        """The caller, for per-user data (tags, stars); None for the system."""
        return self.caller.user

    def _search(self, index: str, body: Dsl) -> Dsl:
        try:
            return self.store.search(index, body)
        except RequestError as exc:
            # A query the parser let through but OpenSearch refused: still the user's input.
            raise QueryError(f"the query could not be run: {_reason(exc)}") from exc


def _reason(exc: RequestError) -> str:
    """The innermost reason OpenSearch gives, which names the problem (not the phase)."""
    info = exc.info if isinstance(exc.info, dict) else {}
    causes = (info.get("error") or {}).get("root_cause") or [] if isinstance(info, dict) else []
    if causes and isinstance(causes[0], dict) and causes[0].get("reason"):
        return str(causes[0]["reason"])[:300]
    return str(exc.error)
