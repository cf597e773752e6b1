"""The access scope, by construction: who is asking (``Caller``), and the store access through
which every read made for a user goes (``ScopedStore``), which adds the caller's scope itself.

A ``Caller`` is built once per request (api.deps) and handed to the query classes, which never
see a list of collections. ``ScopedStore`` knows, for each user-facing index, which field scopes
it: the collection of documents, pages, mentions, cases, jobs, ledger entries, ciphers,
corrections (those made for every collection included), redactions, productions and their
produced documents, hearing bundles, review records (coding schemes, coding, batches),
chronology facts, the name of a collection record, and the owner of per-user records (tags,
stars, notes, saved searches, history). Its search, msearch, count, scan and
point-in-time searches filter by that field, aggregations included (a ``significant_terms``
background is scoped too, and a ``global`` aggregation, which would escape the query, is
refused); its get and mget answer "not found" for a record the caller may not see. An index it
has no rule for (users, audit) is refused: those are read by the system path (search.system),
which is this same class with a caller that sees everything.

For a caller without clearance, the scope also chooses the copy: documents, pages, mentions and cases
of a collection that protects names, or has approved redactions, are read from the ciphered copy
(``<index>-ciphered``, search.cipher_records), where the names are already replaced by their
ciphers and the redacted text by masks (search.redaction_text), and only the
records written under the collection's current cipher version (a copy being rewritten after a
change of names is withheld, never served in clear); the other collections are read from the
normal indices. One request covers both (``documents,documents-ciphered`` with the filter
"normal and plain collection, or ciphered and protected collection at its version"), so the
query the user typed runs unchanged: a real name is simply not in the copy it runs on. Of those
collections, such a caller also gets no digest or byte count of an original (``OF_THE_ORIGINAL``:
the SHA-256 and size of documents and ledger entries), in any answer, read any way: with the
page shown, a guessed name put back would hash or measure to them.

``ScopedQuery`` is the base of every query class: the store, and OpenSearch's refusals turned
into errors the user can act on. tests/test_store_layer.py walks the code and fails if a module
outside this store layer reads the store itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from opensearchpy import OpenSearch, RequestError, TransportError, helpers
from opensearchpy.exceptions import HTTP_EXCEPTIONS

from config.data import CIPHER_VERSION_FIELD, REDACTED_FIELD
from search.errors import ForbiddenError, QueryError
from search.indices import Indices, ciphered_name

if TYPE_CHECKING:  # search.users reads through the system path, which is built on this module
    from search.users import User

Dsl = dict[str, Any]
# A correction made for every collection is stored under this collection name.
EVERY_COLLECTION = "*"
# The field that says which collection a record of each user-facing index belongs to.
COLLECTION_FIELDS = {"documents": "collection", "pages": "collection", "mentions": "collection",
                     "jobs": "collection", "ledger": "collection", "ciphers": "collection",
                     "corrections": "collection", "collections": "name", "cases": "collection",
                     "review": "collection", "redactions": "collection",
                     "chronology": "collection",
                     "productions": "collection", "produced": "collection",
                     "bundles": "collection"}
# Indices whose records belong to one user, who alone reads them.
PER_USER = ("annotations", "saved_searches")
# Aggregations that count outside the query, and so outside the scope.
UNSCOPED_AGGS = ("global",)
BACKGROUND_AGGS = ("significant_terms", "significant_text")
# Indices with a ciphered copy, read from it for the collections that protect names.
CIPHERED = ("documents", "pages", "mentions", "cases")
# What a record tells of its original's bytes: digests (the SHA-256, near-duplicate signatures
# of the text) and byte counts. For a plain text file whose every other word the ciphered page
# shows, a guessed name put back hashes (or measures) to them, so callers without clearance never
# get them of a collection read from the copy. A scan's ``page_files`` (its image files' hashes)
# stay: no answer holds them (they give the viewer its count of files), and an image cannot be
# made again from a ciphered page.
OF_THE_ORIGINAL = {"documents": ("sha256", "size", "minhash", "near_dup_bands"),
                   "ledger": ("sha256", "size", "source")}


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


class StaleSession(Exception):
    """The session a request was answered with changed since it was kept (search.sessions):
    whatever was read with it is to be thrown away and the request authenticated afresh."""


@dataclass(frozen=True)
class SessionCheck:
    """How to tell that a session kept between requests still holds: a search of the change
    stamps it was read under (search.stamps) and whether an answer to it says they are
    unchanged. The store sends it with its first read (``ScopedStore.search`` and ``msearch``
    add it to the same ``_msearch``; the other reads send it first, alone)."""

    index: str
    body: Dsl
    holds: Callable[[Dsl], bool]


@dataclass(frozen=True)
class Preloaded:
    """What the request's one look-up (search.sessions) already read for the caller, read in
    the same request as the token, or kept since an earlier request under ``check``:
    ``protected`` as ``protected()`` answers it, the caller's tags and whether they starred
    anything, and the coding sets of the collections the caller sees (search.coding). None:
    not read."""

    protected: dict[str, int] | None = None
    tags: list[dict[str, Any]] | None = None
    starred: bool | None = None
    coding_sets: list[dict[str, Any]] | None = None
    check: SessionCheck | None = None


@dataclass
class _PendingCheck:
    """The check of a kept session that no read of this request has sent yet."""

    check: SessionCheck | None


class ScopedStore:
    """Reads of the user-facing indices on behalf of ``caller``, each scoped by construction."""

    def __init__(self, client: OpenSearch, indices: Indices, caller: Caller,
                 preloaded: Preloaded | None = None) -> None:
        self.client = client  # for writes, which are the caller's own (tags, notes...)
        self.indices = indices
        self.caller = caller
        self.preloaded = preloaded or Preloaded()
        # A kept session not yet checked in this request: the first read checks it, whether it
        # is this store's or a store narrowed from it (they share the pending check).
        self._pending = _PendingCheck(self.preloaded.check)
        self._protected: dict[str, int] | None = None
        if self.preloaded.protected is not None:
            self._protected = {c: v for c, v in self.preloaded.protected.items()
                               if caller.may_see(c)}

    def narrowed(self, asked: list[str] | None) -> ScopedStore:
        narrowed = ScopedStore(self.client, self.indices, self.caller.narrowed(asked),
                               self.preloaded)
        narrowed._pending = self._pending
        if self._protected is not None:
            narrowed._protected = {c: v for c, v in self._protected.items()
                                   if narrowed.caller.may_see(c)}
        return narrowed

    # --- a kept session ---------------------------------------------------------------------

    @property
    def _check(self) -> SessionCheck | None:
        return self._pending.check

    @_check.setter
    def _check(self, check: SessionCheck | None) -> None:
        self._pending.check = check

    def session_holds(self) -> bool:
        """Whether the session this store was made for still holds: True when it was read in
        this request or already checked; otherwise its stamps are read now (one request)."""
        check = self._check
        if check is None:
            return True
        response = self.client.search(index=check.index, body=check.body)
        self._check = None
        return check.holds(response)

    def verify(self) -> None:
        """Raise StaleSession unless the session still holds (see ``session_holds``)."""
        if not self.session_holds():
            raise StaleSession

    def _checked_msearch(self, lines: list[Dsl]) -> list[Dsl]:
        """``lines`` (an msearch body) sent with the pending session check as one more search
        in the same request; raises StaleSession when the check fails."""
        check = self._check
        if check is None:
            return self.client.msearch(body=lines)["responses"]
        responses = self.client.msearch(
            body=[{"index": check.index}, check.body, *lines])["responses"]
        self._check = None
        if not check.holds(responses[0]):
            raise StaleSession
        return responses[1:]

    # --- the ciphered copy ------------------------------------------------------------------

    def protected(self) -> dict[str, int]:
        """For a caller without clearance: the collections they may see that protect names or
        have approved redactions, each with its current cipher version (read once per store,
        i.e. per request)."""
        if self.caller.cleared or self.caller.system:
            return {}
        if self._protected is None:
            query: Dsl = {"match_all": {}}
            if self.caller.collections is not None:
                query = {"terms": {"collection": list(self.caller.collections)}}
            hits = self.client.search(index=f"{self.indices.prefix}-ciphers", body={
                "size": 10_000, "query": query,
                "_source": ["collection", "cipher", "version", REDACTED_FIELD]})["hits"]["hits"]
            self._protected = copied_collections([h["_source"] for h in hits])
        return self._protected

    def _ciphered(self, index: str) -> bool:
        """Whether reads of ``index`` must go to its ciphered copy too."""
        return self._name(index) in CIPHERED and bool(self.protected())

    def target(self, index: str) -> str:
        """The index (or indices) a read of ``index`` runs on."""
        return f"{index},{ciphered_name(index)}" if self._ciphered(index) else index

    def _copy_clause(self, allowed: list[str] | None) -> Dsl:
        """Normal records of the plain collections, ciphered ones of the protected collections
        written under their current version."""
        protected = self.protected()
        plain: Dsl = {"bool": {"must_not": [{"terms": {"collection": list(protected)}},
                                            {"exists": {"field": CIPHER_VERSION_FIELD}}],
                               **({"filter": [{"terms": {"collection": allowed}}]}
                                  if allowed is not None else {})}}
        ciphered = [{"bool": {"filter": [{"term": {"collection": collection}},
                                         {"term": {CIPHER_VERSION_FIELD: version}}]}}
                    for collection, version in sorted(protected.items())]
        return {"bool": {"should": [plain, *ciphered], "minimum_should_match": 1}}

    # --- what the original's bytes would tell ---------------------------------------------

    def _withheld_fields(self, index: str) -> tuple[str, ...]:
        """The fields of ``index``'s records this caller gets none of (OF_THE_ORIGINAL)."""
        fields = OF_THE_ORIGINAL.get(self._name(index.split(",")[0]), ())
        return fields if fields and self.protected() else ()

    def _without_original(self, index: str, hits: list[Dsl]) -> list[Dsl]:
        """``hits`` (or docs) with OF_THE_ORIGINAL taken out of each record of a collection
        read from the copy, and of each record that does not say its collection."""
        fields = self._withheld_fields(index)
        if not fields:
            return hits
        protected = self.protected()
        for hit in hits:
            source = hit.get("_source")
            if not isinstance(source, dict):
                continue
            collection = source.get("collection")
            if collection is None or collection in protected:  # unsaid: withheld, to be safe
                for key in fields:
                    source.pop(key, None)
        return hits

    def _answered(self, index: str, response: Dsl) -> Dsl:
        """A search response with its hits' records cleared of OF_THE_ORIGINAL."""
        self._without_original(index, (response.get("hits") or {}).get("hits") or [])
        return response

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
        allowed = None if self.caller.collections is None else list(self.caller.collections)
        if self._ciphered(index):
            return [self._copy_clause(allowed)]
        if allowed is None:
            return []
        if name == "corrections":
            allowed = [EVERY_COLLECTION, *allowed]
        return [{"terms": {COLLECTION_FIELDS[name]: allowed}}]

    def visible(self, index: str, source: Dsl) -> bool:
        """Whether the caller may see one record of ``index`` (for get and mget): for an index
        with a ciphered copy, ``source`` must be from the copy the caller reads."""
        if self._ciphered(index):
            collection = source.get("collection")
            if collection in self.protected():
                return source.get(CIPHER_VERSION_FIELD) == self.protected()[collection]
            return CIPHER_VERSION_FIELD not in source and self.caller.may_see(str(collection))
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
            self.verify()
            return self._answered(index, self.client.search(body=scoped))
        if self._check is not None:  # the session's check rides along in the same request
            return self._answered(index, _raised(self._checked_msearch(
                [{"index": self.target(index)}, scoped])[0]))
        return self._answered(index, self.client.search(index=self.target(index), body=scoped))

    def msearch(self, searches: list[tuple[str, Dsl]]) -> list[Dsl]:
        """Several searches in one round trip: (index, body) each; the responses in order."""
        lines: list[Dsl] = []
        for index, body in searches:
            lines += [{"index": self.target(index)}, self.scoped(index, body)]
        responses = self._checked_msearch(lines) if lines else []
        return [self._answered(index, response)
                for (index, _body), response in zip(searches, responses, strict=True)]

    def count(self, index: str, body: Dsl | None = None) -> int:
        self.verify()
        return int(self.client.count(index=self.target(index),
                                     body=self.scoped(index, body))["count"])

    def get(self, index: str, record_id: str, **params: Any) -> Dsl | None:
        """The record as OpenSearch answers it (``_source``, ``_seq_no``...), or None when it does
        not exist or the caller may not see it: the two are the same answer."""
        found = self.mget(index, [record_id], **params)
        return found[0] if found else None

    def mget(self, index: str, ids: list[str], **params: Any) -> list[Dsl]:
        """The records of ``ids`` that exist and that the caller may see; of a protected
        collection, from the ciphered copy (the normal record says which collection)."""
        if not ids:
            return []
        self.verify()
        params = _with_scope_fields(params)
        docs = [d for d in self.client.mget(index=index, body={"ids": ids}, **params)["docs"]
                if d.get("found")]
        if self._ciphered(index):
            protected = self.protected()
            wanted = [d["_id"] for d in docs if (d.get("_source") or {}).get("collection")
                      in protected]
            copies = {d["_id"]: d for d in self.client.mget(
                index=ciphered_name(index), body={"ids": wanted}, **params)["docs"]
                if d.get("found")} if wanted else {}
            docs = [copies.get(d["_id"], d) if d["_id"] in wanted else d for d in docs]
        return self._without_original(
            index, [d for d in docs if self.visible(index, d.get("_source") or {})])

    def scan(self, index: str, body: Dsl, **params: Any) -> Iterator[Dsl]:
        """Every hit of a search, scrolled."""
        self.verify()
        hits = helpers.scan(self.client, index=self.target(index), query=self.scoped(index, body),
                            **params)
        if not self._withheld_fields(index):
            return hits
        return (self._without_original(index, [hit])[0] for hit in hits)

    def open_pit(self, index: str, keep_alive: str) -> str:
        """A point in time over ``index``; searches of it still pass through ``search``."""
        self.scope(index)  # refuses an index the caller has no rule for
        self.verify()
        return self.client.create_pit(index=self.target(index),
                                      params={"keep_alive": keep_alive})["pit_id"]

    def close_pit(self, pit_id: str | None) -> None:
        """Free a point in time early (it would expire on its own anyway)."""
        if pit_id:
            with suppress(TransportError):
                self.client.delete_pit(body={"pit_id": [pit_id]})


