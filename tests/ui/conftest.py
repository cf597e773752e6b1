"""Fixtures of the browser tests: Playwright's sync API driving Debian's Chromium (headless)
against the app served on a loopback port, with the sample corpus ingested into 'sample'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    # Nothing here can run without it; the test modules are not even imported.
    collect_ignore_glob = ["test_*.py"]
else:
    from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live_server: str, sample_job: dict) -> Iterator[Page]:
    """A fresh browser tab; script errors and CSP violations fail the test."""
    assert sample_job["counts"].get("indexed", 0) > 0, sample_job
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # Refused API calls (400, 401) are expected in some tests; anything else is a bug,
        # including the CSP reports Chromium logs when the page breaks the policy.
        if message.type == "error" and "Failed to load resource" not in message.text:
            problems.append(f"console: {message.text} at {message.location}")

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    yield tab
    context.close()
    if problems:
        pytest.fail("the page logged errors:\n" + "\n".join(problems))
