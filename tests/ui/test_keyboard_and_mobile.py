"""The keyboard and the small screen: from the search box to the first result in a few Tab
presses, j/k through the results, Enter opens, Esc returns the focus to the result it came from,
? lists the keys; at 390 px the first result shows on the first screen, the filters behind a
button."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.ui.helpers import open_results, wait_for_results

pytestmark = [pytest.mark.integration, pytest.mark.browser]


def focused_hit_id(page: Page) -> str | None:
    return page.evaluate("document.activeElement.closest('.hit')?.dataset.id ?? null")


def test_keyboard_only_through_results_and_back(page: Page, live_server: str,
                                                admin_token: str) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    ids = [h.get_attribute("data-id") for h in page.locator(".hit").all()]
    page.get_by_label("Search query").focus()
    for _press in range(12):
        page.keyboard.press("Tab")
        if focused_hit_id(page):
            break
    assert focused_hit_id(page) == ids[0], "the first result is 12 Tab presses away at most"

    page.keyboard.press("j")
    page.keyboard.press("j")
    assert focused_hit_id(page) == ids[2]
    page.keyboard.press("k")
    assert focused_hit_id(page) == ids[1]
    page.keyboard.press("ArrowDown")
    assert focused_hit_id(page) == ids[2]

    page.keyboard.press("Enter")
    expect(page.locator("#doc-view")).to_be_visible()
    assert f"doc={ids[2]}" in page.url
    page.locator("#page-text").focus()
    page.keyboard.press("Escape")
    wait_for_results(page)
    expect(page.locator(f'.hit[data-id="{ids[2]}"] .hit-title a')).to_be_focused()

    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keys")).to_be_visible()


def test_at_390_px_the_first_result_is_on_the_first_screen(
    browser: Browser, page: Page, live_server: str, admin_token: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_results(page, live_server, admin_token, "q=Stokes")
    first = page.locator(".hit").first.bounding_box()
    assert first is not None and first["y"] < 844 - 80, first
    expect(page.locator("#filters")).to_be_hidden()
    page.get_by_role("button", name="Filters").click()
    expect(page.locator("#filters")).to_be_visible()
    box = page.locator("#filters").bounding_box()
    assert box is not None and box["y"] < page.locator(".hit").first.bounding_box()["y"]
