"""Issue 12's smaller findings: a search whose history entry could not be listed, and the
engine's own text in error messages."""

from __future__ import annotations

import pytest

from tests.security.conftest import client_for

pytestmark = pytest.mark.integration


def test_a_search_that_cannot_be_listed_leaves_the_history_working(
        sec_corpus, sec_app, tokens) -> None:  # noqa: ANN001
    admin = client_for(sec_app, tokens["admin"])
    assert admin.get("/api/search", params={"q": "carver", "collection": "c" * 1001}
                     ).status_code == 200
    assert admin.get("/api/search", params={"q": "aardvarkalpha"}).status_code == 200
    history = admin.get("/api/search-history")
    assert history.status_code == 200
    assert "aardvarkalpha" in history.text and "c" * 1001 not in history.text


@pytest.mark.parametrize("q", [" ".join(["w*"] * 150), "a" + "?" * 60 + "*b*c*d*e*f"])
def test_refusals_are_told_in_dockets_words(sec_corpus, sec_app, tokens, q: str) -> None:  # noqa: ANN001
    reader = client_for(sec_app, tokens["reader"])
    response = reader.get("/api/search", params={"q": q})
    text = response.text.lower()
    for word in ("automaton", "determiniz", "opensearch", "lucene", "exception", "clause"):
        assert word not in text, (response.status_code, response.text[:300])


def test_batch_bodies_of_every_type_are_audited(sec_corpus, sec_app, tokens, store,  # noqa: ANN001
                                                settings) -> None:  # noqa: ANN001
    from search.audit import AuditLog

    reader = client_for(sec_app, tokens["reader"])
    sent = {"json": "Zorbatrix Quillane", "csv": "Morvane Tiddesley",
            "multipart": "Hesketh Pallindrew"}
    assert reader.post("/api/batch-search", json={"names": [sent["json"]]}).status_code == 200
    assert reader.post("/api/batch-search", content=f"{sent['csv']}\n",
                       headers={"content-type": "text/csv"}).status_code == 200
    assert reader.post("/api/batch-search", files={"file": (
        "names.csv", f"{sent['multipart']}\n", "text/csv")}).status_code == 200
    log = AuditLog(store, settings.index_prefix, settings.secret_key)
    store.indices.refresh(index=f"{settings.index_prefix}-audit")
    records = log.search([{"term": {"user": "sec-reader"}}], size=500)["records"]
    trail = str([r for r in records if r.get("path") == "/api/batch-search"])
    assert all(name in trail for name in sent.values()), trail[:600]
