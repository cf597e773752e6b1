"""Files attached to PDFs: the document's EmbeddedFiles name tree (portfolios and attachments)
and file-attachment annotations on pages, with pypdf.

pypdf decodes each embedded stream in memory but caps what one Flate stream may expand to
(``ZLIB_MAX_OUTPUT_LENGTH``), so a bomb inside a PDF is refused by pypdf before it reaches us.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.containers.base import Member, Unpack, clean_name

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged PDFs make pypdf chatty


def _embedded(reader: Any) -> Iterator[tuple[str, Any]]:
    """(name, file specification) of the name tree, then of page annotations."""
    names = reader.trailer["/Root"].get("/Names")
    tree = names.get_object().get("/EmbeddedFiles") if names else None
    stack = [tree.get_object()] if tree else []
    while stack:
        node = stack.pop(0)
        for kid in node.get("/Kids", []):
            stack.append(kid.get_object())
        pairs = node.get("/Names", [])
        for i in range(0, len(pairs) - 1, 2):
            yield str(pairs[i]), pairs[i + 1].get_object()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/FileAttachment" and "/FS" in annot:
                spec = annot["/FS"].get_object()
                yield str(spec.get("/UF") or spec.get("/F") or "attachment"), spec


def pdf_members(path: Path, unpack: Unpack) -> Iterator[Member]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return  # the extractor has already said the PDF is password-protected
        specs = list(_embedded(reader))
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return  # unreadable structure: the text extractor reports on the PDF itself
    seen: set[int] = set()
    for number, (name, spec) in enumerate(specs, start=1):
        files = spec.get("/EF") if hasattr(spec, "get") else None
        stream_ref = files.get("/UF") or files.get("/F") if files else None
        if stream_ref is None:
            continue
        key = getattr(stream_ref, "idnum", None) or id(stream_ref)
        if key in seen:
            continue  # the same file listed in the name tree and in an annotation
        seen.add(key)
        label = clean_name(str(spec.get("/UF") or spec.get("/F") or name), f"attachment-{number}")

        def write(sink: Any, stream_ref: Any = stream_ref) -> None:
            try:
                sink.write(stream_ref.get_object().get_data())
            except (PdfReadError, ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"the embedded file could not be decoded ({exc})") from exc

        yield unpack.member(label, write)
