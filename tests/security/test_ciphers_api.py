"""Ciphers end to end: "Harriet Quenby" is protected in sec-c as A1. A reviewer without clearance
sees A1 in every answer and cannot find the name; a cleared reviewer sees the name."""

from __future__ import annotations

import pytest

from tests.security.conftest import Ingested, client_for

pytestmark = pytest.mark.integration
HIDDEN = ("quenby", "harriet")


@pytest.fixture(scope="module")
def protected(store, settings, sec_corpus: Ingested):  # noqa: ANN001, ANN201
    from ingest.job.recipher import recipher_collection
    from search.ciphers import CipherStore

    ciphers = CipherStore(store, settings.index_prefix)
    ciphers.add("sec-c", "Harriet Quenby", "A1", user="test")
    recipher_collection(store, settings, "sec-c")  # as `docket ciphers add` does
    yield sec_corpus
    ciphers.remove("sec-c", "Harriet Quenby")  # other tests' users see every collection
    recipher_collection(store, settings, "sec-c")


@pytest.fixture(scope="module")
def uncleared(sec_app, tokens):  # noqa: ANN001, ANN201
    return client_for(sec_app, tokens["uncleared"])


@pytest.fixture(scope="module")
def cleared(sec_app, tokens):  # noqa: ANN001, ANN201
    return client_for(sec_app, tokens["cleared"])


def assert_hidden(text: str) -> None:
    found = [word for word in HIDDEN if word in text.lower()]
    assert not found, f"{found} in {text[:400]}"


def test_search_shows_the_cipher_in_snippets_chips_and_facets(protected, uncleared,  # noqa: ANN001
                                                              cleared) -> None:  # noqa: ANN001
    response = uncleared.get("/api/search", params={"q": "kestrel"})
    assert response.status_code == 200
    assert_hidden(response.text)
    result = response.json()
    assert result["total"] == 1
    hit = result["hits"][0]
    assert "A1" in hit["entities"]["person"]
    assert "A1" in {f["value"] for f in result["facets"]["person"]}
    assert "<mark>kestrel</mark>" in hit["snippets"][0]["html"]
    assert "A1" in hit["snippets"][0]["html"]
    plain = cleared.get("/api/search", params={"q": "kestrel"}).json()
    assert "Harriet Quenby" in plain["hits"][0]["entities"]["person"]


@pytest.mark.parametrize("q", ["Quenby", "Harriet Quenby", '"Harriet Quenby"', "Quenb*",
                               "Qeunby~1", 'person:"Harriet Quenby"', "person:Quenby",
                               "Harriet", "harriet.quenby@example.org", "Quénby", "Qu*by",
                               "quenb?", "Quenbey~1"])
def test_a_search_by_the_real_name_finds_nothing(protected, uncleared, cleared,  # noqa: ANN001
                                                  q: str) -> None:
    assert cleared.get("/api/search", params={"q": q}).json()["total"] == 1
    response = uncleared.get("/api/search", params={"q": q})
    assert response.status_code == 200 and response.json()["total"] == 0


def test_a_filter_by_the_real_name_finds_nothing(protected, uncleared) -> None:  # noqa: ANN001
    real = uncleared.get("/api/search", params={"filter": "person:Harriet Quenby"}).json()
    assert real["total"] == 0
    by_cipher = uncleared.get("/api/search", params={"filter": "person:A1"}).json()
    assert by_cipher["total"] == 1  # a facet value clicked comes back as A1


def test_searching_the_cipher_finds_and_marks_it(protected, uncleared) -> None:  # noqa: ANN001
    response = uncleared.get("/api/search", params={"q": "A1"})
    assert_hidden(response.text)
    result = response.json()
    assert result["total"] == 1
    assert "<mark>A1</mark>" in result["hits"][0]["snippets"][0]["html"]


def test_page_text_and_document(protected, uncleared, cleared) -> None:  # noqa: ANN001
    doc = protected.doc_ids["sec-c"]
    page = uncleared.get(f"/api/documents/{doc}/pages/1", params={"q": "kestrel"})
    assert page.status_code == 200
    assert_hidden(page.text)
    body = page.json()
    assert "A1@example.org" in body["html"] and "Miss A1" in body["html"]
    assert body["hits"] == body["html"].count("<mark>") == 2
    document = uncleared.get(f"/api/documents/{doc}")
    assert_hidden(document.text)
    people = {e["text"] for e in document.json()["entities"] if e["kind"] == "person"}
    assert people == {"A1", "Sarah Whitlock"}
    assert "Quenby" in cleared.get(f"/api/documents/{doc}/pages/1").text


def test_entities(protected, uncleared, cleared) -> None:  # noqa: ANN001
    for q in ("Quenby", "Harriet Quenby", "Hariet Quenbey"):
        response = uncleared.get("/api/entities", params={"q": q})
        assert response.status_code == 200
        assert response.json()["results"] == [], q
        assert_hidden(response.text.replace(q.lower(), "").replace(q, ""))
    assert uncleared.get("/api/entities/person/harriet quenby").status_code == 404
    page = uncleared.get("/api/entities/person/A1")
    assert page.status_code == 200
    assert_hidden(page.text)
    # The cipher's entity, from the ciphered copy: its key is the cipher's key, as any name's.
    assert page.json()["key"] == "a1" and page.json()["text"] == "A1"
    assert page.json()["mention_count"] >= 1
    assert {v["text"] for v in page.json()["variants"]} <= {"A1"}
    graph = uncleared.get("/api/graph", params={"q": "kestrel"})
    assert graph.status_code == 200
    assert_hidden(graph.text)
    assert "harriet quenby" in cleared.get("/api/entities", params={"q": "Quenby"}).text.lower()


