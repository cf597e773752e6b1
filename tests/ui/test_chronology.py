"""The chronology in the browser: text selected on page 2 of a document becomes a fact through
"Add to chronology" (the form pre-filled with the date and the people the passage names), the
chronology page lists it, its citation opens that document at that page, and the DOCX export,
downloaded from the page, reads back with the fact and a hyperlink to the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import api_json, open_app

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "chrono-ui"
SENTENCE = "On 14 May 1997 Sergeant Colin Ashdown visited the children's home in Harbury."
FILES = {"log.txt": "Occurrence log, Harbury station.\n\nEntries for the spring.\n\f"
                    f"Second sheet.\n\n{SENTENCE}\n\nNo further entries that week."}


@pytest.fixture(scope="module")
def token(store, indices, settings, tmp_path_factory) -> str:  # noqa: ANN001
    from search.users import UserStore

    root: Path = tmp_path_factory.mktemp("chrono-ui")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    return UserStore(store, indices, settings.secret_key).add(
        "chrono-ui-reviewer", "reviewer", [COLLECTION], cleared=True)


def _select(page: Page, text: str) -> None:
    """Select ``text`` in the page text, as a reader drags over it."""
    page.evaluate("""(wanted) => {
        const root = document.getElementById("page-text");
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return;
        }
        throw new Error("not on the page: " + wanted);
    }""", text)


def test_a_fact_from_a_passage_cites_its_page_and_exports(page: Page, live_server: str,
                                                         token: str) -> None:
    (document,) = api_json(page, live_server, token, "/api/search",
                           {"collection": COLLECTION})["hits"]
    open_app(page, live_server, token, f"doc={document['id']}&page=2")
    expect(page.locator("#page-text")).to_contain_text(SENTENCE)
    add = page.get_by_role("button", name="Add to chronology")
    expect(add).to_be_disabled()
    _select(page, SENTENCE)
    expect(add).to_be_enabled()
    add.click()

    dialog = page.get_by_role("dialog", name="Add to chronology")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Date (YYYY, YYYY-MM or YYYY-MM-DD)")).to_have_value("1997-05-14")
    expect(dialog.get_by_label("Fact")).to_have_value(SENTENCE)
    expect(dialog).to_contain_text(f"{document['control']}-0002")
    expect(dialog.get_by_role("checkbox", name="Colin Ashdown")).to_be_checked()
    dialog.get_by_label("Fact").fill("Sergeant Ashdown visited the children's home.")
    dialog.get_by_role("button", name="Save fact").click()
    expect(dialog).to_be_hidden()
    status = page.locator("#chronology-status")
    expect(status).to_contain_text("Added to the chronology (14 May 1997)")

    status.get_by_role("link", name="Open the chronology").click()
    rows = page.locator("#chronology-view .chronology-fact")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("14 May 1997")
    expect(rows.first).to_contain_text("Sergeant Ashdown visited the children's home.")
    expect(rows.first).to_contain_text("Colin Ashdown")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export DOCX").click()
    exported = Document(download_info.value.path())
    (table,) = exported.tables
    cells = [cell.text for cell in table.rows[1].cells]
    assert cells[:3] == ["14 May 1997", "Sergeant Ashdown visited the children's home.",
                         "Colin Ashdown"]
    assert cells[4] == f"{document['control']}-0002"
    links = [rel.target_ref for rel in exported.part.rels.values()
             if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK]
    assert links == [f"{live_server}/#doc={document['id']}&page=2"]

    rows.first.get_by_role("link", name=f"{document['control']}-0002").click()
    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#page-input")).to_have_value("2")
    expect(page.locator("#citation")).to_have_text(f"{document['control']}-0002")
    expect(page.locator("#page-text")).to_contain_text(SENTENCE)
    assert re.search(rf"doc={document['id']}&page=2", page.url)
