"""The bundle builder in the browser: a bundle made, two tabs added (the second in a section of
its own), documents added to them by control number; the page numbering and the index as the
user sees them; the PDF built and downloaded; a reference written in a note becomes a link that
opens the page it cites, and the resolve box answers with one."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import open_app

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "bundles-ui"
FILES = {"plan.txt": "Site plan of the boathouse.\fSecond sheet of the site plan.",
         "letters.txt": "Letter about the slipway.\fReply about the slipway.\f"
                        "Second reply: the slipway gate was locked.",
         "memo.txt": "Memo about the winch."}


@pytest.fixture(scope="module")
def scene(store, indices, settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    """The token of a cleared reviewer of the collection, and each file's control and id."""
    from search.users import UserStore

    ingest_texts(store, settings, tmp_path_factory.mktemp("bundles-ui"), FILES, COLLECTION)
    hits = store.search(index=indices.documents, body={
        "query": {"term": {"collection": COLLECTION}},
        "_source": ["id", "control", "filename"]})["hits"]["hits"]
    found = {h["_source"]["filename"]: h["_source"] for h in hits}
    token = UserStore(store, indices, settings.secret_key).add(
        "bundles-ui-counsel", "reviewer", [COLLECTION], cleared=True)
    return {"token": token, **{f"{name}:control": d["control"] for name, d in found.items()},
            **{f"{name}:id": d["id"] for name, d in found.items()}}


@pytest.fixture(scope="module")
def bundle_v(app, scene: dict) -> None:  # noqa: ANN001
    """Bundle V, made through the API: tab 1 the plan, tab 2 the letters and the memo."""
    from fastapi.testclient import TestClient

    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {scene['token']}"
    made = client.post("/api/bundles", json={
        "collection": COLLECTION, "letter": "V", "title": "Notes", "sections": [{"tabs": [
            {"title": "Plans", "documents": [{"document": scene["plan.txt:control"]}]},
            {"title": "Letters", "documents": [{"document": scene["letters.txt:control"]},
                                               {"document": scene["memo.txt:control"]}]}]}]})
    assert made.status_code == 201, made.text


def _add_document(page: Page, tab: int, control: str, description: str = "") -> None:
    block = page.locator(f"#bundles-view .bundle-tab[data-tab='{tab}']")
    block.get_by_label(f"Control number or URN for tab {tab}").fill(control)
    block.get_by_label(f"Description for tab {tab}").fill(description)
    block.get_by_role("button", name="Add document").click()
    expect(page.locator(f"#bundles-view .bundle-tab[data-tab='{tab}'] tbody tr",
                        has_text=control)).to_be_visible()


def test_the_builder_numbers_indexes_builds_and_downloads(page: Page, live_server: str,
                                                          scene: dict, tmp_path: Path) -> None:
    open_app(page, live_server, scene["token"], "bundles")
    view = page.locator("#bundles-view")
    view.get_by_label("Collection").select_option(COLLECTION)
    view.get_by_label("Letter").fill("U")
    view.get_by_label("Title").fill("Boathouse hearing")
    view.get_by_role("button", name="Create bundle").click()
    expect(view.locator("h1")).to_have_text("Bundle U: Boathouse hearing")
    view.get_by_label("New tab").fill("Plans")
    view.get_by_role("button", name="Add tab").click()
    _add_document(page, 1, scene["plan.txt:control"])
    view.get_by_label("New tab").fill("Correspondence")
    view.get_by_label("in a new section").fill("Exhibits")
    view.get_by_role("button", name="Add tab").click()
    _add_document(page, 2, scene["letters.txt:control"], "Letters about the slipway")
    _add_document(page, 2, scene["memo.txt:control"])
    expect(view.locator("h2", has_text="Exhibits")).to_be_visible()
    memo = view.locator(".bundle-tab[data-tab='2'] tbody tr", has_text=scene["memo.txt:control"])
    expect(memo.locator("td").first).to_have_text("{U/2/4}")
    expect(memo.locator("td").nth(4)).to_have_text("6–6")
    expect(view.locator(".bundle-summary")).to_contain_text("6 pages")
    index = view.locator(".bundle-index tbody tr")
    expect(index).to_have_count(3)
    expect(index.nth(1)).to_contain_text("Letters about the slipway")
    expect(index.nth(1).locator("td").last).to_have_text("3–5")
    view.get_by_role("button", name="Build PDF").click()
    expect(view.locator(".bundle-actions")).to_contain_text("Built: 7 pages", timeout=120_000)
    with page.expect_download() as download:
        view.get_by_role("button", name="Download PDF").click()
    with pikepdf.open(download.value.path()) as pdf:
        assert len(pdf.pages) == 7
        assert [p.label for p in pdf.pages][1:] == ["1", "2", "3", "4", "5", "6"]


@pytest.mark.usefixtures("bundle_v")
def test_a_reference_in_a_note_is_a_link_to_its_page(page: Page, live_server: str,
                                                     scene: dict) -> None:
    doc = scene["memo.txt:id"]
    open_app(page, live_server, scene["token"], f"doc={doc}&page=1")
    page.locator("#note-input").fill("The gate: see {V/2/3}, and {V/9/1}.")
    page.get_by_role("button", name="Add note").click()
    link = page.locator("#doc-notes .note-text a.ref-link")
    expect(link).to_have_text("{V/2/3}")
    expect(page.locator("#doc-notes .note-text .ref-broken")).to_have_text("{V/9/1}")
    link.click()
    expect(page.locator("#page-input")).to_have_value("3")
    expect(page.locator("#page-text")).to_contain_text("the slipway gate was locked")
    open_app(page, live_server, scene["token"], "bundles")
    page.locator("#reference-input").fill("V/1/2")
    page.get_by_role("button", name="Resolve").click()
    answer = page.locator("#bundles-view .reference-answer")
    expect(answer).to_contain_text(f"is page 2 of {scene['plan.txt:control']}")
    answer.get_by_role("link").click()
    expect(page.locator("#page-text")).to_contain_text("Second sheet of the site plan")
