"""XML of any dialect (Word 2003/2006 XML, Excel 2003 XML, RSS, SVG, DITA...) and InDesign IDML
packages: the text content, with markup, attributes, scripts and embedded binaries dropped.

XML has no pages; the text is cut into pages of ``text.LINES_PER_PAGE`` lines like plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.package import Package
from ingest.extract.text import decode, paginate
from ingest.extract.xmltext import PAGE_BREAK, element_text, parse
from ingest.formats import Format, register
from ingest.model import Extraction

# Past this a tree costs ~10x the file in memory: stream the text instead.
TREE_LIMIT_BYTES = 64 * 1024**2
_TAG = re.compile(r"<[^>]*>")


def _streamed(path: Path) -> str:
    """Text of a very large XML file with bounded memory: elements are dropped once read."""
    parts: list[str] = []
    try:
        for _event, element in etree.iterparse(str(path), events=("end",), resolve_entities=False,
                                               no_network=True, huge_tree=True, recover=True):
            if element.text and len(element) == 0:
                parts.append(element.text)
            if element.tail:
                parts.append(element.tail)
            parts.append("\n")
            element.clear(keep_tail=False)
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(f"the XML is not well-formed ({exc})") from exc
    return "".join(parts)


def xml_file_text(path: Path) -> tuple[str, str]:
    """The text and how it was read."""
    if path.stat().st_size > TREE_LIMIT_BYTES:
        return _streamed(path), "xml:stream"
    raw = path.read_bytes()
    try:
        root = parse(raw)
    except CorruptFile:
        # Not XML after all (a fragment, a broken export): the words between tags still count.
        text, _encoding = decode(raw)
        return _TAG.sub(" ", text), "xml:tags-stripped"
    return element_text(root).replace(PAGE_BREAK, "\n"), "xml"


def extract_xml(path: Path, context: ExtractContext) -> Extraction:
    text, how = xml_file_text(path)
    return Extraction(pages=paginate(text), extractor=how)


def extract_idml(path: Path, context: ExtractContext) -> Extraction:
    with Package(path, "InDesign package") as package:
        stories = [element_text(parse(package.read(name), name))
                   for name in package.matching("Stories/*.xml")]
    return Extraction(pages=paginate("\n\n".join(stories)), extractor="idml")


register(
    Format(family="xml", mimes=("text/xml", "application/xml", "image/svg+xml"),
           extractor=extract_xml),
    Format(family="idml", mimes=("application/vnd.adobe.indesign-idml-package",),
           extractor=extract_idml),
)
