"""The text of Office Open XML packages, part by part (WordprocessingML, PresentationML,
SpreadsheetML extras, Visio). Body text keeps the document's pages; everything a reader of the
file could also see or search for (headers, footers, notes, comments, text boxes, masters,
SmartArt, chart titles, external links) is kept as extra text rather than lost.
"""

from __future__ import annotations

import html
import posixpath
import re

from lxml import etree

from ingest.extract.numbering import Numbering
from ingest.extract.package import Package
from ingest.extract.text import decode
from ingest.extract.xmltext import PAGE_BREAK, element_text, parse

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HF_ELEMENT = re.compile(rb"<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)\b[^>]*>([^<]*)</")
_HF_CODES = re.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|[LCRPNDTFAGBIUESXYZ])')


def relationships(package: Package, part: str) -> dict[str, tuple[str, str, bool]]:
    """Id -> (type, resolved target, external) for one part's relationships."""
    folder, name = posixpath.split(part)
    data = package.read_optional(posixpath.join(folder, "_rels", f"{name}.rels"))
    if not data:
        return {}
    found = {}
    for rel in parse(data, "relationships").iter("{*}Relationship"):
        target, external = rel.get("Target", ""), rel.get("TargetMode") == "External"
        if not external:
            target = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                        else posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], target, external)
    return found


def part_text(package: Package, name: str) -> str:
    data = package.read_optional(name)
    if not data:
        return ""
    try:
        return element_text(parse(data, name)).replace(PAGE_BREAK, "\n")
    except Exception:
        return ""


def drawing_text(package: Package, name: str) -> str:
    """Only DrawingML paragraphs: chart parts also cache numbers and cell references."""
    data = package.read_optional(name)
    if not data:
        return ""
    root = parse(data, name)
    return "\n".join(filter(None, (element_text(p) for p in root.iter(f"{{{_A}}}p"))))


def external_links(package: Package) -> list[str]:
    """Targets outside the file (hyperlinks, linked images, attached templates)."""
    links: list[str] = []
    for rels in package.matching("*_rels/*.rels"):
        part = posixpath.join(posixpath.dirname(posixpath.dirname(rels)),
                              posixpath.basename(rels).removesuffix(".rels"))
        links += [t for _k, t, ext in relationships(package, part).values() if ext]
    return list(dict.fromkeys(links))


def docx_body(package: Package) -> list[str]:
    if not package.has("word/document.xml"):
        return [""]
    data = package.read("word/document.xml")
    numbering, styles = (package.read_optional(f"word/{n}.xml") for n in ("numbering", "styles"))
    labels = Numbering(parse(numbering, "numbering") if numbering else None,
                       parse(styles, "styles") if styles else None)
    text = element_text(parse(data, "word/document.xml"), labels.label)
    # Word writes an explicit break and then marks where it rendered it: one break, not two.
    return re.sub(rf"{PAGE_BREAK}\s*(?={PAGE_BREAK})", "", text).split(PAGE_BREAK)


def docx_extras(package: Package) -> list[str]:
    parts = package.matching("word/header*.xml", "word/footer*.xml", "word/footnotes.xml",
                             "word/endnotes.xml", "word/comments*.xml", "word/diagrams/data*.xml",
                             # placeholder text Word shows in empty content controls
                             "word/glossary/document.xml")
    texts = [part_text(package, name) for name in parts]
    texts += [drawing_text(package, name) for name in package.matching("word/charts/chart*.xml")]
    for kind, target, external in relationships(package, "word/document.xml").values():
        if kind == "aFChunk" and not external:
            texts.append(_alt_chunk(package, target))
    return texts


def _alt_chunk(package: Package, name: str) -> str:
    """An imported HTML or text chunk Word shows inline (altChunk)."""
    data = package.read_optional(name) or b""
    if name.lower().endswith((".htm", ".html", ".xhtml", ".mht")):
        from lxml import html as lxml_html

        try:
            return lxml_html.fromstring(data).text_content()
        except (etree.ParserError, ValueError):
            return ""
    # a text chunk is in whatever page the machine that imported it used: read it as a text file
    return decode(data)[0] if name.lower().endswith(".txt") else ""