def copied_collections(records: list[Dsl]) -> dict[str, int]:
    """Of the ciphers index's records: the collections read from the ciphered copy by callers
    without clearance (those that protect a name, or whose version record says they have
    approved redactions), each with its cipher version (0 without a version record)."""
    versions = {r["collection"]: int(r["version"]) for r in records if "version" in r}
    copied = {r["collection"] for r in records if "cipher" in r or r.get(REDACTED_FIELD)}
    return {collection: versions.get(collection, 0) for collection in copied}


def _raised(response: Dsl) -> Dsl:
    """One answer of an msearch as ``client.search`` gives it: the error it holds raised as the
    exception the client raises for that status (a 400 as RequestError...)."""
    if "error" not in response:
        return response
    status = int(response.get("status") or 500)
    error = response["error"]
    kind = error.get("type", "") if isinstance(error, dict) else str(error)
    raise HTTP_EXCEPTIONS.get(status, TransportError)(status, kind, response)


def _with_scope_fields(params: dict[str, Any]) -> dict[str, Any]:
    """Get parameters that keep the fields the scope is decided by in a narrowed ``_source``."""
    includes = params.get("_source_includes")
    if not includes:
        return params
    listed = includes.split(",") if isinstance(includes, str) else list(includes)
    return {**params, "_source_includes": [*listed, "collection", "user", "name",
                                           CIPHER_VERSION_FIELD]}


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


# What OpenSearch's refusal is about, told by words of its own reason, and what the user is told
# instead: the engine's text never reaches the user (it names internals, and its positions and
# sizes would describe the rewritten query, not the one typed).
REFUSALS = (
    (("too_many_clauses", "maxclausecount", "too many clauses", "automaton", "determiniz",
      "too_complex", "max_expansions", "expansions"),
     "it expands to too many terms: make wildcards and fuzzy terms more specific"),
    (("failed to parse", "parse_exception", "cannot parse"), "part of it could not be read"),
)


def _reason(exc: RequestError) -> str:
    """Why a query was refused, in Docket's words (never OpenSearch's own text)."""
    info = exc.info if isinstance(exc.info, dict) else {}
    error = info.get("error") if isinstance(info, dict) else None
    words = (str(error) if error is not None else str(exc.error)).lower()
    return next((told for signs, told in REFUSALS if any(sign in words for sign in signs)),
                "it is not a query the search can run")
