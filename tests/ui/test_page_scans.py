"""A page-per-file scan becomes one document, in the browser: an archivist loads
``D0020_p1.png``, ``D0020_p2.png``, ``D0020_p10.png`` and a lone ``notes_p1.png`` through the page
(the rule is on by default, and says so); the ledger counts four files; a search finds the scan
as one document titled "D0020", opened at its second page, which holds the p2 file's text, with
that page's own citation and that page's file as its original.

The archivist is an admin of their own collection alone, so what they load never reaches the
'sample' collection the other browser tests count on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ingest.test_scans import render_page
from tests.ui.helpers import hit_for, open_app, open_results

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ARCHIVE = "ui-scans"
PAGES = {"D0020_p1.png": "Harbour ledger opened", "D0020_p2.png": "Quayside warrant served",
         "D0020_p10.png": "Tolworth signed receipt", "notes_p1.png": "Lantern inventory checked"}


@pytest.fixture(scope="module")
def scans_token(store, indices, settings) -> str:  # noqa: ANN001
    from search.store import ensure_collection
    from search.users import UserStore

    ensure_collection(store, indices, ARCHIVE, "UIS", "Scans loaded through the page",
                      secret_key=settings.secret_key)
    return UserStore(store, indices, settings.secret_key).add("ui-scans-archivist", "admin",
                                                              [ARCHIVE])


def test_a_page_per_file_scan_becomes_one_document(
    page: Page, live_server: str, scans_token: str, tmp_path: Path
) -> None:
    files = [render_page(tmp_path / "box" / name, text) for name, text in PAGES.items()]
    open_app(page, live_server, scans_token, "archive")
    page.get_by_label("Into collection").select_option(ARCHIVE)
    expect(page.get_by_label(re.compile("become one document"))).to_be_checked()
    page.locator("#load-files").set_input_files(files)
    page.get_by_role("button", name="Load 4 files").click()
    expect(page.locator("#job-status")).to_have_text("finished", timeout=240_000)
    expect(page.locator("#ledger-received")).to_have_text("4")
    expect(page.locator('#ledger tr[data-state="indexed"] td')).to_have_text("4")

    open_results(page, live_server, scans_token, f"q=Quayside&c={ARCHIVE}")
    expect(page.locator(".hit")).to_have_count(1)
    hit = hit_for(page, "D0020_p1.png")
    expect(hit.locator(".hit-title")).to_have_text("D0020")
    hit.locator(".hit-title a").click()

    expect(page.locator("#doc-title")).to_have_text("D0020")
    expect(page.locator("#page-count")).to_have_text("of 3")
    expect(page.locator("#page-input")).to_have_value("2")
    expect(page.locator("#citation")).to_have_text(re.compile(r"^UIS-\d{6}-0002$"))
    expect(page.locator("#page-text")).to_contain_text("Quayside")
    files_list = page.get_by_role("list", name="Files of the scan, one per page")
    expect(files_list.locator("li")).to_have_text(["D0020_p1.png", "D0020_p2.png",
                                                   "D0020_p10.png"])

    with page.expect_response(re.compile(r"/file\?page=2$")) as original:
        page.locator("#toggle-original").click()
    assert original.value.status == 200
    # That page's own file (the served name and size say which).
    assert "D0020_p2.png" in (original.value.header_value("content-disposition") or "")
    size = (tmp_path / "box" / "D0020_p2.png").stat().st_size
    assert original.value.header_value("content-length") == str(size)
    expect(page.locator("#original-pane img")).to_be_visible()

    open_results(page, live_server, scans_token, f"q=Lantern&c={ARCHIVE}")
    expect(hit_for(page, "notes_p1.png")).to_have_count(1)
