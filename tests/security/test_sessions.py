"""No round trip per search besides the search itself (search.sessions: a session kept between
requests, checked inside the search's own ``_msearch``), and nothing kept outlives a change: a
revoked token, a grant taken away, clearance, a cipher added, a tag set or a star apply to the
very next request. Every test below first makes the token's session kept (``kept``), so the
change lands between two searches answered from the cache."""

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


def kept(client: TestClient, settings: Settings, token: str) -> None:
    """Search until the token's session is kept (its second search keeps it)."""
    from search.indices import Indices
    from search.sessions import is_kept

    for _ in range(2):
        assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200
    assert is_kept(Indices(settings.index_prefix), settings.secret_key, token)


def collections_found(client: TestClient, q: str) -> set[str]:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    return {hit["collection"] for hit in response.json()["hits"]}


def test_a_kept_session_makes_no_request_besides_the_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    app, recorder = recorded_app
    token = new_user(store, indices, settings, "sess-counted", ["sec-a", "sec-c"])
    client = client_for(app, token)
    prefix = settings.index_prefix
    start = len(recorder.calls)
    # The first search reads the session as before (token, ciphers: one _msearch) and notes
    # whose the token is; the second reads the stamps, then the session with the tag sets,
    # and keeps it.
    kept(client, settings, token)
    cold = [p for _m, p in recorder.since(start) if "saved_searches" not in p]
    assert cold.count(f"/{prefix}-stamps/_search") == 1 and cold.count("/_msearch") == 2
    start = len(recorder.calls)
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200
    calls = [c for c in recorder.since(start) if "saved_searches" not in c[1]]  # off the request
    # The documents search with the session's stamps in one _msearch, its snippets, and (since
    # it finds fewer than SUGGEST_BELOW documents) the did-you-mean suggester, which proposes
    # nothing for a made-up word; the audit record is written beside the snippets search.
    audit = [c for c in calls if c[0] == "PUT"]
    assert len(audit) == 1 and audit[0][1].startswith(f"/{prefix}-audit/_doc/"), calls
    searches = [c for c in calls if c[0] != "PUT"]
    assert searches == [("POST", "/_msearch"), ("POST", f"/{prefix}-pages/_search"),
                        ("POST", f"/{prefix}-documents/_search")], calls
    assert calls.index(audit[0]) >= 1  # after the documents were counted


