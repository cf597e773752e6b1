"""``GET /api/health``: the only endpoint without auth."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ClientDep, SettingsDep
from api.handling import handles
from api.models import HealthResponse

router = APIRouter(tags=["health"])


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
def health(client: ClientDep, settings: SettingsDep) -> HealthResponse:
    try:
        cluster = client.cluster.health()["status"]
    except Exception as exc:
        cluster = f"unreachable: {type(exc).__name__}"
    broker, workers = _broker_status(settings.broker_url)
    ok = cluster in ("green", "yellow")
    return HealthResponse(status="ok" if ok else "degraded", opensearch=cluster,
                          broker=broker, workers=workers)
