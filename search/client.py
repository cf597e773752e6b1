"""The OpenSearch client, and bringing a store up to the point where Docket can use it."""

from __future__ import annotations

import ipaddress
import threading
from typing import Any
from urllib.parse import urlsplit

import orjson
from opensearchpy import OpenSearch
from opensearchpy.serializer import JSONSerializer

from config import Settings
from search import node
from search.errors import NodeError
from search.indices import ensure_indices

_clients: dict[str, OpenSearch] = {}
_lock = threading.Lock()


def node_urls(url: str) -> list[str]:
    """The nodes of ``DOCKET_OPENSEARCH_URL``: one URL, or several separated by commas."""
    return [part.strip() for part in url.split(",") if part.strip()]


def is_loopback(url: str) -> bool:
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class FastJSONSerializer(JSONSerializer):
    """opensearch-py's JSON serializer with orjson's encoder: the same JSON (UTF-8, no spaces,
    dates as ISO 8601, the library's fallbacks for other types; only a float below 1e-4 is
    written otherwise, 1e-7 for 1e-07, the same number), without the pure-Python encoding that
    held a large commit's bulk bodies back. Answers are read by json as before: orjson reads an
    integer beyond 64 bits as a float, which would change a stored record (an audit record
    quoting a request must hash as it was written)."""

    _OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY

    def dumps(self, data: Any) -> Any:
        if isinstance(data, str):
            return data
        try:
            return orjson.dumps(data, default=self.default, option=self._OPTIONS).decode()
        except orjson.JSONEncodeError:
            # What orjson refuses and json writes: an integer beyond 64 bits, a lone surrogate
            # in a string (text a user pasted, or a file's broken UTF-16).
            return super().dumps(data)


def get_client(settings: Settings) -> OpenSearch:
    """One pooled client per URL and process (worker processes build their own).

    Given several nodes, the client spreads requests over them, and a request that cannot
    reach its node (refused, reset, timed out) is sent to the next one: with ``max_retries``
    above the node count, a request survives any one node going down. A dead node is left
    out for a while and tried again later, when it may be back.
    """
    url = settings.search_url
    with _lock:
        client = _clients.get(url)
        if client is None:
            hosts = node_urls(url)
            # gzip saves a network's bandwidth; on loopback it only spends CPU at both ends
            # (about 30 ms a 4 MB bulk body here), which the workers need.
            compress = not all(is_loopback(h) for h in hosts)
            client = OpenSearch(
                hosts=hosts, timeout=60, max_retries=max(3, len(hosts) + 1),
                retry_on_timeout=True, http_compress=compress,
                serializer=FastJSONSerializer(),
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
    ensure_indices(client, settings.index_prefix, settings.index_replicas)
    return client
