"""``GET /api/health``: the only endpoint without auth."""

from __future__ import annotations

import threading
import time

from fastapi import APIRouter

from api.deps import BlobsDep, ClientDep, SettingsDep
from api.handling import handles
from api.models import BlobStoreHealth, HealthResponse
from ingest.blobs import BlobStore, Health

router = APIRouter(tags=["health"])
BLOB_CHECK_S = 15  # the store's write probe, at most this often whoever asks (no auth here)
# By the store's id, holding the store too, so that no other store can take over its id.
_blob_checks: dict[int, tuple[BlobStore, float, Health]] = {}
_blob_lock = threading.Lock()


def _blob_health(blobs: BlobStore) -> BlobStoreHealth:
    with _blob_lock:
        _store, checked, health = _blob_checks.get(id(blobs), (blobs, 0.0, None))
        if health is None or time.monotonic() - checked > BLOB_CHECK_S:
            health = blobs.health()
            _blob_checks[id(blobs)] = (blobs, time.monotonic(), health)
    # The location (a path, a bucket and endpoint) is for `docket doctor`, not the world.
    error = health.error.split(":", 1)[0] if health.error else None
    return BlobStoreHealth(kind=health.kind, reachable=health.reachable,
                           writable=health.writable, error=error)


def _broker_status(url: str | None) -> tuple[str, str]:
    if not url:
        return "not configured (local mode)", "local pool"
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        return f"unreachable: {type(exc).__name__}", "unknown"
    from ingest.job.tasks import celery_app

    try:
        replies = celery_app().control.ping(timeout=0.5) or []
    except Exception as exc:
        return "ok", f"unknown: {type(exc).__name__}"
    return "ok", f"{len(replies)} worker(s)"


@router.get("/api/health", response_model=HealthResponse)
@handles(public=True)
def health(client: ClientDep, settings: SettingsDep, blobs: BlobsDep) -> HealthResponse:
    try:
        cluster = client.cluster.health()["status"]
    except Exception as exc:
        cluster = f"unreachable: {type(exc).__name__}"
    broker, workers = _broker_status(settings.broker_url)
    stored = _blob_health(blobs)
    ok = cluster in ("green", "yellow") and stored.writable
    return HealthResponse(status="ok" if ok else "degraded", opensearch=cluster,
                          broker=broker, workers=workers, blobs=stored)
