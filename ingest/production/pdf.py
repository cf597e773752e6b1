"""Produced pages written as one PDF: drawn pages made with reportlab, source pages copied with
pikepdf (qpdf), a stamp on every page, and nothing kept but page content.

Memory stays bounded for any number of pages: drawn pages go to reportlab files of
``CHUNK_PAGES`` pages each, closed as they fill; source pages are copied by reference, and qpdf
reads their streams from the source file only as it writes the output. What is stripped: the
document information, XMP metadata (of the document, pages, images and forms), annotations
(comments, links, form widgets), the form (AcroForm), attachments, JavaScript and every other
action, page thumbnails, piece info and structure. The output is deterministic (reportlab's
invariant mode, qpdf's deterministic id): the same pages give the same bytes.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from functools import cache
from pathlib import Path

import pikepdf
from pikepdf import Dictionary, Name
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ingest.production.paint import MONO, SANS, font_file
from ingest.production.render import ProducedPage, ProductionError
from ingest.production.typeset import ASCENT, DESCENT

# reportlab writes images as ASCII85 text by default, in pure Python: two thirds of the time
# of a redacted page. Binary streams are as valid and a fifth smaller.
rl_config.useA85 = 0
CHUNK_PAGES = 50
STAMP_SIZE = 9.0
STAMP_MARGIN = 14.0
# Keys of a page (or of any object) that are not what the page shows.
STRIPPED_KEYS = ("/Annots", "/AA", "/Metadata", "/PieceInfo", "/Thumb", "/B", "/StructParents",
                 "/Tabs", "/OpenAction", "/AcroForm", "/Names", "/JavaScript", "/JS",
                 "/EmbeddedFiles", "/Outlines", "/StructTreeRoot", "/URI", "/Threads")


@cache
def _fonts() -> tuple[str, str]:
    """reportlab's names of the text layer's fonts: DejaVu when installed (any script), else
    the standard Helvetica and Courier (Latin only)."""
    names = []
    for registered, file, fallback in (("DocketSans", SANS, "Helvetica"),
                                       ("DocketMono", MONO, "Courier")):
        path = font_file(file)
        if path is None:
            names.append(fallback)
            continue
        pdfmetrics.registerFont(TTFont(registered, str(path)))
        names.append(registered)
    return names[0], names[1]


fonts = _fonts  # also what a hearing bundle's index pages are written in (ingest.production.bundle)


def write_pdf(pages: Iterable[ProducedPage], stamp: Callable[[int], str], out: Path,
              passwords: tuple[str, ...] = ()) -> int:
    """Write ``pages`` to ``out`` with ``stamp(n)`` on page n (from 1); returns the page count."""
    with tempfile.TemporaryDirectory(prefix="docket-produce-", dir=out.parent) as workdir, \
            ExitStack() as stack:
        layout: list[tuple[str, Path, int]] = []  # ("copy"|"drawn", file, page index)
        drawing = _Chunks(Path(workdir))
        for page in pages:
            if page.copy_of is not None:
                layout.append(("copy", *page.copy_of))
            else:
                layout.append(("drawn", *drawing.draw(page)))
        drawing.close()
        output = pikepdf.new()
        opened: dict[Path, pikepdf.Pdf] = {}
        font = output.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                               BaseFont=Name.Helvetica,
                                               Encoding=Name.WinAnsiEncoding))
        for number, (_kind, path, index) in enumerate(layout, start=1):
            if path not in opened:
                opened[path] = stack.enter_context(_open(path, passwords))
            output.pages.append(opened[path].pages[index])
            page = output.pages[-1]
            _strip_page(page)
            _stamp(output, page, stamp(number), font)
        _strip(output)
        output.save(out, deterministic_id=True, compress_streams=True,
                    object_stream_mode=pikepdf.ObjectStreamMode.generate)
        output.close()
    return len(layout)


def _open(path: Path, passwords: tuple[str, ...]) -> pikepdf.Pdf:
    for password in ("", *passwords):
        try:
            return pikepdf.open(path, password=password)
        except pikepdf.PasswordError:
            continue
        except pikepdf.PdfError as exc:
            raise ProductionError(f"qpdf cannot read {path.name} ({exc})") from None
    raise ProductionError(f"{path.name} is encrypted and no configured password opens it")


class _Chunks:
    """Drawn pages written to reportlab files of CHUNK_PAGES pages."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.canvas: canvas.Canvas | None = None
        self.path: Path | None = None
        self.count = 0
        self.files = 0

    def draw(self, page: ProducedPage) -> tuple[Path, int]:
        if self.canvas is None or self.count == CHUNK_PAGES:
            self.close()
            self.files += 1
            self.path = self.folder / f"drawn-{self.files:05d}.pdf"
            self.canvas = canvas.Canvas(str(self.path), invariant=1, pageCompression=1)
            self.count = 0
        _draw(self.canvas, page)
        self.count += 1
        assert self.path is not None
        return self.path, self.count - 1

    def close(self) -> None:
        if self.canvas is not None:
            self.canvas.save()
            self.canvas = None


