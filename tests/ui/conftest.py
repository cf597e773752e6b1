"""Fixtures of the browser tests: Playwright's sync API driving Debian's Chromium (headless)
against the app served on a loopback port, with the sample corpus ingested into 'sample'."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Response, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 900}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture (the session's sample job would come first): without Chromium, each
    browser test is a visible skip with its reason, and a failure in CI."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium): the browser tests cannot run"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def admin_token(store, indices, settings) -> str:  # noqa: ANN001
    """The browser tests' user: a cleared reviewer granted the sample collection alone, so the
    page shows what the tests know (the sample corpus), whatever other test modules ingested
    into the same indices before them. An admin would see every collection."""
    from search.users import UserStore
    from tests.ui.helpers import UI_USER

    return UserStore(store, indices, settings.secret_key).add(
        UI_USER, "reviewer", ["sample"], cleared=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server: str, sample_job: dict,
         request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser tab; script errors, CSP violations and any API answer of 400 or more
    fail the test, unless the test declares that status with ``@pytest.mark.api_errors``."""
    assert sample_job["counts"].get("indexed", 0) > 0, sample_job
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # Refused API calls (400, 401) are expected in some tests; anything else is a bug,
        # including the CSP reports Chromium logs when the page breaks the policy.
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems.append(f"console: {message.text} at {message.location}")

    marker = request.node.get_closest_marker("api_errors")
    expected = set(marker.args) if marker else set()

    def on_response(response: Response) -> None:
        # Chromium logs a failed fetch only as "Failed to load resource" (ignored above), so a
        # page that shows an empty view over a failed call would pass without this.
        path = urlparse(response.url).path
        if path.startswith("/api/") and response.status >= 400 \
                and response.status not in expected:
            problems.append(f"API {response.request.method} {path}: {response.status}")

    tab.on("response", on_response)
    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    yield tab
    context.close()
    if problems:
        pytest.fail("the page logged errors:\n" + "\n".join(problems))
