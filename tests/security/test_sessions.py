"""One round trip per search besides the search itself (search.sessions), and nothing it reads
outlives a change: a revoked token, a grant taken away, a cipher added or a tag set apply to the
very next request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from config import Settings
from tests.security.conftest import Ingested, client_for, make_app

pytestmark = pytest.mark.integration


class Recorder:
    """The requests a client sends to OpenSearch: (method, path) each."""

    def __init__(self, client: Any) -> None:
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        send = client.transport.perform_request

        def recorded(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            with self.lock:
                self.calls.append((method, url.split("?")[0]))
            return send(method, url, *args, **kwargs)

        client.transport.perform_request = recorded

    def since(self, start: int) -> list[tuple[str, str]]:
        with self.lock:
            return self.calls[start:]


@pytest.fixture(scope="module")
def recorded_app(settings: Settings) -> Iterator[tuple[Any, Recorder]]:
    from search.client import get_client

    client = get_client(settings)
    recorder = Recorder(client)
    yield make_app(client, settings, auth_failure_limit=1_000_000), recorder


def new_user(store, indices, settings: Settings, name: str, collections: list[str]) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add(name, "reviewer", collections)


def collections_found(client: TestClient, q: str) -> set[str]:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    return {hit["collection"] for hit in response.json()["hits"]}


def test_a_search_makes_one_msearch_besides_the_search_itself(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    app, recorder = recorded_app
    token = new_user(store, indices, settings, "sess-counted", ["sec-a", "sec-c"])
    client = client_for(app, token)
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200  # warm
    start = len(recorder.calls)
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200
    calls = [c for c in recorder.since(start) if "saved_searches" not in c[1]]  # off the request
    prefix = settings.index_prefix
    # The search, its snippets, and (since it finds fewer than SUGGEST_BELOW documents) the
    # did-you-mean suggester, which proposes nothing for a made-up word, then the audit record.
    assert [(m, p.split("/")[-1]) for m, p in calls] == [
        ("POST", "_msearch"), ("POST", "_search"), ("POST", "_search"), ("POST", "_search"),
        ("PUT", calls[-1][1].split("/")[-1])], calls
    assert calls[1][1].startswith(f"/{prefix}-documents")
    assert calls[2][1].startswith(f"/{prefix}-pages")
    assert calls[3][1].startswith(f"/{prefix}-documents")
    assert calls[4][1].startswith(f"/{prefix}-audit/_doc/")


def test_a_revoked_token_is_refused_at_the_next_request(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from search.users import UserStore

    token = new_user(store, indices, settings, "sess-revoked", ["sec-a"])
    client = client_for(recorded_app[0], token)
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200
    UserStore(store, indices, settings.secret_key).revoke_tokens("sess-revoked")
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 401


def test_a_grant_taken_away_applies_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from search.users import UserStore

    token = new_user(store, indices, settings, "sess-grants", ["sec-a", "sec-b"])
    client = client_for(recorded_app[0], token)
    assert collections_found(client, "aardvarkalpha OR zebrabravo") == {"sec-a", "sec-b"}
    UserStore(store, indices, settings.secret_key).revoke("sess-grants", "sec-b")
    assert collections_found(client, "aardvarkalpha OR zebrabravo") == {"sec-a"}
    UserStore(store, indices, settings.secret_key).grant("sess-grants", "sec-b")
    assert collections_found(client, "aardvarkalpha OR zebrabravo") == {"sec-a", "sec-b"}


def test_a_cipher_added_applies_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from ingest.job.recipher import recipher_collection
    from search.ciphers import CipherStore

    token = new_user(store, indices, settings, "sess-ciphers", ["sec-c"])
    client = client_for(recorded_app[0], token)

    def people() -> tuple[int, list[str]]:
        result = client.get("/api/search", params={"q": "kestrel"}).json()
        return result["total"], [p for h in result["hits"] for p in h["entities"]["person"]]

    total, named = people()
    assert total == 1 and "Sarah Whitlock" in named
    ciphers = CipherStore(store, settings.index_prefix)
    ciphers.add("sec-c", "Sarah Whitlock", "B7", user="test")
    try:
        # The copy made before the name was protected is withheld at once, never shown in clear.
        assert people() == (0, [])
        recipher_collection(store, settings, "sec-c")
        total, named = people()
        assert total == 1 and "B7" in named and "Sarah Whitlock" not in named
    finally:
        ciphers.remove("sec-c", "Sarah Whitlock")
        recipher_collection(store, settings, "sec-c")
    assert "Sarah Whitlock" in people()[1]


def test_a_tag_set_shows_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    token = new_user(store, indices, settings, "sess-tags", ["sec-a"])
    client = client_for(recorded_app[0], token)
    doc_id = sec_corpus.doc_ids["sec-a"]
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == ([], False)
    assert client.post(f"/api/documents/{doc_id}/tags", json={"tag": "hot"}).status_code == 200
    assert client.put(f"/api/documents/{doc_id}/star").status_code == 200
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == (["hot"], True)
    facet = client.get("/api/search", params={"q": "", "filter": ["tag:hot"]}).json()
    assert [h["id"] for h in facet["hits"]] == [doc_id]


def test_ciphers_read_only_in_part_are_not_used() -> None:
    """More cipher records than one search returns: the store reads the caller's own instead of
    missing a protection (and serving a protected collection in clear)."""
    from search.sessions import _read_ciphers

    hit = {"_source": {"collection": "c", "name": "Harriet Quenby", "cipher": "A1"}}
    assert _read_ciphers({"hits": {"total": {"value": 2}, "hits": [hit]}}) == (None, None)
    ciphers, versions = _read_ciphers({"hits": {"total": {"value": 1}, "hits": [hit]}})
    assert versions == {"c": 0} and ciphers is not None and ciphers[0].cipher == "A1"
    assert _read_ciphers({"error": {"type": "index_not_found_exception"}}) == (None, None)
