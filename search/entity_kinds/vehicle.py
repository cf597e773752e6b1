"""Vehicle registration marks in the DVLA's formats (current, prefix, suffix, dateless), keyed
without spaces and shown spaced as the plate reads.

The dateless format ("ABC 123") reads like a collar number or a room, so in text it needs a
vehicle word shortly before it, and not the maker's name right before it ("BMW X5" is a model).
A mark written in lower case ("ab12 cde") is taken only in the current format and after a
vehicle word: lower-case prose is full of what the older formats look like ("the a1 and").
"""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind, Span

# A plate read out character by character ("R614 H Y K", "R 6 1 4 H Y K"): every mark ends in
# letters or digits, so three or more single characters apart by spaces close it.
_SPACED = r"[A-Z0-9]{1,4}(?: [A-Z0-9]){3,6}(?![ ]?[A-Za-z0-9])"
_FIND = re.compile(
    rf"\b(?:{_SPACED}|"
    r"[A-Z]{2}\d{2}[ -]?[A-Z]{3}|[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3} ?[A-Z]"
    r"|[A-Z]{1,3} ?\d{1,4}|\d{1,4} ?[A-Z]{1,3}|(?i:[A-Z]{2}\d{2}[ -]?[A-Z]{3}))\b"
)
_SPACED_WHOLE = re.compile(_SPACED)
# Memory tags and year letters as the DVLA issues them. The random letters never use I; Q is
# allowed there because the fictional cast's plates carry one (so that none is a real car).
_FORMATS = {
    "current": re.compile(r"^[A-HK-PRSVWY][A-HJ-PR-Y](0[2-9]|[12][0-9]|5[1-9]|[67][0-9])[A-HJ-Z]{3}$"),
    "prefix": re.compile(r"^[A-HJ-NPRSTV-Y][1-9][0-9]{0,2}[A-HJ-Z]{3}$"),
    "suffix": re.compile(r"^[A-HJ-Z]{3}[1-9][0-9]{0,2}[A-HJ-NPRSTV-Y]$"),
    "dateless": re.compile(r"^([A-HJ-Z]{1,3}[1-9][0-9]{0,3}|[1-9][0-9]{0,3}[A-HJ-Z]{1,3})$"),
}
_CUE = re.compile(
    r"\b(?:registration|registered|reg(?:\.|istration)?(?: no\.?| number)?|vrm|index mark|plate|"
    r"vehicle|car|van|taxi|lorry|motorcycle|ford|vauxhall|rover|austin|nissan|toyota|"
    r"volkswagen|vw|bmw|mercedes|peugeot|renault|fiat|honda)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"\b(?:PC|WPC|DC|DS|DI|DCI|Sgt|Insp|Room|Unit|Box|Flat|No)\.?\s*$")
# Right after its maker's name a dateless mark is the model: "BMW X5", "Audi A4", "Kia C3".
_MAKE_BEFORE = re.compile(
    r"\b(?:ford|vauxhall|rover|nissan|toyota|volkswagen|vw|bmw|mercedes(?:-benz)?|peugeot|renault|"
    r"fiat|honda|audi|kia|citroen|citroën|skoda|seat|volvo|mazda|hyundai|land rover|range rover|"
    r"mini|lexus|jaguar|saab|suzuki|mitsubishi|subaru|alfa romeo)\s*$", re.IGNORECASE)


def vehicle_format(text: str) -> str | None:
    compact = re.sub(r"[\s-]+", "", text.upper())
    return next((name for name, rx in _FORMATS.items() if rx.match(compact)), None)


def vehicle_key(text: str) -> str | None:
    return re.sub(r"[\s-]+", "", text.upper()) if vehicle_format(text) else None


def vehicle_display(key: str) -> str:
    style = vehicle_format(key)
    if style in ("current", "prefix"):
        return f"{key[:-3]} {key[-3:]}"
    if style == "suffix":
        return f"{key[:3]} {key[3:]}"
    # dateless: letters and digits apart, as the plate shows them
    return re.sub(r"(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", " ", key)


def vehicle_in_context(text: str, match: re.Match[str]) -> Span | None:
    """A dateless mark counts only after a vehicle word, and not inside a run of numbers; a
    mark in lower case only in the current format, after a vehicle word."""
    style = vehicle_format(match.group())
    before = text[max(0, match.start() - 40) : match.start()]
    if _SPACED_WHOLE.fullmatch(match.group()):  # spaced out: a plate only after a vehicle word
        cued = style and _CUE.search(before) and not _RANK_BEFORE.search(before)
        return match.span() if cued else None
    if not match.group().isupper():
        cued = style == "current" and _CUE.search(before) and not _RANK_BEFORE.search(before)
        return match.span() if cued else None
    if style != "dateless":
        return match.span()
    after = text[match.end() : match.end() + 2]
    if (not _CUE.search(before) or _RANK_BEFORE.search(before) or re.match(r"\s?\d", after)
            or re.search(r"\d\s?$", before) or _MAKE_BEFORE.search(before)):
        return None
    return match.span()


KINDS = (EntityKind("vehicle", "Vehicle", "Vehicles", order=60, precedence=10, pattern=_FIND,
                    span_of=vehicle_in_context, key=vehicle_key, display=vehicle_display),)
