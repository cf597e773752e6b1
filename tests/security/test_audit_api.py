"""The audit middleware over a scripted session (every kind of action recorded, the chain
verified, then broken by changing one record), the admin endpoint, and refusing to answer when
the trail cannot be written."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from search.audit import AuditLog, seq_id
from search.audit_verify import verify
from tests.security.conftest import client_for, make_app

pytestmark = pytest.mark.integration


def _records(store, settings, **filters: str) -> list[dict]:  # noqa: ANN001
    store.indices.refresh(index=f"{settings.index_prefix}-audit")
    log = AuditLog(store, settings.index_prefix, settings.secret_key)
    clauses = [{"term": {k: v}} for k, v in filters.items()]
    return log.search(clauses, size=200)["records"]


def test_a_scripted_session_is_recorded_and_the_chain_verifies(
        store, settings, sec_app, sec_corpus, tokens) -> None:  # noqa: ANN001
    from api.cli import app as cli

    reviewer = client_for(sec_app, tokens["reviewer"])
    doc = sec_corpus.doc_ids["sec-a"]
    assert reviewer.get("/api/search", params={"q": "aardvarkalpha", "filter": "type:text"}
                        ).json()["total"] == 1
    assert reviewer.get(f"/api/documents/{doc}").status_code == 200
    assert reviewer.get(f"/api/documents/{doc}/pages/1").status_code == 200
    assert reviewer.get(f"/api/documents/{doc}/file").status_code == 200
    assert reviewer.get("/api/export", params={"q": "aardvarkalpha"}).status_code == 200
    assert reviewer.post(f"/api/documents/{doc}/tags", json={"tag": "audited"}).status_code == 200
    assert reviewer.post("/api/entities/corrections", json={
        "action": "alias", "kind": "person", "key": "marjorie tillingham",
        "alias": "Madge Tillingham", "collection": "sec-a"}).status_code == 201
    stolen = "this-token-was-guessed-" + "x" * 20
    assert client_for(sec_app, stolen).get("/api/search").status_code == 401
    runner = CliRunner()
    assert runner.invoke(cli, ["users", "grant", "sec-reader", "sec-b"]).exit_code == 0
    assert runner.invoke(cli, ["users", "revoke", "sec-reader", "sec-b"]).exit_code == 0

    mine = {r["action"]: r for r in _records(store, settings, user="sec-reviewer")}
    for action in ("search", "document.view", "page.view", "download", "export",
                   "annotation.tags.create", "correction"):
        assert action in mine, action
        assert mine[action]["role"] == "reviewer" and mine[action]["client"] == "testclient"
    search = mine["search"]
    assert search["params"] == {"q": ["aardvarkalpha"], "filter": ["type:text"]}
    assert search["details"] == {"total": 1} and search["status"] == 200
    assert mine["page.view"]["path_params"] == {"doc_id": doc, "number": "1"}
    assert mine["document.view"]["collections"] == ["sec-a"]
    assert mine["correction"]["details"]["body"]["alias"] == "Madge Tillingham"
    assert mine["annotation.tags.create"]["details"]["body"] == {"tag": "audited"}
    failed = [r for r in _records(store, settings, action="login.failed")
              if r["path"] == "/api/search" and r["status"] == 401]
    assert failed
    from search.users import token_id

    # Other tests fail logins on /api/search too: this one's is among them, by its token id.
    assert token_id(settings.secret_key, stolen) in {
        (r.get("details") or {}).get("credential") for r in failed}
    assert all(stolen not in str(r) for r in failed)
    admin_actions = {r["action"]: r for r in _records(store, settings, role="cli")}
    assert admin_actions["users.grant"]["details"] == {"username": "sec-reader",
                                                      "collection": "sec-b"}
    assert admin_actions["users.revoke"]["collections"] == ["sec-b"]

    # The whole chain (API and CLI writers together) verifies, from the CLI too ...
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()
    result = runner.invoke(cli, ["audit", "verify", "--expect",
                                 f"{verdict.head_seq}:{verdict.head_hash}"])
    assert result.exit_code == 0 and "intact" in result.output
    # ... and stops verifying when one record is changed.
    index = f"{settings.index_prefix}-audit"
    original = store.get(index=index, id=seq_id(search["seq"]))["_source"]
    store.index(index=index, id=seq_id(search["seq"]), refresh=True,
                body={**original, "params": {"q": ["something else"]}})
    try:
        result = runner.invoke(cli, ["audit", "verify"])
        assert result.exit_code == 1
        assert f"record {search['seq']}: changed" in result.output
    finally:
        store.index(index=index, id=seq_id(search["seq"]), body=original, refresh=True)
    assert runner.invoke(cli, ["audit", "verify"]).exit_code == 0


def test_the_audit_endpoint_filters(sec_app, sec_corpus, tokens) -> None:  # noqa: ANN001
    admin = client_for(sec_app, tokens["admin"])
    reader = client_for(sec_app, tokens["reader"])
    assert reader.get("/api/search", params={"q": "ledger"}).status_code == 200
    # One annotation of this test's own, so the family filter below has something to filter.
    reviewer = client_for(sec_app, tokens["reviewer"])
    starred = reviewer.put(f"/api/documents/{sec_corpus.doc_ids['sec-a']}/star")
    assert starred.status_code == 200, starred.text
    sec_app.state.client.indices.refresh(index=f"{sec_app.state.settings.index_prefix}-audit")
    page = admin.get("/api/audit", params={"user": "sec-reader", "action": "search",
                                           "size": 5}).json()
    assert page["records"] and all(r["user"] == "sec-reader" and r["action"] == "search"
                                   for r in page["records"])
    seqs = [r["seq"] for r in page["records"]]
    assert seqs == sorted(seqs, reverse=True)
    by_collection = admin.get("/api/audit", params={"collection": "sec-a"}).json()
    assert by_collection["records"] and all("sec-a" in r["collections"]
                                            for r in by_collection["records"])
    family = admin.get("/api/audit", params={"action": "annotation"}).json()
    assert family["records"] and all(r["action"].startswith("annotation.")
                                     for r in family["records"])
    assert any(r["action"].startswith("annotation.star.") and r["user"] == "sec-reviewer"
               for r in family["records"])
    from datetime import UTC, datetime

    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert admin.get("/api/audit", params={"date_from": today}).json()["total"] > 0
    assert admin.get("/api/audit", params={"date_to": "1990"}).json()["total"] == 0
    assert admin.get("/api/audit", params={"date_from": "2024-02-30"}).status_code == 400
    assert "mac" not in page["records"][0]
    assert reader.get("/api/audit").status_code == 403


class _NoAudit:
    """A client whose audit writes fail, everything else passing through."""

    def __init__(self, client) -> None:  # noqa: ANN001
        self._client = client

    def __getattr__(self, name: str) -> object:
        return getattr(self._client, name)

    def index(self, *args: object, **kwargs: object) -> object:
        if "-audit" in str(kwargs.get("index", "")):
            raise ConnectionError("audit index unavailable")
        return self._client.index(*args, **kwargs)


def test_nothing_is_answered_when_the_trail_cannot_be_written(store, settings, sec_corpus,  # noqa: ANN001
                                                              tokens) -> None:  # noqa: ANN001
    from api.app import create_app

    app = create_app(settings, client=_NoAudit(store))
    response = client_for(app, tokens["admin"]).get(
        f"/api/documents/{sec_corpus.doc_ids['sec-a']}/pages/1")
    assert response.status_code == 503
    assert "Tillingham" not in response.text
    assert client_for(app, None).get("/api/health").status_code == 200  # not audited


def test_errors_are_recorded_with_their_status(store, settings, tokens) -> None:  # noqa: ANN001
    app = make_app(store, settings)

    @app.get("/api/boom-audit")
    def boom() -> None:
        raise RuntimeError("boom")

    assert client_for(app, tokens["admin"]).get("/api/boom-audit").status_code == 500
    records = _records(store, settings, path="/api/boom-audit")
    assert records and records[0]["status"] == 500


def test_a_search_is_not_answered_when_its_early_record_cannot_be_written(
        store, settings, sec_corpus, tokens) -> None:  # noqa: ANN001
    """The search starts its record before its snippets are read (api.audit.record_early): the
    answer still waits for it, and is refused when it cannot be stored."""
    from api.app import create_app

    app = create_app(settings, client=_NoAudit(store))
    response = client_for(app, tokens["reviewer"]).get("/api/search",
                                                       params={"q": "aardvarkalpha"})
    assert response.status_code == 503
    assert "Tillingham" not in response.text and "aardvarkalpha" not in response.text


def test_a_search_that_fails_after_its_early_record_is_amended(
        store, settings, sec_corpus, tokens,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An early record says 200 and the count; a search that then fails (its snippets) adds a
    record saying how it ended, naming the first: nothing is rewritten, and the chain holds."""
    from search.documents import DocumentSearch

    def failing(*_args: object, **_kwargs: object) -> dict:
        raise RuntimeError("the snippets search failed")

    monkeypatch.setattr(DocumentSearch, "_snippets", failing)
    app = make_app(store, settings)
    query = "aardvarkalpha OR amendedprobe"
    response = client_for(app, tokens["reviewer"]).get("/api/search", params={"q": query})
    assert response.status_code == 500
    records = [r for r in _records(store, settings, user="sec-reviewer", action="search")
               if r["params"].get("q") == [query]]
    early, amended = sorted(records, key=lambda r: r["seq"])
    assert (early["status"], early["details"]) == (200, {"total": 1})
    assert amended["status"] == 500 and amended["details"]["amends"] == early["seq"]
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()
