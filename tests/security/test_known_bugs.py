"""Regression tests for the 500s the fuzzer (test_fuzz.py) found: each now answers a 4xx, or,
for a well-formed request that matches nothing, an empty answer (pinned exactly, not "not 500")."""

from __future__ import annotations

import pytest

from tests.security.conftest import client_for

pytestmark = pytest.mark.integration
PNG = b"\x89PNG\r\n\x1a\n\x00\rIHDR\r\x00"


@pytest.fixture(scope="module")
def reader(store, indices, settings) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add("sec-bug-reader", "reader", ["*"])


def test_history_after_a_search_with_an_empty_collection(sec_app, reader: str) -> None:  # noqa: ANN001
    client = client_for(sec_app, reader)
    # A collection named "" holds nothing: an empty answer, never another collection's hits.
    empty = client.get("/api/search", params={"collection": ""})
    assert (empty.status_code, empty.json()["total"]) == (200, 0)
    assert client.get("/api/search-history").status_code == 200


def test_batch_search_of_a_file_that_is_not_csv(sec_app, reader: str) -> None:  # noqa: ANN001
    response = client_for(sec_app, reader).post(
        "/api/batch-search", files={"file": ("x.png", PNG, "image/png")})
    assert response.status_code in (400, 422)


@pytest.mark.parametrize("path", ["/api/entities/phone/0", "/api/entities/phone/0/graph"])
def test_entity_of_a_phone_key_that_is_not_a_number(sec_app, reader: str, path: str) -> None:  # noqa: ANN001
    assert client_for(sec_app, reader).get(path).status_code == 404


@pytest.mark.parametrize("q", ["(" * 1900 + "x" + ")" * 1900, "NOT " * 900 + "x"])
def test_deeply_nested_queries(sec_app, reader: str, q: str) -> None:  # noqa: ANN001
    assert client_for(sec_app, reader).get("/api/search", params={"q": q}).status_code == 400
