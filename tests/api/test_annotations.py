"""Tags, notes and stars per user; saved searches and search history; the tag facet and filter."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.conftest import client_as_new_user

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def counsel(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return client_as_new_user(app, store, indices, settings, "counsel-a", "reviewer", ["sample"])


@pytest.fixture(scope="module")
def colleague(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return client_as_new_user(app, store, indices, settings, "counsel-b", "reviewer", ["sample"])


@pytest.fixture(scope="module")
def reader(app, store, indices, settings) -> TestClient:  # noqa: ANN001
    return client_as_new_user(app, store, indices, settings, "reader-c", "reader", ["sample"])


@pytest.fixture(scope="module")
def two_pdfs(counsel, sample_job) -> list[str]:  # noqa: ANN001
    hits = counsel.get("/api/search", params={"filter": "type:pdf", "sort": "date_asc",
                                              "size": 2}).json()["hits"]
    return [hit["id"] for hit in hits]


def test_tags_are_per_user_and_feed_the_filter_and_facet(counsel, colleague, two_pdfs) -> None:  # noqa: ANN001
    first, second = two_pdfs
    assert counsel.post(f"/api/documents/{first}/tags", json={"tag": "Key  document"}).json() == {
        "document_id": first, "tags": ["Key document"]}
    counsel.post(f"/api/documents/{second}/tags", json={"tag": "key document"})  # the same tag
    counsel.post(f"/api/documents/{second}/tags", json={"tag": "privileged?"})
    assert counsel.get(f"/api/documents/{second}/tags").json()["tags"] == ["Key document", "privileged?"]
    assert colleague.get(f"/api/documents/{second}/tags").json()["tags"] == []

    by_query = counsel.get("/api/search", params={"q": 'tag:"key document"'}).json()
    assert {h["id"] for h in by_query["hits"]} == {first, second}
    by_filter = counsel.get("/api/search", params={"filter": "tag:Key document"}).json()
    assert by_filter["total"] == 2
    facet = {f["value"]: f["count"] for f in by_filter["facets"]["tag"]}
    assert facet == {"Key document": 2, "privileged?": 1}
    narrowed = counsel.get("/api/search", params={"filter": ["tag:Key document", "type:pdf"],
                                                  "q": 'NOT tag:"privileged?"'}).json()
    assert {h["id"] for h in narrowed["hits"]} == {first}
    assert colleague.get("/api/search", params={"q": 'tag:"key document"'}).json()["total"] == 0
    listed = {t["tag"]: t["count"] for t in counsel.get("/api/tags").json()}
    assert listed == {"Key document": 2, "privileged?": 1}

    after = counsel.delete(f"/api/documents/{second}/tags/{quote('KEY DOCUMENT')}").json()
    assert after["tags"] == ["privileged?"]
    assert counsel.get("/api/search", params={"q": 'tag:"key document"'}).json()["total"] == 1
    counsel.delete(f"/api/documents/{second}/tags/{quote('privileged?', safe='')}")
    assert [t["tag"] for t in counsel.get("/api/tags").json()] == ["Key document"]


def test_stars(counsel, two_pdfs) -> None:  # noqa: ANN001
    first, _ = two_pdfs
    assert counsel.get(f"/api/documents/{first}/star").json()["starred"] is False
    assert counsel.put(f"/api/documents/{first}/star").json()["starred"] is True
    starred = counsel.get("/api/search", params={"filter": "star:yes"}).json()
    assert [h["id"] for h in starred["hits"]] == [first] and starred["hits"][0]["starred"]
    assert starred["facets"]["star"] == [{"value": "yes", "count": 1}]
    assert counsel.delete(f"/api/documents/{first}/star").json()["starred"] is False
    assert counsel.get("/api/search", params={"filter": "star:yes"}).json()["total"] == 0


def test_notes_are_private_and_deletable_by_their_author(counsel, colleague, two_pdfs) -> None:  # noqa: ANN001
    first, _ = two_pdfs
    note = counsel.post(f"/api/documents/{first}/notes", json={"text": "Ask about the van", "page": 1})
    assert note.status_code == 201
    body = note.json()
    assert body["page"] == 1 and body["user"] == "counsel-a" and body["text"] == "Ask about the van"
    assert [n["id"] for n in counsel.get(f"/api/documents/{first}/notes").json()] == [body["id"]]
    assert colleague.get(f"/api/documents/{first}/notes").json() == []
    assert colleague.delete(f"/api/documents/{first}/notes/{body['id']}").status_code == 404
    assert counsel.post(f"/api/documents/{first}/notes", json={"text": "x", "page": 999}).status_code == 422
    assert counsel.post(f"/api/documents/{first}/notes", json={"text": "   "}).status_code == 422
    assert counsel.delete(f"/api/documents/{first}/notes/{body['id']}").status_code == 204
    assert counsel.get(f"/api/documents/{first}/notes").json() == []


def test_readers_read_but_do_not_annotate(reader, two_pdfs) -> None:  # noqa: ANN001
    first, _ = two_pdfs
    assert reader.get(f"/api/documents/{first}/tags").status_code == 200
    assert reader.post(f"/api/documents/{first}/tags", json={"tag": "x"}).status_code == 403
    assert reader.put(f"/api/documents/{first}/star").status_code == 403
    assert reader.post(f"/api/documents/{first}/notes", json={"text": "x"}).status_code == 403


def test_annotations_follow_collection_grants(app, store, indices, settings, two_pdfs) -> None:  # noqa: ANN001
    outsider = client_as_new_user(app, store, indices, settings, "outsider", "reviewer", ["elsewhere"])
    first, _ = two_pdfs
    for call in (outsider.get(f"/api/documents/{first}/tags"),
                 outsider.post(f"/api/documents/{first}/tags", json={"tag": "x"}),
                 outsider.get(f"/api/documents/{first}/notes"),
                 outsider.put(f"/api/documents/{first}/star")):
        assert call.status_code == 404


def test_saved_searches(counsel, colleague) -> None:  # noqa: ANN001
    created = counsel.post("/api/saved-searches", json={
        "name": "Van sightings", "q": '"blue van"', "filters": ["type:pdf"],
        "date_from": "1995", "sort": "date"})
    assert created.status_code == 201
    saved = created.json()
    assert saved["id"].startswith("saved-") and saved["filters"] == ["type:pdf"]
    assert [s["name"] for s in counsel.get("/api/saved-searches").json()] == ["Van sightings"]
    assert colleague.get("/api/saved-searches").json() == []
    assert colleague.delete(f"/api/saved-searches/{saved['id']}").status_code == 404
    assert counsel.post("/api/saved-searches", json={"name": "bad", "date_from": "1995-13-99"}
                        ).status_code == 422
    assert counsel.delete(f"/api/saved-searches/{saved['id']}").status_code == 204
    assert counsel.get("/api/saved-searches").json() == []


def test_search_history_keeps_one_line_per_search(counsel, sample_job) -> None:  # noqa: ANN001
    counsel.delete("/api/search-history")
    for q in ("Stokes", "Carver", "Stokes"):
        counsel.get("/api/search", params={"q": q, "filter": "type:pdf"})
    counsel.get("/api/search", params={"q": "Carver", "filter": "type:pdf", "page": 2})  # not new
    history = counsel.get("/api/search-history").json()
    assert [h["q"] for h in history] == ["Stokes", "Carver"]
    assert history[0]["filters"] == ["type:pdf"] and history[0]["total"] >= 1
    assert counsel.delete("/api/search-history").json()["deleted"] == 2
    assert counsel.get("/api/search-history").json() == []


def test_document_shows_family_and_thread(counsel, sample_job) -> None:  # noqa: ANN001
    emails = counsel.get("/api/search", params={"filter": "type:email", "size": 100}).json()["hits"]
    threads = {}
    for hit in emails:
        document = counsel.get(f"/api/documents/{hit['id']}").json()
        if len(document["thread"]) > 1:
            threads[hit["id"]] = document
    assert threads, "the sample corpus has an e-mail thread"
    doc_id, document = next(iter(threads.items()))
    dates = [m["date"] for m in document["thread"]]
    assert doc_id in {m["id"] for m in document["thread"]} and dates == sorted(dates)
    assert document["parent"] is None  # a message on disk came out of no container


def test_document_shows_its_attachments_and_each_its_parent(counsel, sample_job,  # noqa: ANN001
                                                            sample_corpus) -> None:  # noqa: ANN001
    sample = next(f for f in sample_corpus.files if f.format == "eml" and f.attachments)
    hits = counsel.get("/api/search", params={"filter": "type:email", "size": 100}).json()["hits"]
    (hit,) = [h for h in hits if h["path"] == sample.path]
    document = counsel.get(f"/api/documents/{hit['id']}").json()
    names = sorted(a.name for a in sample.attachments)
    assert sorted(c["filename"] for c in document["children"]) == names
    for child in document["children"]:
        shown = counsel.get(f"/api/documents/{child['id']}").json()
        assert shown["parent"]["id"] == hit["id"]
        assert shown["parent_id"] == shown["root_id"] == hit["id"]


def test_hit_pages_of_a_document(counsel, sample_job, sample_corpus) -> None:  # noqa: ANN001
    sample = next(f for f in sample_corpus.files if f.format == "pdf" and f.page_count >= 2
                  and f.kind != "scanned_letter" and any(p >= 2 for p in f.page_of_phrase.values()))
    phrase, page = next((p, n) for p, n in sample.page_of_phrase.items() if n >= 2)
    hit = next(h for h in counsel.get("/api/search", params={"q": f'"{phrase}"'}).json()["hits"]
               if h["path"] == sample.path)
    pages = counsel.get(f"/api/documents/{hit['id']}/hits", params={"q": f'"{phrase}"'}).json()
    assert page in pages["pages"] and pages["pages"] == sorted(pages["pages"])
    assert counsel.get(f"/api/documents/{hit['id']}/hits").json()["pages"] == []
