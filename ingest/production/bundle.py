"""A hearing bundle's PDF put together: its index pages (``write_index``) and then its documents'
files, each written as a production writes one (ingest.job.produce.write_document), joined
(``assemble``) with bookmarks per section, tab and document and page labels that are the
bundle's page numbers.

Memory stays bounded: the files are joined by qpdf, which copies their pages by reference and
reads their streams only as it writes; at most ``JOIN_FILES`` files are open at once (more are
joined in groups first, each group to a file of its own). Nothing but page content comes in
from a document's file (write_pdf strips the rest); the outline, the page labels and the index
are written here from the bundle's own text.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from ingest.production.pdf import STAMP_MARGIN, STAMP_SIZE, fonts

JOIN_FILES = 200
INDEX_COLUMNS = (("Tab", 0.0), ("Document", 0.06), ("Date", 0.30), ("Description", 0.42),
                 ("Pages", 0.86))
INDEX_SIZE = 9.0
HEADING_SIZE = 13.0
MARGIN = 48.0
ROW_GAP = 3.0


@dataclass(frozen=True)
class IndexRow:
    """A line of the index: the tab, a document in it and the bundle pages it takes."""

    tab: int
    tab_title: str
    document: str  # the URN when the bundle was given one, else the control number
    date: str
    description: str
    first: int
    last: int


@dataclass
class Part:
    """A document's file in the bundle, the label of each of its pages ("37", or "37A" for a
    sheet inserted after 37), and where its bookmark goes."""

    path: Path
    labels: list[str]
    bookmark: str
    tab: int


@dataclass
class Outline:
    """The bookmarks above the documents': the sections' titles (empty: no level of their
    own) and each tab's title and section."""

    sections: list[str]
    tabs: list[tuple[str, int]] = field(default_factory=list)  # (title, section index)


# --- the index ------------------------------------------------------------------------------


def write_index(letter: str, title: str, rows: list[IndexRow], out: Path) -> int:
    """The index pages of bundle ``letter`` (tab, document, date, description, bundle pages),
    each stamped "<letter>/index/<n>"; returns their count."""
    sans, _mono = fonts()
    width, height = A4
    pdf = canvas.Canvas(str(out), pagesize=A4, invariant=1, pageCompression=1)
    usable = width - 2 * MARGIN
    pages = 0
    y = 0.0

    def new_page() -> float:
        nonlocal pages
        if pages:
            _footer(pdf, f"{letter}/index/{pages}", sans)
            pdf.showPage()
        pages += 1
        top = height - MARGIN
        if pages == 1:
            pdf.setFont(sans, HEADING_SIZE)
            pdf.drawString(MARGIN, top, f"Bundle {letter}: {title}"[:120])
            top -= HEADING_SIZE * 2
        pdf.setFont(sans, INDEX_SIZE)
        for name, at in INDEX_COLUMNS:
            pdf.drawString(MARGIN + at * usable, top, name)
        return top - INDEX_SIZE * 1.8

    y = new_page()
    tab_shown = 0
    for row in rows:
        cells = _cells(row, usable, sans)
        lines = max(len(c) for _at, c in cells) + (2 if row.tab != tab_shown else 0)
        if y - lines * (INDEX_SIZE + ROW_GAP) < MARGIN + STAMP_SIZE * 3:
            y = new_page()
        pdf.setFont(sans, INDEX_SIZE)
        if row.tab != tab_shown:  # the tab's heading: its number and title
            y -= ROW_GAP
            pdf.drawString(MARGIN, y, f"Tab {row.tab}: {row.tab_title}"[:150] if row.tab_title
                           else f"Tab {row.tab}")
            y -= INDEX_SIZE + 2 * ROW_GAP
            tab_shown = row.tab
        for at, cell in cells:
            for n, line in enumerate(cell):
                pdf.drawString(MARGIN + at * usable, y - n * (INDEX_SIZE + ROW_GAP), line)
        y -= max(len(c) for _at, c in cells) * (INDEX_SIZE + ROW_GAP) + ROW_GAP
    _footer(pdf, f"{letter}/index/{pages}", sans)
    pdf.showPage()
    pdf.save()
    return pages


def _cells(row: IndexRow, usable: float, font: str) -> list[tuple[float, list[str]]]:
    """The row's cells, each wrapped to its column: (left as a fraction, lines)."""
    pages = f"{row.first}" if row.first == row.last else f"{row.first}-{row.last}"
    texts = [str(row.tab), row.document, row.date, row.description, pages]
    out = []
    for (_name, at), following, text in zip(INDEX_COLUMNS, [*INDEX_COLUMNS[1:], ("", 1.0)],
                                            texts, strict=True):
        out.append((at, _wrapped(text, (following[1] - at) * usable - 6, font)))
    return out