def test_a_revoked_token_is_refused_at_the_next_request(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from search.users import UserStore

    token = new_user(store, indices, settings, "sess-revoked", ["sec-a"])
    client = client_for(recorded_app[0], token)
    kept(client, settings, token)
    UserStore(store, indices, settings.secret_key).revoke_tokens("sess-revoked")
    assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 401


def test_a_chronology_page_is_one_request_and_a_revoked_token_is_refused_at_the_next(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from search.users import UserStore

    app, recorder = recorded_app
    token = new_user(store, indices, settings, "sess-chronology", ["sec-a"])
    client = client_for(app, token)
    kept(client, settings, token)
    start = len(recorder.calls)
    assert client.get("/api/chronology", params={"collection": "sec-a"}).status_code == 200
    calls = recorder.since(start)
    # The facts' search with the kept session's stamps in one _msearch, and the audit record.
    assert [c for c in calls if c[0] != "PUT"] == [("POST", "/_msearch")], calls
    assert [c[1].split("/")[1] for c in calls if c[0] == "PUT"] == [f"{settings.index_prefix}-audit"]
    UserStore(store, indices, settings.secret_key).revoke_tokens("sess-chronology")
    assert client.get("/api/chronology", params={"collection": "sec-a"}).status_code == 401


def test_a_grant_taken_away_applies_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    from search.users import UserStore

    token = new_user(store, indices, settings, "sess-grants", ["sec-a", "sec-b"])
    client = client_for(recorded_app[0], token)
    kept(client, settings, token)
    assert collections_found(client, "aardvarkalpha OR zebrabravo") == {"sec-a", "sec-b"}
    UserStore(store, indices, settings.secret_key).revoke("sess-grants", "sec-b")
    assert collections_found(client, "aardvarkalpha OR zebrabravo") == {"sec-a"}
    kept(client, settings, token)
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

    kept(client, settings, token)
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
    kept(client, settings, token)
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == ([], False)
    assert client.post(f"/api/documents/{doc_id}/tags", json={"tag": "hot"}).status_code == 200
    assert client.put(f"/api/documents/{doc_id}/star").status_code == 200
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == (["hot"], True)
    facet = client.get("/api/search", params={"q": "", "filter": ["tag:hot"]}).json()
    assert [h["id"] for h in facet["hits"]] == [doc_id]


def test_another_reviewers_coding_shows_in_the_facets_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app,  # noqa: ANN001
        tokens: dict[str, str]) -> None:
    """The coding facets' values are kept with the session (search.coding): a value another
    reviewer gives is counted at the kept session's very next search."""
    token = new_user(store, indices, settings, "sess-coding", ["sec-a"])
    client, admin = client_for(recorded_app[0], token), client_for(recorded_app[0], tokens["admin"])
    doc_id = sec_corpus.doc_ids["sec-a"]
    kept(client, settings, token)
    # The relevance field stays: the access matrix's batches (tests/security/conftest.py) have
    # coded sec-a with it, and a scheme may not drop a field in use.
    assert admin.put("/api/collections/sec-a/coding-scheme", json={"fields": [
        {"name": "coding.relevance"},
        {"name": "coding.issue", "choices": ["strategy meetings"]}]}).status_code == 200
    assert admin.put(f"/api/documents/{doc_id}/coding", json={
        "values": {"coding.issue": ["strategy meetings"]}}).status_code == 200
    facets = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["facets"]
    assert {f["value"]: f["count"] for f in facets["coding.issue"]} == {"strategy meetings": 1}


def test_ciphers_read_only_in_part_are_not_used() -> None:
    """More cipher records than one search returns: the store reads the caller's own instead of
    missing a protection (and serving a protected collection in clear)."""
    from search.sessions import _read_ciphers

    hit = {"_source": {"collection": "c", "name": "Harriet Quenby", "cipher": "A1"}}
    assert _read_ciphers({"hits": {"total": {"value": 2}, "hits": [hit]}}) == (None, None)
    ciphers, versions = _read_ciphers({"hits": {"total": {"value": 1}, "hits": [hit]}})
    assert versions == {"c": 0} and ciphers is not None and ciphers[0].cipher == "A1"
    assert _read_ciphers({"error": {"type": "index_not_found_exception"}}) == (None, None)


def test_a_star_and_a_tag_removed_show_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    token = new_user(store, indices, settings, "sess-star", ["sec-a"])
    client = client_for(recorded_app[0], token)
    doc_id = sec_corpus.doc_ids["sec-a"]
    assert client.post(f"/api/documents/{doc_id}/tags", json={"tag": "warm"}).status_code == 200
    kept(client, settings, token)
    assert client.put(f"/api/documents/{doc_id}/star").status_code == 200
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == (["warm"], True)
    kept(client, settings, token)
    assert client.delete(f"/api/documents/{doc_id}/tags/warm").status_code == 200
    hit = client.get("/api/search", params={"q": "aardvarkalpha"}).json()["hits"][0]
    assert (hit["tags"], hit["starred"]) == ([], True)


def test_clearance_taken_away_applies_at_the_next_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    """A kept session of a cleared user: clearance withdrawn, the next search answers as for
    an uncleared user (the collection's copy under a cipher version nobody has written yet is
    withheld, rather than served in clear)."""
    from search.ciphers import CipherStore
    from search.users import UserStore

    users = UserStore(store, indices, settings.secret_key)
    token = users.add("sess-cleared", "reviewer", ["sec-c"], cleared=True)
    client = client_for(recorded_app[0], token)
    ciphers = CipherStore(store, settings.index_prefix)
    ciphers.add("sec-c", "Oswald Pargeter", "C9", user="test")
    try:
        kept(client, settings, token)
        assert client.get("/api/search", params={"q": "kestrel"}).json()["total"] == 1
        users.set_cleared("sess-cleared", False)
        assert client.get("/api/search", params={"q": "kestrel"}).json()["total"] == 0
    finally:
        ciphers.remove("sec-c", "Oswald Pargeter")


def test_a_revoked_token_is_refused_on_every_path_of_the_search(
        store, indices, settings: Settings, sec_corpus: Ingested, recorded_app) -> None:  # noqa: ANN001
    """After revocation, a kept session answers nothing: not a next page (a cursor), not a
    query error, not a filter refused before any read."""
    from search.users import UserStore

    token = new_user(store, indices, settings, "sess-paths", ["sec-a", "sec-b"])
    client = client_for(recorded_app[0], token)
    kept(client, settings, token)
    first = client.get("/api/search", params={"q": "aardvarkalpha OR zebrabravo", "size": 1})
    cursor = first.json()["next"]
    assert cursor
    UserStore(store, indices, settings.secret_key).revoke_tokens("sess-paths")
    for params in ({"q": "aardvarkalpha OR zebrabravo", "size": 1, "cursor": cursor},
                   {"q": 'person:"no such person here"'}, {"q": "(unclosed"},
                   {"q": "x", "filter": ["nocolon"]}):
        assert client.get("/api/search", params=params).status_code == 401, params
    from search.indices import Indices
    from search.sessions import is_kept

    assert not is_kept(Indices(settings.index_prefix), settings.secret_key, token)


def test_a_refused_token_is_never_kept(settings: Settings, recorded_app) -> None:  # noqa: ANN001
    from search.indices import Indices
    from search.sessions import is_kept

    client = client_for(recorded_app[0], "not-a-token-of-anyone-" + "y" * 20)
    for _ in range(3):
        assert client.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 401
    assert not is_kept(Indices(settings.index_prefix), settings.secret_key,
                       "not-a-token-of-anyone-" + "y" * 20)


def test_the_session_cache_is_bounded_least_recently_used_first() -> None:
    from search.sessions import Session, SessionCache
    from search.users import User

    cache = SessionCache(2)
    sessions = [Session(User(f"u{i}", "reader", ()), (), {}, [], False) for i in range(3)]
    cache.put(("p", "a"), sessions[0])
    cache.put(("p", "b"), sessions[1])
    assert cache.get(("p", "a")) is sessions[0]  # used: "b" is now the oldest
    cache.put(("p", "c"), sessions[2])
    assert cache.get(("p", "b")) is None
    assert cache.get(("p", "a")) is sessions[0] and cache.get(("p", "c")) is sessions[2]
    cache.drop(("p", "a"))
    assert cache.get(("p", "a")) is None


def test_a_stale_kept_session_is_never_used() -> None:
    """The check fails when any stamp differs, or cannot be read."""
    from search.scoped import Caller, Preloaded, ScopedStore, SessionCheck, StaleSession
    from search.stamps import read_stamps

    sources = ("users", "ciphers")
    held = {"users": "a", "ciphers": "b"}
    check = SessionCheck("p-stamps", {}, lambda r: read_stamps(r, sources) == held)

    def answer(stamps: dict[str, str]) -> dict:
        return {"hits": {"hits": [{"_id": k, "_source": {"stamp": v}} for k, v in stamps.items()]}}

    class Client:
        def __init__(self, stamps: dict | None) -> None:
            self.stamps = stamps

        def search(self, **_kwargs: object) -> dict:
            return {"error": {"type": "index_not_found_exception"}} if self.stamps is None \
                else answer(self.stamps)

    caller = Caller("u", ("c",))
    for stamps, holds in ((held, True), ({"users": "a", "ciphers": "z"}, False),
                          ({"users": "a"}, False), (None, False)):
        store = ScopedStore(Client(stamps), None, caller, Preloaded(check=check))  # type: ignore[arg-type]
        assert store.session_holds() is holds
        assert store.session_holds()  # checked once per request
        store = ScopedStore(Client(stamps), None, caller, Preloaded(check=check))  # type: ignore[arg-type]
        if holds:
            store.verify()
        else:
            with pytest.raises(StaleSession):
                store.verify()
