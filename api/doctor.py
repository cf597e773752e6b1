"""``docket doctor``: whether each service Docket needs answers, and is set up to keep data.

In cluster mode (``DOCKET_OPENSEARCH_URL`` set): OpenSearch answers and is green, and with 3 or
more nodes every Docket index has at least one replica; Redis answers (when a broker is
configured); the blob store answers and takes a write. In local mode the same checks run on the
managed node and the local store, without the cluster's rules. Each check is one line; no line
ever holds a secret (the store's location is its bucket and endpoint, never its keys). Then the
collections whose document ids are not keyed under this deployment's secret
(search.document_ids): a warning for one made before keyed ids, a failure for one made with
another secret.
"""

from __future__ import annotations

from dataclasses import dataclass

from config import Settings
from ingest.blobs import blob_store
from search.client import get_client
from search.cluster import cluster_state
from search.indices import Indices
from search.store import id_schemes

MIN_NODES_FOR_REPLICAS = 3


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    warning: bool = False  # ok, but something to act on (not a failure of the service)


def check_opensearch(settings: Settings) -> list[Check]:
    try:
        state = cluster_state(get_client(settings), settings.index_prefix)
    except Exception as exc:
        return [Check("opensearch", False, f"{settings.search_url}: unreachable "
                                           f"({type(exc).__name__})")]
    checks = [Check("opensearch", True, f"{state.nodes} node(s) answer")]
    if settings.managed_node:
        return checks
    checks.append(Check("cluster health", state.status == "green", state.status))
    if state.nodes >= MIN_NODES_FOR_REPLICAS:
        replicas = state.min_replicas if state.min_replicas is not None else \
            settings.index_replicas
        checks.append(Check("replicas", replicas >= 1,
                            f"{replicas} replica(s) of each shard on {state.nodes} nodes"
                            + ("" if replicas >= 1 else ": set DOCKET_INDEX_REPLICAS=1")))
    return checks


def check_broker(settings: Settings) -> list[Check]:
    if not settings.broker_url:
        return []
    import redis

    try:
        redis.Redis.from_url(settings.broker_url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        return [Check("redis", False, f"unreachable ({type(exc).__name__})")]
    return [Check("redis", True, "answers")]


def check_blobs(settings: Settings) -> list[Check]:
    health = blob_store(settings).health()
    if health.writable:
        return [Check("blob store", True, f"{health.kind}: {health.location} takes writes")]
    state = "answers but refuses a write" if health.reachable else "unreachable"
    return [Check("blob store", False, f"{health.kind}: {health.location} {state} "
                                       f"({health.error})")]


LEGACY_IDS = ("ids carry the first half of each original's SHA-256 (made before keyed ids): "
              "for a plain text file, a reader without clearance can confirm a guessed "
              "protected name against them. Remedy: load its files into a new collection, "
              "whose ids are keyed, and retire this one (or give its readers clearance)")
OTHER_KEY = ("ids were made with another DOCKET_SECRET_KEY: ingestion into it stops. Remedy: "
             "run Docket with the secret key the collection was made with")


def check_document_ids(settings: Settings) -> list[Check]:
    """Collections whose document ids are not keyed under this deployment's secret: a legacy
    collection is a warning (it works, but its ids leak content hashes), one made with another
    secret a failure (ingestion into it is refused). Nothing when OpenSearch does not answer
    (check_opensearch says so)."""
    try:
        schemes = id_schemes(get_client(settings), Indices(settings.index_prefix),
                             settings.secret_key)
    except Exception:  # unreachable, or no index yet: check_opensearch reports it
        return []
    return [*(Check("document ids", True, f"collection '{name}': {LEGACY_IDS}", warning=True)
              for name in schemes.legacy),
            *(Check("document ids", False, f"collection '{name}': {OTHER_KEY}")
              for name in schemes.other_key)]


def run_checks(settings: Settings) -> list[Check]:
    return [*check_opensearch(settings), *check_broker(settings), *check_blobs(settings),
            *check_document_ids(settings)]
