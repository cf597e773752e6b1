"""Case references: crime numbers, incident (CAD) log numbers and council referral numbers, in
each force's and council's format. One ``reference`` entity kind scans for all of them; each
format is one ``ReferenceFormat`` in ``FORMATS``, so a new force's format is one declaration.

A format says what it looks like (``pattern``, with the words that announce it where the bare
number would be ambiguous), which scheme it belongs to (crime, incident, referral), whose it is
(``owner``: a force or council; empty when the reference's own prefix says), and how a match is
keyed. Keys are the reference's identity, so two spellings of one reference share one:
"NP/97/4512" and "NP/1997/04512" are "NP/1997/04512"; "CAD 456 of 12/03/05" and "CAD 0456
12.03.2005" are "CAD/2005-03-12/0456" (a CAD serial restarts every day: the date is part of it).
The case register (search.cases) reads a key's format back with ``reference_format``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from search.entity_kinds.declaration import EntityKind, Span

Scheme = Literal["crime", "incident", "referral"]
FIRST_YEAR = 1950
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE = (r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{6}(?!\d)|\d{1,2}(?:st|nd|rd|th)?"
         r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})")


@dataclass(frozen=True)
class ReferenceFormat:
    """One force's or council's reference format.

    - ``name``: how the format is described (shown with a case's references).
    - ``scheme``: crime, incident or referral.
    - ``pattern``: the regex of a whole reference as written, cue words included.
    - ``key``: the match's normal form, or None when it is not a valid one.
    - ``owner``: the force or council whose format it is; "" when the reference's prefix names
      it (``prefix_of``).
    - ``token``: the group of ``pattern`` that is the reference itself (0: the whole match).
    """

    name: str
    scheme: Scheme
    pattern: str
    key: Callable[[re.Match[str]], str | None]
    owner: str = ""
    token: str | int = 0


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        year += 1900 if 1900 + year >= FIRST_YEAR else 2000
    return year if FIRST_YEAR <= year <= date.today().year + 1 else None


def _day(text: str) -> str | None:
    """A date as written in a CAD reference, as YYYY-MM-DD (None: not a date)."""
    text = text.strip()
    if re.fullmatch(r"\d{6}", text):
        parts = [text[:2], text[2:4], text[4:]]
    elif (spelled := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3})[a-z]* (\d{4})", text)):
        month = _MONTHS.index(spelled.group(2).lower()) + 1 if spelled.group(2).lower() in _MONTHS \
            else 0
        parts = [spelled.group(1), str(month), spelled.group(3)]
    else:
        parts = re.split(r"[/.\-]", text)
    year = _year(parts[2])
    try:
        return date(year, int(parts[1]), int(parts[0])).isoformat() if year else None
    except ValueError:
        return None


def _prefixed(match: re.Match[str]) -> str | None:
    """PREFIX/YY(YY)/SERIAL."""
    year = _year(match.group("year"))
    return f"{match.group('prefix')}/{year}/{int(match.group('serial')):05d}" if year else None


def _divisional(match: re.Match[str]) -> str | None:
    """DIVISION/SERIAL/YY: keyed as PREFIX/YEAR/SERIAL so the two orders never collide."""
    year = _year(match.group("year"))
    return f"{match.group('prefix')}/{year}/{int(match.group('serial')):05d}" if year else None


def _incident(match: re.Match[str]) -> str | None:
    serial = f"{int(match.group('serial')):04d}"
    if match.group("day") is None:
        return f"CAD/{serial}"
    day = _day(match.group("day"))
    return f"CAD/{day}/{serial}" if day else None


def _referral(match: re.Match[str]) -> str | None:
    token = re.sub(r"[\s/.\-]+", "-", match.group("ref").upper()).strip("-")
    return f"REFERRAL/{token}" if sum(c.isdigit() for c in token) >= 3 else None


def _crime_number(match: re.Match[str]) -> str | None:
    token = re.sub(r"[\s/.\-]+", "/", match.group("ref").upper()).strip("/")
    return f"CRIME/{token}" if sum(c.isdigit() for c in token) >= 4 else None


_SEP = r" ?/ ?"
FORMATS: tuple[ReferenceFormat, ...] = (
    ReferenceFormat("crime or incident number, force prefix/year/serial", "crime",
                    rf"(?P<prefix>[A-Z]{{2,4}}){_SEP}(?P<year>\d{{4}}|\d{{2}}){_SEP}"
                    rf"(?P<serial>\d{{3,7}})", _prefixed),
    ReferenceFormat("crime number, division/serial/year", "crime",
                    rf"(?P<prefix>[A-Z]{{1,2}}){_SEP}(?P<serial>\d{{3,7}}){_SEP}(?P<year>\d{{2}})",
                    _divisional),
    ReferenceFormat("incident (CAD) log number, with the day it was opened", "incident",
                    r"(?:CAD|[Ii]ncident(?: [Ll]og)?|[Ll]og)(?: (?:[Nn]o\.?|[Nn]umber|[Rr]ef\.?))?"
                    r":? ?(?P<serial>\d{2,5})(?:(?: of | dated | on |/| - |-| )"
                    rf"(?P<day>{_DATE}))?", _incident),
    ReferenceFormat("council social care referral number", "referral",
                    r"(?:[Rr]eferral|MASH|CSC)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?"
                    r"| [Nn]umber| ID)+:? ?(?P<ref>[A-Z]{0,5}[-/]?\d{2,8}(?:[-/]\d{2,6})?)",
                    _referral, token="ref"),
    ReferenceFormat("crime number as the force writes it, after the words 'crime number'",
                    "crime",
                    r"(?:[Cc]rime|CRIME)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?| [Nn]umber| [Rr]eport)+"
                    r":? ?(?P<ref>[A-Z]{0,4}[-/]?\d[\d/\-]{3,16}\d)", _crime_number, token="ref"),
)
_GROUPS = tuple(f"f{i}" for i in range(len(FORMATS)))


def _numbered(pattern: str, index: int) -> str:
    """A format's pattern with its group names made unique within the union."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{index}>", pattern)


_FIND = re.compile("|".join(
    rf"(?<![\w/])(?P<f{i}>{_numbered(f.pattern, i)})(?![\w/])" for i, f in enumerate(FORMATS)))
_WHOLE = tuple(re.compile(rf"(?:{f.pattern})") for f in FORMATS)


def reference_format(key: str) -> ReferenceFormat | None:
    """The format of a reference key (the last one whose key it is)."""
    if key.startswith("CAD/"):
        return FORMATS[2]
    if key.startswith("REFERRAL/"):
        return FORMATS[3]
    if key.startswith("CRIME/"):
        return FORMATS[4]
    prefix = key.split("/", 1)[0]
    return FORMATS[1] if len(prefix) < 2 else FORMATS[0]


def prefix_of(key: str) -> str:
    """The force or council prefix a key carries ("NP" of "NP/1997/04512"), or ""."""
    parts = key.split("/")
    if parts[0] in ("CAD", "REFERRAL", "CRIME"):
        return ""
    return parts[0]


def reference_key(text: str) -> str | None:
    """The key of a reference as written (see the module docstring); None: not one."""
    text = " ".join(text.split())
    for fmt, whole in zip(FORMATS, _WHOLE, strict=True):
        match = whole.fullmatch(text)
        if match is not None and (key := fmt.key(match)) is not None:
            return key
    return None


def reference_written(text: str) -> str:
    """A reference as a person writes it, without the words announcing it: "EC-2006-000321" of
    "Crime reference EC-2006-000321" (a CAD number keeps its "CAD")."""
    text = " ".join(text.split())
    for fmt, whole in zip(FORMATS, _WHOLE, strict=True):
        match = whole.fullmatch(text)
        if match is not None and fmt.key(match) is not None:
            return match.group(fmt.token) if fmt.token else text
    return text


def reference_span(text: str, match: re.Match[str]) -> Span | None:
    """The reference without its cue words, when the number alone is a reference of its own
    format ("Crime No. NP/97/4512" is "NP/97/4512"); with them otherwise ("CAD 456")."""
    index = next(i for i, group in enumerate(_GROUPS) if match.group(group) is not None)
    token = FORMATS[index].token
    if token:
        start, end = match.span(f"{token}{index}")
        if reference_key(text[start:end]) is not None:
            return start, end
    return match.span()


KINDS = (EntityKind("reference", "Reference", "References", order=110, precedence=60,
                    pattern=_FIND, span_of=reference_span, key=reference_key),)
