"""The web page in a real browser: Playwright's sync API driving Debian's Chromium against the app
served on a loopback port, with the sample corpus ingested into collection 'sample'
(tests/ui/conftest.py).

Every test checks what a user sees on the page. Screenshots of the results and the viewer go to
/tmp/ui-shots/ (or DOCKET_UI_SHOTS).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page, Route, expect

# The browser tests read as a user's steps through these helpers.
from tests.ui.helpers import *

if TYPE_CHECKING:
    from ingest.samples import SampleManifest

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def test_phrase_search_shows_the_page_snippet_with_a_highlight(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    sample, phrase, number = search_phrase_on_later_page(
        page, live_server, admin_token, sample_corpus)

    hit = hit_for(page, sample.path)
    expect(hit).to_have_count(1)
    snippet = hit.locator(".snippet").filter(
        has=page.locator(".snippet-page", has_text=re.compile(rf"^p\. {number}$")))
    expect(snippet).to_have_count(1)
    expect(snippet.locator(".snippet-cite")).to_have_text(re.compile(rf"^\S+-{number:04d}$"))
    marks = snippet.locator("mark")
    expect(marks.first).to_be_visible()
    for text in marks.all_text_contents():
        assert words(text) in words(phrase), (text, phrase)


def test_the_sidebar_is_built_from_the_fields_the_server_declares(
    page: Page, live_server: str, admin_token: str, api  # noqa: ANN001
) -> None:
    declared = {f["name"]: f["label"] for f in api.get("/api/fields").json()["facets"]}
    open_app(page, live_server, admin_token, "f=custodian:police")
    wait_for_results(page)

    sections = page.locator("#facets section.facet")
    shown = [section.get_attribute("data-facet") for section in sections.all()]
    assert {"collection", "type", "custodian"} <= set(shown)
    assert shown == [name for name in declared if name in shown]  # the declared order
    for name in shown:
        expect(page.locator(f'[data-facet="{name}"] h3')).to_contain_text(declared[name])
    # A filter in the address is read against the declared facets, and shown as a chip.
    expect(page.locator("#chips .chip-label")).to_have_text("Custodian:")
    expect(facet_row(page, "custodian", "police").locator("input")).to_be_checked()
    # The organisation derived at ingest from the custodian folder (search.fields.force_of).
    expect(page.locator('[data-facet="force"] h3')).to_have_text("Force / council")
    assert facet_count(page, "force", "police") == facet_count(page, "custodian", "police")


def test_type_facet_filters_and_combines_values(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    type_values = page.locator('[data-facet="type"] .facet-value').all_text_contents()
    assert "pdf" in type_values, type_values
    other = next(value for value in type_values if value != "pdf")
    pdf_count = facet_count(page, "type", "pdf")
    other_count = facet_count(page, "type", other)

    facet_row(page, "type", "pdf").locator("input").check()

    expect(page.locator("#chips .chip")).to_have_count(1)
    expect(page.locator("#chips")).to_contain_text("Type:pdf")
    expect(page.locator("#total")).to_have_text(total_text(pdf_count))
    wait_for_results(page)
    types = page.locator(".hit .badge-type").all_text_contents()
    assert len(types) == min(pdf_count, PAGE_SIZE)
    assert set(types) == {"pdf"}
    assert facet_count(page, "type", "pdf") == pdf_count  # a facet's own selection leaves it alone

    facet_row(page, "type", other).locator("input").check()

    expect(page.locator("#total")).to_have_text(total_text(pdf_count + other_count))
    expect(page.locator("#chips .chip")).to_have_count(2)
    wait_for_results(page)
    types = page.locator(".hit .badge-type").all_text_contents()
    assert len(types) == min(pdf_count + other_count, PAGE_SIZE)
    assert set(types) <= {"pdf", other}

    # Removing a chip unticks its value.
    page.get_by_role("button", name=f"Remove filter Type: {other}").click()
    expect(page.locator("#total")).to_have_text(total_text(pdf_count))
    expect(facet_row(page, "type", other).locator("input")).not_to_be_checked()
    expect(facet_row(page, "type", "pdf").locator("input")).to_be_checked()


def test_viewer_opens_at_the_hit_page_and_turns_pages(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    sample, phrase, number = search_phrase_on_later_page(
        page, live_server, admin_token, sample_corpus, need_next_page=True)
    hit = hit_for(page, sample.path)
    control = hit.locator(".control").inner_text()

    hit.locator(".hit-title a").click()

    viewer = page.locator("#doc-view")
    expect(viewer).to_be_visible()
    expect(page.locator("#results-view")).to_be_hidden()
    expect(page.locator("#citation")).to_have_text(f"{control}-{number:04d}")
    expect(page.locator("#page-input")).to_have_value(str(number))
    expect(page.locator("#page-count")).to_have_text(f"of {sample.page_count}")
    expect(page.locator("#page-text mark").first).to_be_visible()
    assert words(phrase) in words(page.locator("#page-text").inner_text())
    for text in page.locator("#page-text mark").all_text_contents():
        assert words(text) in words(phrase), (text, phrase)
    expect(page.locator("#doc-meta")).to_contain_text(control)
    expect(page.locator("#doc-meta")).to_contain_text(sample.path)
    assert f"page={number}" in page.url and "doc=" in page.url

    page.get_by_role("button", name="Next", exact=True).click()
    expect(page.locator("#citation")).to_have_text(f"{control}-{number + 1:04d}")
    expect(page.locator("#page-input")).to_have_value(str(number + 1))
    assert f"page={number + 1}" in page.url

    page.locator("#page-text").focus()
    page.keyboard.press("k")  # the keyboard goes back a page
    expect(page.locator("#citation")).to_have_text(f"{control}-{number:04d}")

    page.locator("#page-input").fill("1")
    page.locator("#page-input").press("Enter")
    expect(page.locator("#citation")).to_have_text(f"{control}-0001")
    expect(page.get_by_role("button", name="Previous", exact=True)).to_be_disabled()

    page.get_by_role("button", name="Back to results").click()
    expect(page.locator("#results-view")).to_be_visible()
    expect(hit_for(page, sample.path)).to_have_count(1)
    expect(page.get_by_label("Search query")).to_have_value(f'"{phrase}"')


def test_snippet_and_entity_pages_open_the_viewer_there(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    sample, _phrase, _number = search_phrase_on_later_page(
        page, live_server, admin_token, sample_corpus)
    hit = hit_for(page, sample.path)
    citation = hit.locator(".snippet-cite").first.inner_text()

    hit.locator(".snippet a.snippet-open").first.click()

    expect(page.locator("#citation")).to_have_text(citation)
    entity_pages = page.locator("#doc-entities .page-link")
    expect(entity_pages.first).to_be_visible()
    target = entity_pages.first.inner_text()
    entity_pages.first.click()
    expect(page.locator("#citation")).to_have_text(re.compile(rf"-{int(target):04d}$"))
    expect(page.locator("#page-input")).to_have_value(target)


@pytest.mark.api_errors(400)
def test_bad_query_shows_the_error_and_its_position(
    page: Page, live_server: str, admin_token: str
) -> None:
    query = "a AND (b"
    answer = page.request.get(f"{live_server}/api/search", params={"q": query},
                              headers={"Authorization": f"Bearer {admin_token}"})
    assert answer.status == 400
    position = json.loads(answer.text())["position"]
    open_results(page, live_server, admin_token)

    box = page.get_by_label("Search query")
    box.fill(query)
    box.press("Enter")

    error = page.get_by_role("alert").filter(has_text="Query error")
    expect(error).to_be_visible()
    expect(error).to_contain_text(f"position {position}")
    expect(page.locator(".query-caret")).to_contain_text(query)
    expect(page.locator(".hit")).to_have_count(0)
    expect(box).to_have_attribute("aria-invalid", "true")


def test_token_is_taken_from_the_url_and_removed(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    expect(page.locator(".hit").first).to_be_visible()

    assert admin_token not in page.url
    assert "token" not in page.url
    assert page.evaluate("() => sessionStorage.getItem('docket.token')") == admin_token

    page.reload()  # the token stays for the tab's session
    wait_for_results(page)
    expect(page.locator("#token-dialog")).to_be_hidden()


@pytest.mark.api_errors(401)
def test_token_form_without_a_token_and_after_a_401(
    page: Page, live_server: str, admin_token: str
) -> None:
    page.goto(f"{live_server}/")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()

    dialog.get_by_label("API token").fill("not-a-valid-token")
    dialog.get_by_role("button", name="Continue").click()
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("alert")).to_contain_text("401")

    dialog.get_by_label("API token").fill(admin_token)
    dialog.get_by_role("button", name="Continue").click()
    expect(dialog).to_be_hidden()
    wait_for_results(page)
    expect(page.locator(".hit").first).to_be_visible()


@pytest.mark.api_errors(401)
def test_a_refused_tokens_late_answers_do_not_undo_the_next_token(
    page: Page, live_server: str, admin_token: str
) -> None:
    """On a slow server the refused token's other requests come back after the user has entered
    a good token. Their 401s must neither wipe the new token nor ask for one again."""
    held: list[Route] = []

    def hold_the_refused_tokens_requests(route: Route) -> None:
        sent = route.request.headers.get("authorization", "")
        if sent.endswith("not-a-valid-token") and "/api/me" not in route.request.url:
            held.append(route)
        else:
            route.continue_()

    page.route(re.compile(r"/api/"), hold_the_refused_tokens_requests)
    page.goto(f"{live_server}/")
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("API token").fill("not-a-valid-token")
    dialog.get_by_role("button", name="Continue").click()
    expect(dialog.get_by_role("alert")).to_contain_text("401")
    assert held, "the page asked for nothing but /api/me with the refused token"

    dialog.get_by_label("API token").fill(admin_token)
    dialog.get_by_role("button", name="Continue").click()
    for route in held:  # the refused token's requests answer now, late
        route.continue_()
    expect(dialog).to_be_hidden()
    wait_for_results(page)
    expect(page.locator(".hit").first).to_be_visible()
    expect(dialog).to_be_hidden()
    assert page.evaluate("() => sessionStorage.getItem('docket.token')") == admin_token


def test_pagination_moves_through_the_results(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    total = int(page.locator("#total").inner_text().split()[0].replace(",", ""))
    assert total > PAGE_SIZE, "the sample corpus fills more than one page"
    pages = -(-total // PAGE_SIZE)
    pager = page.get_by_role("navigation", name="Result pages")
    expect(pager).to_contain_text(f"Page 1 of {pages}")
    expect(pager.get_by_role("button", name="Previous")).to_be_disabled()
    first_page = hit_ids(page)
    assert len(first_page) == PAGE_SIZE

    pager.get_by_role("button", name="Next").click()

    expect(pager).to_contain_text(f"Page 2 of {pages}")
    expect(page.locator("#summary")).to_contain_text(
        f"showing {PAGE_SIZE + 1}–{min(total, 2 * PAGE_SIZE)}")
    wait_for_results(page)
    second_page = hit_ids(page)
    assert len(second_page) == min(PAGE_SIZE, total - PAGE_SIZE)
    assert not set(second_page) & set(first_page)
    assert "page=2" in page.url

    pager.get_by_role("button", name="Previous").click()
    expect(pager).to_contain_text(f"Page 1 of {pages}")
    wait_for_results(page)
    assert hit_ids(page) == first_page


def test_person_chip_adds_a_person_filter(
    page: Page, live_server: str, admin_token: str
) -> None:
    # A query whose hits name people: the first page of an unfiltered search may name none of
    # the facet's top people once other tests have ingested into the same indices.
    open_results(page, live_server, admin_token, "q=Stokes")
    listed = set(page.locator('[data-facet="person"] .facet-value').all_text_contents())
    chip = page.locator(".hit .entity-person").filter(
        has_text=re.compile("^(" + "|".join(re.escape(p) for p in listed) + ")$")).first
    person = chip.inner_text()

    # The name opens its entity page; the + beside it filters (tests/ui/test_entity_links.py).
    chip.locator("xpath=..").get_by_role("button", name=f"Filter by person {person}").click()

    expect(page.locator("#chips")).to_contain_text(f"Person:{person}")
    expect(facet_row(page, "person", person).locator("input")).to_be_checked()
    wait_for_results(page)
    count = facet_count(page, "person", person)
    expect(page.locator("#total")).to_have_text(total_text(count))


def test_deep_link_opens_the_viewer_and_downloads_the_original(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    sample, _phrase, number = phrase_on_later_page(sample_corpus)
    answer = page.request.get(f"{live_server}/api/search", params={"size": 100},
                              headers={"Authorization": f"Bearer {admin_token}"})
    doc = next(h for h in json.loads(answer.text())["hits"] if h["path"] == sample.path)

    open_app(page, live_server, admin_token, f"doc={doc['id']}&page={number}&q=Stokes")

    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#citation")).to_have_text(f"{doc['control']}-{number:04d}")
    expect(page.locator("#doc-title")).to_have_text(doc["title"])
    assert "token" not in page.url and f"page={number}" in page.url

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download original").click()
    download = download_info.value
    assert download.suggested_filename == Path(sample.path).name
    assert Path(download.path()).read_bytes()[:5] == b"%PDF-"

    page.get_by_role("button", name="Back to results").click()
    wait_for_results(page)
    expect(page.get_by_label("Search query")).to_have_value("Stokes")


def test_document_text_is_never_interpreted_as_html(
    page: Page, live_server: str, admin_token: str
) -> None:
    """Titles, paths and entities go in as text; in snippet HTML only <mark> becomes markup."""
    evil = '<img src=x onerror="document.title=1">'
    answer = {
        "total": 1, "took_ms": 1, "facets": {"type": [{"value": evil, "count": 1}]},
        "hits": [{
            "id": "sample-" + "0" * 32, "control": "SAMPLE-000001", "title": evil, "path": evil,
            "date": "1997-06-18T00:00:00+00:00", "type": "pdf", "collection": "sample",
            "page_count": 1,
            "snippets": [{"page": 1, "citation": "SAMPLE-000001-0001",
                          "html": 'a <mark>hit</mark> <b onclick="x()">bold</b>'
                                  '<script>x()</script> &amp; &#xe9;'}],
            "entities": {"person": [evil], "org": [], "place": []},
        }],
    }
    page.route(re.compile(r"/api/search\?"), lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(answer)))
    open_results(page, live_server, admin_token)

    expect(page.locator(".hit-title a")).to_have_text(evil)
    expect(page.locator(".hit-path")).to_have_text(evil)
    expect(page.locator(".hit .entity-person")).to_have_text(evil)
    expect(page.locator('[data-facet="type"] .facet-value')).to_have_text(evil)
    expect(page.locator(".snippet-text mark")).to_have_text("hit")
    expect(page.locator(".snippet-text")).to_have_text(
        'a hit <b onclick="x()">bold</b><script>x()</script> & é')
    # In the results the search answered (the viewer's own page-image element waits, hidden,
    # in the document view).
    assert page.locator(":is(#results-view, #facets) :is(img, script, b)").count() == 0


def test_screenshots_of_results_and_viewer(
    page: Page, live_server: str, admin_token: str
) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    open_results(page, live_server, admin_token)
    search_for(page, "Stokes AND Carver")
    facet_row(page, "type", "pdf").locator("input").check()
    expect(page.locator("#chips .chip")).to_have_count(1)
    wait_for_results(page)
    page.screenshot(path=str(SHOTS / "results.png"))

    page.locator(".hit .snippet a.snippet-open").nth(1).click()  # not a name link in the snippet
    expect(page.locator("#page-text mark").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "viewer.png"))

    page.get_by_role("button", name="Back to results").click()
    wait_for_results(page)
    page.get_by_role("button", name="Remove filter Type: pdf").click()
    expect(page.locator("#chips .chip")).to_have_count(0)
    wait_for_results(page)
    facet_row(page, "type", "image").locator("input").check()
    expect(page.locator("#chips .chip")).to_have_count(1)
    wait_for_results(page)
    page.locator(".hit .hit-title a").first.click()
    expect(page.locator("#ocr-badge")).to_be_visible()
    expect(page.locator("#ocr-badge")).to_have_text(re.compile(r"^OCR · \d+%$"))
    page.screenshot(path=str(SHOTS / "viewer-ocr.png"))

    for name in ("results.png", "viewer.png", "viewer-ocr.png"):
        assert (SHOTS / name).stat().st_size > 10_000
