"""EPUB (and Apple iBooks, which is EPUB): the chapters in reading (spine) order, one page per
chapter, since e-books have no fixed pages of their own.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext
from ingest.extract.package import Package
from ingest.extract.properties import properties_of
from ingest.extract.xmltext import element_text, parse
from ingest.formats import Format, register
from ingest.model import Extraction, Page

_CONTAINER = "META-INF/container.xml"
_MARKUP = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")


def _opf_path(package: Package) -> str:
    data = package.read_optional(_CONTAINER)
    if data:
        for rootfile in parse(data, _CONTAINER).iter("{*}rootfile"):
            if rootfile.get("full-path"):
                return rootfile.get("full-path", "")
    found = package.matching("*.opf")
    if not found:
        raise CorruptFile("the EPUB has no package document (.opf)")
    return found[0]


def _chapters(package: Package, opf_name: str, opf: etree._Element) -> list[str]:
    folder = posixpath.dirname(opf_name)
    manifest = {item.get("id"): item for item in opf.iter("{*}item")}
    order = [ref.get("idref") for ref in opf.iter("{*}itemref")]
    items = [manifest[i] for i in order if i in manifest] or list(manifest.values())
    return [posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))
            for item in items if item.get("media-type") in _MARKUP]


def _chapter_text(data: bytes, name: str) -> str:
    try:
        root = parse(data, name)
    except CorruptFile:
        root = lxml_html.fromstring(data)
    body = next(root.iter("{*}body", "body"), root)
    return element_text(body)


def extract_epub(path: Path, context: ExtractContext) -> Extraction:
    with Package(path, "EPUB") as package:
        opf_name = _opf_path(package)
        opf = parse(package.read(opf_name), opf_name)
        texts = []
        for name in _chapters(package, opf_name, opf):
            data = package.read_optional(name)
            if data:
                texts.append(_chapter_text(data, name))
    metadata = opf.find("{*}metadata")
    props = properties_of([metadata] if metadata is not None else [])
    pages = [Page(number=n, text=t) for n, t in enumerate(texts, start=1)] or [Page(1, "")]
    return Extraction(pages=pages, extractor="epub", title=props.title, author=props.author,
                      date=props.created)


register(Format(family="epub", mimes=("application/epub+zip", "application/x-ibooks+zip"),
                extractor=extract_epub))
