"""The system path: reads made for no user, so not scoped to one.

Ingestion's job module, the CLI acting as admin, migrations (search.mention_backfill), the
users index (authentication) and the audit chain read through ``SystemStore``: the same reads as
``search.scoped.ScopedStore``, with the ``SYSTEM`` caller, who sees every collection and every
index. A route never builds one: it reads through the caller's store (api.deps), and
tests/test_store_layer.py fails if a route module reaches for this one.
"""

from __future__ import annotations

from opensearchpy import OpenSearch

from search.indices import Indices
from search.scoped import Caller, ScopedStore

SYSTEM = Caller(user=None, collections=None, cleared=True, system=True)


class SystemStore(ScopedStore):
    """Unscoped reads of any index, for callers that act for no user."""

    def __init__(self, client: OpenSearch, indices: Indices) -> None:
        super().__init__(client, indices, SYSTEM)
