"""Citing from the page: the citation export has one row per hit page (citation, page, snippet),
JSON exports of a query carry the hit pages, the page's two hit counts agree, and Next hit past a
document's last hit opens the next result at its first hit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import api_json, open_results

pytestmark = [pytest.mark.integration, pytest.mark.browser]

WORD = "Stokes"


def test_a_citation_export_has_one_row_per_hit_page(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token, f"q={WORD}")
    page.get_by_text("Export", exact=True).click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export citations").click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text("utf-8"))))
    search = api_json(page, live_server, admin_token, "/api/search", {"q": WORD, "size": 100})
    assert {row["control"] for row in rows} == {hit["control"] for hit in search["hits"]}
    for hit in search["hits"][:5]:
        pages = api_json(page, live_server, admin_token, f"/api/documents/{hit['id']}/hits",
                         {"q": WORD})["pages"]
        mine = [row for row in rows if row["control"] == hit["control"]]
        assert [int(row["page"]) for row in mine] == pages
        assert [row["citation"] for row in mine] == [f"{hit['control']}-{p:04d}" for p in pages]
        assert all(WORD.lower() in row["snippet"].lower() for row in mine), mine

    answer = page.request.get(f"{live_server}/api/export", params={"q": WORD, "format": "json"},
                              headers={"Authorization": f"Bearer {admin_token}"})
    documents = json.loads(answer.text())
    first = next(d for d in documents if d["control"] == search["hits"][0]["control"])
    assert first["hit_pages"] and len(first["citations"]) == len(first["hit_pages"])


def test_hit_counts_agree_and_next_hit_goes_on_to_the_next_result(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token, f"q={WORD}")
    total = len(page.locator(".hit").all())
    assert total >= 2
    page.locator(".hit-title a").first.click()
    status = page.locator("#hit-status")
    expect(status).to_contain_text("Hit 1 of")
    expect(page.locator("#doc-status")).to_have_text(f"Result 1 of {total}")
    count = int(status.inner_text().split(" of ")[1].split(" ")[0])
    expect(page.locator("#page-hits")).to_have_text(f"{count} hit{'s' if count > 1 else ''} on this page")

    next_hit = page.get_by_role("button", name="Next hit")
    for _ in range(200):
        if page.locator("#doc-status").inner_text() != f"Result 1 of {total}":
            break
        next_hit.click()
        expect(page.locator("#progress")).to_be_hidden()
    expect(page.locator("#doc-status")).to_have_text(f"Result 2 of {total}")
    page.get_by_role("button", name="Back to results").click()
    expect(page.locator("#results-view")).to_be_visible()
