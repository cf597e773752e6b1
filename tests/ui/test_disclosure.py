"""Disclosure in the browser (issue 17): a reviewer proposes a span by selecting words in the page
text and a box by drawing on the page image (then nudging it from the keyboard); the API's refusal
of a box off the page is shown; a second reviewer approves both; a user without clearance reads
the redacted text in the viewer; a rule proposes redactions from the redaction log page, whose log
downloads as CSV; and a production is made from pasted control numbers, previewed, issued from
the page, and its ZIP downloads with a load file listing its documents. The viewer with its
redaction panel and page image, and the production page, pass axe's accessibility check.

Everything runs on a small collection of its own, ingested for real.
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect
from reportlab.pdfgen import canvas

from tests.api.test_redactions import _ingest
from tests.ingested import documents_of
from tests.ui.helpers import open_app
from tests.ui.test_accessibility import AXE, assert_accessible

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "redact-ui"
PROPOSER, APPROVER, UNCLEARED = "redact-ui-ann", "redact-ui-ben", "redact-ui-cal"
REASON = "Restriction Order 3: identity of complainant"
THIRD_PARTY = "personal data of a third party"
SECRET = "Tidewell Quay"
LINES = ["Statement of Orla Pennick about the kestrel barge.",
         f"The barge was moored at {SECRET} that winter.",
         "She saw the skipper take two girls aboard after dark."]
MASK = "█████"


def _write_pdf(path: Path) -> None:
    pdf = canvas.Canvas(str(path))
    for sheet in (1, 2):
        y = 780
        for line in LINES:
            pdf.drawString(60, y, f"{line} Sheet {sheet}.")
            y -= 22
        pdf.showPage()
    pdf.save()


@pytest.fixture(scope="module")
def scene(store, indices, settings, tmp_path_factory, live_server: str, admin_token: str) -> dict:  # noqa: ANN001
    """The collection (a two-page PDF statement and a text note), its users and reasons."""
    from search.users import UserStore

    folder = tmp_path_factory.mktemp("redact-ui") / COLLECTION
    folder.mkdir()
    _write_pdf(folder / "statement.pdf")
    (folder / "note.txt").write_text("File note: the kestrel barge logbook is missing.\n",
                                     encoding="utf-8")
    _ingest(store, settings, folder, COLLECTION)
    documents = documents_of(store, indices, COLLECTION)
    users = UserStore(store, indices, settings.secret_key)
    tokens = {PROPOSER: users.add(PROPOSER, "reviewer", [COLLECTION], cleared=True),
              APPROVER: users.add(APPROVER, "reviewer", [COLLECTION], cleared=True),
              UNCLEARED: users.add(UNCLEARED, "reviewer", [COLLECTION], cleared=False),
              "lead": users.add("redact-ui-lead", "admin", [COLLECTION], cleared=True)}
    answer = httpx.put(f"{live_server}/api/collections/{COLLECTION}/redaction-reasons",
                       json={"reasons": [REASON, THIRD_PARTY]},
                       headers={"Authorization": f"Bearer {tokens['lead']}"})
    assert answer.status_code == 200, answer.text
    return {"documents": documents, "tokens": tokens}


def sign_in(page: Page, base: str, token: str, fragment: str) -> None:
    """Another user at the same browser: a fresh load, so nothing of the last one is kept."""
    page.goto("about:blank")
    open_app(page, base, token, fragment)


def open_statement(page: Page, base: str, token: str, scene: dict) -> None:
    statement = scene["documents"]["statement.pdf"]
    sign_in(page, base, token, f"doc={statement['id']}&page=1")
    expect(page.locator("#page-text")).to_contain_text("skipper")
    expect(page.locator("#redaction-panel")).to_be_visible()


def select_words(page: Page, words: str) -> None:
    """Drag the mouse over ``words`` in the page text, as a reader selects them."""
    box = page.evaluate("""(words) => {
        const root = document.getElementById("page-text");
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            const r = range.getBoundingClientRect();
            return { left: r.left, right: r.right, y: r.top + r.height / 2 };
        }
        return null;
    }""", words)
    assert box, f"{words!r} is not in the page text"
    page.mouse.move(box["left"] + 1, box["y"])
    page.mouse.down()
    page.mouse.move(box["right"] - 1, box["y"], steps=8)
    page.mouse.up()


def draw_box(page: Page, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Drag on the page image from ``start`` to ``end`` (fractions of the page)."""
    image = page.locator("#redaction-stage img")
    expect(image).to_have_attribute("src", re.compile("^blob:"))
    page.wait_for_function("document.querySelector('#redaction-stage img').naturalWidth > 0")
    rect = image.bounding_box()
    assert rect
    page.mouse.move(rect["x"] + rect["width"] * start[0], rect["y"] + rect["height"] * start[1])
    page.mouse.down()
    page.mouse.move(rect["x"] + rect["width"] * end[0], rect["y"] + rect["height"] * end[1],
                    steps=10)
    page.mouse.up()


