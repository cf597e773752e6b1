"""Stage helper: a document's date when its metadata has none, from the first date in its text."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser

_PATTERNS = [
    re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"),  # 12/03/1997, UK day first
    re.compile(
        r"\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
]
EARLIEST, LATEST = 1900, 2100


def first_date(text: str, scan_chars: int = 4000) -> datetime | None:
    head = text[:scan_chars]
    found: list[tuple[int, datetime]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            try:
                value = parser.parse(match.group(0), dayfirst=True)
            except (ValueError, OverflowError):
                continue
            if EARLIEST <= value.year <= LATEST:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None
