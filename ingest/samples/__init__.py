"""A deterministic, entirely fictional corpus of historic case files for demos and tests.

The corpus covers Harwick, an invented English town, from 1994 to 2006: police logs and
reports (text PDFs), council minutes (DOCX, HTML), e-mail threads with attachments (EML),
scanned letters (PNG, TIFF, image-only PDF), notes in two encodings, CSV logs and one PDF
hiding behind a ``.dat`` extension. A fixed cast of people, places, phones and vehicles recurs
through it under varying name forms, so search and linked-name views have something to show.

    manifest = generate_sample_corpus(Path("/tmp/harwick"))
    manifest.mentioning("Raymond Stokes", "Dennis Carver")

Nothing describing the corpus is written next to it, because every file in the folder is
ingested; the returned manifest is the only description.
"""

from __future__ import annotations

from pathlib import Path

from ingest.samples.cast import Organisation, Person, Phone, Place, Vehicle
from ingest.samples.corpus import generate
from ingest.samples.manifest import SampleAttachment, SampleFile, SampleManifest

__all__ = [
    "Organisation",
    "Person",
    "Phone",
    "Place",
    "SampleAttachment",
    "SampleFile",
    "SampleManifest",
    "Vehicle",
    "generate_sample_corpus",
]


def generate_sample_corpus(out_dir: Path, seed: int = 7) -> SampleManifest:
    """Write the corpus into `out_dir` (created if missing, refused if not empty).

    The same seed always gives byte-identical files; the seed varies dates, reference numbers,
    wording choices and scan noise, while the cast stays fixed.
    """
    return generate(out_dir, seed)
