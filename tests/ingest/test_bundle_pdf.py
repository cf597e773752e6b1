"""A bundle's PDF put together (ingest.production.bundle) and its stamps (ingest.job.bundle),
without a store: an inserted sheet is numbered as a bundle numbers one (5, 5A, 6), in its
stamp and in the page labels; bookmarks go to each tab's and document's first page; the index
is paged when it is long."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from ingest.job.bundle import _Stamps, masked
from ingest.production.bundle import IndexRow, Outline, Part, assemble, write_index
from search.bundles import Placed


def _pdf(path: Path, pages: int) -> Path:
    pdf = canvas.Canvas(str(path))
    for page in range(pages):
        pdf.drawString(60, 780, f"{path.stem} {page + 1}")
        pdf.showPage()
    pdf.save()
    return path


def _placed(tab: int, first: int, tab_first: int, pages: int) -> Placed:
    return Placed(tab, "doc", "ABC-000001", "ABC-000001", None, "Title", None, "", pages, first,
                  tab_first)


def test_an_inserted_sheet_is_stamped_and_labelled_as_in_a_bundle(tmp_path: Path) -> None:
    stamps = _Stamps("A", _placed(2, 10, 4, 3))
    assert [stamps(n, page) for n, page in enumerate([1, 2, 2, 2, 3], start=1)] == [
        "A/2/4   p. 10", "A/2/5   p. 11", "A/2/5A   p. 11A", "A/2/5B   p. 11B", "A/2/6   p. 12"]
    assert stamps.labels == ["10", "11", "11A", "11B", "12"]


def test_assembled_with_labels_and_bookmarks(tmp_path: Path) -> None:
    index = tmp_path / "index.pdf"
    rows = [IndexRow(1, "Statements", f"ABC-{n:06d}", "1997-06-18", "x " * 60, n, n)
            for n in range(1, 90)]
    index_pages = write_index("C2", "Long index", rows, index)
    assert 1 < index_pages <= 6
    parts = [Part(_pdf(tmp_path / "one.pdf", 2), ["1", "2"], "ABC-000001: first", 1),
             Part(_pdf(tmp_path / "two.pdf", 3), ["3", "3A", "4"], "ABC-000002: second", 1),
             Part(_pdf(tmp_path / "three.pdf", 1), ["5"], "ABC-000003: third", 2)]
    out = tmp_path / "bundle.pdf"
    count = assemble(index, parts, Outline(["", "Exhibits"], [("Statements", 0),
                                                             ("Plans", 1)]), out)
    assert count == index_pages + 6
    with pikepdf.open(out) as pdf:
        roman = ["i", "ii", "iii", "iv", "v", "vi"][:index_pages]
        assert [p.label for p in pdf.pages] == [*(f"Index {r}" for r in roman),
                                                 "1", "2", "3", "3A", "4", "5"]
        with pdf.open_outline() as outline:
            root = list(outline.root)
            titles = [item.title for item in root]
            assert titles == ["Index", "Tab 1: Statements", "Exhibits"]
            first_tab = root[1]
            assert [c.title for c in first_tab.children] == ["ABC-000001: first",
                                                            "ABC-000002: second"]
            second_document = first_tab.children[1].destination[0]
            assert pdf.pages.index(pikepdf.Page(second_document)) == index_pages + 2
            assert [c.title for c in root[2].children] == ["Tab 2: Plans"]
    document = pdfium.PdfDocument(str(out))
    assert "two 2" in document[index_pages + 3].get_textpage().get_text_range()
    document.close()


def test_the_index_masks_what_the_document_redacts() -> None:
    assert masked("Letter of Jane  DOE re 07700 900461", ["jane doe", "07700 900461"]) == \
        "Letter of [redacted] re [redacted]"
