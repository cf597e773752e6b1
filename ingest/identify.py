"""Stage: identify a file by its bytes (libmagic), never by its extension alone (the volumes of a
split archive, which no byte tells apart, by their set's names side by side:
``ingest.containers.volumes``).

libmagic's first answer is refined where it is too coarse for choosing an extractor: zip
packages by their parts (OOXML, ODF, EPUB...), OLE2 files by their streams (DOC, XLS, PPT,
MSG, encrypted OOXML), and text by what it holds (RFC 822 headers, HTML or flat ODF as XML).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import magic

from ingest import formats
from ingest.extract.text import wide_codec
from ingest.model import Identity

HEAD_BYTES = 16384
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIL_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:")
_MAIL_NAMES = {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"cc",
               b"mime-version", b"return-path", b"reply-to", b"in-reply-to", b"references"}
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]")
_FLAT_ODF = re.compile(rb'office:mimetype="([^"]+)"')

_magic = magic.Magic(mime=True)


def _package_mime(path: Path) -> str | None:
    """What a zip package is, from its "mimetype" member (ODF, EPUB) or its main part."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                declared = zf.read("mimetype").decode("ascii", "replace").strip().lower()
                if formats.by_mime(declared) is not None:
                    return declared
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return None
    return next((mime for part, mime in formats.package_parts().items() if part in names), None)


def _ole_mime(path: Path) -> str | None:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            # Stream names are case-insensitive in OLE2 ("WORKBOOK" from some exporters).
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
            clsid = (ole.root.clsid or "").upper() if ole.root is not None else ""
    except (OSError, ValueError, IndexError):
        return None
    if clsid and (mime := formats.ole_classes().get(clsid)) is not None:
        return mime
    for name, mime in formats.ole_streams():
        name = name.lower()
        if name in streams or (name.endswith("_") and any(s.startswith(name) for s in streams)):
            return mime
    return None


def looks_like_email(head: bytes) -> bool:
    """RFC 822 headers up to the first blank line, with From and another mail header (libmagic
    calls messages that start with MIME-Version or X- headers plain text)."""
    names: set[bytes] = set()
    for line in head.splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not MAIL_HEADER.match(line):
            return False
        names.add(line.split(b":", 1)[0].lower())
    return b"from" in names and len(names & _MAIL_NAMES) >= 2


def _xml_mime(head: bytes) -> str:
    """XML by its root element: XHTML is HTML, a flat ODF file is its ODF type."""
    body = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S)
    root = _XML_ROOT.search(body)
    if root and root.group(2).lower() == b"html":
        return "text/html"
    flat = _FLAT_ODF.search(head)
    if root and root.group(2) == b"document" and flat:
        return flat.group(1).decode("ascii", "replace")
    return "application/xml"


def sniff_mime(path: Path, head: bytes) -> str:
    if not head:
        return "application/x-empty"
    signed = formats.by_signature(head)
    if signed is not None:  # a format libmagic misnames (PST, Zstandard)
        return signed.mime
    mime = _magic.from_buffer(head)
    if head.startswith(b"PK\x03\x04"):
        mime = _package_mime(path) or mime
    elif head.startswith(OLE_MAGIC):
        mime = _ole_mime(path) or mime
    elif mime in ("text/xml", "application/xml"):
        mime = _xml_mime(head)
    elif mime.startswith("text/") and head.lstrip()[:5].lower() == b"from ":
        # An mbox starts with an envelope line that libmagic may call plain text.
        mime = "application/mbox"
    elif mime in ("text/plain", "application/octet-stream") and looks_like_email(head):
        mime = "message/rfc822"
    elif mime in ("text/plain", "application/octet-stream") and \
            (wide := wide_codec(head)) is not None:
        # UTF-16 or UTF-32 text (an e-mail, HTML, XML) is judged on its characters, not its bytes.
        mime = sniff_mime(path, head.decode(wide, errors="replace").encode("utf-8"))
    return mime


def identify(path: Path) -> Identity:
    """The file's MIME type and extractor family, judged from its content."""
    from ingest.containers.volumes import split_mime  # (the registry's modules import this one)

    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    # A volume of a split archive is no archive alone: told by its set's names beside it.
    mime = split_mime(path) or sniff_mime(path, head)
    fmt = formats.by_mime(mime)
    # A text type no format declares is still text; anything else is not read.
    family = fmt.family if fmt else ("text" if mime.startswith("text/") else "unknown")
    return Identity(mime=mime, family=family, extension=path.suffix.lower().lstrip("."))
