"""Names everywhere are links: a name in the hit chips, in a snippet and in the document panel
opens its entity page (the chip's + still filters); a mention opened from the entity page is
marked and steps on to the entity's next document, and Back returns to the entity page."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import api_json, open_app, open_results, wait_for_results

pytestmark = [pytest.mark.integration, pytest.mark.browser]

KEY = "raymond stokes"


def test_a_hit_chip_opens_the_entity_page_and_its_plus_filters(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    chip = page.locator(".hit a.entity-person").first
    name = chip.inner_text()
    chip.click()
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()
    assert "entity=person" in page.url
    page.go_back()
    wait_for_results(page)
    page.get_by_role("button", name=f"Filter by person {name}").first.click()
    expect(page.locator("#chips")).to_contain_text(f"Person:{name}")


def test_a_name_in_a_snippet_opens_its_entity_page(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    link = page.locator(".snippet-text a.snippet-entity").first
    expect(link).to_be_visible()
    link.click()
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()


def test_a_name_in_the_document_panel_opens_its_page_which_lists_every_written_form(
    page: Page, live_server: str, admin_token: str
) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    page.locator(".hit-title a").first.click()
    names = page.locator("#doc-entities a.entity-name")
    expect(names.first).to_be_visible()
    names.first.click()
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()
    params = dict(re.findall(r"(entity|key)=([^&]+)", page.url))
    answer = api_json(page, live_server, admin_token,
                      f"/api/entities/{params['entity']}/{params['key']}", {"size": 200})
    # One line per written form of each variant (a variant without forms is its own line).
    forms = [form for variant in answer["variants"] for form in (variant["forms"] or [variant])]
    expect(page.locator(".entity-variants > li")).to_have_count(len(forms))
    for form in forms:
        expect(page.locator(".entity-variants")).to_contain_text(form["text"])


def test_a_mention_opens_marked_steps_to_the_next_document_and_back_returns(
    page: Page, live_server: str, admin_token: str
) -> None:
    answer = api_json(page, live_server, admin_token, f"/api/entities/person/{quote(KEY)}",
                      {"size": 500})
    documents = list(dict.fromkeys(m["document_id"] for m in answer["mentions"]))
    assert len(documents) >= 2, "the sample corpus names Raymond Stokes in two documents"
    open_app(page, live_server, admin_token, "names=1")
    page.goto(f"{live_server}/#entity=person&key={quote(KEY)}")
    heading = page.locator("#entity-view .entity-page h2")
    expect(heading).to_have_text(answer["text"])

    page.locator(".entity-mentions > li a").first.click()
    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#page-text mark.hit-current").first).to_be_visible()
    expect(page.locator("#doc-status")).to_have_text(f"Document 1 of {len(documents)}")
    first = page.url

    page.get_by_role("button", name="Next document").click()
    expect(page.locator("#doc-status")).to_have_text(f"Document 2 of {len(documents)}")
    assert f"doc={documents[1]}" in page.url and page.url != first
    expect(page.locator("#page-text mark.hit-current").first).to_be_visible()

    page.get_by_role("button", name=re.compile(r"^Back to ")).click()
    expect(heading).to_have_text(answer["text"])
    assert "entity=person" in page.url
