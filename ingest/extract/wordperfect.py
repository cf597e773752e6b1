"""WordPerfect (5.x to X-era .wpd and .wp files, common in 1990s council and police records):
LibreOffice's WordPerfect import (libwpd) converts them to DOCX, which ingest.extract.office
reads like any Word file, headers, footers and notes included.

libmagic names WordPerfect documents ``application/vnd.wordperfect`` from their "\\xffWPC"
header. WordPerfect 4.2 files have no such header and are not recognised.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.extract import ExtractContext
from ingest.extract.office import read_package
from ingest.extract.soffice import convert
from ingest.formats import Format, register
from ingest.model import Extraction


def extract_wordperfect(path: Path, context: ExtractContext) -> Extraction:
    with tempfile.TemporaryDirectory(prefix="docket-wordperfect-") as workdir:
        # Read as ".wpd" whatever the file is called, so LibreOffice picks its WordPerfect filter.
        converted = convert(path, "wpd", "docx", Path(workdir))
        return read_package(converted, "soffice-wordperfect")


register(Format(family="wordperfect", mimes=("application/vnd.wordperfect",), label="word",
                extractor=extract_wordperfect))
