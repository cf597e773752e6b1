"""The review work of counsel in a real browser (tests/ui/conftest.py): a query with operators,
facets combined, a date range, hit-to-hit navigation across pages, the original inline, an
export download, tagging then filtering by the tag, saved searches, the e-mail thread, and the
linked-names views."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import APIResponse, Page, Route, expect

# The browser tests read as a user's steps through these helpers.
from tests.ui.helpers import *

if TYPE_CHECKING:
    from ingest.samples import SampleManifest

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def test_query_with_operators_shows_what_the_api_finds(
    page: Page, live_server: str, admin_token: str
) -> None:
    query = 'Stokes AND (Carver OR Whitlock) NOT Danby'
    expected = api_json(page, live_server, admin_token, "/api/search", {"q": query, "size": PAGE_SIZE})
    assert expected["total"] > 0
    open_results(page, live_server, admin_token)

    search_for(page, query)

    expect(page.locator("#total")).to_have_text(total_text(expected["total"]))
    assert hit_ids(page) == [hit["id"] for hit in expected["hits"]]
    marked = {words(t) for t in page.locator(".snippet-text mark").all_text_contents()}
    assert marked and marked <= {"stokes", "carver", "whitlock"}, marked  # never the NOT term

    search_for(page, '"blue ford" OR Sierra~1')
    fuzzy = api_json(page, live_server, admin_token, "/api/search", {"q": '"blue ford" OR Sierra~1'})
    expect(page.locator("#total")).to_have_text(total_text(fuzzy["total"]))


def test_facets_combine_within_and_across_fields(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    custodians = page.locator('[data-facet="custodian"] .facet-value').all_text_contents()
    first, second = custodians[:2]
    counts = {c: facet_count(page, "custodian", c) for c in (first, second)}

    facet_row(page, "custodian", first).locator("input").check()
    expect(page.locator("#total")).to_have_text(total_text(counts[first]))
    facet_row(page, "custodian", second).locator("input").check()
    expect(page.locator("#total")).to_have_text(total_text(counts[first] + counts[second]))
    wait_for_results(page)

    # Another facet narrows within the custodians; its counts follow the custodian filter.
    ocr_values = page.locator('[data-facet="ocr"] .facet-value').all_text_contents()
    assert "no" in ocr_values
    not_ocrd = facet_count(page, "ocr", "no")
    facet_row(page, "ocr", "no").locator("input").check()
    expect(page.locator("#chips .chip")).to_have_count(3)
    expect(page.locator("#total")).to_have_text(total_text(not_ocrd))
    expected = api_json(page, live_server, admin_token, "/api/search", [
        ("filter", f"custodian:{first}"), ("filter", f"custodian:{second}"), ("filter", "ocr:no")])
    assert expected["total"] == not_ocrd
    assert "f=ocr%3Ano" in page.url or "f=ocr:no" in page.url


def test_date_range_limits_the_results(page: Page, live_server: str, admin_token: str) -> None:
    open_results(page, live_server, admin_token)
    expected = api_json(page, live_server, admin_token, "/api/search",
                        {"date_from": "1996-01", "date_to": "1998", "size": 100, "sort": "date_asc"})
    assert 0 < expected["total"] < int(page.locator("#total").get_attribute("data-total") or 0)

    page.get_by_label("Date from").fill("1996-01")
    page.get_by_label("Date to").fill("1998")
    page.get_by_label("Sort").select_option("date_asc")  # the change submits the form

    expect(page.locator("#total")).to_have_text(total_text(expected["total"]))
    expect(page.locator("#chips")).to_contain_text("From:1996-01")
    expect(page.locator("#chips")).to_contain_text("To:1998")
    wait_for_results(page)
    dates = [d for d in page.locator(".hit .hit-date").all_text_contents() if d != "undated"]
    assert dates and dates == sorted(dates)
    assert all("1996-01-01" <= d <= "1998-12-31" for d in dates), dates
    assert "from=1996-01" in page.url and "to=1998" in page.url

    page.get_by_label("Date to").fill("1998-02-30")
    page.get_by_label("Search query").press("Enter")
    expect(page.get_by_role("alert").filter(has_text="real year")).to_be_visible()
    expect(page.get_by_label("Date to")).to_have_attribute("aria-invalid", "true")


def test_next_hit_moves_through_hits_and_across_pages(
    page: Page, live_server: str, admin_token: str
) -> None:
    hit, word, pages = hit_doc_with_hits_on_two_pages(page, live_server, admin_token)
    first_count = api_json(page, live_server, admin_token,
                           f"/api/documents/{hit['id']}/pages/{pages[0]}", {"q": word})["hits"]
    open_app(page, live_server, admin_token, f"doc={hit['id']}&page=1&q={word}")
    expect(page.locator("#citation")).to_have_text(f"{hit['control']}-0001")
    status = page.locator("#hit-status")
    expect(status).to_contain_text(f"{len(pages)} pages with hits")
    next_hit = page.get_by_role("button", name="Next hit")
    previous_hit = page.get_by_role("button", name="Previous hit")
    expect(previous_hit).to_be_disabled()

    next_hit.click()  # page 1 has none: on to the first hit of the first page with hits
    expect(page.locator("#citation")).to_have_text(f"{hit['control']}-{pages[0]:04d}")
    expect(status).to_contain_text(f"Hit 1 of {first_count} on this page")
    current = page.locator("#page-text mark.hit-current")
    expect(current).to_have_count(1)
    assert words(current.inner_text()) == word.lower()

    page.locator("#page-text").focus()
    page.keyboard.press("n")  # the keyboard does the same
    expect(status).to_contain_text(f"Hit 2 of {first_count} on this page")
    assert f"page={pages[0]}" in page.url
    for _ in range(first_count - 2):
        next_hit.click()
    next_hit.click()  # past the last hit of the page: the next page with hits
    expect(page.locator("#citation")).to_have_text(f"{hit['control']}-{pages[1]:04d}")
    expect(status).to_contain_text("Hit 1 of")

    previous_hit.click()  # back across pages, to the last hit of the page before
    expect(page.locator("#citation")).to_have_text(f"{hit['control']}-{pages[0]:04d}")
    expect(status).to_contain_text(f"Hit {first_count} of {first_count} on this page")


def test_export_downloads_the_whole_result_set(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    facet_row(page, "type", "pdf").locator("input").check()
    expect(page.locator("#chips .chip")).to_have_count(1)
    wait_for_results(page)
    total = int(page.locator("#total").get_attribute("data-total") or 0)
    assert total > 0

    page.get_by_text("Export", exact=True).click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export CSV").click()
    download = download_info.value
    assert re.fullmatch(r"docket-export-\d{8}-\d{6}\.csv", download.suggested_filename)
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == total
    assert {row["type"] for row in rows} == {"pdf"}
    expect(page.locator("#action-status")).to_contain_text(f"Exported {total:,} documents")

    page.get_by_text("Export", exact=True).click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export ZIP of originals").click()
    bundle = zipfile.ZipFile(download_info.value.path())
    assert len(bundle.namelist()) == total + 1 and "loadfile.csv" in bundle.namelist()


def test_tagging_a_document_then_filtering_by_the_tag(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    tag = f"key evidence {os.getpid()}"
    sample, _phrase, _number = search_phrase_on_later_page(
        page, live_server, admin_token, sample_corpus)
    hit_for(page, sample.path).locator(".hit-title a").click()
    expect(page.locator("#doc-view")).to_be_visible()

    page.get_by_label("Add a tag").fill(tag)
    page.get_by_role("button", name="Add tag").click()
    expect(page.locator("#doc-tags")).to_contain_text(tag)
    page.get_by_role("button", name="Star").click()
    expect(page.locator("#star-toggle")).to_have_attribute("aria-pressed", "true")
    page.get_by_label("Note on this page").fill("Put this page to the witness.")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#doc-notes .note")).to_contain_text("Put this page to the witness.")

    page.get_by_role("button", name="Back to results").click()
    wait_for_results(page)
    hit = hit_for(page, sample.path)
    expect(hit.locator(".tag-chip")).to_have_text(tag)
    expect(hit.locator(".hit-star")).to_be_visible()
    page.locator("#brand").click()
    wait_for_results(page)
    expect(facet_row(page, "tag", tag)).to_have_count(1)
    assert facet_count(page, "tag", tag) == 1

    facet_row(page, "tag", tag).locator("input").check()
    expect(page.locator("#total")).to_have_text(total_text(1))
    wait_for_results(page)
    assert [p.inner_text() for p in page.locator(".hit .hit-path").all()] == [sample.path]

    search_for(page, f'tag:"{tag}"')
    expect(page.locator("#total")).to_have_text(total_text(1))


def test_a_tag_added_while_the_document_is_still_loading_stays_shown(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    """A fast reviewer (or a slow server) tags the document before its saved tags have arrived:
    the late answer, taken before the tag was saved, must not paint over it."""
    tag = f"tagged early {os.getpid()}"
    held: list[tuple[Route, APIResponse]] = []

    def hold_the_first_load(route: Route) -> None:
        if route.request.method == "GET" and not held:
            held.append((route, route.fetch()))  # answered now, delivered late
        else:
            route.continue_()

    page.route(re.compile(r"/api/documents/[^/]+/tags$"), hold_the_first_load)
    sample, _phrase, _number = search_phrase_on_later_page(
        page, live_server, admin_token, sample_corpus)
    with page.expect_request(lambda r: r.url.endswith("/tags") and r.method == "GET"):
        hit_for(page, sample.path).locator(".hit-title a").click()
    expect(page.locator("#doc-view")).to_be_visible()

    page.get_by_label("Add a tag").fill(tag)
    page.get_by_role("button", name="Add tag").click()
    expect(page.locator("#doc-tags")).to_contain_text(tag)
    with page.expect_response(lambda r: r.url.endswith("/tags") and r.request.method == "GET"):
        route, answer = held[0]
        route.fulfill(response=answer)
    page.wait_for_load_state("networkidle")
    expect(page.locator("#doc-tags")).to_contain_text(tag)
    expect(page.locator("#doc-tags .tag-none")).to_have_count(0)


def test_saved_searches_and_history(page: Page, live_server: str, admin_token: str) -> None:
    name = f"Carver sightings {os.getpid()}"
    open_results(page, live_server, admin_token)
    search_for(page, "Carver AND Sierra")
    page.get_by_role("button", name="Saved & history").click()
    dialog = page.get_by_role("dialog", name="Saved searches and history")
    expect(dialog).to_be_visible()
    dialog.get_by_label("Save the current search as").fill(name)
    dialog.get_by_role("button", name="Save", exact=True).click()
    expect(dialog.locator("#saved-list")).to_contain_text(name)
    expect(dialog.locator("#history-list")).to_contain_text("Carver AND Sierra")

    dialog.get_by_role("button", name="Close").click()
    search_for(page, "Whitlock")
    page.get_by_role("button", name="Saved & history").click()
    dialog.locator("#saved-list").get_by_role("link", name=name).click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_label("Search query")).to_have_value("Carver AND Sierra")
    wait_for_results(page)


def test_original_shows_inline_for_a_pdf(
    page: Page, live_server: str, admin_token: str, sample_corpus: SampleManifest
) -> None:
    sample, _phrase, number = phrase_on_later_page(sample_corpus)
    doc = next(h for h in api_json(page, live_server, admin_token, "/api/search", {"size": 100})["hits"]
               if h["path"] == sample.path)
    open_app(page, live_server, admin_token, f"doc={doc['id']}&page={number}")
    toggle = page.get_by_role("button", name="Show original")
    expect(toggle).to_be_visible()

    toggle.click()

    frame = page.locator("#original-pane iframe")
    expect(frame).to_have_attribute("src", re.compile(rf"^blob:.*#page={number}$"))
    expect(page.locator("#page-text")).to_be_hidden()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1500)  # the PDF viewer draws after the frame loads
    page.screenshot(path=str(SHOTS / "viewer-original.png"))
    page.get_by_role("button", name="Previous", exact=True).click()
    expect(frame).to_have_attribute("src", re.compile(rf"#page={number - 1}$"))
    page.get_by_role("button", name="Show text").click()
    expect(page.locator("#page-text")).to_be_visible()


def test_viewer_lists_the_email_thread(page: Page, live_server: str, admin_token: str) -> None:
    emails = api_json(page, live_server, admin_token, "/api/search",
                      {"filter": "type:email", "size": 100})["hits"]
    for email in emails:
        document = api_json(page, live_server, admin_token, f"/api/documents/{email['id']}")
        if len(document["thread"]) >= 3:
            break
    else:
        pytest.fail("the sample corpus has no e-mail thread of three")
    open_app(page, live_server, admin_token, f"doc={email['id']}&page=1")
    thread = page.locator('[data-family="thread"] li')
    expect(thread).to_have_count(len(document["thread"]))
    other = next(m for m in document["thread"] if m["id"] != email["id"])
    page.locator(f'[data-family="thread"] li[data-id="{other["id"]}"] a').click()
    expect(page.locator("#doc-meta")).to_contain_text(other["control"])


def test_linked_names_views_are_routed(page: Page, live_server: str, admin_token: str) -> None:
    """The page hands #names and #entity=... to entities.js, and a document link comes back."""
    open_app(page, live_server, admin_token, "names=1")
    expect(page.locator("#entity-view")).to_be_visible()
    expect(page.locator("#results-view")).to_be_hidden()
    expect(page.locator("#entity-view").get_by_label("Entity")).to_be_visible()

    page.goto(f"{live_server}/#entity=person&key=raymond%20stokes")
    expect(page.locator("#entity-view")).not_to_contain_text("Loading…")
    page.get_by_role("link", name="Linked names").click()
    expect(page.locator("#entity-view").get_by_label("Entity")).to_be_visible()
    page.locator("#brand").click()
    wait_for_results(page)


