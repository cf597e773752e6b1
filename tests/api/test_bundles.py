"""Hearing bundles end to end (issue 17's scenario, its last point): a bundle of two tabs made from
control numbers and a production's URN, numbered through; ``{A/2/5}`` resolves to the right
document page, in the API and in a note's text; the index lists every document; the built PDF
(read back with pikepdf and PDFium) has the index then every page, each stamped with its
reference, bookmarks per tab and document, page labels that are the bundle's pages, and no
redacted string; ``{URN/PAGE}`` resolves once the production is issued. Plus the refusals (a
document the user may not see, no clearance, a reader, a letter taken, a page past the tab)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from fastapi.testclient import TestClient
from reportlab.pdfgen import canvas

from config import Settings
from ingest.production import leaks
from tests.api.test_redactions import _ingest, _user
from tests.ingested import documents_of

pytestmark = pytest.mark.integration
COLLECTION = "bundle-a"
OTHER = "bundle-b"
REASON = "personal data of a third party"
SECRET = "gazebo7731"
# The scene's PDFs and their page counts: tab 1 holds the first two, tab 2 the rest.
PDFS = {"statement-ash.pdf": 3, "statement-birch.pdf": 2, "exhibit-cedar.pdf": 2,
        "exhibit-damson.pdf": 4}


def _write_pdf(path: Path, pages: int) -> None:
    pdf = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        pdf.drawString(60, 780, f"Exhibit {path.stem} sheet {page} of the orchard survey.")
        pdf.drawString(60, 760, f"The shed code was {SECRET} that spring.")
        pdf.showPage()
    pdf.save()


@pytest.fixture(scope="module")
def scene(store, indices, settings: Settings, tmp_path_factory) -> dict[str, dict]:  # noqa: ANN001
    """Four PDFs and a text note in one collection, a memo in another: filename -> {id,
    control}."""
    root = tmp_path_factory.mktemp("bundles")
    (root / COLLECTION).mkdir()
    for name, pages in PDFS.items():
        _write_pdf(root / COLLECTION / name, pages)
    (root / COLLECTION / "note-elm.txt").write_text(
        "File note about the orchard survey and the elm avenue.\n", encoding="utf-8")
    (root / OTHER).mkdir()
    (root / OTHER / "memo.txt").write_text("Memo about the walled garden.\n", encoding="utf-8")
    found: dict[str, dict] = {}
    for collection in (COLLECTION, OTHER):
        _ingest(store, settings, root / collection, collection)
        found.update(documents_of(store, indices, collection))
    return found


@pytest.fixture(scope="module")
def people(app, store, indices, settings, api, scene) -> dict[str, TestClient]:  # noqa: ANN001
    made = {name: _user(app, store, indices, settings, f"bnd-{name}", role, grants, cleared)
            for name, role, grants, cleared in (
                ("counsel", "reviewer", [COLLECTION], True),
                ("second", "reviewer", [COLLECTION], True),
                ("uncleared", "reviewer", [COLLECTION], False),
                ("reader", "reader", [COLLECTION], True),
                ("outsider", "reviewer", [OTHER], True))}
    answer = api.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                     json={"reasons": [REASON]})
    assert answer.status_code == 200, answer.text
    return made


@pytest.fixture(scope="module")
def redacted(people, scene) -> None:  # noqa: ANN001
    """The shed code redacted by rule in every document, approved by a second reviewer."""
    controls = [scene[name]["control"] for name in PDFS]
    made = people["counsel"].post(f"/api/collections/{COLLECTION}/redactions/rules", json={
        "kind": "regex", "value": r"gazebo\d+", "reason": REASON, "controls": controls})
    assert made.status_code == 201, made.text
    for redaction in made.json()["proposed"]:
        answer = people["second"].post(f"/api/redactions/{redaction['id']}/approve")
        assert answer.status_code == 200, answer.text


@pytest.fixture(scope="module")
def production(redacted, people, scene) -> dict:  # noqa: ANN001
    """The damson exhibit produced as ORC000001."""
    counsel = people["counsel"]
    made = counsel.post("/api/productions", json={
        "name": "Orchard disclosure", "collection": COLLECTION, "recipient": "CP 2",
        "prefix": "ORC", "controls": [scene["exhibit-damson.pdf"]["control"]]})
    assert made.status_code == 201, made.text
    assert counsel.post(f"/api/productions/{made.json()['id']}/issue").status_code == 202
    shown = counsel.get(f"/api/productions/{made.json()['id']}").json()
    assert shown["state"] == "issued", shown["errors"]
    return shown


def _contents(scene: dict, urn: str) -> dict:
    return {"title": "Orchard survey", "sections": [
        {"title": "Witness statements", "tabs": [{"title": "Statements", "documents": [
            {"document": scene["statement-ash.pdf"]["control"]},
            {"document": scene["statement-birch.pdf"]["control"],
             "description": "Statement of the second surveyor"}]}]},
        {"title": "Exhibits", "tabs": [{"title": "Exhibits", "documents": [
            {"document": scene["exhibit-cedar.pdf"]["control"]},
            {"document": urn}]}]}]}


@pytest.fixture(scope="module")
def bundle(production, people, scene) -> dict:  # noqa: ANN001
    urn = production["produced"][0]["urn"]
    made = people["counsel"].post("/api/bundles", json={
        "collection": COLLECTION, "letter": "A", **_contents(scene, urn)})
    assert made.status_code == 201, made.text
    return made.json()


@pytest.fixture(scope="module")
def built(bundle, people, tmp_path_factory) -> Path:  # noqa: ANN001
    counsel = people["counsel"]
    assert counsel.post(f"/api/bundles/{bundle['id']}/build").status_code == 202
    shown = counsel.get(f"/api/bundles/{bundle['id']}").json()
    assert shown["state"] == "built", shown["errors"]
    answer = counsel.get(f"/api/bundles/{bundle['id']}/pdf")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    path = tmp_path_factory.mktemp("built") / "bundle-A.pdf"
    path.write_bytes(answer.content)
    return path


def test_the_bundle_is_numbered_through_its_tabs(bundle, production, scene) -> None:  # noqa: ANN001
    assert bundle["pages"] == 3 + 2 + 2 + 4 and bundle["state"] == "draft"
    tabs = [t for s in bundle["sections"] for t in s["tabs"]]
    assert [(t["number"], t["first_page"], t["last_page"]) for t in tabs] == [(1, 1, 5),
                                                                              (2, 6, 11)]
    damson = tabs[1]["documents"][1]
    assert damson["document"] == production["produced"][0]["urn"]
    assert damson["control"] == scene["exhibit-damson.pdf"]["control"]
    assert (damson["first_page"], damson["tab_first"], damson["reference"]) == (8, 3, "{A/2/3}")


def test_a_2_5_resolves_to_the_right_document_page(bundle, people, scene) -> None:  # noqa: ANN001
    answer = people["reader"].get("/api/references/A/2/5")
    assert answer.status_code == 200, answer.text
    found = answer.json()
    damson = scene["exhibit-damson.pdf"]
    assert (found["doc_id"], found["control"], found["document_page"]) == \
        (damson["id"], damson["control"], 3)
    assert found["citation"] == f"{damson['control']}-0003"
    assert (found["reference"], found["bundle_page"]) == ("{A/2/5}", 10)
    assert people["reader"].get("/api/references/A/2/7").status_code == 404
    assert people["reader"].get("/api/references/A/3/1").status_code == 404
    assert people["outsider"].get("/api/references/A/2/5").status_code == 404


def test_references_in_a_note_resolve(bundle, production, people, scene) -> None:  # noqa: ANN001
    urn = production["produced"][0]["urn"]
    text = f"See {{A/1/4}} and {{{urn}/2}}; not {{A/2/40}}. {{A/1/4}} again."
    answer = people["reader"].get("/api/references", params={"text": text})
    assert answer.status_code == 200, answer.text
    first, second, third = answer.json()
    birch = scene["statement-birch.pdf"]
    assert (first["reference"], first["control"], first["document_page"]) == \
        ("{A/1/4}", birch["control"], 1)
    assert (second["kind"], second["urn"], second["document_page"]) == ("production", urn, 2)
    assert second["doc_id"] == scene["exhibit-damson.pdf"]["id"]
    assert third["reference"] == "{A/2/40}" and "has 6 pages" in third["error"]


def test_the_index_lists_every_document(bundle, people, scene) -> None:  # noqa: ANN001
    rows = people["reader"].get(f"/api/bundles/{bundle['id']}/index").json()
    assert [(r["tab"], r["first_page"], r["last_page"]) for r in rows] == \
        [(1, 1, 3), (1, 4, 5), (2, 6, 7), (2, 8, 11)]
    assert rows[1]["description"] == "Statement of the second surveyor"
    assert rows[3]["document"].startswith("ORC")
    csv = people["reader"].get(f"/api/bundles/{bundle['id']}/index", params={"format": "csv"})
    assert csv.status_code == 200 and csv.text.count("\n") == 5
    assert scene["exhibit-cedar.pdf"]["control"] in csv.text


def test_the_pdf_has_the_index_every_page_stamped_and_bookmarks(built, bundle, scene) -> None:  # noqa: ANN001
    with pikepdf.open(built) as pdf:
        assert len(pdf.pages) == 1 + 11
        labels = [page.label for page in pdf.pages]
        assert labels == ["Index i", *(str(n) for n in range(1, 12))]
        with pdf.open_outline() as outline:
            tree = [(item.title, [(c.title, [d.title for d in c.children])
                                  for c in item.children]) for item in outline.root]
    assert tree[0] == ("Index", [])
    assert [t for t, _ in tree[1:]] == ["Witness statements", "Exhibits"]
    (tab_one, documents_one), = tree[1][1]
    assert tab_one == "Tab 1: Statements" and len(documents_one) == 2
    assert "Statement of the second surveyor" in documents_one[1]
    (tab_two, documents_two), = tree[2][1]
    assert tab_two == "Tab 2: Exhibits" and documents_two[1].startswith("ORC000001")
    pdf = pdfium.PdfDocument(str(built))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    for control in (scene[name]["control"] for name in PDFS if name != "exhibit-damson.pdf"):
        assert control in texts[0]
    assert "ORC000001" in texts[0] and "A/index/1" in texts[0]
    stamps = [(1, p) for p in range(1, 6)] + [(2, p) for p in range(1, 7)]
    for (tab, page), text in zip(stamps, texts[1:], strict=True):
        assert f"A/{tab}/{page}" in text
    a_2_5 = texts[1 + 9]  # bundle page 10, after the index page
    assert "exhibit-damson sheet 3" in a_2_5 and "p. 10" in a_2_5
    assert leaks(built, [SECRET]) == []


def test_editing_a_tab_keeps_the_other_tabs_references(
        built, bundle, people, scene, production) -> None:  # noqa: ANN001
    counsel = people["counsel"]
    contents = _contents(scene, production["produced"][0]["urn"])
    contents["sections"][0]["tabs"][0]["documents"].append(
        {"document": scene["note-elm.txt"]["control"]})
    edited = counsel.put(f"/api/bundles/{bundle['id']}", json=contents)
    assert edited.status_code == 200, edited.text
    assert edited.json()["state"] == "draft" and edited.json()["pages"] == 12
    found = counsel.get("/api/references/A/2/5").json()
    assert (found["control"], found["document_page"], found["bundle_page"]) == \
        (scene["exhibit-damson.pdf"]["control"], 3, 11)
    assert counsel.get(f"/api/bundles/{bundle['id']}/pdf").status_code == 409
    assert counsel.post(f"/api/bundles/{bundle['id']}/build").status_code == 202
    assert counsel.get(f"/api/bundles/{bundle['id']}").json()["file_pages"] == 13


def test_refusals(bundle, people, scene) -> None:  # noqa: ANN001
    counsel = people["counsel"]
    theirs = scene["memo.txt"]["control"]
    body = {"collection": COLLECTION, "letter": "B", "title": "Other", "sections": [
        {"title": "", "tabs": [{"title": "One", "documents": [{"document": theirs}]}]}]}
    unseen = counsel.post("/api/bundles", json=body)
    assert unseen.status_code == 422 and theirs in unseen.json()["detail"]
    ash = scene["statement-ash.pdf"]["control"]
    twice = {**body, "sections": [{"title": "", "tabs": [
        {"title": "One", "documents": [{"document": ash}]},
        {"title": "Two", "documents": [{"document": ash}]}]}]}
    assert "twice" in counsel.post("/api/bundles", json=twice).json()["detail"]
    taken = counsel.post("/api/bundles", json={**body, "letter": "A", "sections": []})
    assert taken.status_code == 422 and "already has a bundle A" in taken.json()["detail"]
    assert people["reader"].post("/api/bundles", json={**body, "sections": []}).status_code \
        == 403
    assert people["outsider"].get(f"/api/bundles/{bundle['id']}").status_code == 404
    assert people["outsider"].get("/api/bundles").json() == []
    # The collection has approved redactions: the PDF shows original pages, so no clearance, no
    # build nor download (the numbered bundle itself is readable).
    assert people["uncleared"].post(f"/api/bundles/{bundle['id']}/build").status_code == 403
    assert people["uncleared"].get(f"/api/bundles/{bundle['id']}/pdf").status_code == 403
    assert people["uncleared"].get(f"/api/bundles/{bundle['id']}").status_code == 200


def test_bundles_are_in_the_audit_trail(built, bundle, store, settings) -> None:  # noqa: ANN001
    from search.audit import AuditLog

    records = AuditLog(store, settings.index_prefix, settings.secret_key).search(
        [{"terms": {"action": ["bundle.create", "bundle.build"]}}], size=50)["records"]
    assert {(r["action"], r["details"].get("bundle")) for r in records} >= {
        ("bundle.create", bundle["id"]), ("bundle.build", bundle["id"])}
