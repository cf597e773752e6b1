"""Stage: extract text page by page. One module per format family, registered here.

An extractor is ``(path, context) -> Extraction``. It raises an ``ingest.errors.IngestError`` for
input it cannot read; anything else it raises is recorded as a failure of the extract stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import UnsupportedFormat
from ingest.model import Extraction, Identity


@dataclass(frozen=True)
class ExtractContext:
    ocr_languages: str = "eng"
    # Passwords to try on encrypted PDFs and Office files, in order (a job setting).
    passwords: tuple[str, ...] = ()


Extractor = Callable[[Path, ExtractContext], Extraction]

_EXTRACTORS: dict[str, Extractor] = {}


def register(*families: str) -> Callable[[Extractor], Extractor]:
    """Declare the families an extractor takes (the seam for new formats)."""

    def decorate(func: Extractor) -> Extractor:
        for family in families:
            _EXTRACTORS[family] = func
        return func

    return decorate


def extractor_for(identity: Identity) -> Extractor:
    _load_builtin()
    try:
        return _EXTRACTORS[identity.family]
    except KeyError:
        raise UnsupportedFormat(f"no extractor for {identity.mime} files") from None


def extract(path: Path, identity: Identity, context: ExtractContext) -> Extraction:
    return extractor_for(identity)(path, context)


def _load_builtin() -> None:
    # Importing the modules registers them; done lazily so workers pay for what they use.
    from ingest.extract import email, epub, image, legacy, odf, office, pdf, text, xml  # noqa: F401


__all__ = ["ExtractContext", "Extractor", "extract", "extractor_for", "register"]
