"""Stage: identify a file by its bytes (libmagic), never by its extension alone."""

from __future__ import annotations

import zipfile
from pathlib import Path

import magic

from ingest.model import Identity

HEAD_BYTES = 16384

# The family decides which extractor runs; the MIME type is kept for the record.
FAMILIES: dict[str, str] = {
    "application/pdf": "pdf",
    "image/png": "image",
    "image/jpeg": "image",
    "image/tiff": "image",
    "image/gif": "image",
    "image/bmp": "image",
    "image/webp": "image",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.ms-outlook": "msg",
    "application/CDFV2": "ole",
    "message/rfc822": "email",
    "application/mbox": "mbox",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/csv": "text",
    "text/xml": "text",
    "application/xml": "text",
    "application/json": "text",
    "text/rtf": "rtf",
    "application/rtf": "rtf",
    "application/zip": "zip",
    "application/x-7z-compressed": "7z",
    "application/x-rar": "rar",
    "application/vnd.rar": "rar",
    "application/x-tar": "tar",
    "application/gzip": "gzip",
    "application/x-gzip": "gzip",
    "application/x-bzip2": "bzip2",
    "application/x-xz": "xz",
    "application/vnd.ms-tnef": "tnef",
    "application/vnd.ms-outlook-pst": "pst",
    "application/x-empty": "empty",
    "inode/x-empty": "empty",
}

OOXML_PARTS = {
    "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}

_magic = magic.Magic(mime=True)


def _ooxml_mime(path: Path) -> str | None:
    """libmagic calls some Office files plain zips; their parts say what they are."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    for part, mime in OOXML_PARTS.items():
        if part in names:
            return mime
    return None


def sniff_mime(path: Path, head: bytes) -> str:
    if not head:
        return "application/x-empty"
    mime = _magic.from_buffer(head)
    if mime in ("application/zip", "application/octet-stream") and head.startswith(b"PK"):
        mime = _ooxml_mime(path) or mime
    if mime.startswith("text/") and head.lstrip()[:5].lower() == b"from ":
        # An mbox starts with an envelope line that libmagic may call plain text.
        mime = "application/mbox"
    return mime


def identify(path: Path) -> Identity:
    """The file's MIME type and extractor family, judged from its content."""
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    mime = sniff_mime(path, head)
    family = FAMILIES.get(mime)
    if family is None:
        family = "text" if mime.startswith("text/") else "unknown"
    return Identity(mime=mime, family=family, extension=path.suffix.lower().lstrip("."))
