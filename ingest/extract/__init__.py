"""Stage: extract text page by page. One module per format family, each declaring its formats
in ``ingest.formats`` next to its code; the modules are discovered, not listed here.

An extractor is ``(path, context) -> Extraction``. It raises an ``ingest.errors.IngestError`` for
input it cannot read; anything else it raises is recorded as a failure of the extract stage.

``extract`` runs a format's chain: its extractor, then, only when that raises ``CorruptFile`` or
times out, the format's declared ``fallbacks`` in order (another parser, a repair and a retry,
LibreOffice). A file that no format reads is tried as text last (``ingest.extract.sniff``), before
it is called unsupported. A password stops the chain: no other parser opens an encrypted file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest import formats
from ingest.errors import CorruptFile, ExtractionTimeout, IngestError, UnsupportedFormat
from ingest.model import Extraction, Identity


@dataclass(frozen=True)
class ExtractContext:
    ocr_languages: str = "eng"
    # Passwords to try on encrypted PDFs and Office files, in order (a job setting).
    passwords: tuple[str, ...] = ()


Extractor = Callable[[Path, ExtractContext], Extraction]
# What sends a file on to the next extractor of its chain; anything else ends it.
RETRIED = (CorruptFile, ExtractionTimeout)


def extractor_for(identity: Identity) -> Extractor:
    fmt = formats.by_family(identity.family)
    if fmt is None or fmt.extractor is None:
        raise UnsupportedFormat(f"no extractor for {identity.mime} files")
    return fmt.extractor


def chain_for(identity: Identity) -> tuple[Extractor, ...]:
    """The extractor of the file's format, then its fallbacks."""
    fmt = formats.by_family(identity.family)
    return (extractor_for(identity), *(fmt.fallbacks if fmt else ()))


def run_chain(path: Path, chain: tuple[Extractor, ...], context: ExtractContext) -> Extraction:
    """The first extraction of the chain that reads the file. The failures before it are kept as
    warnings; when every one fails, the first failure is raised (it names the format's own
    reader), with what the others said."""
    failures: list[IngestError] = []
    for extractor in chain:
        try:
            extraction = extractor(path, context)
        except RETRIED as exc:
            failures.append(exc)
            continue
        extraction.warnings[:0] = [f"fallback after: {exc}" for exc in failures]
        return extraction
    first = failures[0]
    if len(failures) > 1:
        tried = "; ".join(_shortened(str(exc)) for exc in failures[1:])
        first.args = (f"{first} (also tried: {tried})"[:2000],)
    raise first


# A fallback's reason is quoted short: a library's exception can carry a whole part of the file
# (a rights-management licence of several kilobytes), which would bury the other reasons.
_FALLBACK_REASON = 300


def _shortened(reason: str) -> str:
    return reason if len(reason) <= _FALLBACK_REASON else reason[:_FALLBACK_REASON - 1] + "…"


def extract(path: Path, identity: Identity, context: ExtractContext) -> Extraction:
    from ingest.extract.sniff import sniffed_text

    try:
        chain = chain_for(identity)
    except UnsupportedFormat:
        # Text sniffing last: a text file libmagic gave an exotic type is still text.
        extraction = sniffed_text(path)
        if extraction is None:
            raise
        return extraction
    return _signs_read(run_chain(path, chain, context))


def _signs_read(extraction: Extraction) -> Extraction:
    """Whatever the reader, C1 control characters read as the Windows signs they stand for."""
    from ingest.extract.text import c1_read_as_windows  # here: that module imports this one

    for page in extraction.pages:
        page.text = c1_read_as_windows(page.text)
    if extraction.title:
        extraction.title = c1_read_as_windows(extraction.title)
    return extraction


__all__ = ["ExtractContext", "Extractor", "chain_for", "extract", "extractor_for", "run_chain"]
