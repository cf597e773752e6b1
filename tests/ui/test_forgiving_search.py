"""Search that forgives, in the browser: a one-typo fuzzy term finds the document, a search
that finds nothing offers a spelling that does, query errors are named in words with a caret and
clear the results they would otherwise sit above, and the date boxes take UK dates."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import open_results, search_for, wait_for_results

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def total(page: Page) -> int:
    return int(page.locator("#summary #total").get_attribute("data-total") or "0")


def test_a_one_typo_fuzzy_search_finds_the_document(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    search_for(page, "Whitlock")
    exact = total(page)
    search_for(page, "Whitlok~")
    assert exact > 0 and total(page) >= exact
    expect(page.locator(".hit mark").first).to_be_visible()


def test_a_search_that_finds_nothing_offers_a_spelling_that_finds_it(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    search_for(page, '"Sarah Whitlcok"')
    assert total(page) == 0
    suggestion = page.locator("#suggestion")
    expect(suggestion).to_contain_text("Did you mean")
    suggestion.get_by_role("link", name='"Sarah Whitlock"').click()
    expect(page.locator("#summary q")).to_have_text('"Sarah Whitlock"')
    wait_for_results(page)
    assert total(page) > 0
    expect(page.get_by_label("Search query")).to_have_value('"Sarah Whitlock"')
    expect(suggestion).to_be_hidden()


@pytest.mark.api_errors(400)
def test_an_unclosed_quote_is_named_with_a_caret_and_clears_the_results(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    search_for(page, "Whitlock")
    expect(page.locator(".hit").first).to_be_visible()

    box = page.get_by_label("Search query")
    box.fill('Whitlock "Thornleigh')
    box.press("Enter")
    error = page.get_by_role("alert").filter(has_text="Query error")
    expect(error).to_contain_text("missing closing quote after position 9")
    caret = page.locator(".query-caret")
    expect(caret).to_contain_text('Whitlock "Thornleigh')
    assert caret.inner_text().splitlines()[1] == " " * 9 + "^"
    expect(page.locator(".hit")).to_have_count(0)
    expect(page.locator("#summary")).to_have_text("")
    expect(page.locator("#facets .facet")).to_have_count(0)


def test_the_date_boxes_take_uk_dates_months_and_years(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    page.get_by_label("Date from").fill("03/11/1995")
    page.get_by_label("Date to").fill("6/2003")
    page.get_by_label("Search query").press("Enter")
    expect(page).to_have_url(re.compile(r"from=1995-11-03&to=2003-06"))
    wait_for_results(page)
    expect(page.locator("#chips")).to_contain_text("1995-11-03")


def test_a_date_that_is_not_one_is_named_and_clears_the_results(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token)
    expect(page.locator(".hit").first).to_be_visible()
    page.get_by_label("Date from").fill("31/02/1997")
    page.get_by_label("Search query").press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("'31/02/1997' is not a date")
    expect(page.get_by_label("Date from")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".hit")).to_have_count(0)
