"""UK postcodes in the Royal Mail format (the government's published pattern, not a list of real
postcodes), keyed upper-case with one space before the inward code."""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind

_FIND = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_VALID = re.compile(
    r"^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])"
    r" [0-9][ABD-HJLNP-UW-Z]{2})$"
)


def postcode_key(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text.upper())
    if not 5 <= len(compact) <= 7:
        return None
    value = f"{compact[:-3]} {compact[-3:]}"
    return value if _VALID.match(value) else None


KINDS = (EntityKind("postcode", "Postcode", "Postcodes", order=80, precedence=40,
                    pattern=_FIND, needs=re.compile(r"\d[A-Z]{2}"), key=postcode_key),)
