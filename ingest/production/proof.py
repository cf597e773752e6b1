"""The proof that a produced PDF holds none of the strings its redactions took out.

``leaks`` reads a PDF as a recipient's tools would and looks for each string in what they find:

- the text of every page, by PDFium (pypdf reads it too, but at a tenth of a second a page: a
  2,000-page document would take minutes; what PDFium misses, text drawn in plain encodings
  outside the page say, the scan of the streams below finds);
- the document information and the XMP metadata;
- annotations (their contents, titles and appearance), attachments (names and bytes) and form
  fields (names and values);
- every string object and every stream of the file, decoded (a content stream written in plain
  encodings shows its text even where no extractor looks).

A string is found in any case and with any spacing ("07700 900461", "07700900461"). It returns
where each one was found, naming the string only by its position in ``strings`` (the report
must not repeat what was redacted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

MIN_CHARS = 3  # shorter strings ("A", "K.") are found in any text


@dataclass(frozen=True)
class Leak:
    where: str  # "page 3 text (pdfium)", "metadata", "XMP", "annotation", "stream 12 0"...
    string: int  # index into the strings checked


def text_key(text: str) -> str:
    """How a string is compared: without whitespace, case folded."""
    return re.sub(r"\s+", "", text).casefold()


def leaks(path: Path, strings: Iterable[str]) -> list[Leak]:
    """Where ``path`` still holds any of ``strings``."""
    wanted = [(i, text_key(s)) for i, s in enumerate(strings) if len(text_key(s)) >= MIN_CHARS]
    if not wanted:
        return []
    found: list[Leak] = []
    seen: set[tuple[str, int]] = set()
    for where, text in _texts(path):
        haystack = text_key(text)
        for index, key in wanted:
            if key in haystack and (where, index) not in seen:
                seen.add((where, index))
                found.append(Leak(where, index))
    return found


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    yield from _pdfium_text(path)
    yield from _form_fields(path)
    yield from _objects(path)


def _pdfium_text(path: Path) -> Iterator[tuple[str, str]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        yield "metadata", " ".join(str(v) for v in pdf.get_metadata_dict().values())
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            yield f"page {index + 1} text (pdfium)", textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def _form_fields(path: Path) -> Iterator[tuple[str, str]]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    fields = reader.get_fields() or {}
    yield "form fields", " ".join(f"{k} {v.get('/V', '')}" for k, v in fields.items())


def _objects(path: Path) -> Iterator[tuple[str, str]]:
    with pikepdf.open(path) as pdf:
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            yield "document information", " ".join(str(info[k]) for k in info)
        if "/Metadata" in pdf.Root:
            yield "XMP", pdf.Root.Metadata.read_bytes().decode("utf-8", "replace")
        for name, attached in pdf.attachments.items():
            yield "attachment", f"{name} " + attached.get_file().read_bytes().decode(
                "utf-8", "replace")
        for number, page in enumerate(pdf.pages, start=1):
            for annot in page.obj.get("/Annots", []):
                yield f"page {number} annotation", " ".join(
                    str(annot.get(k, "")) for k in ("/Contents", "/T", "/TU", "/V", "/RC"))
        for obj in pdf.objects:
            yield from _object_text(obj)


def _object_text(obj: pikepdf.Object) -> Iterator[tuple[str, str]]:
    where = f"object {obj.objgen[0]} {obj.objgen[1]}"
    if isinstance(obj, pikepdf.Stream):
        if _binary(obj):
            return
        try:
            data = obj.read_bytes()
        except pikepdf.PdfError:  # an image codec qpdf does not decode: read it raw
            data = obj.read_raw_bytes()
        yield where, data.decode("latin-1")
        yield where, _utf16(data)
    elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
        yield where, " ".join(str(v) for v in _strings(obj))
    elif isinstance(obj, pikepdf.String):
        yield where, str(obj)


def _binary(stream: pikepdf.Stream) -> bool:
    """An image or an embedded font: bytes with no text in them, where short strings would be
    found by chance."""
    meta = stream.stream_dict
    return meta.get("/Subtype") in (pikepdf.Name.Image, pikepdf.Name.Type1C,
                                    pikepdf.Name.CIDFontType0C, pikepdf.Name.OpenType) or \
        "/Length1" in meta or "/Length2" in meta


def _strings(obj: pikepdf.Object, depth: int = 0) -> Iterator[str]:
    if depth > 20:
        return
    if isinstance(obj, pikepdf.String):
        yield str(obj)
    elif isinstance(obj, pikepdf.Dictionary):
        for key in obj:
            value = obj[key]
            if isinstance(value, pikepdf.Object) and not value.is_indirect:
                yield from _strings(value, depth + 1)
    elif isinstance(obj, pikepdf.Array):
        for value in obj:
            if isinstance(value, pikepdf.Object) and not value.is_indirect:
                yield from _strings(value, depth + 1)


def _utf16(data: bytes) -> str:
    return data[: len(data) // 2 * 2].decode("utf-16-be", "replace")
