"""Linked names in the browser: the entity page shows what the API answers, batch search lists
each name's documents, the graph exports download what the API serves, and a correction made on
the page is saved. The ``page`` fixture fails any of them on an API answer of 400 or more."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import UI_USER, api_json, open_app

pytestmark = [pytest.mark.integration, pytest.mark.browser]

KEY = "raymond stokes"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def open_entity(page: Page, base: str, token: str, key: str = KEY) -> None:
    open_app(page, base, token, "names=1")
    page.goto(f"{base}/#entity=person&key={quote(key)}")
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()


def test_entity_page_shows_the_apis_counts(page: Page, live_server: str,
                                           admin_token: str) -> None:
    expected = api_json(page, live_server, admin_token, f"/api/entities/person/{quote(KEY)}",
                        {"size": 200})
    assert expected["mentions"], "the sample corpus mentions Raymond Stokes"
    open_entity(page, live_server, admin_token)
    view = page.locator("#entity-view .entity-page")
    expect(view.locator("h2")).to_have_text(expected["text"])
    expect(view.locator(".entity-sub")).to_contain_text(
        f"{expected['document_count']} documents · {expected['mention_count']} mentions")
    expect(view.locator(".entity-mentions > li")).to_have_count(len(expected["mentions"]))
    expect(view.locator("input.entity-doc-pick")).to_have_count(len(expected["documents"]))


def test_batch_search_lists_each_names_documents(page: Page, live_server: str,
                                                 admin_token: str) -> None:
    names = ["Raymond Stokes", "Quentin Nobodyfound"]
    answer = page.request.post(f"{live_server}/api/batch-search",
                               data=json.dumps({"names": names, "top": 5}),
                               headers={"Authorization": f"Bearer {admin_token}",
                                        "Content-Type": "application/json"})
    assert answer.ok, answer.text()
    expected = {r["name"]: r["documents"] for r in json.loads(answer.text())["results"]}
    assert expected["Raymond Stokes"] > 0 and expected["Quentin Nobodyfound"] == 0
    open_app(page, live_server, admin_token, "names=1")
    page.get_by_text("Batch search (list or CSV of names)").click()
    page.get_by_label("Names, one a line").fill("\n".join(names))
    page.get_by_role("button", name="Search all").click()
    rows = page.locator(".entity-batch-results tbody tr")
    expect(rows).to_have_count(2)
    for number, name in enumerate(names):
        cells = rows.nth(number).locator("td")
        expect(cells.nth(0)).to_have_text(name)
        expect(cells.nth(1)).to_have_text(str(expected[name]))
    expect(rows.nth(0).locator("td").nth(2).locator("li")).to_have_count(
        min(5, expected["Raymond Stokes"]))


def test_graph_exports_download_what_the_api_serves(page: Page, live_server: str,
                                                    admin_token: str) -> None:
    graph = api_json(page, live_server, admin_token, f"/api/entities/person/{quote(KEY)}/graph")
    open_entity(page, live_server, admin_token)
    with page.expect_download() as json_download:
        page.get_by_role("button", name="Export JSON").click()
    assert json_download.value.suggested_filename == f"{KEY}.json"
    assert json.loads(open(json_download.value.path()).read()) == graph  # noqa: SIM115
    with page.expect_download() as graphml_download:
        page.get_by_role("button", name="Export GraphML").click()
    assert graphml_download.value.suggested_filename == f"{KEY}.graphml"
    tree = ET.parse(graphml_download.value.path())
    node_ids = {node.get("id") for node in tree.iter(f"{GRAPHML}node")}
    assert node_ids == {node["id"] for node in graph["nodes"]}
    assert len(list(tree.iter(f"{GRAPHML}edge"))) == len(graph["edges"])


def test_a_correction_made_on_the_page_is_saved(page: Page, live_server: str,
                                                admin_token: str) -> None:
    alias = "R. Q. Pagealias"
    open_entity(page, live_server, admin_token)
    form = page.locator("#entity-view .entity-corrections")
    form.get_by_text("Correct this entity (reviewers)").click()
    form.get_by_label("Correction", exact=True).select_option("alias")
    form.get_by_label("Other name", exact=True).fill(alias)
    form.get_by_label("Note", exact=True).fill("made by the browser test")
    form.get_by_role("button", name="Save correction").click()
    expect(form.locator(".entity-correction-status")).to_contain_text(f"Saved by {UI_USER} at ")
    saved = [c for c in api_json(page, live_server, admin_token, "/api/entities/corrections")
             if c["target_text"] == alias]
    assert [(c["action"], c["key"], c["note"]) for c in saved] == [
        ("alias", KEY, "made by the browser test")]
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()  # the page reloaded
