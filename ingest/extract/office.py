"""Office Open XML (DOCX, XLSX, PPTX) with unstructured; slides and page breaks become pages."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

from ingest.errors import CorruptFile, PasswordProtected
from ingest.extract import ExtractContext, register
from ingest.extract.elements import pages_from_elements
from ingest.model import Extraction


def _partitioner(family: str):
    if family == "docx":
        from unstructured.partition.docx import partition_docx

        return partition_docx
    if family == "pptx":
        from unstructured.partition.pptx import partition_pptx

        return partition_pptx
    from unstructured.partition.xlsx import partition_xlsx

    return partition_xlsx


def _family(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        with path.open("rb") as handle:
            if handle.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
                raise PasswordProtected("the Office file is encrypted") from exc
        raise CorruptFile(f"not a readable Office file ({exc})") from exc
    if "word/document.xml" in names:
        return "docx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "xlsx"


_CORE_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}


def _core_properties(path: Path) -> tuple[str | None, str | None, datetime | None]:
    """Title, author and creation date from docProps/core.xml, when the file has them."""
    try:
        with zipfile.ZipFile(path) as zf:
            root = ElementTree.fromstring(zf.read("docProps/core.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return None, None, None
    title = root.findtext("dc:title", namespaces=_CORE_NS) or None
    author = root.findtext("dc:creator", namespaces=_CORE_NS) or None
    created = root.findtext("dcterms:created", namespaces=_CORE_NS)
    try:
        date = datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None
    except ValueError:
        date = None
    return title, author, date


@register("docx", "xlsx", "pptx")
def extract_office(path: Path, context: ExtractContext) -> Extraction:
    family = _family(path)
    try:
        elements = _partitioner(family)(filename=str(path))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptFile(f"unstructured could not read the {family.upper()} ({exc})") from exc
    title, author, date = _core_properties(path)
    return Extraction(
        pages=pages_from_elements(elements),
        extractor=f"unstructured:{family}",
        title=title,
        author=author,
        date=date,
    )
