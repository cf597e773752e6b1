"""Stage: pattern entities (e-mail, UK phone, postcode, vehicle, NI number, date of birth, crime
reference) found by regular expression and kept only when ``search.pattern_keys`` validates them.

Regexes cast a wide net; precision comes from validation and, for the ambiguous forms (dateless
plates, bare years of birth), from the words around the candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.pattern_keys import pattern_display, pattern_key, vehicle_format

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_PHONE = re.compile(
    r"(?<![\w+/])(?<!\d[.-])(?:\+44\s?(?:\(0\)\s?)?\(?|\(?0)\d{2,5}\)?(?:[ -]?\d{2,6}){1,3}"
    r"(?![\w/]|[.-]\d)"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_NINO = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_REFERENCE = re.compile(r"(?<![\w/])[A-Z]{2,4} ?/ ?\d{2,4} ?/ ?\d{3,7}(?![\w/])")
_VEHICLE = re.compile(
    r"\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3} ?[A-Z]"
    r"|[A-Z]{1,3} ?\d{1,4}|\d{1,4} ?[A-Z]{1,3})\b"
)
# A plate in the dateless format ("ABC 123") reads like a collar number or a room, so it needs a
# vehicle word shortly before it.
_VEHICLE_CUE = re.compile(
    r"\b(?:registration|registered|reg(?:\.|istration)?(?: no\.?| number)?|vrm|index mark|plate|"
    r"vehicle|car|van|taxi|lorry|motorcycle|ford|vauxhall|rover|austin|nissan|toyota|"
    r"volkswagen|vw|bmw|mercedes|peugeot|renault|fiat|honda)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"\b(?:PC|WPC|DC|DS|DI|DCI|Sgt|Insp|Room|Unit|Box|Flat|No)\.?\s*$")
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE = (rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?![\d/.-]\d)|\d{{1,2}}(?:st|nd|rd|th)?"
         rf" {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}")
_DOB = re.compile(
    rf"\b(?:D\.?O\.?B\.?|date of birth|born(?: on)?)(?:\s*[:|–-]\s*|\s+)(?P<date>{_DATE})\b"
    rf"|\bborn(?: in)?\s+(?P<year>(?:18|19|20)\d{{2}})\b(?![/.-]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PatternMatch:
    kind: str
    start: int
    end: int
    text: str
    key: str
    display: str


def _matches(kind: str, regex: re.Pattern[str], text: str) -> list[PatternMatch]:
    found = []
    for match in regex.finditer(text):
        key = pattern_key(kind, match.group())
        if key is not None:
            found.append(PatternMatch(kind, match.start(), match.end(), match.group(), key,
                                      pattern_display(kind, key)))
    return found


def _vehicles(text: str) -> list[PatternMatch]:
    found = []
    for match in _VEHICLE.finditer(text):
        value = match.group()
        style = vehicle_format(value)
        if style is None:
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 2]
        if style == "dateless" and (not _VEHICLE_CUE.search(before) or _RANK_BEFORE.search(before)
                                    or re.match(r"\s?\d", after) or re.search(r"\d\s?$", before)):
            continue  # no vehicle word before it, or part of a longer run of numbers
        key = pattern_key("vehicle", value) or ""
        found.append(PatternMatch("vehicle", match.start(), match.end(), value, key,
                                  pattern_display("vehicle", key)))
    return found


def _dobs(text: str) -> list[PatternMatch]:
    found = []
    for match in _DOB.finditer(text):
        group = "date" if match.group("date") else "year"
        value = match.group(group)
        key = pattern_key("dob", value)
        if key is not None:
            found.append(PatternMatch("dob", match.start(group), match.end(group), value, key, key))
    return found


def find_patterns(text: str) -> list[PatternMatch]:
    """Every validated pattern entity of a text, longest first where two overlap."""
    candidates = [
        *_matches("email", _EMAIL, text), *_matches("reference", _REFERENCE, text),
        *_matches("nino", _NINO, text), *_matches("postcode", _POSTCODE, text),
        *_matches("phone", _PHONE, text), *_dobs(text), *_vehicles(text),
    ]
    # Earlier kinds in the list above win ties: an e-mail address swallows what looks like a
    # plate inside it, a crime reference its year.
    order = {m: i for i, m in enumerate(candidates)}
    chosen: list[PatternMatch] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(candidates, key=lambda m: (-(m.end - m.start), order[m])):
        if all(match.end <= s or match.start >= e for s, e in taken):
            chosen.append(match)
            taken.append((match.start, match.end))
    return sorted(chosen, key=lambda m: m.start)