def test_kind_lists_and_labels_come_from_the_api(page: Page, live_server: str, admin_token: str) -> None:
    """The look-up's kinds and the entity page's label are what GET /api/entity-kinds serves."""
    kinds = api_json(page, live_server, admin_token, "/api/entity-kinds")
    open_app(page, live_server, admin_token, "names=1")
    options = page.locator("#entity-view").get_by_label("Kind").locator("option")
    expect(options).to_have_text(["Any kind", *[k["label"] for k in kinds if k["lookup"]]])
    person = next(k for k in kinds if k["name"] == "person")
    page.goto(f"{live_server}/#entity=person&key=raymond%20stokes")
    expect(page.locator("#entity-view .entity-sub")).to_contain_text(f"{person['label']} · ")


def test_a_note_typed_while_its_document_loads_waits_for_it(
    page: Page, live_server: str, admin_token: str
) -> None:
    """A slow document: its star and the buttons that add a tag or a note wait until it is
    loaded (a click before went nowhere, and the note typed was lost), then the note is added."""
    hit = api_json(page, live_server, admin_token, "/api/search", {"q": "Stokes", "size": 1})["hits"][0]

    def document_late(route: Route) -> None:
        page.wait_for_timeout(1500)
        route.continue_()

    page.route(re.compile(r"/api/documents/[^/?]+(?:\?|$)"), document_late)
    open_app(page, live_server, admin_token, f"doc={hit['id']}&page=1")
    page.get_by_label("Note on this page").fill("Read it beside the 1996 log.")
    expect(page.get_by_role("button", name="Add note")).to_be_disabled()
    expect(page.get_by_role("button", name="Add tag")).to_be_disabled()
    expect(page.get_by_role("button", name="Star")).to_be_disabled()

    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#doc-notes .note")).to_contain_text("Read it beside the 1996 log.")
    expect(page.get_by_role("button", name="Star")).to_be_enabled()
