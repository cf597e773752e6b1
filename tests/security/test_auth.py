"""Users, tokens and grants from the CLI; failed sign-ins limited per address; the authenticator
seam; the gate in front of every /api route."""

from __future__ import annotations

import pytest
from fastapi import Request
from typer.testing import CliRunner

from api.limits import FailureLimiter
from search.users import User
from tests.security.conftest import client_for, make_app

pytestmark = pytest.mark.integration


def test_the_limiter_counts_failures_in_a_sliding_window(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr("api.limits.time.monotonic", lambda: clock[0])
    limiter = FailureLimiter(limit=2, window=60)
    limiter.fail("a")
    clock[0] += 10
    limiter.fail("a")
    assert limiter.retry_after("a") == 50 and limiter.retry_after("b") == 0
    clock[0] += 51
    assert limiter.retry_after("a") == 0


def test_failed_sign_ins_are_limited_per_address(store, settings, tokens, sec_corpus) -> None:  # noqa: ANN001
    app = make_app(store, settings, auth_failure_limit=3, auth_failure_window_s=60)
    guesser = client_for(app, "guess", address="10.9.9.9")
    assert [guesser.get("/api/search").status_code for _ in range(3)] == [401, 401, 401]
    refused = guesser.get("/api/search")
    assert refused.status_code == 429 and 1 <= int(refused.headers["Retry-After"]) <= 60
    # While it waits, even a valid token from that address learns nothing.
    assert client_for(app, tokens["reader"], address="10.9.9.9").get(
        "/api/collections").status_code == 429
    assert client_for(app, tokens["reader"], address="10.1.1.1").get(
        "/api/collections").status_code == 200
    # No token at all is not a guess: it does not count.
    anonymous = client_for(app, None, address="10.2.2.2")
    assert {anonymous.get("/api/search").status_code for _ in range(5)} == {401}


def test_tokens_are_stored_only_as_hashes(store, indices, settings, tokens) -> None:  # noqa: ANN001
    source = store.get(index=indices.users, id="sec-reader")["_source"]
    assert tokens["reader"] not in str(source)
    assert len(source["token_hashes"][0]) == 64


def test_users_from_the_cli(store, indices, settings, sec_app, sec_corpus) -> None:  # noqa: ANN001
    from api.cli import app as cli

    runner = CliRunner()
    added = runner.invoke(cli, ["users", "add", "sec-cli-user", "--role", "reader",
                                "--collection", "sec-a"])
    assert added.exit_code == 0
    token = added.output.strip().splitlines()[-1]
    client = client_for(sec_app, token)
    doc_a, doc_b = sec_corpus.doc_ids["sec-a"], sec_corpus.doc_ids["sec-b"]
    assert client.get(f"/api/documents/{doc_a}").status_code == 200
    assert client.get(f"/api/documents/{doc_b}").status_code == 404
    assert runner.invoke(cli, ["users", "grant", "sec-cli-user", "sec-b"]).exit_code == 0
    assert client.get(f"/api/documents/{doc_b}").status_code == 200
    assert runner.invoke(cli, ["users", "revoke", "sec-cli-user", "sec-b"]).exit_code == 0
    assert client.get(f"/api/documents/{doc_b}").status_code == 404
    second = runner.invoke(cli, ["users", "token", "sec-cli-user"]).output.strip().splitlines()[-1]
    assert client_for(sec_app, second).get("/api/me").json()["username"] == "sec-cli-user"
    revoked = runner.invoke(cli, ["users", "revoke", "sec-cli-user", "--tokens"])
    assert revoked.exit_code == 0 and "2 token(s)" in revoked.output
    assert client.get("/api/me").status_code == 401
    assert client_for(sec_app, second).get("/api/me").status_code == 401
    assert runner.invoke(cli, ["users", "clearance", "sec-cli-user", "--cleared"]).exit_code == 0
    from search.users import UserStore

    assert UserStore(store, indices, settings.secret_key).get("sec-cli-user").cleared
    assert runner.invoke(cli, ["users", "revoke", "sec-cli-user"]).exit_code == 1
    assert runner.invoke(cli, ["users", "grant", "nobody-here", "sec-a"]).exit_code == 1
    assert runner.invoke(cli, ["users", "add", "x", "--role", "root"]).exit_code == 1
    listed = runner.invoke(cli, ["users", "list"])
    assert "sec-cli-user" in listed.output and token not in listed.output


class HeaderAuthenticator:
    """A stand-in for OIDC: whoever the (trusted, in this test) header names."""

    def authenticate(self, request: Request) -> User | None:
        name = request.headers.get("x-test-user")
        return User(name, "reader", ("sec-a",)) if name else None


def test_another_authenticator_plugs_in(store, settings, sec_corpus) -> None:  # noqa: ANN001
    app = make_app(store, settings)
    app.state.authenticator = HeaderAuthenticator()
    client = client_for(app, None)
    assert client.get("/api/me", headers={"x-test-user": "oidc-person"}).json() == {
        "username": "oidc-person", "role": "reader", "collections": ["sec-a"], "cleared": False}
    assert client.get("/api/me").status_code == 401


def test_the_gate_answers_before_validation_and_routing(sec_app) -> None:  # noqa: ANN001
    anonymous = client_for(sec_app, None)
    # Without a token: 401 whatever is wrong with the request, and whether the path exists or not.
    assert anonymous.post("/api/collections", content=b"{not json").status_code == 401
    assert anonymous.get("/api/no-such-route").status_code == 401
    assert anonymous.get("/api/documents/..%2F..%2Fetc%2Fpasswd").status_code == 401
    assert anonymous.get("/api/health").status_code == 200
