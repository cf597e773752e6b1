"""The collection switcher: a user granted two collections searches both by default, narrows
to one, and the choice is kept in the URL and on the next visit; the entity look-up counts in
the collections chosen."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import api_json, open_results, total_text, wait_for_results

pytestmark = [pytest.mark.integration, pytest.mark.browser]

EMPTY = "ui-empty"


@pytest.fixture(scope="module")
def two_collections_token(store, indices, settings) -> str:  # noqa: ANN001
    """A reviewer granted the sample collection and an empty one of their own."""
    from search.store import ensure_collection
    from search.users import UserStore

    ensure_collection(store, indices, EMPTY, "UIE", "Created for the switcher test",
                      secret_key=settings.secret_key)
    return UserStore(store, indices, settings.secret_key).add(
        "ui-two-collections", "reviewer", ["sample", EMPTY], cleared=True)


def test_the_switcher_narrows_search_and_remembers_the_choice(
    page: Page, live_server: str, two_collections_token: str
) -> None:
    token = two_collections_token
    everything = api_json(page, live_server, token, "/api/search", {"q": "Stokes"})["total"]
    assert everything > 0
    open_results(page, live_server, token, "q=Stokes")
    menu = page.locator("#collections-menu")
    expect(menu.locator("summary")).to_have_text("All collections (2)")
    expect(page.locator("#total")).to_have_text(total_text(everything))

    menu.locator("summary").click()
    menu.get_by_label(EMPTY, exact=True).uncheck()
    expect(page).to_have_url(re.compile(r"[#&]c=sample(&|$)"))
    wait_for_results(page)
    expect(menu.locator("summary")).to_have_text("sample")
    expect(page.locator("#total")).to_have_text(total_text(everything))

    menu.get_by_label(EMPTY, exact=True).check()  # the menu stays open while boxes are ticked in turn
    menu.get_by_label("sample", exact=True).uncheck()
    expect(page).to_have_url(re.compile(r"[#&]c=ui-empty(&|$)"))
    wait_for_results(page)
    expect(page.locator("#total")).to_have_text(total_text(0))

    # The next visit lands on the last choice.
    page.goto(f"{live_server}/")
    page.reload()  # a new visit: the token is kept for the tab, the choice in localStorage
    wait_for_results(page)
    expect(menu.locator("summary")).to_have_text(EMPTY)

    # The entity look-up counts in the chosen collection only: nothing in the empty one.
    page.goto(f"{live_server}/#names=1")
    page.get_by_label("Entity").fill("Stokes")
    page.get_by_role("button", name="Look up").click()
    expect(page.locator(".entity-results")).to_contain_text("Nothing found.")
    menu.locator("summary").click()
    menu.get_by_role("button", name="All collections").click()
    page.get_by_role("button", name="Look up").click()
    expect(page.locator(".entity-results table")).to_be_visible()
