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


@dataclass(frozen=True)
class ReferenceFormat:
    """One family of reference formats (the shape several forces or councils share).

    - ``name``: how the format is described (shown with a case's references).
    - ``scheme``: crime, incident or referral.
    - ``pattern``: the regex of a whole reference as written, cue words included.
    - ``key``: the match's normal form, or None when it is not a valid one.
    - ``keyed``: the regex of the keys this format makes (how a key's format is read back).
    - ``owner``: the force or council whose format it is; "" when the reference's prefix names
      it (``prefix_of``).
    - ``token``: the group of ``pattern`` that is the reference itself (0: the whole match).
    """

    name: str
    scheme: Scheme
    pattern: str
    key: Callable[[re.Match[str]], str | None]
    keyed: str
    owner: str = ""
    token: str | int = 0


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        year += 1900 if 1900 + year >= FIRST_YEAR else 2000
    return year if FIRST_YEAR <= year <= date.today().year + 1 else None


def _day(text: str) -> str | None:
    """A date as written in an incident reference, as YYYY-MM-DD (None: not a date)."""
    text = text.strip()
    if re.fullmatch(r"(?:19|20)\d{6}", text):
        parts = [text[6:], text[4:6], text[:4]]
    elif re.fullmatch(r"\d{6}", text):
        parts = [text[:2], text[2:4], text[4:]]
    elif (spelled := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[ \-]?([A-Za-z]{3})[a-z]*[ \-]?"
                                  r"(\d{4}|\d{2})", text)):
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


def _prefix(text: str) -> str:
    """A force's or council's prefix, its segments joined by "-": "HMBC/CS" is "HMBC-CS"."""
    return "-".join(re.split(r"[\s/\-]+", text.upper()))


def _prefix_year_serial(match: re.Match[str]) -> str | None:
    """PREFIX/YEAR/SERIAL, whichever order it is written in ("KC/04512/03" and "KC/2003/04512"
    are one), the year in full and the serial zero-padded, so spellings share one key. A
    numeric division ("27/04512/03") needs a serial of four digits, or a date would pass."""
    year = _year(match.group("year"))
    prefix, serial = match.group("prefix"), match.group("serial")
    if year is None or (prefix.isdigit() and len(serial) < 4):
        return None
    return f"{_prefix(prefix)}/{year}/{int(serial):05d}"


def _incident(match: re.Match[str]) -> str | None:
    """CAD/YYYY-MM-DD/SERIAL: an incident serial restarts every day, so the day is part of it
    (CAD/SERIAL when the reference does not say the day; the register resolves it)."""
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


_SEP = r"(?: ?/ ?|-)"
_YEAR = r"(?:19|20)\d{2}|\d{2}"
# A council writes its initials and "C" ("MCC", "HMBC"), or a department after them ("/CS/").
_COUNCIL = rf"[A-Z]{{2,4}}C(?:{_SEP}[A-Z]{{1,4}})?|[A-Z]{{2,5}}{_SEP}[A-Z]{{1,4}}"
_FORCE = r"[A-Z]{1,4}|\d{1,3}"
_COUNCIL_KEY = r"(?:[A-Z]{2,4}C(?:-[A-Z]{1,4})?|[A-Z]{2,5}-[A-Z]{1,4})/\d{4}/\d{5,}"
_CAD_KEY = r"CAD/(?:\d{4}-\d{2}-\d{2}/)?\d{4,}"
_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|" \
         r"Sep|Oct|Nov|Dec)"
_DATE = (rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{6}}(?!\d)|\d{{1,2}}(?:st|nd|rd"
         rf"|th)? {_MONTH}[a-z]* \d{{4}}|\d{{1,2}}-?{_MONTH}-?(?:\d{{4}}|\d{{2}}))")