def _wrapped(text: str, width: float, font: str) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        while pdfmetrics.stringWidth(word, font, INDEX_SIZE) > width and len(word) > 1:
            cut = max(int(len(word) * width / pdfmetrics.stringWidth(word, font, INDEX_SIZE)), 1)
            lines += [line] if line else []
            lines.append(word[:cut])
            line, word = "", word[cut:]
        candidate = f"{line} {word}".strip()
        if line and pdfmetrics.stringWidth(candidate, font, INDEX_SIZE) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line or not lines else lines


def _footer(pdf: canvas.Canvas, text: str, font: str) -> None:
    width, _height = A4
    pdf.setFont(font, STAMP_SIZE)
    pdf.drawRightString(width - STAMP_MARGIN, STAMP_MARGIN, text)


# --- joining --------------------------------------------------------------------------------


def assemble(index: Path, parts: list[Part], outline: Outline, out: Path) -> int:
    """``index`` then every part's pages into ``out``, with the bookmarks and page labels;
    returns the page count."""
    with tempfile.TemporaryDirectory(prefix="docket-bundle-", dir=out.parent) as workdir, \
            ExitStack() as stack:
        files = [index, *(p.path for p in parts)]
        if len(files) > JOIN_FILES:
            files = [index, *_groups([p.path for p in parts], Path(workdir))]
        output = pikepdf.new()
        for path in files:
            source = stack.enter_context(pikepdf.open(path))
            output.pages.extend(source.pages)
        index_pages = len(output.pages) - sum(len(p.labels) for p in parts)
        _bookmarks(output, parts, outline, index_pages)
        output.Root.PageLabels = output.make_indirect(_labels(index_pages, parts))
        output.Root.PageMode = Name.UseOutlines
        output.save(out, deterministic_id=True, compress_streams=True,
                    object_stream_mode=pikepdf.ObjectStreamMode.generate)
        count = len(output.pages)
        output.close()
    return count


def _groups(paths: list[Path], folder: Path) -> Iterator[Path]:
    """``paths`` joined JOIN_FILES at a time, each group into a file of its own."""
    for number, start in enumerate(range(0, len(paths), JOIN_FILES)):
        joined = folder / f"group-{number:05d}.pdf"
        with ExitStack() as stack, pikepdf.new() as group:
            for path in paths[start:start + JOIN_FILES]:
                group.pages.extend(stack.enter_context(pikepdf.open(path)).pages)
            group.save(joined)
        yield joined


def _bookmarks(pdf: pikepdf.Pdf, parts: list[Part], outline: Outline, offset: int) -> None:
    """Section > tab > document (a section with no title adds no level), each at its first
    page."""
    with pdf.open_outline() as tree:
        tree.root.append(OutlineItem("Index", 0))
        page = offset
        sections: dict[int, OutlineItem] = {}
        tabs: dict[int, OutlineItem] = {}
        for part in parts:
            if part.tab not in tabs:
                title, section = outline.tabs[part.tab - 1]
                tabs[part.tab] = OutlineItem(f"Tab {part.tab}: {title}" if title
                                             else f"Tab {part.tab}", page)
                parent = tree.root
                if outline.sections[section]:
                    if section not in sections:
                        sections[section] = OutlineItem(outline.sections[section], page)
                        tree.root.append(sections[section])
                    parent = sections[section].children
                parent.append(tabs[part.tab])
            tabs[part.tab].children.append(OutlineItem(part.bookmark, page))
            page += len(part.labels)


def _labels(index_pages: int, parts: list[Part]) -> Dictionary:
    """The page labels: "Index i", "Index ii"... then each page's bundle number; a run of
    consecutive numbers is one range, an inserted sheet ("37A") a range of its own."""
    nums: list[object] = [0, Dictionary(S=Name.r, P=pikepdf.String("Index "))]
    expected = None
    physical = index_pages
    for part in parts:
        for label in part.labels:
            if label.isdigit():
                if int(label) != expected:
                    nums += [physical, Dictionary(S=Name.D, St=int(label))]
                expected = int(label) + 1
            else:
                nums += [physical, Dictionary(P=pikepdf.String(label))]
                expected = None
            physical += 1
    return Dictionary(Nums=Array(nums))
