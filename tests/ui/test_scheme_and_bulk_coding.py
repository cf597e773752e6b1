"""The coding scheme editor and bulk coding in the browser (issue 18): an admin defines a
collection's scheme on the review page, with an issue "taxi licensing"; a reviewer ticks two
results from the keyboard and codes them, then codes every result of a search with the issue;
``coding.issue:"taxi licensing"`` finds exactly those, the facet counts them, and the CSV export
has the column. The admin then renames the issue in the page, confirming the documents it
recodes. The editor, the bulk coding form and its confirmation pass axe's accessibility check.

Everything runs on a small collection of its own, ingested for real.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import (
    api_json,
    facet_count,
    hit_ids,
    open_app,
    open_results,
    search_for,
    total_text,
    wait_for_results,
)
from tests.ui.test_accessibility import AXE, assert_accessible

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "bulk-ui"
ADMIN, REVIEWER = "bulk-ui-lead", "bulk-ui-rev"
PLACES = ["the bus station", "a kebab shop", "the retail park", "the canal", "a hotel car park",
          "the leisure centre", "the market hall"]
TAXI_FILES = {f"sightings/taxi {n}.txt": f"Sighting {n}: a taxi waited near {place} at "
              f"{n + 8} pm, badge {n * 31 + 7}." for n, place in enumerate(PLACES)}
OTHER_FILES = {f"minutes/meeting {n}.txt": f"Minutes {n}: the panel discussed {topic}."
               for n, topic in enumerate(["school transport", "curfews", "the youth club"])}
ISSUE = "taxi licensing"


@pytest.fixture(scope="module")
def tokens(store, indices, settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    from search.users import UserStore

    root: Path = tmp_path_factory.mktemp("bulk-ui")
    ingest_texts(store, settings, root, {**TAXI_FILES, **OTHER_FILES}, COLLECTION)
    users = UserStore(store, indices, settings.secret_key)
    return {ADMIN: users.add(ADMIN, "admin", [COLLECTION], cleared=True),
            REVIEWER: users.add(REVIEWER, "reviewer", [COLLECTION], cleared=True)}


def sign_in(page: Page, base: str, token: str, fragment: str) -> None:
    page.goto("about:blank")
    open_app(page, base, token, fragment)


def define_scheme(page: Page, base: str, token: str) -> None:
    """The admin ticks Relevance (its values given) and Issue, adding two values by keyboard."""
    sign_in(page, base, token, f"review=1&collection={COLLECTION}")
    editor = page.locator("#review-view .scheme-editor")
    expect(editor).to_contain_text(f"{COLLECTION} has no coding scheme yet")
    editor.get_by_label("Use Relevance in this collection").check()
    expect(editor.locator('[data-field="coding.relevance"] .scheme-value input').first) \
        .to_have_value("relevant")
    editor.get_by_label("Use Issue in this collection").check()
    adder = editor.get_by_label("Add a value to Issue")
    for value in (ISSUE, "missing from home"):
        adder.fill(value)
        adder.press("Enter")
    expect(editor.locator('[data-field="coding.issue"] .scheme-value input')).to_have_count(2)
    editor.get_by_role("button", name="Save coding scheme").click()
    expect(editor.locator(".scheme-status")).to_have_text(f"Saved the coding scheme of {COLLECTION}.")
    expect(editor).to_contain_text("Editing a value renames it")


def code_two_ticked_by_keyboard(page: Page) -> list[str]:
    """x ticks the focused result; the form is reached and used with the keyboard alone."""
    page.locator(".hit-title a").first.focus()
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    ticked = [hit.get_attribute("data-id") or "" for hit in page.locator(".hit").all()
              if hit.locator(".hit-select").is_checked()]
    assert len(ticked) == 2
    bulk = page.locator("#bulk-coding")
    bulk.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(bulk.get_by_label("The 2 results you ticked")).to_be_enabled()
    bulk.get_by_label("The 2 results you ticked").check()
    bulk.get_by_label("Coding field").select_option(label="Relevance")
    bulk.get_by_label("Value", exact=True).select_option("needs second look")
    bulk.get_by_role("button", name="Code documents…").press("Enter")
    dialog = page.locator("#confirm-dialog")
    expect(dialog.locator("h2")).to_have_text(f"Code 2 documents of {COLLECTION}?")
    page.keyboard.press("Enter")  # the focus starts on the dialog's Code button
    expect(bulk.locator(".bulk-status")).to_have_text(
        f"Coded 2 documents of {COLLECTION} (Relevance: set to 'needs second look'): 2 changed.")
    return ticked


def test_an_admin_defines_the_scheme_and_a_reviewer_bulk_codes_a_search(
        page: Page, live_server: str, tokens: dict[str, str]) -> None:
    define_scheme(page, live_server, tokens[ADMIN])
    scheme = api_json(page, live_server, tokens[ADMIN], f"/api/collections/{COLLECTION}/coding-scheme")
    assert [(f["name"], f["choices"]) for f in scheme["fields"]] == [
        ("coding.relevance", ["relevant", "not relevant", "needs second look"]),
        ("coding.issue", [ISSUE, "missing from home"])]

    sign_in(page, live_server, tokens[REVIEWER], "q=taxi")
    wait_for_results(page)
    expect(page.locator("#total")).to_have_text(total_text(len(TAXI_FILES)))
    taxis = set(hit_ids(page))
    ticked = code_two_ticked_by_keyboard(page)

    bulk = page.locator("#bulk-coding")
    bulk.get_by_label(f"All {len(TAXI_FILES)} results of this search").check()
    bulk.get_by_label("Coding field").select_option(label="Issue")
    bulk.get_by_label("Value", exact=True).select_option(ISSUE)
    expect(bulk.get_by_label(re.compile("^Add to the values"))).to_be_checked()
    bulk.get_by_role("button", name="Code documents…").click()
    dialog = page.locator("#confirm-dialog")
    expect(dialog).to_contain_text(f"Every result of this search in {COLLECTION}")
    dialog.get_by_role("button", name=f"Code {len(TAXI_FILES)} documents").click()
    expect(bulk.locator(".bulk-status")).to_have_text(
        f"Coded {len(TAXI_FILES)} documents of {COLLECTION} (Issue: add '{ISSUE}'): "
        f"{len(TAXI_FILES)} changed.")

    search_for(page, f'coding.issue:"{ISSUE}"')
    expect(page.locator("#total")).to_have_text(total_text(len(TAXI_FILES)))
    assert set(hit_ids(page)) == taxis
    assert facet_count(page, "coding.issue", ISSUE) == len(TAXI_FILES)
    assert facet_count(page, "coding.relevance", "needs second look") == 2

    page.get_by_text("Export", exact=True).click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export CSV").click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as exported:
        rows = list(csv.DictReader(exported))
    assert {row["id"] for row in rows} == taxis
    assert {row["coding.issue"] for row in rows} == {ISSUE}
    assert {row["id"] for row in rows if row["coding.relevance"] == "needs second look"} == set(ticked)

    # The admin renames the issue in the page: the documents given it follow, once confirmed.
    sign_in(page, live_server, tokens[ADMIN], f"review=1&collection={COLLECTION}")
    issue = page.locator('#review-view [data-field="coding.issue"]')
    expect(issue.locator(".scheme-used").first).to_have_text(f"{len(TAXI_FILES)} documents")
    issue.locator(".scheme-value input").first.fill("taxi licensing (hackney carriages)")
    page.get_by_role("button", name="Save coding scheme").click()
    expect(page.locator("#confirm-dialog")).to_contain_text(
        f"Issue: '{ISSUE}' becomes 'taxi licensing (hackney carriages)' on {len(TAXI_FILES)} documents.")
    page.locator("#confirm-dialog").get_by_role("button", name="Save and recode").click()
    expect(page.locator("#review-view .scheme-status")).to_have_text(
        f"Saved the coding scheme of {COLLECTION}. Recoded: '{ISSUE}' became "
        f"'taxi licensing (hackney carriages)' on {len(TAXI_FILES)} documents.")
    renamed = api_json(page, live_server, tokens[ADMIN], "/api/search",
                       {"q": 'coding.issue:"taxi licensing (hackney carriages)"', "size": 50})
    assert {hit["id"] for hit in renamed["hits"]} == taxis


def test_the_scheme_editor_and_bulk_coding_are_accessible(
        page: Page, live_server: str, tokens: dict[str, str]) -> None:
    if not AXE.is_file():
        pytest.skip(f"{AXE} is missing (scripts/setup.sh installs it with npm)")
    axe = AXE.read_text(encoding="utf-8")
    scheme = f"{live_server}/api/collections/{COLLECTION}/coding-scheme"
    lead = {"Authorization": f"Bearer {tokens[ADMIN]}"}
    if not page.request.get(scheme, headers=lead).json()["fields"]:  # run alone
        defined = page.request.put(scheme, headers=lead, data={"fields": [
            {"name": "coding.relevance"}, {"name": "coding.issue", "choices": [ISSUE]}]})
        assert defined.ok, defined.text()
    sign_in(page, live_server, tokens[ADMIN], f"review=1&collection={COLLECTION}")
    expect(page.locator("#review-view .scheme-form")).to_be_visible()
    assert_accessible(page, axe)
    open_results(page, live_server, tokens[REVIEWER], "q=taxi")
    page.locator("#bulk-coding summary").click()
    expect(page.get_by_label("Coding field")).to_be_visible()
    assert_accessible(page, axe)
    page.get_by_role("button", name="Code documents…").click()
    expect(page.locator("#confirm-dialog")).to_be_visible()
    assert_accessible(page, axe)
    page.locator("#confirm-dialog").get_by_role("button", name="Cancel").click()
    expect(page.locator("#confirm-dialog")).to_be_hidden()
