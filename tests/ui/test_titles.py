"""Titles: a text file without a declared title is listed and shown by its first meaningful
line, not by its file name (ingest.records.document_title)."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import api_json, hit_for, open_results

pytestmark = [pytest.mark.integration, pytest.mark.browser]


def test_a_text_file_is_titled_by_its_first_line(page: Page, live_server: str,
                                                 admin_token: str) -> None:
    hits = api_json(page, live_server, admin_token, "/api/search",
                    {"filter": "type:text", "size": 100})["hits"]
    texts = [h for h in hits if (h["path"] or "").endswith(".txt")]
    assert texts, "the sample corpus holds text files"
    assert all(h["title"] != PurePosixPath(h["path"]).name for h in texts), texts
    hit = next(h for h in texts if '"' not in h["title"])
    first_page = api_json(page, live_server, admin_token, f"/api/documents/{hit['id']}/pages/1")
    assert hit["title"].rstrip("…") in " ".join(first_page["html"].split())

    open_results(page, live_server, admin_token, "f=type:text&size=100")
    expect(hit_for(page, hit["path"]).locator(".hit-title")).to_have_text(hit["title"])
    hit_for(page, hit["path"]).locator(".hit-title a").click()
    expect(page.locator("#doc-title")).to_have_text(hit["title"])
