"""Review batches in the browser (issue 18): a lead (an admin) saves a search and makes batches
from it, a reviewer codes a batch of 10 documents with the keyboard alone, the lead sends a QC
sample to a second reviewer, who codes it blind, and the dashboard shows the disagreement; the
coding is then searched (``coding.issue:``) and faceted on the search page, and the audit chain
still verifies. The review page and the coding panel pass axe's accessibility check.

Everything runs on a small collection of its own, ingested for real, so no other test's coding
counts here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import (
    api_json,
    open_app,
    open_results,
    search_for,
    total_text,
    wait_for_results,
)
from tests.ui.test_accessibility import AXE, assert_accessible

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "review-ui"
LEAD, FIRST, SECOND = "review-ui-lead", "review-ui-ann", "review-ui-ben"
ISSUES = ["taxi licensing", "missing from home", "strategy meetings"]
PLACES = ["the bus station", "a kebab shop", "the retail park", "a children's home", "the canal",
          "a hotel car park", "the leisure centre", "a bed and breakfast", "the market hall",
          "a petrol station", "the railway bridge", "a youth club"]
FILES = {f"notes/visit {n:02d}.txt":
         f"Visit {n}: officers saw a taxi near {place} on day {n * 37 % 29 + 1}. "
         f"Reference {1000 + n * 7919}; the driver's badge was number {n * 13 + 5}."
         for n, place in enumerate(PLACES)}
SCHEME = {"fields": [
    {"name": "coding.relevance"},
    {"name": "coding.issue", "label": "Issues", "choices": ISSUES},
    {"name": "coding.sensitivity", "choices": ["none", "personal data"]},
    {"name": "coding.event_date"}, {"name": "coding.note"}]}
BATCH_SIZE = 10
TAXI_LICENSING = 6  # the first six documents of the batch get this issue


@pytest.fixture(scope="module")
def tokens(store, indices, settings, tmp_path_factory, live_server: str) -> dict[str, str]:  # noqa: ANN001
    import httpx

    from search.users import UserStore

    root: Path = tmp_path_factory.mktemp("review-ui")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    users = UserStore(store, indices, settings.secret_key)
    made = {LEAD: users.add(LEAD, "admin", [COLLECTION], cleared=True),
            FIRST: users.add(FIRST, "reviewer", [COLLECTION], cleared=True),
            SECOND: users.add(SECOND, "reviewer", [COLLECTION], cleared=True)}
    defined = httpx.put(f"{live_server}/api/collections/{COLLECTION}/coding-scheme", json=SCHEME,
                        headers={"Authorization": f"Bearer {made[LEAD]}"})
    assert defined.status_code == 200, defined.text
    return made


def sign_in(page: Page, base: str, token: str, fragment: str) -> None:
    """Another user at the same browser: a fresh load, so nothing of the last one is kept."""
    page.goto("about:blank")
    open_app(page, base, token, fragment)


def coding_panel(page: Page):  # noqa: ANN201 - a Locator
    return page.locator("#coding-panel")


def make_batches(page: Page, base: str, token: str) -> None:
    """The lead saves a search of the collection, then makes batches of 10 from it."""
    open_results(page, base, token, f"q=taxi&c={COLLECTION}")
    expect(page.locator("#total")).to_have_text(total_text(len(FILES)))
    page.get_by_role("button", name="Saved & history").click()
    page.get_by_label("Save the current search as").fill("Taxi sightings")
    page.locator("#save-form button[type=submit]").click()
    expect(page.locator("#saved-list")).to_contain_text("Taxi sightings")
    page.locator("#close-searches").click()

    page.locator("#review-link").click()
    view = page.locator("#review-view")
    view.get_by_label("Collection", exact=True).first.select_option(COLLECTION)
    view.get_by_label(re.compile("^Saved search")).select_option(label="Taxi sightings")
    view.get_by_label("Documents per batch").fill(str(BATCH_SIZE))
    view.get_by_label("Reviewers", exact=True).fill(FIRST)
    view.get_by_label(re.compile("^Batch name")).fill("Taxi")
    view.get_by_role("button", name="Make batches").click()
    expect(view.locator(".review-made")).to_have_text(f"Made 2 batches in {COLLECTION}.")
    rows = view.locator(".review-batches tbody tr", has_text="Taxi")
    expect(rows).to_have_count(2)
    expect(rows.first.locator("th")).to_have_text("Taxi 1")
    expect(rows.first.locator("input")).to_have_value(FIRST)
    expect(rows.first.locator(".review-progress")).to_have_text(f"0 of {BATCH_SIZE} coded")


def open_by_keyboard(page: Page, name: str) -> None:
    link = page.locator("#review-view a.review-open", has_text=name)
    link.focus()
    page.keyboard.press("Enter")
    expect(coding_panel(page)).to_be_visible()


def code_batch_by_keyboard(page: Page) -> None:
    """Ten documents coded without the mouse: a digit for relevance, i and Space for an issue,
    d and t for the date and the note, Enter (or Ctrl+Enter in the note) to save and go on."""
    panel = coding_panel(page)
    for n in range(BATCH_SIZE):
        expect(panel.locator(".coding-where")).to_have_text(f"Taxi 1 · document {n + 1} of {BATCH_SIZE}")
        expect(panel.locator(".coding-progress")).to_have_text(f"{n} of {BATCH_SIZE} coded")
        page.keyboard.press("1" if n % 2 == 0 else "2")
        if n < TAXI_LICENSING:
            page.keyboard.press("i")
            page.keyboard.press("Space")
        if n == 1:  # a second issue: the next box of the group
            page.keyboard.press("Tab")
            page.keyboard.press("Space")
        if n == 0:
            page.keyboard.press("d")
            page.keyboard.type("05/03/2019")
            page.keyboard.press("Escape")  # out of the field, back to the page
            page.keyboard.press("t")
            page.keyboard.type("Driver seen with a missing girl")
            page.keyboard.press("Control+Enter")
        else:
            page.keyboard.press("Enter")
    expect(panel.locator(".coding-progress")).to_have_text(f"{BATCH_SIZE} of {BATCH_SIZE} coded")
    expect(panel.locator(".coding-status")).to_have_text("Saved: this was the batch's last document.")


def test_a_batch_is_made_coded_by_keyboard_and_qc_shows_the_disagreement(
        page: Page, live_server: str, tokens: dict[str, str], store, settings) -> None:  # noqa: ANN001
    from search.audit_verify import verify

    make_batches(page, live_server, tokens[LEAD])
    batches = api_json(page, live_server, tokens[LEAD], "/api/batches", {"collection": COLLECTION})
    batch = api_json(page, live_server, tokens[LEAD], f"/api/batches/{batches[0]['id']}")
    assert batch["total"] == BATCH_SIZE and batch["reviewer"] == FIRST

    # The reviewer codes the batch in the viewer, keyboard only.
    sign_in(page, live_server, tokens[FIRST], "review=1")
    open_by_keyboard(page, "Start Taxi 1")
    code_batch_by_keyboard(page)
    codings = [api_json(page, live_server, tokens[FIRST], f"/api/documents/{d}/coding")["values"]
               for d in batch["doc_ids"]]
    assert [c["coding.relevance"] for c in codings] == ["relevant", "not relevant"] * 5
    assert codings[0]["coding.event_date"] == "2019-03-05"
    assert codings[0]["coding.note"] == "Driver seen with a missing girl"
    assert codings[1]["coding.issue"] == ["taxi licensing", "missing from home"]
    assert [c.get("coding.issue") for c in codings[TAXI_LICENSING:]] == [None] * 4

    # The lead sends 20% of it to a second reviewer.
    sign_in(page, live_server, tokens[LEAD], f"review=1&collection={COLLECTION}")
    row = page.locator(f'#review-view .review-batches tr[data-batch="{batch["id"]}"]')
    expect(row.locator(".review-progress")).to_have_text(f"{BATCH_SIZE} of {BATCH_SIZE} coded")
    row.get_by_label("Second reviewer").fill(SECOND)
    row.get_by_label("Sample %").fill("20")
    row.get_by_role("button", name="Send to QC").click()
    expect(row.locator(".review-qc")).to_contain_text(f"{SECOND}: 0 of 2 sampled coded")

    # The second reviewer codes the sample blind: none of the first reviewer's values show.
    sign_in(page, live_server, tokens[SECOND], "review=1")
    open_by_keyboard(page, "Start QC of Taxi 1")
    panel = coding_panel(page)
    expect(panel.locator(".coding-blind")).to_be_visible()
    for n in range(2):
        expect(panel.locator(".coding-where")).to_have_text(f"QC sample of Taxi 1 · document {n + 1} of 2")
        expect(panel.locator('input[name="coding.relevance"]:checked')).to_have_value("")
        expect(panel.locator('input[name="coding.issue"]:checked')).to_have_count(0)
        page.keyboard.press("3")  # needs second look: the first reviewer said otherwise
        page.keyboard.press("Enter")
    expect(panel.locator(".coding-progress")).to_have_text("2 of 2 coded")

    # The dashboard: the disagreement, progress per reviewer, and the coding counts.
    sign_in(page, live_server, tokens[LEAD], f"review=1&collection={COLLECTION}")
    qc = page.locator(f'#review-view .review-batches tr[data-batch="{batch["id"]}"] .review-qc')
    expect(qc).to_contain_text(f"{SECOND}: 2 of 2 sampled coded")
    # Every relevance differs; an issue differs where the sample holds an issued document.
    expect(qc.locator(".review-disagreement")).to_contain_text(
        "Disagreement: Relevance: 2 of 2 differ (100%)")
    report = api_json(page, live_server, tokens[LEAD], f"/api/batches/{batch['id']}/qc")
    # The sample is drawn at random, so which fields hold values to compare varies by run.
    scheme = api_json(page, live_server, tokens[LEAD], f"/api/collections/{COLLECTION}/coding-scheme")
    labels = {f["name"]: f["label"] for f in scheme["fields"]}
    for field in (f for f in report["fields"] if f["compared"]):
        label = labels[field["field"]]
        expect(qc.locator(".review-disagreement")).to_contain_text(
            f"{label}: {field['disagreements']} of {field['compared']} differ")
    reviewer = page.locator("#review-view .review-reviewers tr", has_text=FIRST)
    expect(reviewer.locator(".review-progress")).to_have_text(f"{BATCH_SIZE} of {len(FILES)} coded")
    issues = page.locator('#review-view .review-counts [data-field="coding.issue"]')
    expect(issues.locator("li", has_text="taxi licensing")).to_have_text(f"taxi licensing {TAXI_LICENSING}")

    # The coding in the query language and the facets of the search page (the reviewer's, who
    # sees this collection alone).
    sign_in(page, live_server, tokens[FIRST], "")
    wait_for_results(page)
    search_for(page, 'coding.issue:"taxi licensing"')
    expect(page.locator("#total")).to_have_text(total_text(TAXI_LICENSING))
    assert {h.get_attribute("data-id") for h in page.locator(".hit").all()} == \
        set(batch["doc_ids"][:TAXI_LICENSING])
    facet = page.locator('[data-facet="coding.relevance"]')
    expect(facet.locator("li", has_text=re.compile("^not relevant"))).to_contain_text("3")
    expect(facet.locator("li", has_text=re.compile("^relevant"))).to_contain_text("3")
    expect(page.locator('[data-facet="coding.issue"] li', has_text="missing from home")) \
        .to_contain_text("1")

    # Every coding change is in the audit trail, and the chain verifies after it all.
    audit = api_json(page, live_server, tokens[LEAD], "/api/audit",
                     {"user": FIRST, "action": "coding.set", "size": 100})["records"]
    assert len([r for r in audit if r["status"] == 200]) == BATCH_SIZE
    verdict = verify(store, settings.index_prefix, settings.secret_key)
    assert verdict.ok, verdict.describe()


def test_the_review_page_and_the_coding_panel_are_accessible(
        page: Page, live_server: str, tokens: dict[str, str]) -> None:
    if not AXE.is_file():
        pytest.skip(f"{AXE} is missing (scripts/setup.sh installs it with npm)")
    axe = AXE.read_text(encoding="utf-8")
    lead = {"Authorization": f"Bearer {tokens[LEAD]}"}
    saved = page.request.post(f"{live_server}/api/saved-searches", headers=lead,
                              data={"name": "Visits", "q": "visit"})
    made = page.request.post(f"{live_server}/api/batches", headers=lead, data={
        "collection": COLLECTION, "saved_search": saved.json()["id"], "size": 3,
        "reviewers": [SECOND], "name": "Access"})
    assert made.status == 201, made.text()
    sign_in(page, live_server, tokens[LEAD], f"review=1&collection={COLLECTION}")
    expect(page.locator("#review-view .review-batches th", has_text="Access 1")).to_be_visible()
    assert_accessible(page, axe)
    sign_in(page, live_server, tokens[SECOND], "review=1")
    open_by_keyboard(page, "Access 1")  # Start or Continue: the other test may have coded some
    expect(coding_panel(page).locator(".coding-progress")).to_have_text(re.compile(r"^\d of 3 coded$"))
    expect(page.locator("#page-text")).to_contain_text("Visit")
    assert_accessible(page, axe)
