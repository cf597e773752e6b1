"""API v1 over the ingested sample corpus, as a client sees it."""

from __future__ import annotations

import re

import pytest

from tests.ingested import ingest_long_statement

pytestmark = pytest.mark.integration


def phrase_on_later_page(sample_corpus) -> tuple:  # noqa: ANN001
    """A text-PDF phrase the generator placed on page 2 or later, with its file."""
    for file in sample_corpus.files:
        if file.format == "pdf" and file.kind != "scanned_letter":
            for phrase, page in file.page_of_phrase.items():
                if page >= 2:
                    return file, phrase, page
    raise AssertionError("the sample corpus has no phrase beyond page 1")


def test_health_needs_no_token(app) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    response = TestClient(app).get("/api/health")
    assert response.status_code == 200
    assert response.json()["opensearch"] in ("green", "yellow")


@pytest.mark.parametrize("path", ["/api/search?q=x", "/api/collections",
                                  "/api/documents/sample-0123456789abcdef0123456789abcdef"])
def test_everything_else_needs_a_valid_token(app, path: str) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    client = TestClient(app)
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_phrase_hit_names_its_page_and_citation(api, sample_job, sample_corpus) -> None:  # noqa: ANN001
    file, phrase, page = phrase_on_later_page(sample_corpus)
    result = api.get("/api/search", params={"q": f'"{phrase}"'}).json()
    hit = next(h for h in result["hits"] if h["path"] == file.path)
    snippet = next(s for s in hit["snippets"] if s["page"] == page)
    assert "<mark>" in snippet["html"]
    assert snippet["citation"] == f"{hit['control']}-{page:04d}"


def test_facets_count_and_multi_select(api, sample_job) -> None:  # noqa: ANN001
    everything = api.get("/api/search", params={"size": 1}).json()
    types = {f["value"]: f["count"] for f in everything["facets"]["type"]}
    assert sum(types.values()) == everything["total"]
    first, second = sorted(types, key=types.get, reverse=True)[:2]
    one = api.get("/api/search", params={"filter": f"type:{first}"}).json()
    assert one["total"] == types[first]
    assert all(hit["type"] == first for hit in one["hits"])
    # The type facet ignores its own selection, so the other values stay selectable.
    assert {f["value"] for f in one["facets"]["type"]} == set(types)
    both = api.get("/api/search", params=[("filter", f"type:{first}"),
                                          ("filter", f"type:{second}")]).json()
    assert both["total"] == types[first] + types[second]


def test_other_facets_follow_the_filter(api, sample_job) -> None:  # noqa: ANN001
    # The sample collection alone: other tests' collections may hold files outside any folder.
    pdfs = api.get("/api/search", params={"filter": ["type:pdf", "collection:sample"],
                                          "size": 1}).json()
    years = sum(f["count"] for f in pdfs["facets"]["year"])
    assert 0 < years <= pdfs["total"]
    custodians = sum(f["count"] for f in pdfs["facets"]["custodian"])
    assert custodians == pdfs["total"]


def test_invalid_query_is_a_400_with_the_position(api) -> None:  # noqa: ANN001
    response = api.get("/api/search", params={"q": "whitlock AND (danby"})
    assert response.status_code == 400
    assert response.json()["position"] == 19


@pytest.mark.parametrize("params", [{"date_from": "1997-13"}, {"date_to": "1997-02-30"},
                                    {"q": "date:[1997-02-30 TO 1999]"}])
def test_impossible_dates_are_a_400(api, params: dict) -> None:  # noqa: ANN001
    response = api.get("/api/search", params=params)
    assert response.status_code == 400
    assert "not a real date" in response.json()["detail"]


def test_boolean_or_finds_the_union(api, sample_job, sample_corpus) -> None:  # noqa: ANN001
    a, b = sample_corpus.associates
    only_a = api.get("/api/search", params={"q": f'"{a}"', "size": 1}).json()["total"]
    only_b = api.get("/api/search", params={"q": f'"{b}"', "size": 1}).json()["total"]
    either = api.get("/api/search", params={"q": f'"{a}" OR "{b}"', "size": 1}).json()["total"]
    both = api.get("/api/search", params={"q": f'"{a}" AND "{b}"', "size": 1}).json()["total"]
    assert either == only_a + only_b - both
    assert both >= 1


def test_document_page_and_file(api, sample_job, sample_corpus) -> None:  # noqa: ANN001
    file, phrase, page = phrase_on_later_page(sample_corpus)
    hit = next(h for h in api.get("/api/search", params={"q": f'"{phrase}"'}).json()["hits"]
               if h["path"] == file.path)
    document = api.get(f"/api/documents/{hit['id']}").json()
    assert document["page_count"] == file.page_count
    assert document["control"] == hit["control"]
    assert any(e["kind"] == "person" for e in document["entities"])
    first_word = phrase.split()[0]
    shown = api.get(f"/api/documents/{hit['id']}/pages/{page}", params={"q": first_word}).json()
    assert shown["citation"] == f"{hit['control']}-{page:04d}"
    assert f"<mark>{first_word}</mark>".lower() in shown["html"].lower()
    original = api.get(f"/api/documents/{hit['id']}/file")
    assert original.status_code == 200
    assert original.content.startswith(b"%PDF")
    assert original.headers["content-disposition"].startswith("inline")
    assert original.headers["x-content-type-options"] == "nosniff"
    missing = api.get(f"/api/documents/{hit['id']}/pages/{file.page_count + 1}")
    assert missing.status_code == 404


