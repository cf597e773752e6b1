"""Productions' output: a document's produced pages with its approved redactions burned in
(``produced_pages``), written as one stamped PDF stripped of all but page content
(``write_pdf``), and the proof that no redacted string survives in it (``leaks``). A hearing
bundle reuses the same pages: ``produced_pages`` per document, ``write_pdf`` over them all."""

from ingest.production.pdf import write_pdf
from ingest.production.proof import Leak, leaks
from ingest.production.render import (
    ProducedPage,
    ProductionError,
    SourceDocument,
    produced_pages,
)

__all__ = ["Leak", "ProducedPage", "ProductionError", "SourceDocument", "leaks",
           "produced_pages", "write_pdf"]
