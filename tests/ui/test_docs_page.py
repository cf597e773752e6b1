"""/docs in the browser: Swagger UI served by the app (no CDN), under the page's CSP, lists the
API's routes. The page fixture fails the test on any script error or CSP violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Request, expect

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def test_the_api_reference_works_offline_under_the_csp(page: Page, live_server: str) -> None:
    asked: list[str] = []

    def note(request: Request) -> None:
        asked.append(request.url)

    page.on("request", note)
    answer = page.goto(f"{live_server}/docs")
    assert answer is not None and answer.ok
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    expect(page.get_by_text("Docket API").first).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/api/search").first).to_be_visible()
    assert all(url.startswith(live_server) for url in asked), asked
