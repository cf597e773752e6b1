"""The OpenSearch client, and bringing a store up to the point where Docket can use it."""

from __future__ import annotations

import threading

from opensearchpy import OpenSearch

from config import Settings
from search import node
from search.errors import NodeError
from search.indices import ensure_indices

_clients: dict[str, OpenSearch] = {}
_lock = threading.Lock()


def get_client(settings: Settings) -> OpenSearch:
    """One pooled client per URL and process (worker processes build their own)."""
    url = settings.search_url
    with _lock:
        client = _clients.get(url)
        if client is None:
            client = OpenSearch(
                hosts=[url], timeout=60, max_retries=3, retry_on_timeout=True, http_compress=True
            )
            _clients[url] = client
        return client


def reset_clients() -> None:
    """Drop pooled clients (after a fork, or between tests)."""
    with _lock:
        _clients.clear()


def open_store(settings: Settings, start_node: bool = True) -> OpenSearch:
    """A client whose indices and aliases exist. Starts the managed node when that is the mode."""
    if settings.managed_node and start_node:
        node.start(settings)
    client = get_client(settings)
    if not client.ping():
        raise NodeError(f"OpenSearch at {settings.search_url} does not answer")
    ensure_indices(client, settings.index_prefix)
    return client
