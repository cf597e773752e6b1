"""The production renderer on real PDFs, images and text (no store): redactions burned in where
their characters are, the proof, the stamps, and the hostile inputs (a box off the page,
overlapping boxes, a 2,000-page document, an encrypted original)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

from ingest.production import (
    ProductionError,
    SourceDocument,
    leaks,
    produced_pages,
    write_pdf,
)

LINES = ("Statement of Imogen Carrow about the blue van.",
         "She rang 07700 900461 from the kiosk on Tuesday.",
         "The locker code was quagmire57 that night.")


def _pdf(path: Path, pages: int = 3, title: str = "Imogen Carrow statement") -> Path:
    pdf = canvas.Canvas(str(path))
    pdf.setTitle(title)
    pdf.setAuthor("Imogen Carrow")
    for number in range(1, pages + 1):
        y = 780
        for line in LINES:
            pdf.drawString(72, y, f"{line} Page {number}.")
            y -= 22
        pdf.showPage()
    pdf.save()
    return path


def _texts(path: Path) -> dict[int, str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = {}
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            texts[index + 1] = textpage.get_text_bounded().replace("\r\n", "\n").strip()
        return texts
    finally:
        pdf.close()


def _span(texts: dict[int, str], page: int, words: str, reason: str = "third party") -> dict:
    start = texts[page].index(words)
    return {"id": f"red-{page}-{start}", "page": page, "kind": "span", "start": start,
            "end": start + len(words), "reason": reason, "text": words}


def _produce(source: SourceDocument, records: list[dict], out: Path) -> tuple[int, list[str]]:
    hidden: list[str] = []

    def pages():
        for page in produced_pages(source, records):
            hidden.extend(page.hidden)
            yield page

    return write_pdf(pages(), lambda n: f"TST000001/{n}", out, source.passwords), hidden


def _page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_span_box_and_page_redactions_are_burned_in(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf")
    texts = _texts(original)
    records = [_span(texts, 1, "07700 900461"), _span(texts, 1, "Imogen Carrow"),
               {"id": "red-box", "page": 2, "kind": "box", "reason": "Restriction Order 3",
                "box": {"x0": 0.0, "y0": 0.0, "x1": 1.0, "y1": 0.09, "unit": "fraction"}},
               {"id": "red-page", "page": 3, "kind": "page", "reason": "irrelevant"}]
    source = SourceDocument("TST-000001", "application/pdf", [original], texts)
    count, _hidden = _produce(source, records, tmp_path / "out.pdf")
    assert count == 3
    pages = _page_texts(tmp_path / "out.pdf")
    assert "quagmire57" in pages[0] and "Tuesday" in pages[0]  # the rest of page 1 stays
    assert "07700" not in pages[0] and "Carrow" not in pages[0]
    assert "Statement" not in pages[1] and "quagmire57" in pages[1]  # the box took line 1
    assert pages[2].split() == ["irrelevant", "TST000001/3"]
    assert all(f"TST000001/{n}" in pages[n - 1] for n in (1, 2, 3))
    assert leaks(tmp_path / "out.pdf", ["07700 900461", "Imogen Carrow", "07700900461"]) == []
    assert leaks(original, ["07700 900461"])  # the proof does find it in the original


def test_metadata_annotations_forms_and_attachments_are_stripped(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf", pages=1)
    with pikepdf.open(original, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata() as xmp:
            xmp["dc:creator"] = ["Imogen Carrow"]
        pdf.attachments["carrow.txt"] = pikepdf.AttachedFileSpec(pdf, b"Imogen Carrow",
                                                                 description="Imogen Carrow")
        pdf.pages[0].obj["/Annots"] = pdf.make_indirect(pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text, Rect=[0, 0, 10, 10],
            Contents=pikepdf.String("note on Imogen Carrow"))]))
        pdf.Root["/OpenAction"] = pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                     JS=pikepdf.String("app.alert('Carrow')"))
        pdf.save(original)
    assert leaks(original, ["Imogen Carrow"])
    texts = _texts(original)
    source = SourceDocument("TST-000001", "application/pdf", [original], texts)
    _produce(source, [_span(texts, 1, "Imogen Carrow")], tmp_path / "out.pdf")
    assert leaks(tmp_path / "out.pdf", ["Imogen Carrow", "Carrow"]) == []
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        assert set(pdf.Root.keys()) == {"/Type", "/Pages"}
        assert "/Info" not in pdf.trailer and not pdf.attachments
        assert all("/Annots" not in page.obj for page in pdf.pages)


def test_an_unredacted_page_keeps_its_own_text_layer(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf", pages=2)
    texts = _texts(original)
    source = SourceDocument("TST-000001", "application/pdf", [original], texts)
    _produce(source, [_span(texts, 1, "quagmire57")], tmp_path / "out.pdf")
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        images = [len(list(page.images)) for page in pdf.pages]
    assert images == [1, 0]  # page 1 rendered to an image, page 2 the original's own
    assert "Imogen Carrow" in _page_texts(tmp_path / "out.pdf")[1]


def test_overlapping_boxes_are_both_painted_and_take_their_words(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf", pages=1)
    texts = _texts(original)
    boxes = [{"x0": 0.0, "y0": 0.05, "x1": 0.6, "y1": 0.09}, {"x0": 0.3, "y0": 0.07,
                                                              "x1": 1.0, "y1": 0.12}]
    records = [{"id": f"red-{i}", "page": 1, "kind": "box", "reason": f"reason {i}",
                "box": {**box, "unit": "fraction"}} for i, box in enumerate(boxes)]
    source = SourceDocument("TST-000001", "application/pdf", [original], texts)
    _produce(source, records, tmp_path / "out.pdf")
    (page,) = _page_texts(tmp_path / "out.pdf")
    assert "Statement" not in page and "07700" not in page and "kiosk" not in page
    pdf = pdfium.PdfDocument(str(tmp_path / "out.pdf"))
    image = pdf[0].render(scale=1).to_pil().convert("L")
    width, height = image.size
    for x, y in ((0.1, 0.06), (0.45, 0.08), (0.9, 0.11)):  # each box, and where they overlap
        assert image.getpixel((int(x * width), int(y * height))) < 40


def test_a_box_off_the_page_is_refused_naming_the_document(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf", pages=1)
    records = [{"id": "red-off", "page": 1, "kind": "box", "reason": "x",
                "box": {"x0": 500, "y0": 10, "x1": 900, "y1": 40, "unit": "pt"}}]
    source = SourceDocument("TST-000007", "application/pdf", [original], _texts(original))
    with pytest.raises(ProductionError, match=r"TST-000007 page 1: the box of redaction "
                                              r"red-off lies off the page"):
        _produce(source, records, tmp_path / "out.pdf")


def test_an_encrypted_original_needs_a_configured_password(tmp_path: Path) -> None:
    plain = _pdf(tmp_path / "plain.pdf", pages=1)
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="s3cret", owner="owner"))
    texts = _texts(plain)
    records = [_span(texts, 1, "quagmire57")]
    refused = SourceDocument("TST-000003", "application/pdf", [locked], texts)
    with pytest.raises(ProductionError, match="TST-000003: the original PDF is encrypted"):
        _produce(refused, records, tmp_path / "out.pdf")
    opened = SourceDocument("TST-000003", "application/pdf", [locked], texts,
                            passwords=("wrong", "s3cret"))
    assert _produce(opened, records, tmp_path / "out.pdf")[0] == 1
    with pikepdf.open(tmp_path / "out.pdf") as pdf:  # the production itself is not encrypted
        assert not pdf.is_encrypted
    assert leaks(tmp_path / "out.pdf", ["quagmire57"]) == []


def test_a_2000_page_document_is_produced_page_by_page(tmp_path: Path) -> None:
    original = tmp_path / "long.pdf"
    pdf = canvas.Canvas(str(original))
    for number in range(1, 2001):
        pdf.drawString(72, 780, f"Log entry {number}: call from 07700 9{number:05d}.")
        pdf.showPage()
    pdf.save()
    texts = {n: f"Log entry {n}: call from 07700 9{n:05d}." for n in range(1, 2001)}
    records = [_span(texts, n, f"07700 9{n:05d}") for n in (1, 999, 2000)]
    source = SourceDocument("TST-000009", "application/pdf", [original], texts)
    count, _hidden = _produce(source, records, tmp_path / "out.pdf")
    assert count == 2000
    pages = _page_texts(tmp_path / "out.pdf")
    assert "TST000001/2000" in pages[1999] and "07700 902000" not in pages[1999]
    assert "07700 900500" in pages[499]  # unredacted pages keep their text
    assert leaks(tmp_path / "out.pdf", ["07700 900001", "07700 900999"]) == []


def test_a_scanned_image_is_redacted_where_tesseract_reads_the_words(tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    image = Image.new("RGB", (1700, 600), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 48)
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), "Witness Imogen Carrow", fill="black", font=font)
    draw.text((100, 250), "Telephone 07700 900461", fill="black", font=font)
    image.save(scan, dpi=(200, 200))
    from ingest.extract.ocr import ocr_image

    text, _confidence = ocr_image(Image.open(scan), "eng")
    texts = {1: text}
    source = SourceDocument("TST-000010", "image/png", [scan], texts, frozenset({1}))
    count, _hidden = _produce(source, [_span(texts, 1, "07700 900461")], tmp_path / "out.pdf")
    assert count == 1
    (page,) = _page_texts(tmp_path / "out.pdf")
    assert "Carrow" in page and "900461" not in page  # the text layer: what is left
    rendered = pdfium.PdfDocument(str(tmp_path / "out.pdf"))[0].render(scale=200 / 72)
    redone, _ = ocr_image(rendered.to_pil(), "eng")
    assert "Carrow" in redone and "900461" not in redone  # and the image shows no more


def test_text_is_typeset_with_spans_left_out(tmp_path: Path) -> None:
    texts = {1: "From: a clerk\nMiss Carrow rang 07700 900461.\n" + "filler line\n" * 200,
             2: "Second page, quagmire57."}
    records = [_span(texts, 1, "07700 900461"), _span(texts, 2, "quagmire57")]
    source = SourceDocument("TST-000011", "message/rfc822", [], texts)
    out = tmp_path / "out.pdf"
    count, _hidden = _produce(source, records, out)
    pages = _page_texts(out)
    assert count == len(pages) == 4  # page 1 is too long for one sheet at the smallest size
    assert "Miss Carrow rang" in pages[0] and "900461" not in "".join(pages)
    assert "Second page" in pages[3] and leaks(out, ["07700 900461", "quagmire57"]) == []


def test_the_same_pages_give_the_same_bytes(tmp_path: Path) -> None:
    original = _pdf(tmp_path / "statement.pdf", pages=2)
    texts = _texts(original)
    source = SourceDocument("TST-000001", "application/pdf", [original], texts)
    _produce(source, [_span(texts, 1, "quagmire57")], tmp_path / "a.pdf")
    _produce(source, [_span(texts, 1, "quagmire57")], tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
