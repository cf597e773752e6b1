"""Per-user saved searches and search history, in the saved_searches index.

History keeps one record per distinct search (its id is a hash of the user and the search), so
running a search again moves it to the top instead of adding a line; the list is therefore
bounded by how many different searches a user runs, not by how often. Reads go through the
caller's scoped store (search.scoped), which keeps them to the caller's own records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from opensearchpy import TransportError

from search.errors import NotFoundError
from search.indices import Indices, alias_name
from search.scoped import ScopedStore
from search.store import now

MAX_LISTED = 200
HISTORY_LISTED = 50
SEARCH_FIELDS = ("q", "filters", "date_from", "date_to", "sort")
log = logging.getLogger("docket.api")
# History is written off the request, by one thread per process: a search answers without
# waiting for it, and its connection is free for the next request at once (a background task
# of the request would hold the connection until the write and its refresh were done). What is
# still pending is waited for before this process lists or clears a user's history.
_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="docket-history")
_pending: dict[tuple[str, str], list[Future[None]]] = {}
_pending_lock = threading.Lock()


def saved_searches_index(indices: Indices) -> str:
    return alias_name(indices.prefix, "saved_searches")


def canonical(search: dict[str, Any]) -> dict[str, Any]:
    """The fields that make two searches the same search, in one order."""
    return {
        "q": (search.get("q") or "").strip(),
        "filters": sorted(dict.fromkeys(search.get("filters") or [])),
        "date_from": search.get("date_from") or None,
        "date_to": search.get("date_to") or None,
        "sort": search.get("sort") or "relevance",
    }


def _out(source: dict[str, Any]) -> dict[str, Any]:
    return {key: source.get(key) for key in
            ("id", "name", *SEARCH_FIELDS, "total", "created_at", "last_run_at")}


class SavedSearches:
    """The saved searches and history of the store's caller."""

    def __init__(self, store: ScopedStore) -> None:
        if store.caller.user is None:
            raise ValueError("saved searches belong to a user")
        self.store = store
        self.client = store.client  # writes
        self.index = saved_searches_index(store.indices)
        self.user: str = store.caller.user

    def _list(self, kind: str, size: int, sort: list[Any]) -> list[dict[str, Any]]:
        result = self.store.search(self.index, {
            "size": size, "sort": sort, "query": {"bool": {"filter": [{"term": {"kind": kind}}]}}})
        return [_out(hit["_source"]) for hit in result["hits"]["hits"]]

    def saved(self) -> list[dict[str, Any]]:
        return self._list("saved", MAX_LISTED, [{"name": "asc"}, {"created_at": "desc"}])

    def save(self, name: str, search: dict[str, Any]) -> dict[str, Any]:
        saved_id = f"saved-{uuid.uuid4().hex}"
        record = {"id": saved_id, "kind": "saved", "user": self.user, "name": name.strip(),
                  **canonical(search), "created_at": now(), "last_run_at": None}
        self.client.index(index=self.index, id=saved_id, body=record, refresh=True,
                          op_type="create")
        return _out(record)

    def delete(self, saved_id: str) -> None:
        found = self.store.get(self.index, saved_id)
        source = found["_source"] if found else {}
        if source.get("user") != self.user or source.get("kind") != "saved":
            raise NotFoundError(f"no saved search {saved_id}")
        self.client.delete(index=self.index, id=saved_id, refresh=True)

    def record_soon(self, search: dict[str, Any], total: int) -> None:
        """``record`` after the answer has gone; visible to this process's next listing."""
        slot = (self.index, self.user)
        future = _writer.submit(self._record_quietly, search, total)
        with _pending_lock:
            _pending[slot] = [f for f in _pending.get(slot, []) if not f.done()] + [future]

    def _record_quietly(self, search: dict[str, Any], total: int) -> None:
        try:
            # No refresh wait: one thread writes every search's history, and a wait of up to a
            # refresh interval per write would let the queue grow under load. A listing that
            # finds writes pending refreshes the index itself (``_settle``).
            self.record(search, total)
        except TransportError:
            # History is a convenience: a failure to note it must not surface as an error.
            log.warning("could not record search history for %s", self.user, exc_info=True)

    def _settle(self) -> None:
        with _pending_lock:
            waiting = _pending.pop((self.index, self.user), [])
        for future in waiting:
            future.result()
        if waiting:
            self.client.indices.refresh(index=self.index)

    def history(self) -> list[dict[str, Any]]:
        self._settle()
        return self._list("history", HISTORY_LISTED, [{"last_run_at": "desc"}])

    def record(self, search: dict[str, Any], total: int, refresh: str | bool = False) -> None:
        """Note that the user ran ``search`` (found ``total``); the same search again updates it."""
        fields = canonical(search)
        digest = hashlib.sha256(json.dumps([self.user, fields], sort_keys=True).encode()).hexdigest()
        history_id = f"history-{digest[:40]}"
        stamp = now()
        self.client.update(index=self.index, id=history_id, retry_on_conflict=3, refresh=refresh, body={
            "doc": {"last_run_at": stamp, "total": total},
            "upsert": {"id": history_id, "kind": "history", "user": self.user, "name": None,
                       **fields, "total": total, "created_at": stamp, "last_run_at": stamp}})

    def clear_history(self) -> int:
        self._settle()  # a write still queued would bring back what is cleared
        result = self.client.delete_by_query(index=self.index, refresh=True, conflicts="proceed", body={
            "query": {"bool": {"filter": [{"term": {"user": self.user}},
                                          {"term": {"kind": "history"}}]}}})
        return int(result.get("deleted", 0))