FORMATS: tuple[ReferenceFormat, ...] = (
    ReferenceFormat("council referral number: council (and department), year, serial",
                    "referral", rf"(?P<prefix>{_COUNCIL}){_SEP}(?P<year>{_YEAR}){_SEP}"
                    rf"(?P<serial>\d{{3,7}})", _prefix_year_serial, _COUNCIL_KEY),
    ReferenceFormat("council referral number: council (and department), serial, year",
                    "referral", rf"(?P<prefix>{_COUNCIL}){_SEP}(?P<serial>\d{{3,7}}){_SEP}"
                    rf"(?P<year>\d{{2}})", _prefix_year_serial, _COUNCIL_KEY),
    ReferenceFormat("crime number: force prefix, year, serial", "crime",
                    rf"(?P<prefix>[A-Z]{{2,4}}){_SEP}(?P<year>{_YEAR}){_SEP}"
                    rf"(?P<serial>\d{{3,7}})", _prefix_year_serial, r"[A-Z0-9\-]+/\d{4}/\d{5,}"),
    ReferenceFormat("crime number: division, serial, year", "crime",
                    rf"(?P<prefix>{_FORCE}){_SEP}(?P<serial>\d{{3,7}}){_SEP}(?P<year>\d{{2}})",
                    _prefix_year_serial, r"[A-Z0-9\-]+/\d{4}/\d{5,}"),
    ReferenceFormat("incident (CAD) log number, with the day it was opened", "incident",
                    r"(?:CAD|[Ii]ncident(?: [Ll]og)?|[Ll]og)(?: (?:[Nn]o\.?|[Nn]umber|[Rr]ef\.?))?"
                    r":? ?(?P<serial>\d{2,5})(?:(?: of | dated | on |/| - |-| )"
                    rf"(?P<day>{_DATE}))?", _incident, _CAD_KEY),
    ReferenceFormat("incident log number: prefix, date (YYYYMMDD), serial", "incident",
                    r"[A-Z]{2,6}[\-/]?(?P<day>(?:19|20)\d{6})[\-/](?P<serial>\d{2,6})",
                    _incident, _CAD_KEY),
    ReferenceFormat("incident log number: prefix and serial, then the day", "incident",
                    rf"[A-Z]{{2,6}} ?(?P<serial>\d{{2,6}})[/\-](?P<day>\d{{1,2}}-?{_MONTH}-?"
                    r"(?:\d{4}|\d{2})|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))", _incident, _CAD_KEY),
    ReferenceFormat("council social care referral number", "referral",
                    r"(?:[Rr]eferral|MASH|CSC)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?"
                    r"| [Nn]umber| ID)+:? ?(?P<ref>[A-Z]{0,5}[-/]?\d{2,8}(?:[-/]\d{2,6})?)",
                    _referral, r"REFERRAL/.+", token="ref"),
    ReferenceFormat("crime number as the force writes it, after the words 'crime number'",
                    "crime",
                    r"(?:[Cc]rime|CRIME)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?| [Nn]umber| [Rr]eport)+"
                    r":? ?(?P<ref>[A-Z]{0,4}[-/]?\d[\d/\-]{3,16}\d)", _crime_number, r"CRIME/.+",
                    token="ref"),
)
_GROUPS = tuple(f"f{i}" for i in range(len(FORMATS)))
_KEYED = tuple(re.compile(f.keyed) for f in FORMATS)


def _numbered(pattern: str, index: int) -> str:
    """A format's pattern with its group names made unique within the union."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{index}>", pattern)


_FIND = re.compile("|".join(
    rf"(?<![\w/])(?P<f{i}>{_numbered(f.pattern, i)})(?![\w/])" for i, f in enumerate(FORMATS)))
_WHOLE = tuple(re.compile(rf"(?:{f.pattern})") for f in FORMATS)


def reference_format(key: str) -> ReferenceFormat | None:
    """The format of a reference key (the first whose keys look like it)."""
    return next((f for f, keyed in zip(FORMATS, _KEYED, strict=True) if keyed.fullmatch(key)),
                None)


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
