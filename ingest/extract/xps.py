"""XPS and OpenXPS documents (.xps, .oxps): what "Microsoft XPS Document Writer" left when a
council officer printed to a file instead of a printer, 2006 onwards.

An XPS file is a zip package of fixed pages: the document sequence names the documents, each
document names its pages in order, and a page's text is in its ``Glyphs`` elements' Unicode
strings, each placed at an origin. A page here is an XPS page. Runs on one baseline are one
line (a line is often several runs, one per font); a new baseline starts a new line. Pages
whose glyphs carry no Unicode string (drawn from a font's indices only) have no text to read.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.package import Package
from ingest.extract.properties import read_properties
from ingest.extract.xmltext import local_name, parse
from ingest.formats import Format, register
from ingest.model import Extraction, Page

SEQUENCES = ("FixedDocSeq.fdseq", "FixedDocumentSequence.fdseq")
MAX_PAGES = 20_000


def _source(element: etree._Element, part: str) -> str:
    """A reference's part name, resolved against the part that holds it."""
    source = (element.get("Source") or "").split("#", 1)[0]
    if source.startswith("/"):
        return source.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), source))


def _references(package: Package, part: str, name: str) -> list[str]:
    root = parse(package.read(part), part)
    return [_source(element, part) for element in root.iter()
            if local_name(element.tag) == name and element.get("Source")]


def page_parts(package: Package) -> Iterator[str]:
    """Every page's part name, in the order the document sequence gives them."""
    sequence = next((name for name in SEQUENCES if package.has(name)), None)
    if sequence is None:
        raise CorruptFile("the XPS document has no document sequence")
    for document in _references(package, sequence, "DocumentReference"):
        if not package.has(document):
            raise CorruptFile(f"the XPS document names a missing part ({document})")
        yield from (page for page in _references(package, document, "PageContent")
                    if package.has(page))


def _number(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def page_text(root: etree._Element) -> str:
    """The page's glyph runs in document order, a run on a new baseline on a new line."""
    lines: list[list[str]] = []
    baseline: float | None = None
    for glyphs in root.iter():
        if local_name(glyphs.tag) != "Glyphs":
            continue
        text = glyphs.get("UnicodeString") or ""
        text = text[2:] if text.startswith("{}") else text  # "{}" escapes a leading brace
        if not text.strip():
            continue
        y = _number(glyphs.get("OriginY"))
        size = _number(glyphs.get("FontRenderingEmSize")) or 10.0
        if baseline is None or abs(y - baseline) > size / 2:
            lines.append([])
        lines[-1].append(text.strip())
        baseline = y
    return "\n".join(" ".join(runs) for runs in lines)


def extract_xps(path: Path, context: ExtractContext) -> Extraction:
    pages: list[Page] = []
    with Package(path, "XPS document") as package:
        for number, part in enumerate(page_parts(package), start=1):
            if number > MAX_PAGES:
                raise CorruptFile(f"the XPS document has more than {MAX_PAGES} pages; refused")
            pages.append(Page(number=number, text=page_text(parse(package.read(part), part))))
        properties = read_properties(package)
    if not pages:
        raise CorruptFile("the XPS document has no pages")
    return Extraction(pages=pages, extractor="xps", title=properties.title,
                      author=properties.author, date=properties.created)


register(
    Format(family="xps", mimes=("application/vnd.ms-xpsdocument", "application/oxps"),
           label="xps", extractor=extract_xps, package_parts=SEQUENCES),
)
