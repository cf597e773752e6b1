"""The failures ingestion expects, each recorded on the file's ledger entry.

"Duplicate" and "skipped" are outcomes, not exceptions (see ingest.model.Outcome).
"""

from __future__ import annotations


class IngestError(Exception):
    """A file could not be ingested. The class name is recorded as the ledger's error class."""

    state = "failed"


class UnsupportedFormat(IngestError):
    """No extractor takes this type of file."""


class CorruptFile(IngestError):
    """The file's bytes do not parse as the type they claim to be."""


class PasswordProtected(IngestError):
    """The file is encrypted and no configured password opens it."""

    state = "password_protected"


class ExtractionTimeout(IngestError):
    """Extraction ran past its time limit."""


class WorkerCrashed(IngestError):
    """The worker process died on this file (a native crash or the memory limit)."""


class OcrFailed(IngestError):
    """Tesseract could not read a page image."""


class CollectionStageFailed(RuntimeError):
    """A collection stage (names, cases) failed after the files were indexed: they stay
    indexed and accounted for in the ledger, and the job is closed; the message says how to run
    the stage again. Not an IngestError: no file is at fault."""
