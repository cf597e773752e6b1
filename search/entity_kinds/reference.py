"""Crime and incident references ("NP/97/4512"): a force prefix, a year and a serial, keyed with
the full year and a five-digit serial so that "NP/97/4512" and "NP/1997/04512" are one."""

from __future__ import annotations

import re
from datetime import date

from search.entity_kinds.declaration import EntityKind

_FIND = re.compile(r"(?<![\w/])[A-Z]{2,4} ?/ ?\d{2,4} ?/ ?\d{3,7}(?![\w/])")
_VALID = re.compile(r"^([A-Z]{2,4})/(\d{2}|\d{4})/(\d{3,7})$")
FIRST_YEAR = 1950


def reference_key(text: str) -> str | None:
    """"NP/97/4512" and "NP/1997/04512" share the key "NP/1997/04512"."""
    match = _VALID.match(re.sub(r"\s*/\s*", "/", text.strip().upper()))
    if not match:
        return None
    prefix, year, serial = match.groups()
    full_year = int(year) if len(year) == 4 else _century(int(year), FIRST_YEAR)
    if not FIRST_YEAR <= full_year <= date.today().year + 1:
        return None
    return f"{prefix}/{full_year}/{int(serial):05d}"


def _century(two_digits: int, pivot: int) -> int:
    return (1900 if 1900 + two_digits >= pivot else 2000) + two_digits


KINDS = (EntityKind("reference", "Reference", "References", order=110, precedence=60,
                    pattern=_FIND, key=reference_key),)
