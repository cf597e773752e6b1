"""Per-user saved searches and search history, in the saved_searches index.

History keeps one record per distinct search (its id is a hash of the user and the search), so
running a search again moves it to the top instead of adding a line; the list is therefore
bounded by how many different searches a user runs, not by how often.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch

from search.errors import NotFoundError
from search.indices import Indices, alias_name
from search.store import now

MAX_LISTED = 200
HISTORY_LISTED = 50
SEARCH_FIELDS = ("q", "filters", "date_from", "date_to", "sort")


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
    """One user's saved searches and history."""

    def __init__(self, client: OpenSearch, indices: Indices, user: str) -> None:
        self.client = client
        self.index = saved_searches_index(indices)
        self.user = user

    def _list(self, kind: str, size: int, sort: list[Any]) -> list[dict[str, Any]]:
        result = self.client.search(index=self.index, body={
            "size": size, "sort": sort,
            "query": {"bool": {"filter": [{"term": {"user": self.user}}, {"term": {"kind": kind}}]}}})
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
        try:
            source = self.client.get(index=self.index, id=saved_id)["_source"]
        except OSNotFound:
            source = {}
        if source.get("user") != self.user or source.get("kind") != "saved":
            raise NotFoundError(f"no saved search {saved_id}")
        self.client.delete(index=self.index, id=saved_id, refresh=True)

    def history(self) -> list[dict[str, Any]]:
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
        result = self.client.delete_by_query(index=self.index, refresh=True, conflicts="proceed", body={
            "query": {"bool": {"filter": [{"term": {"user": self.user}},
                                          {"term": {"kind": "history"}}]}}})
        return int(result.get("deleted", 0))
