"""Document properties of OOXML (docProps/*.xml) and ODF (meta.xml) packages.

Title, subject, keywords, comments and custom properties are searchable text: investigators
look for a file by the author or the matter number typed into its properties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from ingest.errors import CorruptFile
from ingest.extract.package import Package
from ingest.extract.xmltext import local_name, parse

# Local names worth indexing, in the order they are listed in the text.
TEXT_FIELDS = ("title", "subject", "keywords", "keyword", "description", "category",
               "creator", "initial-creator", "lastModifiedBy", "Company", "Manager")


@dataclass
class Properties:
    title: str | None = None
    author: str | None = None
    created: datetime | None = None
    lines: list[str] = field(default_factory=list)


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _collect(root: etree._Element, found: dict[str, str]) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        value = (element.text or "").strip()
        if name in TEXT_FIELDS and value and name not in found:
            found[name] = value
        elif name in ("created", "creation-date") and value:
            found.setdefault("created", value)
        elif name in ("property", "user-defined"):
            # Custom properties: OOXML keeps the value in a typed child, ODF in the text.
            text = " ".join(t.strip() for t in element.itertext() if t.strip())
            label = element.get("name") or element.get(_ODF_NAME) or "property"
            if text:
                found[f"custom:{label}"] = text


_ODF_NAME = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}name"


def read_properties(package: Package) -> Properties:
    roots = []
    for part in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml", "meta.xml"):
        data = package.read_optional(part)
        if data:
            try:
                roots.append(parse(data, part))
            except CorruptFile:  # damaged properties never cost the document
                continue
    return properties_of(roots)


def properties_of(roots: list[etree._Element]) -> Properties:
    found: dict[str, str] = {}
    for root in roots:
        _collect(root, found)
    lines = [f"{key.removeprefix('custom:')}: {value}" for key, value in found.items()
             if key != "created"]
    return Properties(
        title=found.get("title"),
        author=found.get("creator") or found.get("initial-creator"),
        created=_date(found.get("created")),
        lines=lines,
    )
