"""Office Open XML (DOCX, XLSX, PPTX and their macro/template variants, Visio VSDX).

Word and PowerPoint bodies are read from the package XML (ingest.extract.ooxml): measured on
the corpus, unstructured's DOCX and PPTX partitioners drop text boxes, content controls, notes
and SmartArt, which an inquiry cannot lose. Spreadsheet cells go through unstructured, which
renders numbers and dates as Excel shows them; the package adds what it does not read.
Headers, footers, comments, notes, masters and properties follow the body on the last page.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.elements import pages_from_elements
from ingest.extract.ooxml import (
    docx_body,
    docx_extras,
    external_links,
    part_text,
    pptx_extras,
    pptx_slides,
    xlsx_extras,
)
from ingest.extract.package import Package
from ingest.extract.properties import read_properties
from ingest.extract.soffice import convert
from ingest.formats import Format, register
from ingest.model import Extraction, Page


def _kind(package: Package) -> str:
    if package.has("word/document.xml"):
        return "docx"
    if package.has("ppt/presentation.xml"):
        return "pptx"
    if package.has("xl/workbook.xml"):
        return "xlsx"
    if package.has("xl/workbook.bin"):
        return "xlsb"
    if package.matching("visio/pages/*.xml"):
        return "vsdx"
    raise CorruptFile("a zip package without a Word, Excel, PowerPoint or Visio main part")


def _xlsx_cells(path: Path) -> list[Page]:
    from unstructured.partition.xlsx import partition_xlsx

    try:
        return pages_from_elements(partition_xlsx(filename=str(path)))
    except (KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile):
        # Strict OOXML and odd producers: the shared strings still carry the words.
        return []


def _xlsb(path: Path, package: Package) -> tuple[list[Page], list[str]]:
    """Binary workbooks: no Python reader here, so LibreOffice rewrites them as XLSX (cells,
    comments, headers); drawings are XML even in XLSB and are read from the original."""
    with tempfile.TemporaryDirectory(prefix="docket-xlsb-") as workdir:
        converted = convert(path, "xlsb", "xlsx", Path(workdir))
        with Package(converted, "converted workbook") as xlsx:
            pages, extras = _body(converted, xlsx, "xlsx")
    return pages, [*extras, *xlsx_extras(package)]


def _body(path: Path, package: Package, kind: str) -> tuple[list[Page], list[str]]:
    if kind == "docx":
        pages = [Page(number=n, text=t.strip()) for n, t in enumerate(docx_body(package), 1)]
        return pages, docx_extras(package)
    if kind == "pptx":
        pages = [Page(number=n, text="\n\n".join(filter(None, (slide, notes))).strip())
                 for n, (slide, notes) in enumerate(pptx_slides(package), start=1)]
        return pages, pptx_extras(package)
    if kind == "vsdx":
        pages = [Page(number=n, text=part_text(package, name)) for n, name in
                 enumerate(package.matching("visio/pages/page*.xml"), start=1)]
        return pages, [part_text(package, n) for n in package.matching("visio/masters/master*.xml")]
    if kind == "xlsb":
        return _xlsb(path, package)
    pages = _xlsx_cells(path)
    extras = xlsx_extras(package)
    if not any(page.text for page in pages):
        extras.insert(0, part_text(package, "xl/sharedStrings.xml"))
    return pages, extras


def append_extras(pages: list[Page], extras: list[str]) -> list[Page]:
    """Text outside the body goes after it on the last page, minus what the body already has."""
    body = "\n".join(page.text for page in pages)
    seen = {" ".join(body.split())}
    kept = []
    for text in extras:
        flat = " ".join(text.split())
        if flat and not any(flat in s for s in seen):
            kept.append(text.strip())
            seen.add(flat)
    if not pages:
        pages = [Page(number=1, text="")]
    if kept:
        pages[-1].text = "\n\n".join(filter(None, [pages[-1].text, *kept]))
    return pages


def read_package(path: Path, kind_hint: str = "") -> Extraction:
    with Package(path, "Office document") as package:
        kind = _kind(package)
        pages, extras = _body(path, package, kind)
        props = read_properties(package)
        pages = append_extras(pages, [*extras, "\n".join(props.lines),
                                      "\n".join(external_links(package))])
    return Extraction(pages=pages, extractor=f"ooxml:{kind_hint or kind}", title=props.title,
                      author=props.author, date=props.created)


def soffice_fallback(suffix: str, target: str) -> Callable[[Path, ExtractContext], Extraction]:
    """A fallback that has LibreOffice read a file the native reader refused (it repairs
    damaged packages as Word and Excel do) and reads the Office Open XML it writes."""

    def extract_with_soffice(path: Path, context: ExtractContext) -> Extraction:
        with tempfile.TemporaryDirectory(prefix="docket-fallback-") as workdir:
            converted = convert(path, suffix, target, Path(workdir))
            extraction = read_package(converted, f"soffice-{suffix}")
        extraction.extractor = f"soffice:{suffix}"
        return extraction

    extract_with_soffice.__name__ = f"extract_{suffix}_with_soffice"
    return extract_with_soffice


def extract_office(path: Path, context: ExtractContext) -> Extraction:
    from ingest.extract.crypto import is_ole, open_encrypted

    if is_ole(path):
        # An encrypted OOXML file is an OLE container holding the encrypted package.
        with open_encrypted(path, context.passwords) as decrypted:
            return read_package(decrypted, "decrypted")
    return read_package(path)


_OOXML = "application/vnd.openxmlformats-officedocument"
register(
    Format(family="docx", mimes=(f"{_OOXML}.wordprocessingml.document",), label="word",
           extractor=extract_office, fallbacks=(soffice_fallback("docx", "docx"),),
           package_parts=("word/document.xml",)),
    Format(family="xlsx", mimes=(f"{_OOXML}.spreadsheetml.sheet",), label="spreadsheet",
           extractor=extract_office, fallbacks=(soffice_fallback("xlsx", "xlsx"),),
           package_parts=("xl/workbook.xml",)),
    Format(family="xlsb", mimes=("application/vnd.ms-excel.sheet.binary.macroenabled.12",),
           label="spreadsheet", extractor=extract_office, package_parts=("xl/workbook.bin",)),
    Format(family="pptx", mimes=(f"{_OOXML}.presentationml.presentation",),
           label="presentation", extractor=extract_office,
           fallbacks=(soffice_fallback("pptx", "pptx"),), package_parts=("ppt/presentation.xml",)),
    Format(family="vsdx", mimes=("application/vnd.ms-visio.drawing.main+xml",),
           label="drawing", extractor=extract_office, package_parts=("visio/document.xml",)),
    # Checked before any other stream: an encrypted package is nothing else.
    Format(family="ooxml-encrypted", mimes=("application/x-encrypted-ooxml",),
           extractor=extract_office, ole_streams=("EncryptedPackage",), ole_rank=0),
)