def test_non_pdf_originals_download_as_attachments(api, sample_job) -> None:  # noqa: ANN001
    hit = api.get("/api/search", params={"filter": "type:word", "size": 1}).json()["hits"][0]
    response = api.get(f"/api/documents/{hit['id']}/file")
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["content-type"] == "application/octet-stream"


def test_page_text_is_escaped(api, store, settings, tmp_path) -> None:  # noqa: ANN001
    from ingest.job import finish_job, run_local, start_job

    # Markup that libmagic still calls plain text (a <script> would make it an HTML file).
    (tmp_path / "hostile.txt").write_text(
        "Statement typed by the witness:\n<img src=x onerror=alert(1)> <svg onload=alert(2)>\n")
    plan = start_job(store, settings, [tmp_path], "hostile-html", mode="local")
    run_local(store, settings, plan)
    finish_job(store, settings, plan.job_id)
    result = api.get("/api/search", params={"q": "alert", "filter": "collection:hostile-html"})
    hit = result.json()["hits"][0]
    assert "<img" not in hit["snippets"][0]["html"]
    assert "&lt;img" in hit["snippets"][0]["html"]
    page = api.get(f"/api/documents/{hit['id']}/pages/1", params={"q": "alert"}).json()
    assert "<svg" not in page["html"] and "&lt;svg" in page["html"]
    assert "<mark>alert</mark>" in page["html"]


def test_security_headers_on_the_page(api) -> None:  # noqa: ANN001
    response = api.get("/")
    csp = response.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_job_report(api, sample_job) -> None:  # noqa: ANN001
    report = api.get(f"/api/jobs/{sample_job['job_id']}").json()
    assert report["received"] == sample_job["received"]
    assert report["counts"]["indexed"] == sample_job["counts"]["indexed"]
    assert report["done"] == report["received"]
    assert report["eta_s"] == 0


def test_every_facet_of_the_spec_is_answered(api, sample_job) -> None:  # noqa: ANN001
    result = api.get("/api/search", params={"size": 1, "filter": "collection:sample"}).json()
    assert set(result["facets"]) >= {"collection", "type", "year", "month", "person", "org",
                                     "place", "from", "to", "tag", "language", "ocr", "custodian"}
    ocr = {f["value"]: f["count"] for f in result["facets"]["ocr"]}
    assert set(ocr) == {"yes", "no"} and sum(ocr.values()) == result["total"]
    months = result["facets"]["month"]
    assert all(re.fullmatch(r"\d{4}-\d{2}", m["value"]) for m in months)
    first = months[0]["value"]
    narrowed = api.get("/api/search", params={"filter": ["collection:sample", f"month:{first}"]})
    assert narrowed.json()["total"] == months[0]["count"]
    sender = result["facets"]["from"][0]
    # Within the collection: other tests load the sample corpus's e-mails into theirs too.
    by_sender = api.get("/api/search", params={
        "filter": ["collection:sample", f"sender:{sender['value']}"]}).json()
    assert by_sender["total"] == sender["count"]


@pytest.mark.parametrize("params", [{"filter": "colour:red"}, {"filter": "ocr:maybe"},
                                    {"filter": "month:1997"}, {"filter": "year:97"},
                                    {"filter": "novalue"}, {"sort": "size"}])
def test_bad_filters_and_sorts_are_a_400_or_422(api, params: dict) -> None:  # noqa: ANN001
    assert api.get("/api/search", params=params).status_code in (400, 422)


def test_language_facet_is_filled_at_ingest(api, sample_job) -> None:  # noqa: ANN001
    # The sample collection alone: other tests' collections (10,000 archive members of no
    # language) may share the session's indices.
    result = api.get("/api/search", params={"size": 1, "filter": "collection:sample"}).json()
    languages = {f["value"]: f["count"] for f in result["facets"]["language"]}
    assert languages.get("en", 0) >= result["total"] // 2


def _plain(html: str) -> str:
    """A snippet's text: its marks taken out and its escapes read back."""
    import html as html_module

    return html_module.unescape(re.sub(r"</?mark>", "", html))


def test_snippet_starts_at_a_word_and_holds_the_whole_phrase(
        api, store, settings, tmp_path) -> None:  # noqa: ANN001
    text = ingest_long_statement(store, settings, tmp_path, "long-snippet")
    result = api.get("/api/search", params={"q": '"Thornleigh Grange Cottage"',
                                            "filter": "collection:long-snippet"}).json()
    snippet = result["hits"][0]["snippets"][0]["html"]
    plain = _plain(snippet)
    assert "Thornleigh Grange Cottage" in plain
    assert re.search(r"<mark>Thornleigh</mark>\s*<mark>Grange</mark>\s*<mark>Cottage</mark>"
                     r"|<mark>Thornleigh Grange Cottage</mark>", snippet), snippet
    start = text.find(plain.strip()[:40])
    assert start >= 0, plain
    assert start == 0 or not text[start - 1].isalnum(), f"starts mid-word: {plain[:40]!r}"
