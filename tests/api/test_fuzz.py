"""The API fuzzed against its own OpenAPI schema with schemathesis: every operation, with valid
and invalid parameters and bodies generated from the schema, as an administrator (so requests
get past authentication into the code). Whatever arrives, the answer is never a 500.

One test per operation, each bounded in examples, so the module runs in a minute or two on a
shared two-core machine. Hypothesis drives schemathesis's strategies directly: schemathesis's
own pytest loader does not run under pytest 9. The multipart upload (POST /api/ingest) is left
out: each example would start an ingestion job; its path-based twin is fuzzed.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app
from config import get_settings
from search.users import UserStore

pytestmark = pytest.mark.integration

EXAMPLES = 15
SKIPPED = {"POST /api/ingest"}
# Operations with a known 500 and the fix each needs (none now: batch-search's unserialisable
# 422 was fixed). Not strict, so a fix shows up as XPASS and the entry can go.
KNOWN_500: dict[str, str] = {}


def operation_labels() -> list:
    """Every operation of the schema (the app is built, not started: no store is needed)."""
    schema = create_app(get_settings()).openapi()
    labels = sorted(f"{method.upper()} {path}" for path, methods in schema["paths"].items()
                    for method in methods if f"{method.upper()} {path}" not in SKIPPED)
    return [pytest.param(label, marks=pytest.mark.xfail(reason=KNOWN_500[label], strict=False))
            if label in KNOWN_500 else label for label in labels]


@pytest.fixture(scope="module")
def api_schema(app, sample_job):  # noqa: ANN001, ANN201 - the sample corpus gives ids to hit
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module")
def fuzz_token(store, indices, settings) -> str:  # noqa: ANN001
    """An administrator of its own, so what the fuzzer saves (searches, history) is not seen by
    the other tests' user."""
    return UserStore(store, indices, settings.secret_key).add("fuzz-admin", "admin", ["*"])


@pytest.mark.parametrize("label", operation_labels())
def test_no_input_makes_a_server_error(api_schema, fuzz_token: str, label: str) -> None:  # noqa: ANN001
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label
    headers = {"Authorization": f"Bearer {fuzz_token}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def fuzz(case) -> None:  # noqa: ANN001
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    fuzz()
