"""Text sniffing: the last look at a file before it is called unsupported or empty.

libmagic names some plain text exotically (``application/vnd.hp-HPGL`` for a UTF-8 note that
starts with "IN;"), and an extractor can come back with no text from a file whose bytes are
plainly text. ``looks_like_text`` judges a sample of the bytes: it decodes (UTF-8, else the
detector's best), holds almost no control characters, and a plausible share of it is letters.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.extract.text import decode, extract_text
from ingest.model import Extraction

SAMPLE_BYTES = 64 * 1024
MIN_LETTER_SHARE = 0.4  # of the non-space characters: prose is ~0.8, CSV of numbers ~0.3
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")


def text_share(text: str) -> tuple[float, float]:
    """(letters, control characters) as shares of the non-space characters."""
    visible = max(len(text) - len(_SPACE.findall(text)), 1)
    return len(_LETTER.findall(text)) / visible, len(_CONTROL.findall(text)) / visible


def looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        raw = handle.read(SAMPLE_BYTES)
    if not raw.strip():
        return False
    text, _encoding = decode(raw)
    letters, controls = text_share(text)
    return letters >= MIN_LETTER_SHARE and controls <= MAX_CONTROL_SHARE


def sniffed_text(path: Path) -> Extraction | None:
    """The file read as text when its bytes look like text, else None."""
    if not looks_like_text(path):
        return None
    extraction = extract_text(path, None)  # type: ignore[arg-type]  # text takes no settings
    extraction.extractor = f"sniffed-{extraction.extractor}"
    return extraction
