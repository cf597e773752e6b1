"""National Insurance numbers: two prefix letters (less those HMRC never issues), six digits and
a suffix A-D; keyed without spaces, shown in the pairs printed on the card."""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind

_FIND = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_VALID = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino_key(text: str) -> str | None:
    compact = re.sub(r"[\s-]+", "", text.upper())
    return compact if _VALID.match(compact) else None


def nino_display(key: str) -> str:
    return f"{key[:2]} {key[2:4]} {key[4:6]} {key[6:8]} {key[8:]}"


KINDS = (EntityKind("nino", "NI number", "NI numbers", order=90, precedence=50,
                    pattern=_FIND, needs=re.compile(r"\d{2} ?\d{2} ?\d{2}"), key=nino_key,
                    display=nino_display),)