def pptx_slides(package: Package) -> list[tuple[str, str]]:
    """(slide text, notes text) per slide in the presentation's own order."""
    rels = relationships(package, "ppt/presentation.xml")
    order = []
    data = package.read_optional("ppt/presentation.xml")
    if data:
        for sld in parse(data, "presentation").iter("{*}sldId"):
            rel = rels.get(sld.get(_R, ""))
            if rel and package.has(rel[1]):
                order.append(rel[1])
    if not order:  # no usable order: the file names are the next best guess
        order = package.matching("ppt/slides/slide*.xml")
    slides = []
    for slide in order:
        notes = [t for kind, t, ext in relationships(package, slide).values()
                 if kind == "notesSlide" and not ext]
        slides.append((part_text(package, slide), "\n".join(part_text(package, n) for n in notes)))
    return slides


def pptx_extras(package: Package) -> list[str]:
    masters = package.matching("ppt/slideMasters/*.xml", "ppt/slideLayouts/*.xml",
                               "ppt/notesMasters/*.xml", "ppt/handoutMasters/*.xml")
    texts = [_master_text(package, name) for name in masters]
    texts += [part_text(package, n) for n in package.matching("ppt/comments/*.xml",
                                                               "ppt/diagrams/data*.xml")]
    return texts + [drawing_text(package, name) for name in package.matching("ppt/charts/chart*.xml")]


# Placeholders whose master text is only a prompt ("Click to edit Master title style"); footers,
# dates, headers and slide numbers carry text that prints on every slide and are kept.
_PROMPTS = {"title", "ctrTitle", "subTitle", "body", "obj", "pic", "chart", "tbl", "clipArt",
            "dgm", "media", "sldImg"}


def _master_text(package: Package, name: str) -> str:
    data = package.read_optional(name)
    if not data:
        return ""
    root = parse(data, name)
    for shape in list(root.iter("{*}sp")):
        placeholder = shape.find("{*}nvSpPr/{*}nvPr/{*}ph")
        if placeholder is not None and placeholder.get("type", "obj") in _PROMPTS:
            shape.getparent().remove(shape)
    return element_text(root).replace(PAGE_BREAK, "\n")


def xlsx_extras(package: Package) -> list[str]:
    parts = package.matching("xl/comments*.xml", "xl/drawings/drawing*.xml",
                             "xl/diagrams/data*.xml", "xl/threadedComments/*.xml")
    texts = [part_text(package, name) for name in parts]
    texts += [drawing_text(package, name) for name in package.matching("xl/charts/chart*.xml")]
    for sheet in package.matching("xl/worksheets/sheet*.xml"):
        texts += _header_footer(package, sheet)
    return [*texts, _connections(package)]


def _connections(package: Package) -> str:
    """Where a workbook pulls data from (web queries, databases, text files)."""
    data = package.read_optional("xl/connections.xml")
    if not data:
        return ""
    found = [value for element in parse(data, "connections").iter() if isinstance(element.tag, str)
             for key in ("url", "connection", "sourceFile", "name") if (value := element.get(key))]
    return "\n".join(found)


def _header_footer(package: Package, sheet: str) -> list[str]:
    # A regex over the bytes, not a parse: sheets run to hundreds of MB and the header and
    # footer sit in a few hundred bytes near the end.
    data = package.read_optional(sheet) or b""
    found = []
    for raw in _HF_ELEMENT.findall(data):
        # "&LLeft&CCentre&RRight": the codes place and style the three sections.
        text = html.unescape(raw.decode("utf-8", "replace")).replace("&&", "\x00")
        found.append(" ".join(_HF_CODES.split(text)).replace("\x00", "&").strip())
    return found