def redacted_copy_ready(base: str, token: str, doc_id: str) -> None:
    """Wait for the job that rewrites the redacted copy (started by the approval)."""
    for _ in range(120):
        answer = httpx.get(f"{base}/api/documents/{doc_id}/pages/1",
                           headers={"Authorization": f"Bearer {token}"})
        if answer.status_code == 200 and MASK in answer.json()["html"]:
            return
        time.sleep(0.5)
    pytest.fail("the redacted copy was not rewritten within a minute")


@pytest.mark.api_errors(422)
def test_a_span_and_a_box_are_proposed_approved_and_redacted(
        page: Page, live_server: str, scene: dict) -> None:
    tokens = scene["tokens"]
    statement = scene["documents"]["statement.pdf"]
    open_statement(page, live_server, tokens[PROPOSER], scene)
    panel = page.locator("#redaction-panel")

    # A span: words selected in the page text, a reason, Redact.
    select_words(page, SECRET)
    expect(panel.locator(".redaction-selected")).to_have_text(f"Selected: “{SECRET}”")
    panel.get_by_label("Reason").select_option(THIRD_PARTY)
    panel.get_by_role("button", name="Redact selected text").click()
    span = panel.locator('.redaction-item[data-kind="span"]')
    expect(span).to_contain_text(f"“{SECRET}”")
    expect(span).to_contain_text(THIRD_PARTY)
    expect(span.locator(".redaction-state")).to_have_text("proposed")
    expect(span).to_contain_text("another reviewer decides")
    expect(span.get_by_role("button")).to_have_count(0)  # four eyes: not the proposer's to decide
    expect(page.locator("#page-text .redaction-span.redaction-proposed")).to_have_text(SECRET)

    # A box around the first line: drawn on the page image with the mouse, then nudged right
    # with the keyboard.
    panel.get_by_label("Reason").select_option(REASON)
    panel.get_by_role("button", name="Draw a box on the page image").click()
    stage = page.locator("#redaction-stage")
    expect(stage).to_be_visible()
    draw_box(page, (0.08, 0.05), (0.6, 0.085))
    left = stage.get_by_label("Left (% of the page)")
    assert abs(float(left.input_value()) - 8) < 1
    assert abs(float(stage.get_by_label("Bottom (% of the page)").input_value()) - 8.5) < 1
    draft = stage.locator(".redaction-draft")
    expect(draft).to_be_focused()
    before = float(left.input_value())
    page.keyboard.press("ArrowRight")
    assert float(left.input_value()) == pytest.approx(before + 1, abs=0.11)
    stage.get_by_role("button", name="Propose box").click()
    box = panel.locator('.redaction-item[data-kind="box"]')
    expect(box).to_contain_text(REASON)
    expect(box).to_contain_text("covering “Statement of Orla Pennick")  # its words, from the PDF
    expect(stage.locator(".redaction-box.redaction-proposed")).to_contain_text(REASON)

    # A box off the page: the API's reason is shown.
    stage.get_by_label("Right (% of the page)").fill("120")
    stage.get_by_role("button", name="Propose box").click()
    expect(panel.locator(".alert")).to_contain_text("the box lies off the page")
    proposed = httpx.get(f"{live_server}/api/documents/{statement['id']}/redactions",
                         headers={"Authorization": f"Bearer {tokens[PROPOSER]}"}).json()
    assert sorted(r["kind"] for r in proposed) == ["box", "span"]
    assert {r["state"] for r in proposed} == {"proposed"}

    # The second reviewer approves both: the span is filled in the text, the box on the image.
    open_statement(page, live_server, tokens[APPROVER], scene)
    for kind in ("span", "box"):
        item = panel.locator(f'.redaction-item[data-kind="{kind}"]')
        item.get_by_role("button", name="Approve").click()
        expect(item.locator(".redaction-state")).to_have_text("approved")
        expect(item).to_contain_text(f"approved by {APPROVER}")
    expect(page.locator("#page-text .redaction-span.redaction-approved")).to_have_text(SECRET)
    panel.get_by_role("button", name="Draw a box on the page image").click()
    expect(page.locator("#redaction-stage .redaction-box.redaction-approved")).to_contain_text(REASON)

    # A user without clearance reads the redacted text, and has nothing to propose or decide.
    redacted_copy_ready(live_server, tokens[UNCLEARED], statement["id"])
    open_statement(page, live_server, tokens[UNCLEARED], scene)
    text = page.locator("#page-text")
    expect(text).to_contain_text(MASK)
    expect(text).not_to_contain_text("Tidewell")
    expect(text).not_to_contain_text("Pennick")  # under the box
    expect(text).to_contain_text("The barge was moored at")
    expect(panel).to_contain_text("You read the redacted text")
    expect(panel.locator(".redaction-tools")).to_be_hidden()
    expect(panel.locator(".redaction-item")).to_have_count(2)
    expect(panel.get_by_role("button", name="Approve")).to_have_count(0)


