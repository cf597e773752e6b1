"""What the browser tests do and look for on the page, shared by the test modules."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Locator, Page, expect

__all__ = [
    "PAGE_SIZE",
    "SHOTS",
    "UI_USER",
    "api_json",
    "facet_count",
    "facet_row",
    "hit_doc_with_hits_on_two_pages",
    "hit_for",
    "hit_ids",
    "open_app",
    "open_results",
    "phrase_on_later_page",
    "search_for",
    "search_phrase_on_later_page",
    "total_text",
    "wait_for_results",
    "words",
]

# The browser tests' user: a cleared reviewer granted the sample collection alone
# (tests/ui/conftest.py), so the page shows only what the tests know. Admins see every collection.
UI_USER = "ui-reviewer"

if TYPE_CHECKING:
    from ingest.samples import SampleFile, SampleManifest

SHOTS = Path(os.environ.get("DOCKET_UI_SHOTS", "/tmp/ui-shots"))
PAGE_SIZE = 20
expect.set_options(timeout=15_000)


def open_app(page: Page, base: str, token: str, fragment: str = "") -> None:
    """Open the page with the token in the URL, as `docket demo` prints it."""
    page.goto(f"{base}/#token={token}{'&' + fragment if fragment else ''}")


def wait_for_results(page: Page) -> None:
    expect(page.locator("#results-view")).to_be_visible()
    expect(page.locator("#summary #total")).to_be_visible()
    expect(page.locator("#results-list")).to_have_attribute("aria-busy", "false")


def open_results(page: Page, base: str, token: str, fragment: str = "") -> None:
    """Open the page and wait for its first results, as a user waits before acting."""
    open_app(page, base, token, fragment)
    wait_for_results(page)


def search_for(page: Page, query: str) -> None:
    """Type a query and press Enter, as a user does, then wait for its results."""
    box = page.get_by_label("Search query")
    box.fill(query)
    box.press("Enter")
    expect(page.locator("#summary q")).to_have_text(query)
    wait_for_results(page)


def hit_for(page: Page, path: str) -> Locator:
    return page.locator(".hit").filter(has=page.locator(".hit-path", has_text=re.compile(
        rf"^{re.escape(path)}$")))


def hit_ids(page: Page) -> list[str]:
    return [hit.get_attribute("data-id") or "" for hit in page.locator(".hit").all()]


def facet_row(page: Page, field: str, value: str) -> Locator:
    return page.locator(f'[data-facet="{field}"] li').filter(
        has=page.locator(".facet-value", has_text=re.compile(rf"^{re.escape(value)}$")))


def facet_count(page: Page, field: str, value: str) -> int:
    return int(facet_row(page, field, value).locator(".facet-count").inner_text().replace(",", ""))


def total_text(count: int) -> str:
    return f"{count:,} document" + ("" if count == 1 else "s")


def phrase_on_later_page(
    manifest: SampleManifest, need_next_page: bool = False
) -> tuple[SampleFile, str, int]:
    """A text PDF of the sample corpus with a phrase on page 2 or later: (file, phrase, page)."""
    for sample in manifest.files:
        if sample.format != "pdf" or not sample.path.endswith(".pdf") or "scan" in sample.kind:
            continue
        for phrase, number in sample.page_of_phrase.items():
            if number < 2 or '"' in phrase or (need_next_page and number >= sample.page_count):
                continue
            return sample, phrase, number
    pytest.fail("the sample corpus has no phrase on page 2+ of a text PDF")


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def api_json(page: Page, base: str, token: str, path: str, params: dict | list | None = None) -> dict:
    """An API answer; ``params`` as a list of pairs repeats a parameter (filter=...&filter=...)."""
    query = f"?{urlencode(params)}" if params else ""
    answer = page.request.get(f"{base}{path}{query}", headers={"Authorization": f"Bearer {token}"})
    assert answer.ok, (path, answer.status, answer.text())
    return json.loads(answer.text())


def hit_doc_with_hits_on_two_pages(page: Page, base: str, token: str) -> tuple[dict, str, list[int]]:
    """A document whose first page holds no hit of a word, whose first page with hits holds two
    or more, and which has hits on a later page too: (hit, word, pages with hits)."""
    for word in ("Carver", "Stokes", "Whitlock", "Harwick"):
        for hit in api_json(page, base, token, "/api/search", {"q": word, "size": 100})["hits"]:
            if (hit["page_count"] or 0) < 3:
                continue
            pages = api_json(page, base, token, f"/api/documents/{hit['id']}/hits", {"q": word})["pages"]
            if len(pages) < 2 or pages[0] == 1:
                continue
            first = api_json(page, base, token, f"/api/documents/{hit['id']}/pages/{pages[0]}",
                             {"q": word})
            if first["hits"] >= 2:
                return hit, word, pages
    pytest.fail("the sample corpus has no document with hits on two pages after page 1")


def search_phrase_on_later_page(
    page: Page, base: str, token: str, manifest: SampleManifest, need_next_page: bool = False
) -> tuple[SampleFile, str, int]:
    """Open the page and search, quoted, a phrase that is on page 2 or later of a text PDF."""
    sample, phrase, number = phrase_on_later_page(manifest, need_next_page)
    open_results(page, base, token)
    search_for(page, f'"{phrase}"')
    return sample, phrase, number
