"""Stage: extract text page by page. One module per format family, each declaring its formats
in ``ingest.formats`` next to its code; the modules are discovered, not listed here.

An extractor is ``(path, context) -> Extraction``. It raises an ``ingest.errors.IngestError`` for
input it cannot read; anything else it raises is recorded as a failure of the extract stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest import formats
from ingest.errors import UnsupportedFormat
from ingest.model import Extraction, Identity


@dataclass(frozen=True)
class ExtractContext:
    ocr_languages: str = "eng"
    # Passwords to try on encrypted PDFs and Office files, in order (a job setting).
    passwords: tuple[str, ...] = ()


Extractor = Callable[[Path, ExtractContext], Extraction]


def extractor_for(identity: Identity) -> Extractor:
    fmt = formats.by_family(identity.family)
    if fmt is None or fmt.extractor is None:
        raise UnsupportedFormat(f"no extractor for {identity.mime} files")
    return fmt.extractor


def extract(path: Path, identity: Identity, context: ExtractContext) -> Extraction:
    return extractor_for(identity)(path, context)


__all__ = ["ExtractContext", "Extractor", "extract", "extractor_for"]