def test_a_rule_is_run_and_the_log_downloads(page: Page, live_server: str, scene: dict) -> None:
    tokens = scene["tokens"]
    controls = " ".join(d["control"] for d in scene["documents"].values())
    sign_in(page, live_server, tokens[PROPOSER], f"redactions=1&collection={COLLECTION}")
    view = page.locator("#redaction-log-view")
    view.get_by_label("Rule", exact=True).select_option("regex")
    view.get_by_label("Regular expression").fill(r"kestrel\s+barge")
    view.get_by_label("Or these control numbers").fill(controls)
    view.get_by_label("Reason", exact=True).select_option(THIRD_PARTY)
    view.get_by_role("button", name="Propose redactions").click()
    # Page 1 and 2 of the statement, and the note.
    expect(view.locator(".redaction-rule-result")).to_have_text("Proposed 3 redactions over 2 documents.")
    rows = view.locator(".redaction-log tbody tr", has_text="rule regex")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("“kestrel barge”")
    with page.expect_download() as caught:
        view.get_by_role("button", name="Download CSV").click()
    log = list(csv.DictReader(io.StringIO(Path(caught.value.path()).read_text(encoding="utf-8"))))
    assert len([r for r in log if r["rule"].startswith("regex")]) == 3
    assert {r["control"] for r in log} >= {d["control"] for d in scene["documents"].values()}


def test_a_production_is_built_previewed_issued_and_downloaded(
        page: Page, live_server: str, scene: dict) -> None:
    tokens = scene["tokens"]
    documents = scene["documents"]
    controls = [documents["statement.pdf"]["control"], documents["note.txt"]["control"]]
    approved = [r for r in httpx.get(
        f"{live_server}/api/documents/{documents['statement.pdf']['id']}/redactions",
        headers={"Authorization": f"Bearer {tokens[APPROVER]}"}).json() if r["state"] == "approved"]
    sign_in(page, live_server, tokens[APPROVER], "productions=1")
    view = page.locator("#productions-view")
    view.get_by_label("Name", exact=True).fill("Barge disclosure")
    view.get_by_label("Recipient (core participant)").fill("Core participant 7")
    view.get_by_label("URN prefix").fill("KBG")
    view.get_by_role("radio", name="Control numbers").check()
    view.get_by_label("Control numbers, one a line").fill("\n".join(controls))
    view.get_by_label("Withhold in full (optional)").fill(f"{controls[1]}: not relevant to the barge")
    view.get_by_role("button", name="Make draft and preview").click()

    preview = view.locator(".production-preview")
    expect(preview.locator("tbody tr")).to_have_count(2)
    first = preview.locator(f'tr[data-control="{controls[0]}"]')
    expect(first.locator(".production-urn")).to_have_text(re.compile(r"^KBG\d{6} \(to be given\)$"))
    expect(first.locator("td").nth(3)).to_have_text("2")  # pages
    expect(preview.locator(f'tr[data-control="{controls[1]}"]')).to_contain_text("not relevant to the barge")
    expect(view.locator(".production-summary")).to_contain_text("1 document to produce (2 pages)")
    expect(view.locator(".production-state")).to_have_text("State: draft")

    view.get_by_role("button", name="Issue production").click()
    expect(view.locator(".production-state")).to_have_text("State: issued", timeout=120_000)
    urn = view.locator(".production-produced tbody td").first.inner_text()
    assert re.fullmatch(r"KBG\d{6}", urn)
    expect(first.locator(".production-urn")).to_have_text(urn)  # given now, not "to be given"

    with page.expect_download() as caught:
        view.get_by_role("button", name="Download ZIP").click()
    with zipfile.ZipFile(caught.value.path()) as archive:
        assert f"{urn}.pdf" in archive.namelist()
        rows = list(csv.DictReader(io.StringIO(archive.read("loadfile.csv").decode("utf-8"))))
    assert [r["Control"] for r in rows] == controls
    assert rows[0]["URN"] == urn and rows[0]["RedactionCount"] == str(len(approved))
    assert rows[1]["Withheld"] == "not relevant to the barge"
    with page.expect_download() as caught:
        view.get_by_role("button", name="Download load file").click()
    assert Path(caught.value.path()).read_text(encoding="utf-8").count(urn) == 1


def test_the_redaction_panel_and_the_production_page_are_accessible(
        page: Page, live_server: str, scene: dict) -> None:
    if not AXE.is_file():
        pytest.skip(f"{AXE} is missing (scripts/setup.sh installs it with npm)")
    axe = AXE.read_text(encoding="utf-8")
    open_statement(page, live_server, scene["tokens"][PROPOSER], scene)
    page.locator("#redaction-panel").get_by_role("button", name="Draw a box on the page image").click()
    expect(page.locator("#redaction-stage img")).to_have_attribute("src", re.compile("^blob:"))
    assert_accessible(page, axe)
    sign_in(page, live_server, scene["tokens"][PROPOSER], "productions=1")
    expect(page.get_by_role("button", name="Make draft and preview")).to_be_visible()
    assert_accessible(page, axe)
    sign_in(page, live_server, scene["tokens"][PROPOSER], f"redactions=1&collection={COLLECTION}")
    expect(page.get_by_role("button", name="Propose redactions")).to_be_visible()
    assert_accessible(page, axe)
