"""500s the fuzzer (test_fuzz.py) found in routes other teams own, pinned until they are fixed.
Strict: when a fix lands the test passes, the xfail fails, and the marker (and the operation's
entry in test_fuzz.KNOWN_500) should go."""

from __future__ import annotations

import pytest

from tests.security.conftest import client_for

pytestmark = pytest.mark.integration
PNG = b"\x89PNG\r\n\x1a\n\x00\rIHDR\r\x00"


def known(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


@pytest.fixture(scope="module")
def reader(store, indices, settings) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add("sec-bug-reader", "reader", ["*"])


@known("api/routes/search.py notes 'collection:' in the history for collection=; the "
       "SavedSearch model refuses it, so every later GET /api/search-history of that user is a 500")
def test_history_after_a_search_with_an_empty_collection(sec_app, reader: str) -> None:  # noqa: ANN001
    client = client_for(sec_app, reader)
    assert client.get("/api/search", params={"collection": ""}).status_code in (200, 400, 422)
    assert client.get("/api/search-history").status_code == 200


@known("search/batch.py parse_csv lets csv.Error out: a file that is not CSV is a 500, not a 400")
def test_batch_search_of_a_file_that_is_not_csv(sec_app, reader: str) -> None:  # noqa: ANN001
    response = client_for(sec_app, reader).post(
        "/api/batch-search", files={"file": ("x.png", PNG, "image/png")})
    assert response.status_code in (400, 422)


@known("search/pattern_keys.py pattern_display lets phonenumbers.NumberParseException out for "
       "a phone key that is not a number")
@pytest.mark.parametrize("path", ["/api/entities/phone/0", "/api/entities/phone/0/graph"])
def test_entity_of_a_phone_key_that_is_not_a_number(sec_app, reader: str, path: str) -> None:  # noqa: ANN001
    assert client_for(sec_app, reader).get(path).status_code in (200, 400, 404)


@known("search/query.py builds the DSL recursively: a query nested deeply enough (within the "
       "4000-character limit) raises RecursionError, a 500 instead of a 400")
@pytest.mark.parametrize("q", ["(" * 1900 + "x" + ")" * 1900, "NOT " * 900 + "x"])
def test_deeply_nested_queries(sec_app, reader: str, q: str) -> None:  # noqa: ANN001
    assert client_for(sec_app, reader).get("/api/search", params={"q": q}).status_code == 400