def _draw(pdf: canvas.Canvas, page: ProducedPage) -> None:
    width, height = page.size
    pdf.setPageSize((width, height))
    if page.image is not None:
        pdf.drawImage(ImageReader(io.BytesIO(page.image)), 0, 0, width, height)
    sans, mono = _fonts()
    text = pdf.beginText()
    text.setTextRenderMode(0 if page.typeset else 3)  # 3: invisible, over the image
    for word, (left, top, right, bottom) in page.words:
        size = max((bottom - top) * height / (ASCENT + DESCENT), 1.0)
        font = mono if page.typeset else sans
        natural = pdfmetrics.stringWidth(word, font, size)
        text.setFont(font, size)
        text.setHorizScale(100.0 if page.typeset or natural <= 0
                           else 100.0 * (right - left) * width / natural)
        text.setTextOrigin(left * width, height - bottom * height + DESCENT * size)
        text.textOut(word)
    pdf.drawText(text)
    for (left, top, right, bottom), reason in page.boxes:
        _box(pdf, (left * width, height - bottom * height, (right - left) * width,
                   (bottom - top) * height), reason, sans)
    pdf.showPage()


def _box(pdf: canvas.Canvas, rect: tuple[float, float, float, float], reason: str,
         font: str) -> None:
    x, y, w, h = rect
    pdf.setFillColorRGB(0, 0, 0)
    pdf.rect(x, y, w, h, stroke=0, fill=1)
    size = min(9.0, h * 0.7)
    if size < 4 or not reason:
        return
    while reason and pdfmetrics.stringWidth(reason, font, size) > w - 4:
        reason = reason[:-2] + "…" if len(reason) > 2 else ""
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont(font, size)
    pdf.drawString(x + 2, y + (h - size) / 2 + 1, reason)


# --- stamping -------------------------------------------------------------------------------


def _stamp(pdf: pikepdf.Pdf, page: pikepdf.Page, text: str, font: pikepdf.Object) -> None:
    """``text`` at the bottom right of the page as it is shown, on a white ground, over
    whatever the page draws (the page's own drawing is wrapped in q/Q so it cannot move it)."""
    # A name of its own (add_resource's prefix adds a random one: the bytes would differ).
    fonts = page.resources.get("/Font", {}) if "/Resources" in page.obj else {}
    name, n = Name("/DocketStamp"), 0
    while name in fonts:
        n += 1
        name = Name(f"/DocketStamp{n}")
    page.add_resource(font, Name.Font, name)
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    rotate = int(page.obj.get("/Rotate", 0)) % 360
    width, _height = (y1 - y0, x1 - x0) if rotate in (90, 270) else (x1 - x0, y1 - y0)
    matrix = {0: (1, 0, 0, 1, x0, y0), 90: (0, 1, -1, 0, x1, y0),
              180: (-1, 0, 0, -1, x1, y1), 270: (0, -1, 1, 0, x0, y1)}[rotate]
    text_width = len(text) * STAMP_SIZE * 0.6
    x = width - STAMP_MARGIN - text_width
    y = STAMP_MARGIN
    safe = text.replace("\\", "").replace("(", "").replace(")", "")
    stream = (f"q {' '.join(f'{v:g}' for v in matrix)} cm 1 g "
              f"{x - 3:.2f} {y - 3:.2f} {text_width + 6:.2f} {STAMP_SIZE + 5:.2f} re f 0 g "
              f"BT {name} {STAMP_SIZE:g} Tf {x:.2f} {y:.2f} Td ({safe}) Tj ET Q\n").encode()
    page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
    page.contents_add(pikepdf.Stream(pdf, b"\nQ\n" + stream), prepend=False)


# --- stripping ------------------------------------------------------------------------------


def _strip_page(page: pikepdf.Page) -> None:
    for key in STRIPPED_KEYS:
        if key in page.obj:
            del page.obj[key]


def _strip(pdf: pikepdf.Pdf) -> None:
    """Everything but page content, from every object of the output."""
    for key in list(pdf.Root.keys()):
        if key not in ("/Type", "/Pages"):
            del pdf.Root[key]
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    for obj in pdf.objects:
        target = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
        if not isinstance(target, pikepdf.Dictionary):
            continue
        for key in STRIPPED_KEYS:
            if key in target:
                del target[key]
        if target.get("/S") in (Name.JavaScript, Name.Launch, Name.URI, Name.SubmitForm,
                                Name.ImportData):
            for key in list(target.keys()):
                del target[key]
