"""OpenDocument text, spreadsheets, presentations and drawings (ODT, ODS, ODP, ODG), zipped or
flat XML (.fodt...). Pages: LibreOffice's soft page breaks in text, one page per sheet, one per
slide or drawing page. Headers and footers (styles.xml), Basic macro source and properties
follow the body on the last page.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ingest.errors import PasswordProtected
from ingest.extract import ExtractContext
from ingest.extract.office import append_extras, soffice_fallback
from ingest.extract.package import Package
from ingest.extract.properties import Properties, properties_of, read_properties
from ingest.extract.xmltext import PAGE_BREAK, element_text, local_name, parse
from ingest.formats import Format, register
from ingest.model import Extraction, Page

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# Elements of the body that make a page of their own.
_PAGE_ELEMENTS = ("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table",
                  "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}page")


def _body_pages(root: etree._Element) -> list[str]:
    body = root.find(f".//{{{_OFFICE}}}body")
    if body is None:
        return []
    units = [el for el in body.iter(*_PAGE_ELEMENTS)
             if el.getparent() is not None and local_name(el.getparent().tag)
             in ("spreadsheet", "presentation", "drawing")]
    if units:
        return [element_text(unit).replace(PAGE_BREAK, "\n") for unit in units]
    return element_text(body).split(PAGE_BREAK)


def _master_text(root: etree._Element | None) -> str:
    """Headers and footers of the master pages."""
    if root is None:
        return ""
    masters = root.find(f".//{{{_OFFICE}}}master-styles")
    return element_text(masters) if masters is not None else ""


def _macros(package: Package) -> list[str]:
    """Basic modules: an inquiry may need to know what a document's macros did."""
    names = [n for n in package.matching("Basic/*/*.xml")
             if not n.endswith(("script-lb.xml", "script-lc.xml", "dialog-lb.xml"))]
    texts = []
    for name in names:
        data = package.read_optional(name)
        if data:
            texts.append("".join(parse(data, name).itertext()))
    return texts


def _flat(path: Path) -> tuple[list[str], list[str], Properties]:
    root = parse(path.read_bytes(), "flat OpenDocument file")
    meta = root.find(f"{{{_OFFICE}}}meta")
    props = properties_of([meta] if meta is not None else [])
    scripts = root.find(f"{{{_OFFICE}}}scripts")  # embedded Basic source, as in Basic/*.xml
    macros = "".join(scripts.itertext()) if scripts is not None else ""
    return _body_pages(root), [_master_text(root), macros], props


def _refuse_encrypted(package: Package) -> None:
    """LibreOffice encrypts each part and says so in the manifest; the parts are then noise, not
    damage."""
    manifest = package.read_optional("META-INF/manifest.xml") or b""
    if b"encryption-data" in manifest:
        raise PasswordProtected("the OpenDocument file is encrypted (a LibreOffice password)")


def _zipped(path: Path) -> tuple[list[str], list[str], Properties]:
    with Package(path, "OpenDocument file") as package:
        _refuse_encrypted(package)
        data = package.read("content.xml") if package.has("content.xml") else b""
        pages = _body_pages(parse(data, "content.xml")) if data else []
        styles = package.read_optional("styles.xml")
        extras = [_master_text(parse(styles, "styles.xml") if styles else None), *_macros(package)]
        return pages, extras, read_properties(package)


def extract_odf(path: Path, context: ExtractContext) -> Extraction:
    with path.open("rb") as handle:
        zipped = handle.read(2) == b"PK"
    pages, extras, props = _zipped(path) if zipped else _flat(path)
    body = [Page(number=n, text=text.strip()) for n, text in enumerate(pages, start=1)]
    body = append_extras(body, [*extras, "\n".join(props.lines)])
    return Extraction(pages=body, extractor="odf", title=props.title, author=props.author,
                      date=props.created)


_ODF = "application/vnd.oasis.opendocument"
register(
    # Labelled as their Microsoft counterparts are: a user filtering "word" means ODT too.
    Format(family="odt", mimes=(f"{_ODF}.text", f"{_ODF}.text-template"), label="word",
           extractor=extract_odf, fallbacks=(soffice_fallback("odt", "docx"),)),
    Format(family="ods", mimes=(f"{_ODF}.spreadsheet", f"{_ODF}.spreadsheet-template"),
           label="spreadsheet", extractor=extract_odf,
           fallbacks=(soffice_fallback("ods", "xlsx"),)),
    Format(family="odp", mimes=(f"{_ODF}.presentation", f"{_ODF}.presentation-template"),
           label="presentation", extractor=extract_odf,
           fallbacks=(soffice_fallback("odp", "pptx"),)),
    Format(family="odg", mimes=(f"{_ODF}.graphics",), label="drawing", extractor=extract_odf),
)
