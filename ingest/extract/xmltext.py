"""Readable text from XML dialects (WordprocessingML, DrawingML, SpreadsheetML, ODF, XHTML, any
other XML): paragraphs on their own lines, runs inside a paragraph joined without spaces.

Inside a paragraph element Word and LibreOffice split words into runs at every formatting
change, so runs are joined as they are; outside paragraphs every element ends a line, which
keeps the cells of generic XML ("<Cell>Col1</Cell><Cell>Col2</Cell>") apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ingest.errors import CorruptFile

PAGE_BREAK = "\f"
PARAGRAPHS = {"p", "h", "h1", "h2", "h3", "h4", "h5", "h6", "li", "si", "title", "Content"}
# Subtrees that are not text: styles, scripts, embedded binaries, and mc:Fallback, which
# repeats the mc:Choice text box for old readers.
SKIP = {"script", "style", "binData", "Fallback", "delInstrText", "rPr", "pPr",
        "fldData", "rPh", "phoneticPr",
        # DrawingML anchoring: positions and sizes written as element text
        "positionH", "positionV", "sizeRelH", "sizeRelV", "simplePos"}
BREAKS = {"br": "\n", "cr": "\n", "line-break": "\n", "tab": "\t", "ptab": "\t"}
_URL = re.compile(r"""(?:https?|ftp|file)://[^\s"'<>]+|\\\\[^\s"'<>]+""")
Label = Callable[[etree._Element], "str | None"]
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          recover=True, remove_comments=True, remove_pis=True)


def parse(data: bytes, what: str = "XML") -> etree._Element:
    """Parse without entities or network (no XXE, no billion laughs), tolerating slips."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(f"the {what} is not well-formed ({exc})") from exc
    if root is None:
        raise CorruptFile(f"the {what} has no XML content")
    return root


def local_name(tag: object) -> str:
    """An element's name without its namespace, "{uri}name", or without a prefix that no
    namespace declares, "manifest:manifest", which the forgiving parser keeps as written."""
    return tag.rpartition("}")[2].rpartition(":")[2] if isinstance(tag, str) else ""


def _walk(element: etree._Element, out: list[str], inline: bool, label: Label | None) -> None:
    name = local_name(element.tag)
    if name == "instrText":
        # Field codes: keep the targets of INCLUDEPICTURE, HYPERLINK, LINK... (an inquiry
        # wants to know a document fetched http://...), not the switches around them.
        out.extend(f" {url} " for url in _URL.findall(element.text or ""))
        return
    if name in SKIP or not name:
        return
    if name in BREAKS:
        out.append(BREAKS[name] if element.get(_TYPE) != "page" else PAGE_BREAK)
        return
    if name in ("lastRenderedPageBreak", "soft-page-break"):
        out.append(PAGE_BREAK)
        return
    if element.tag == f"{{{_ODF_TEXT}}}s":
        out.append(" " * int(element.get(_ODF_C, "1") or 1))
        return
    block = name in PARAGRAPHS or not inline
    if block:
        out.append("\n")
    if label is not None and name == "p" and (number := label(element)):
        out.append(f"{number}\t")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out, inline or name in PARAGRAPHS, label)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")


_TYPE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type"
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_C = f"{{{_ODF_TEXT}}}c"


def element_text(element: etree._Element, label: Label | None = None) -> str:
    """The element's text, one paragraph per line, blank lines squeezed. ``label`` gives the
    list number of a paragraph (Word numbering), or None."""
    out: list[str] = []
    _walk(element, out, False, label)
    text = "".join(out)
    text = re.sub(r"[ \t]*\n[ \t]*(?=\n)", "", text)  # drop whitespace-only lines
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n ")


def xml_text(data: bytes, what: str = "XML") -> str:
    return element_text(parse(data, what))
