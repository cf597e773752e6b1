"""A page of an original as a PNG (``GET /api/documents/{id}/pages/{n}/image``), which the viewer
shows for a reviewer to draw redaction boxes on: a PDF page rendered in its proportions, an image
document's page, a text document refused with the reason, a page past the end refused, and the
image refused to a user without clearance once the collection has an approved redaction (the
image shows what the redaction hides)."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from config import Settings
from tests.api.test_redactions import _ingest, _user
from tests.ingested import documents_of

pytestmark = pytest.mark.integration
COLLECTION = "page-images"
REASON = "personal data of a third party"


@pytest.fixture(scope="module")
def scene(store, indices, settings: Settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    """A two-page PDF (portrait, then landscape), a PNG scan and a text file: filename -> id."""
    folder = tmp_path_factory.mktemp("page-images") / COLLECTION
    folder.mkdir()
    pdf = canvas.Canvas(str(folder / "letter.pdf"), pagesize=A4)
    pdf.drawString(72, 760, "Letter from the harbour master about the tern ferry.")
    pdf.showPage()
    pdf.setPageSize(landscape(A4))
    pdf.drawString(72, 500, "Appendix: the tern ferry timetable.")
    pdf.showPage()
    pdf.save()
    scan = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(scan).text((20, 20), "Scanned note about the tern ferry", fill="black")
    scan.save(folder / "note.png")
    (folder / "memo.txt").write_text("Memo about the tern ferry.\n", encoding="utf-8")
    _ingest(store, settings, folder, COLLECTION)
    return {name: d["id"] for name, d in documents_of(store, indices, COLLECTION).items()}


@pytest.fixture(scope="module")
def people(app, store, indices, settings, api, scene) -> dict[str, TestClient]:  # noqa: ANN001
    made = {name: _user(app, store, indices, settings, f"img-{name}", "reviewer", [COLLECTION],
                        cleared)
            for name, cleared in (("cleared", True), ("second", True), ("uncleared", False))}
    answer = api.put(f"/api/collections/{COLLECTION}/redaction-reasons",
                     json={"reasons": [REASON]})
    assert answer.status_code == 200, answer.text
    return made


def _image(answer) -> Image.Image:  # noqa: ANN001 - an httpx Response
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "image/png"
    return Image.open(io.BytesIO(answer.content))


def test_a_pdf_page_is_an_image_in_its_proportions(people, scene) -> None:  # noqa: ANN001
    client = people["cleared"]
    letter = scene["letter.pdf"]
    portrait = _image(client.get(f"/api/documents/{letter}/pages/1/image"))
    landscape_page = _image(client.get(f"/api/documents/{letter}/pages/2/image"))
    assert portrait.height / portrait.width == pytest.approx(842 / 595, rel=0.01)
    assert landscape_page.width / landscape_page.height == pytest.approx(842 / 595, rel=0.01)
    # The text is drawn: the page is not blank.
    assert portrait.convert("L").getextrema()[0] < 128
    past = client.get(f"/api/documents/{letter}/pages/3/image")
    assert past.status_code == 404 and "has 2 pages" in past.json()["detail"]


def test_an_image_document_and_a_text_document(people, scene) -> None:  # noqa: ANN001
    client = people["cleared"]
    note = _image(client.get(f"/api/documents/{scene['note.png']}/pages/1/image"))
    assert note.size == (600, 300)
    text = client.get(f"/api/documents/{scene['memo.txt']}/pages/1/image")
    assert text.status_code == 404
    assert "not a PDF or an image" in text.json()["detail"]


def test_the_image_needs_clearance_once_redacted(people, scene) -> None:  # noqa: ANN001
    letter = scene["letter.pdf"]
    url = f"/api/documents/{letter}/pages/1/image"
    assert people["uncleared"].get(url).status_code == 200  # nothing redacted yet
    made = people["cleared"].post(f"/api/documents/{letter}/redactions", json={
        "page": 1, "kind": "box", "reason": REASON,
        "box": {"x0": 0.1, "y0": 0.05, "x1": 0.9, "y1": 0.12}})
    assert made.status_code == 201, made.text
    approved = people["second"].post(f"/api/redactions/{made.json()['id']}/approve")
    assert approved.status_code == 200, approved.text
    refused = people["uncleared"].get(url)
    assert refused.status_code == 403
    assert "needs clearance" in refused.json()["detail"]
    assert people["cleared"].get(url).status_code == 200