def test_originals_need_clearance_and_exports_are_ciphered(protected, uncleared,  # noqa: ANN001
                                                           cleared) -> None:  # noqa: ANN001
    doc = protected.doc_ids["sec-c"]
    refused = uncleared.get(f"/api/documents/{doc}/file")
    assert refused.status_code == 403 and "cleared" in refused.json()["detail"]
    assert cleared.get(f"/api/documents/{doc}/file").status_code == 200
    assert uncleared.get("/api/export", params={"format": "zip"}).status_code == 403
    for fmt in ("csv", "json"):
        export = uncleared.get("/api/export", params={"format": fmt})
        assert export.status_code == 200
        assert "A1" in export.text
        assert_hidden(export.text)


def test_cleared_users_and_admins_pass_straight_through(protected, cleared, sec_app,  # noqa: ANN001
                                                        tokens) -> None:  # noqa: ANN001
    assert cleared.get("/api/me").json()["cleared"] is True
    admin = client_for(sec_app, tokens["admin"])
    assert admin.get("/api/search", params={"q": "Quenby", "collection": "sec-c"}).json()[
        "total"] == 1


def test_annotations_work_through_the_ciphers(protected, uncleared) -> None:  # noqa: ANN001
    doc = protected.doc_ids["sec-c"]
    note = uncleared.post(f"/api/documents/{doc}/notes", json={"text": "Harriet Quenby again"})
    # What the user wrote comes back as written: ciphering it would say the name is protected.
    assert note.status_code == 201 and note.json()["text"] == "Harriet Quenby again"
    deleted = uncleared.delete(f"/api/documents/{doc}/notes/{note.json()['id']}")
    assert deleted.status_code == 204 and deleted.content == b""


def test_what_was_typed_comes_back_as_typed(protected, uncleared) -> None:  # noqa: ANN001
    doc = protected.doc_ids["sec-c"]
    for q in ("qu*", "qx*", "Harriet Quenby"):
        hits = uncleared.get(f"/api/documents/{doc}/hits", params={"q": q})
        assert hits.status_code == 200 and hits.json()["q"] == q and hits.json()["pages"] == []
    missing = {name: uncleared.get(f"/api/entities/person/{name}") for name in (
        "harriet quenby", "harriet quenbx")}
    assert [r.status_code for r in missing.values()] == [404, 404]
    assert [r.json()["detail"].replace(n, "") for n, r in missing.items()] == [
        missing["harriet quenbx"].json()["detail"].replace("harriet quenbx", "")] * 2


def test_batch_search_of_the_name_is_a_name_not_found(protected, uncleared) -> None:  # noqa: ANN001
    names = ["Harriet Quenby", "Hariet Quenbey", "Harriet Quenbx", "A1"]
    response = uncleared.post("/api/batch-search", json={"names": names})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["name"] for r in results] == names  # as sent, not rewritten
    assert [r["documents"] for r in results] == [0, 0, 0, 1]


def test_a_change_of_names_withholds_the_collection_until_re_ciphered(
        protected, uncleared, store, settings) -> None:  # noqa: ANN001
    from ingest.job.recipher import recipher_collection
    from search.ciphers import CipherStore

    doc = protected.doc_ids["sec-c"]
    ciphers = CipherStore(store, settings.index_prefix)
    ciphers.add("sec-c", "Oswald Pargeter", "B7", user="test")
    try:
        # The copy was made before Pargeter was protected: withheld, not served in clear.
        assert uncleared.get("/api/search", params={"q": "kestrel"}).json()["total"] == 0
        assert uncleared.get(f"/api/documents/{doc}").status_code == 404
        job = recipher_collection(store, settings, "sec-c")
        assert job["documents"] == 1
        page = uncleared.get(f"/api/documents/{doc}/pages/1")
        assert page.status_code == 200 and "B7" in page.text and "Pargeter" not in page.text
        assert uncleared.get(f"/api/jobs/{job['id']}").json()["counts"]["indexed"] == 1
    finally:
        ciphers.remove("sec-c", "Oswald Pargeter")
        recipher_collection(store, settings, "sec-c")
    assert "Pargeter" in uncleared.get(f"/api/documents/{doc}/pages/1").text


def test_coding_notes_do_not_show_a_protected_name(protected, uncleared, cleared, sec_app,  # noqa: ANN001
                                                   tokens) -> None:  # noqa: ANN001
    """A cleared reviewer's free-text coding may name the protected person: an uncleared one sees
    the cipher, cannot find the document by the name, and the export withholds the text."""
    doc = protected.doc_ids["sec-c"]
    admin = client_for(sec_app, tokens["admin"])
    admin.put("/api/collections/sec-c/coding-scheme", json={"fields": [
        {"name": "coding.relevance"}, {"name": "coding.note"}]}).raise_for_status()
    cleared.put(f"/api/documents/{doc}/coding", json={"values": {
        "coding.relevance": "relevant", "coding.note": "Harriet Quenby gave this account"}},
    ).raise_for_status()
    assert cleared.get("/api/search", params={"q": "coding.note:quenby"}).json()["total"] == 1
    assert uncleared.get("/api/search", params={"q": "coding.note:quenby"}).json()["total"] == 0
    assert uncleared.get("/api/search",
                         params={"q": "coding.relevance:relevant"}).json()["total"] == 1
    shown = uncleared.get(f"/api/documents/{doc}/coding")
    assert shown.status_code == 200 and "A1" in shown.text
    assert_hidden(shown.text)
    export = uncleared.get("/api/export", params={"format": "csv",
                                                  "q": "coding.relevance:relevant"})
    assert export.status_code == 200 and "relevant" in export.text
    assert_hidden(export.text)
