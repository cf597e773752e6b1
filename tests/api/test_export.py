"""Export with no cap, and deep paging: more than 10,000 small synthetic documents bulk-loaded
into a collection of their own, exported as CSV and JSON through a point in time, and paged past
the 10,000th hit with the search cursor. The ZIP of originals is checked against the blob store
(sample corpus), for missing originals, and for streaming in bounded chunks."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import time
import zipfile
from collections.abc import Iterator

import pytest
from opensearchpy import helpers

from ingest.blobs import blob_path, store_blob
from search.documents import SearchRequest
from search.export import COPY_BLOCK, Export, Original
from search.scoped import Caller, ScopedStore
from tests.conftest import client_as_new_user
from tests.ingested import ingest_long_statement

pytestmark = pytest.mark.integration

COLLECTION = "bulk"
COUNT = 10_500


def bulk_id(number: int) -> str:
    return f"{COLLECTION}-{hashlib.md5(str(number).encode()).hexdigest()}"


def bulk_control(number: int) -> str:
    return f"BULK-{number:06d}"


def bulk_actions(index: str) -> Iterator[dict]:
    for number in range(1, COUNT + 1):
        yield {"_index": index, "_id": bulk_id(number), "_source": {
            "id": bulk_id(number), "control": bulk_control(number), "collection": COLLECTION,
            "title": f"Bulk record {number}", "content": f"bulk record {'alpha' if number % 2 else 'beta'}",
            "date": f"{2000 + number % 20}-01-01", "type": "text", "custodian": "bulk",
            "path": f"bulk/{number}.txt", "filename": f"{number}.txt", "page_count": 1,
            "sha256": hashlib.sha256(f"missing {number}".encode()).hexdigest()}}


@pytest.fixture(scope="module")
def bulk(store, indices) -> Iterator[None]:  # noqa: ANN001
    started = time.monotonic()
    helpers.bulk(store, bulk_actions(indices.documents), chunk_size=2000, refresh="wait_for")
    print(f"\nbulk-loaded {COUNT} documents in {time.monotonic() - started:.1f} s")
    yield
    store.delete_by_query(index=indices.documents, refresh=True, conflicts="proceed",
                          body={"query": {"term": {"collection": COLLECTION}}})


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_holds_every_hit_beyond_10000(api, bulk) -> None:  # noqa: ANN001
    started = time.monotonic()
    response = api.get("/api/export", params={"filter": f"collection:{COLLECTION}",
                                              "sort": "control", "format": "csv"})
    seconds = time.monotonic() - started
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment")
    exported = rows(response.text)
    print(f"\nCSV export: {len(exported)} documents in {seconds:.2f} s = "
          f"{len(exported) / seconds:,.0f} documents/s, {len(response.content) / seconds / 1e6:.1f} MB/s")
    assert len(exported) == COUNT
    assert [r["control"] for r in exported] == [bulk_control(n) for n in range(1, COUNT + 1)]


def test_json_export_of_a_query(api, bulk) -> None:  # noqa: ANN001
    started = time.monotonic()
    response = api.get("/api/export", params={"q": "alpha", "collection": COLLECTION,
                                              "format": "json", "sort": "date"})
    seconds = time.monotonic() - started
    assert response.status_code == 200
    documents = json.loads(response.text)
    print(f"\nJSON export: {len(documents)} documents in {seconds:.2f} s")
    assert len(documents) == COUNT // 2
    assert {d["id"] for d in documents} == {bulk_id(n) for n in range(1, COUNT + 1, 2)}
    dates = [d["date"] for d in documents]
    assert dates == sorted(dates, reverse=True)


def test_search_cursor_pages_past_the_window(api, bulk) -> None:  # noqa: ANN001
    params = {"filter": f"collection:{COLLECTION}", "sort": "control", "size": 100}
    too_deep = api.get("/api/search", params={**params, "page": 101})
    assert too_deep.status_code == 400 and "cursor" in too_deep.json()["detail"]
    page = api.get("/api/search", params={**params, "page": 100}).json()
    assert page["offset"] == 9_900 and page["total"] == COUNT
    seen = [h["control"] for h in page["hits"]]
    while page["next"]:
        page = api.get("/api/search", params={**params, "cursor": page["next"]}).json()
        assert page["offset"] == len(seen) + 9_900
        seen += [h["control"] for h in page["hits"]]
    assert seen == [bulk_control(n) for n in range(9_901, COUNT + 1)]


def test_cursor_is_bound_to_its_search_and_signed(api, bulk) -> None:  # noqa: ANN001
    params = {"filter": f"collection:{COLLECTION}", "sort": "control", "size": 10}
    cursor = api.get("/api/search", params=params).json()["next"]
    assert cursor
    other = api.get("/api/search", params={**params, "q": "alpha", "cursor": cursor})
    assert other.status_code == 400 and "different search" in other.json()["detail"]
    body, signature = cursor.split(".")
    forged = api.get("/api/search", params={**params, "cursor": f"{body}.{signature[::-1]}"})
    assert forged.status_code == 400
    junk = api.get("/api/search", params={**params, "cursor": "not-a-cursor"})
    assert junk.status_code == 400


def test_zip_of_originals_with_a_load_file(api, sample_job, settings) -> None:  # noqa: ANN001
    response = api.get("/api/export", params={"filter": ["collection:sample", "type:pdf"],
                                              "format": "zip", "sort": "control"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    bundle = zipfile.ZipFile(io.BytesIO(response.content))
    assert bundle.testzip() is None
    load = rows(bundle.read("loadfile.csv").decode())
    total = api.get("/api/search", params={"filter": ["collection:sample", "type:pdf"]}).json()["total"]
    assert len(load) == total > 0
    assert [r["control"] for r in load] == sorted(r["control"] for r in load)
    for row in load:
        assert row["status"] == "included", row
        data = bundle.read(row["zip_path"])
        assert hashlib.sha256(data).hexdigest() == row["sha256"]
        assert data == blob_path(settings.blob_dir, row["sha256"]).read_bytes()
        assert row["zip_path"] == f"natives/{row['control']}.pdf"


def test_zip_reports_missing_originals(api, bulk) -> None:  # noqa: ANN001
    response = api.get("/api/export", params={"q": f"control:{bulk_control(7)}", "format": "zip"})
    bundle = zipfile.ZipFile(io.BytesIO(response.content))
    assert bundle.namelist() == ["loadfile.csv"]
    (row,) = rows(bundle.read("loadfile.csv").decode())
    assert row["control"] == bulk_control(7) and row["status"] == "missing" and not row["zip_path"]


def test_zip_streams_in_bounded_chunks(store, indices, settings, bulk, tmp_path) -> None:  # noqa: ANN001
    original = tmp_path / "large.bin"
    original.write_bytes(os.urandom(3 * COPY_BLOCK + 12345))
    sha256 = hashlib.sha256(original.read_bytes()).hexdigest()
    stored = store_blob(settings.blob_dir, original, sha256)
    doc_id = bulk_id(COUNT + 1)
    store.index(index=indices.documents, id=doc_id, refresh="wait_for", body={
        "id": doc_id, "control": "BULK-LARGE", "collection": COLLECTION, "title": "Large original",
        "filename": "large.bin", "mime": "application/octet-stream", "sha256": sha256})
    try:
        exporter = Export(ScopedStore(store, indices, Caller(None, (COLLECTION,))))
        plan = exporter.plan(SearchRequest(q="control:BULK-LARGE"))
        chunks = list(exporter.zip(plan, lambda sha: Original.of_file(blob_path(settings.blob_dir, sha))))
        assert len(chunks) >= 4
        assert max(len(c) for c in chunks) <= COPY_BLOCK + 64 * 1024
        bundle = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
        assert bundle.read("natives/BULK-LARGE.bin") == original.read_bytes()
    finally:
        store.delete(index=indices.documents, id=doc_id, refresh=True)
        stored.unlink()


def test_export_needs_the_reviewer_role_and_keeps_to_grants(
    app, store, indices, settings, bulk, sample_job  # noqa: ANN001
) -> None:
    reader = client_as_new_user(app, store, indices, settings, "export-reader", "reader", [COLLECTION])
    assert reader.get("/api/export", params={"format": "csv"}).status_code == 403
    assert reader.get("/api/search", params={"size": 1}).json()["total"] == COUNT
    reviewer = client_as_new_user(app, store, indices, settings, "export-reviewer", "reviewer", ["sample"])
    response = reviewer.get("/api/export", params={"filter": f"collection:{COLLECTION}"})
    assert response.status_code == 200 and rows(response.text) == []
    response = reviewer.get("/api/export", params={"format": "csv"})
    assert {r["collection"] for r in rows(response.text)} == {"sample"}


def test_an_invalid_export_query_is_a_400_not_a_broken_stream(api) -> None:  # noqa: ANN001
    response = api.get("/api/export", params={"q": "a AND (b", "format": "csv"})
    assert response.status_code == 400 and response.json()["position"] == 8
    assert api.get("/api/export", params={"format": "pdf"}).status_code == 422


def test_a_per_page_export_snippet_holds_the_whole_phrase(api, store, settings, tmp_path) -> None:  # noqa: ANN001
    """The rows of ``per=page`` carry the snippet the search shows (search.documents'
    snippet_highlight): the whole phrase, from the start of a word."""
    text = ingest_long_statement(store, settings, tmp_path, "long-export")
    for format in ("csv", "json"):
        response = api.get("/api/export", params={
            "q": '"Thornleigh Grange Cottage"', "collection": "long-export", "per": "page",
            "format": format})
        assert response.status_code == 200, response.text
        exported = rows(response.text) if format == "csv" else json.loads(response.text)
        assert len(exported) == 1
        snippet = exported[0]["snippet"]
        assert "Thornleigh Grange Cottage" in snippet, snippet
        start = text.find(snippet[:40])
        assert start > 0 and not text[start - 1].isalnum(), f"starts mid-word: {snippet[:40]!r}"
