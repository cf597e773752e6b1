"""``docket doctor`` (api.doctor): each service checked for real, the S3 one against a
SeaweedFS server with and without the right secret, which is never printed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import SecretStr

from api.doctor import check_opensearch, run_checks
from config import Settings
from ingest.blobs import blob_store
from tests.processes import docket
from tests.s3server import seaweed_s3, writable_bucket

pytestmark = [pytest.mark.integration]

ACCESS, SECRET = "docket-doctor", "the-doctors-secret-key"


def test_local_mode_checks_the_node_and_the_blob_directory(store, settings: Settings) -> None:  # noqa: ANN001
    checks = {check.name: check for check in run_checks(
        settings.model_copy(update={"broker_url": None}))
        if check.name != "document ids"}  # collections of other tests (tests/security/test_keyed_ids.py)
    assert set(checks) == {"opensearch", "blob store"}
    assert all(check.ok for check in checks.values()), checks
    assert checks["blob store"].detail.startswith("local: ")


def test_cluster_mode_checks_health_and_replicas_as_the_cluster_is(
        store, settings: Settings) -> None:  # noqa: ANN001
    cluster = settings.model_copy(update={"opensearch_url": settings.search_url})
    checks = {check.name: check for check in check_opensearch(cluster)}
    status = store.cluster.health()["status"]
    assert checks["cluster health"].ok == (status == "green")
    # One node here: the rule of a replica on another node starts at three.
    assert "replicas" not in checks


def test_doctor_finds_a_bucket_that_refuses_the_key_and_never_prints_the_secret(
    store, settings: Settings, tmp_path: Path  # noqa: ANN001
) -> None:
    with seaweed_s3(tmp_path / "weed", {ACCESS: SECRET}) as server:
        good = settings.model_copy(update={
            "broker_url": None, "blob_url": "s3://docket-doctor/originals",
            "s3_endpoint_url": server.endpoint, "s3_access_key": ACCESS,
            "s3_secret_key": SecretStr(SECRET)})
        writable_bucket(blob_store(good), server.log)  # type: ignore[arg-type]
        (blobs,) = [c for c in run_checks(good) if c.name == "blob store"]
        assert blobs.ok and "s3://docket-doctor/originals" in blobs.detail

        env = {**os.environ, "DOCKET_BLOB_URL": "s3://docket-doctor/originals",
               "DOCKET_S3_ENDPOINT_URL": server.endpoint, "DOCKET_S3_ACCESS_KEY": ACCESS,
               "DOCKET_S3_SECRET_KEY": "wrong-" + SECRET}
        env.pop("DOCKET_BROKER_URL", None)
        result = docket("doctor", env=env)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "FAIL blob store: s3:" in result.stdout
        assert "ok   opensearch" in result.stdout
        assert SECRET not in result.stdout + result.stderr
