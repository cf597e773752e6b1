"""The base of every query class: the caller's collection filter, added in one place so no query
can forget it, and OpenSearch's refusals turned into errors the user can act on."""

from __future__ import annotations

from typing import Any

from opensearchpy import OpenSearch, RequestError

from search.errors import QueryError
from search.indices import Indices

Dsl = dict[str, Any]


class ScopedQuery:
    """A query run on behalf of a caller who may see only some collections (None: all).
    ``user`` names the caller for per-user data (tags, stars); None for system callers."""

    def __init__(self, client: OpenSearch, indices: Indices, collections: list[str] | None,
                 user: str | None = None) -> None:
        self.client = client
        self.indices = indices
        self.collections = collections
        self.user = user

    def scope(self) -> list[Dsl]:
        if self.collections is None:
            return []
        return [{"terms": {"collection": self.collections}}]

    def _search(self, index: str | None, body: Dsl) -> Dsl:
        """A search; ``index`` None when the body names a point in time."""
        try:
            if index is None:
                return self.client.search(body=body)
            return self.client.search(index=index, body=body)
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
