"""What the cluster tests need from the machine.

The namespace fault test needs root, ``ip netns``, Java, redis-server, ``unshare`` and the
SeaweedFS binary that scripts/setup.sh caches. Where they are missing it is skipped with the
reason; under CI (``CI=true``), where the setup script provides them all, a missing one fails it
instead, so that CI can never pass by quietly not running it.
"""

from __future__ import annotations

import os
import shutil

import pytest

from config import Settings
from search import node
from search.errors import NodeError
from tests.cluster.hosts import weed_binary
from tests.cluster.netns import prerequisites


def netns_missing(settings: Settings) -> str | None:
    """Why the namespace fault test cannot run here, or None."""
    reason = prerequisites()
    if reason:
        return reason
    for tool in ("redis-server", "unshare", "mount"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed"
    try:
        node.find_java_home(settings)
    except NodeError:
        return "java is not installed"
    if not weed_binary(settings).is_file():
        return f"the SeaweedFS binary is not built ({weed_binary(settings)}; run `make setup`)"
    try:
        import boto3  # noqa: F401 - the test reads the originals back with it
    except ImportError:
        return "boto3 is not installed"
    if "blob_url" not in Settings.model_fields:
        return "this Docket has no S3 blob store (DOCKET_BLOB_URL)"
    return None


@pytest.fixture()
def netns_ready() -> None:
    reason = netns_missing(Settings())
    if reason is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the namespace fault test, but {reason}")
    pytest.skip(reason)
