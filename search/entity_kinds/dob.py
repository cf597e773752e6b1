"""Dates of birth: a date (or a bare year) after "DOB", "date of birth" or "born", keyed as an
ISO date (day first, as UK files write it) or the year alone."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as date_parser

from search.entity_kinds.declaration import EntityKind, Span

FIRST_YEAR = 1880
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE = (rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?![\d/.-]\d)|\d{{1,2}}(?:st|nd|rd|th)?"
         rf" {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}")
# The cue is part of the match; the entity is the date (or year) after it.
_CUE = re.compile(r"D\.?O\.?B|date of birth|born", re.IGNORECASE)
_FIND = re.compile(
    rf"\b(?:D\.?O\.?B\.?|date of birth|born(?: on)?)(?:\s*[:|–-]\s*|\s+)(?P<date>{_DATE})\b"
    rf"|\bborn(?: in)?\s+(?P<year>(?:18|19|20)\d{{2}})\b(?![/.-]\d)",
    re.IGNORECASE,
)


def after_the_cue(_text: str, match: re.Match[str]) -> Span | None:
    return match.span("date") if match.group("date") else match.span("year")


def dob_key(text: str) -> str | None:
    """ISO date of a date of birth (day first, as UK files write it), or the year alone."""
    value = text.strip().rstrip(".,")
    today = date.today()
    if re.fullmatch(r"\d{4}", value):
        return value if FIRST_YEAR <= int(value) <= today.year else None
    numeric = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", value)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            if year < 100:  # a two-digit year of birth is in the past
                year = 2000 + year if 2000 + year <= today.year else 1900 + year
            parsed = date(year, month, day)
        else:
            if not re.search(r"\d{4}", value) or not re.search(r"[A-Za-z]{3}", value):
                return None
            parsed = date_parser.parse(value, dayfirst=True, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
    return parsed.isoformat() if parsed.year >= FIRST_YEAR and parsed <= today else None


KINDS = (EntityKind("dob", "Date of birth", "Dates of birth", order=100, precedence=20,
                    pattern=_FIND, needs=_CUE, span_of=after_the_cue, key=dob_key, linked=False),)
