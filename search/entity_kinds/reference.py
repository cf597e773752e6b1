"""Case references: crime numbers, incident (CAD) log numbers and council referral numbers, in
each force's and council's format, and the operation names given to cases. One ``reference``
entity kind scans for all of them; each format is one ``ReferenceFormat`` in ``FORMATS``, so a
new force's format is one declaration.

A format says what it looks like (``pattern``, with the words that announce it where the bare
number would be ambiguous), which scheme it belongs to (crime, incident, referral), whose it is
(``owner``: a force or council; empty when the reference's own prefix says), and how a match is
keyed. Keys are the reference's identity, so two spellings of one reference share one:
"NP/97/4512" and "NP/1997/04512" are "NP/1997/04512"; "CAD 456 of 12/03/05" and "CAD 0456
12.03.2005" are "CAD/2005-03-12/0456" (a CAD serial restarts every day: the date is part of it).
The case register (search.cases) reads a key's format back with ``reference_format``.

Recognition does not depend on knowing a force's layout. Besides the shapes many forces share
(tier 0), any reference introduced by its label is one (tier 1): "Crime No", "CRN", "OB No",
"Occurrence", "URN", "Incident", "Log", "CAD", "Referral", "Case No", "Our ref", "Your ref",
"Re:", "quote", followed by letter and digit groups in any arrangement of force or division
letters, serial and year, joined by / - . or a space, or split over a line after a separator
(``labelled_key``). Whatever the layout, letters, a year and a serial are keyed
PREFIX/YEAR/SERIAL, so one reference written two ways has one key and two a digit apart have
two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from search.entity_kinds.declaration import EntityKind, Span
from search.regex_guard import first_char_guard

Scheme = Literal["crime", "incident", "referral", "operation"]
# The head of the keys of the formats a collection declares (search.entity_kinds.reference_declared):
# DECLARED/<owner>/<scheme>/<parts>.
DECLARED_HEAD = "DECLARED"
DECLARED_SCHEMES: tuple[Scheme, ...] = ("crime", "incident", "referral")  # not "operation"
FIRST_YEAR = 1950
# The months' names, and as written short, in their order: read by the register (its dates,
# search.cases.rules.DATE, and the dates a bag of parts is not, search.cases.bags) and
# declared shapes too.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
MONTHS = tuple(name[:3] for name in MONTH_NAMES)


@dataclass(frozen=True)
class ReferenceFormat:
    """One family of reference formats (the shape several forces or councils share).

    - ``name``: how the format is described (shown with a case's references).
    - ``scheme``: crime, incident or referral; or operation, the name a force gives a case
      it investigates or reopens ("Operation Larch"), which files may cite alone.
    - ``pattern``: the regex of a whole reference as written, cue words included.
    - ``key``: the match's normal form, or None when it is not a valid one.
    - ``keyed``: the regex of the keys this format makes (how a key's format is read back).
    - ``owner``: the force or council whose format it is; "" when the reference's prefix names
      it (``prefix_of``).
    - ``token``: the group of ``pattern`` that is the reference itself (0: the whole match).
    - ``tier``: when formats match at one place, the lower tier is tried first: the shapes
      (0), then a reference after its label (1), then the older label formats (2), so a dated
      incident is read whole and a label's general reading beats a narrower one's.
    - ``label_written``: the reference is written with its label's first word ("OB 1603/01"):
      without it the number would read as another series' (a crime number's "1603/01").
    - ``strict``: a token this shape reads and rejects is a near miss, not a reference of some
      other layout (``_misshapen``); a general shape (any letters, then numbers) is not strict.
    """

    name: str
    scheme: Scheme
    pattern: str
    key: Callable[[re.Match[str]], str | None]
    keyed: str
    owner: str = ""
    token: str | int = 0
    tier: int = 0
    label_written: bool = False
    strict: bool = True


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        year += 1900 if 1900 + year >= FIRST_YEAR else 2000
    return year if FIRST_YEAR <= year <= date.today().year + 1 else None


def year_of(text: str) -> int | None:
    """The year a reference's two- or four-digit number stands for, or None (no such year)."""
    return _year(text) if text.isdigit() and len(text) in (2, 4) else None


def _day(text: str) -> str | None:
    """A date as written in an incident reference, as YYYY-MM-DD (None: not a date). Six digits
    are DDMMYY, or YYMMDD when they are no DDMMYY date ("990502" is 2 May 1999)."""
    text = text.strip()
    if re.fullmatch(r"\d{6}", text):
        return _dmy(text[:2], text[2:4], text[4:]) or _dmy(text[4:], text[2:4], text[:2])
    if re.fullmatch(r"\d{8}", text):  # YYYYMMDD, else DDMMYYYY ("25112003")
        return _dmy(text[6:], text[4:6], text[:4]) or _dmy(text[:2], text[2:4], text[4:])
    elif (spelled := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[ \-]?([A-Za-z]{3})[a-z]*[ \-]?"
                                  r"(\d{4}|\d{2})", text)):
        month = MONTHS.index(spelled.group(2).lower()) + 1 if spelled.group(2).lower() in MONTHS \
            else 0
        parts = [spelled.group(1), str(month), spelled.group(3)]
    else:
        parts = re.split(r"[/.\-]", text)
    return _dmy(*parts[:3]) if len(parts) >= 3 else None


def other_day_order(key: str, written: str) -> str | None:
    """An incident key read the other way when the six digits of its day are both a DDMMYY
    and a YYMMDD date ("EVT-031107-288": 3 November 2007 or 7 November 2003); None otherwise.
    The register decides between them by what the collection writes (search.cases.sources)."""
    head, _, rest = key.partition("/")
    six = re.search(r"(?<!\d)(\d{6})(?!\d)", written)
    if head != "CAD" or six is None or rest.count("/") != 1:
        return None
    digits = six.group(1)
    other = _dmy(digits[4:], digits[2:4], digits[:2])
    if other is None or other == rest.split("/")[0]:
        return None
    return f"CAD/{other}/{rest.split('/')[1]}"


def _dmy(day: str, month: str, year: str) -> str | None:
    found = _year(year)
    try:
        return date(found, int(month), int(day)).isoformat() if found else None
    except ValueError:
        return None


def _prefix(text: str) -> str:
    """A force's or council's prefix, its segments joined by "-": "HMBC/CS" is "HMBC-CS"."""
    return "-".join(re.split(r"[\s/\-]+", text.upper()))


def _prefix_year_serial(match: re.Match[str]) -> str | None:
    """PREFIX/YEAR/SERIAL, whichever order it is written in ("KC/04512/03" and "KC/2003/04512"
    are one), the year in full and the serial zero-padded, so spellings share one key. A
    numeric division ("27/04512/03") needs a serial of four digits, or a date would pass. Of
    two four-digit numbers that could both be years ("SC/1962/2007"), the later is the year:
    a reference is written soon after its year, a serial is any number."""
    written_year, serial = match.group("year"), match.group("serial")
    if len(written_year) == len(serial) == 4 and _year(serial) and serial > written_year:
        written_year, serial = serial, written_year  # the later of two years is the year
    year, prefix = _year(written_year), match.group("prefix")
    if year is None or (prefix.isdigit() and len(serial) < 4):
        return None
    # A letter glued after the serial is a sub-number ("MH/00/5876B", a sibling's referral):
    # another reference than the serial alone.
    return f"{_prefix(prefix)}/{year}/{int(serial):05d}{match.groupdict().get('sub') or ''}"


def _incident(match: re.Match[str]) -> str | None:
    """CAD/YYYY-MM-DD/SERIAL: an incident serial restarts every day, so the day is part of it
    (CAD/SERIAL when the reference does not say the day; the register resolves it)."""
    serial = f"{int(match.group('serial')):04d}"
    if match.group("day") is None:
        return f"CAD/{serial}"
    day = _day(match.group("day"))
    return f"CAD/{day}/{serial}" if day else None


def _after_label(head: str, ref: str, joiner: str, digits: int) -> str | None:
    """A number after its label in the older label formats: keyed as the labelled formats key
    it (``labelled_key``) when it has no year, so "Referral No LCS-7513941" and "Referral:
    LCS-7513941" share one key; a lettered one with a year as written ("KMBC-2006-0412")."""
    key = labelled_key(head, ref)
    coded = _key_parts(ref)[0] != _PARTS.findall(ref.upper())[0]  # a team's code leads it
    if not re.search(r"[A-Za-z]", ref) or (key is not None and (key.startswith(f"{head}/")
                                                                  or coded)):
        return key
    token = re.sub(r"[\s/.\-]+", joiner, ref.upper()).strip(joiner)
    return f"{head}/{token}" if sum(c.isdigit() for c in token) >= digits else None


def _referral(match: re.Match[str]) -> str | None:
    return _after_label("REFERRAL", match.group("ref"), "-", 3)


def _crime_number(match: re.Match[str]) -> str | None:
    """"Crime number 12345/04": keyed as a labelled reference (``labelled_key``), so
    "12345/2004" is the same one."""
    return _after_label("CRIME", match.group("ref"), "/", 4)


# --- references known by the words that introduce them --------------------------------------
# Whatever a force's or council's layout, a reference is introduced by a label ("Crime No",
# "URN", "OB No", "Referral", "Our ref", "Re:") and is a run of letter and digit groups joined
# by / - . (or a space between two numbers, or a line break after a separator). The label says
# the scheme; the groups say the key: a force's or council's letters, a year and a serial become
# PREFIX/YEAR/SERIAL, as the known shapes are keyed, so one reference written with a two- or a
# four-digit year, the year before or after the serial, or split over a line has one key.
LABELLED_HEADS = ("CRIME", "URN", "OCCURRENCE", "INCIDENT", "REFERRAL", "REF")
_NUMBER_WORD = r"[ \t]*(?:no\.?|nos?\.|number|ref(?:erence)?\.?|id|serial|report)"
_NO = rf"(?:{_NUMBER_WORD}){{0,2}}"
_NO_SAID = rf"(?:{_NUMBER_WORD}){{1,2}}"  # "case" or "file" alone is too common a word
# (what the label names, the key's head, the scheme, the labels). Labels for one number share a
# head: a council's case number is its referral number, so one number under two labels is one
# key. An occurrence (OB) number is a series of its own: a log "crimes" an occurrence by raising
# a crime number beside it, so the two must be free to join one case. "REF" (a weak label) is resolved
# by the register to the collection's one labelled reference with that year and serial.
# The heads whose references are written with their label ("OB 1603/01", not "1603/01").
_LABEL_WRITTEN = ("OCCURRENCE",)
_LABELS: tuple[tuple[str, str, Scheme, str], ...] = (
    ("crime number", "CRIME", "crime", rf"crime{_NO}|crn|offence{_NO}"),
    ("occurrence (OB) number", "OCCURRENCE", "incident", rf"occurrence{_NO}|ob{_NO}"),
    ("unique reference number (URN)", "URN", "crime",
     rf"urn{_NO}|unique[ \t]+reference(?:[ \t]+number)?"),
    ("incident, CAD or log number", "INCIDENT", "incident",
     rf"incident(?:[ \t]+log)?{_NO}|(?:cad|storm|log){_NO}|command[ \t]+and[ \t]+control{_NO}"),
    ("referral number", "REFERRAL", "referral",
     rf"(?:mash|csc|social[ \t]+care[ \t]+)?referral{_NO}|mash{_NO}"),
    ("case or file number", "REFERRAL", "referral", rf"case{_NO_SAID}|file{_NO_SAID}"),
    ("reference quoted in correspondence", "REF", "crime",
     r"our[ \t]+ref(?:erence)?\.?|your[ \t]+ref(?:erence)?\.?|ref(?:erence)?\.?|re(?=[ \t]*:)|quote|"
     r"quoting|please[ \t]+quote"),
)
# A group may glue letters and numbers: "14JA01234", and a reference written without its
# separators, "FB01C00412" for "FB/01/C/00412"; a serial may be printed with a thousands comma
# ("41,275/08/KQ"), which is no separator of the number's parts.
_THOUSANDS = r"\d{1,3}(?:,\d{3})+(?![\d,])"
_GROUP = (rf"[A-Z]{{1,6}}\d{{1,4}}[A-Z]{{1,4}}\d{{1,8}}|[A-Z]{{1,6}}|{_THOUSANDS}|\d{{1,8}}|"
          r"[A-Z]{1,6}\d{1,8}|\d{1,4}[A-Z]{1,4}\d{1,8}")
# Groups are joined by / or - (spaced or not), by a full stop with no space (a spaced one ends
# the sentence), by a line break after / or -, by a space before a two- or four-digit year, or
# by a space between a council's or force's letters and the number after them ("FCS 40213"), or
# by a space between two groups of letters before a number ("RB K 04417 02"), or by spaces
# around a force's letters between two numbers ("2001 FN 059938", "971023 EC 0513"), by a
# space before a day of six or eight digits ("S1475 24032004"), or by a colon after one
# ("251103:02152"; a time's two digits are no day).
_JOIN = (r"(?:[ ]?[/\-][ ]?|\.|(?<=\d{6}):[ ]?(?=\d{3})|[/\-][ \t]*\n[ \t]*|[ ](?=\d{2}(?:\d{2})?\b)|"
         r"(?<=[A-Z])[ ](?=\d{3,8}\b)|(?<=[A-Z])[ ](?=[A-Z]{1,3}[ \-]?\d{3})|"
         r"(?<=\d)[ ](?=[A-Z]{1,4}[ ]\d{3})|(?<=\d)[ ](?=\d{6}(?:\d{2})?\b)|"
         # a serial after a force's letters and a four-digit year: "HC 2005 53693"
         r"(?<=[A-Z] (?:19|20)\d\d)[ ](?=\d{3,8}\b))")
# A council's serial with its year after it in brackets or after "of": "SR 0412 (2004)",
# "SR0412(04)", "SR 412 of 2004", "SR 412 of 04" (the year is part of the number: the next
# year's is another).
YEAR_AFTER = r"(?:[ ]?\((?:19|20)?\d{2}\)|[ ]of[ ](?:19|20)?\d{2})(?![\w/\-])"
_TOKEN = rf"(?:{_GROUP})(?:{_JOIN}(?:{_GROUP})){{0,4}}(?:{YEAR_AFTER})?"
_PARTS = re.compile(r"[A-Z]+|\d+")
_URN = re.compile(r"(\d{2})([A-Z]{2})(\d{5})(\d{2})")


def _year_and_serial(numbers: list[str]) -> tuple[int, str] | None:
    """The year and the serial of a reference's two numbers: a four-digit year if there is one,
    else a two-digit one beside a serial of three digits or more."""
    for index, number in enumerate(numbers):
        other = numbers[1 - index]
        if len(number) == 4 and (year := _year(number)) and len(other) >= 3 and other != number:
            return year, other
    for index, number in enumerate(numbers):
        other = numbers[1 - index]
        if len(number) == 2 and len(other) >= 3 and (year := _year(number)):
            return year, other
    return None


def _looks_like_date(numbers: list[str]) -> bool:
    """12/03/2004, 12-03-04 or 2004-03-12 ("Date of referral: 2004-03-12" is no referral)."""
    if len(numbers) != 3:
        return False
    if len(numbers[0]) == 4 and _year(numbers[0]):
        numbers = numbers[::-1]
    day, month = int(numbers[0]), int(numbers[1])
    return 1 <= day <= 31 and 1 <= month <= 12 and len(numbers[2]) in (2, 4)


def _not_a_reference(head: str, token: str, parts: list[str]) -> bool:
    """What a label may introduce that is no reference: a lone four-digit number or year, a
    date, a phone number ("Contact number 01632 960077"), a known shape's typo ("NP/1897/04512":
    no such year), a period ("2004/2005"), or, after a weak label ("Re:", "Our ref"), a number
    without a reference's letters or year and serial."""
    numbers = [p for p in parts if p.isdigit()]
    letters = [p for p in parts if p.isalpha()]
    digits = sum(len(n) for n in numbers)
    if digits < 4 or len(letters) > 3 or _looks_like_date(numbers):
        return True
    if len(parts) == 1 and (digits == 4 or _year(numbers[0])):
        return True
    if (not letters and re.fullmatch(r"0\d{9,10}", "".join(numbers))) or _misshapen(token):
        return True
    if len(numbers) == 2 and _year_and_serial(numbers) is None \
            and re.fullmatch(r"1[89]\d\d", numbers[0]) \
            and not re.search(rf"[A-Za-z]{numbers[0]}", token):
        # A year's typo where the year is written; after the serial ("M04122/1928") or glued
        # to its letters ("S1818-02082006") it is a serial.
        return True
    if len(numbers) == 2 and all(len(n) == 4 and _year(n) for n in numbers):
        return True  # "2004/2005": a period
    return head == "REF" and not letters and (len(numbers) != 2 or _year_and_serial(numbers) is None)


def labelled_key(head: str, token: str) -> str | None:
    """The key of a reference a label introduced (``head``: the label's family, one of
    ``LABELLED_HEADS``): ISSUER/YEAR/SERIAL when the token has a year and a serial, the issuer
    being the force's, division's or council's letters and numbers as written ("14/HV/40213/07"
    and a police URN "14HV4021307" are 14-HV/2007/40213), or the label's head when there are
    none; else HEAD and its groups, numbers without their leading zeros. None: not a reference
    (``_not_a_reference``)."""
    token = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", token)  # a serial's thousands comma
    if (day := _dated_serial(head, token)) is not None:
        return day  # a day and its serial, which together may look like a phone number
    parts = _key_parts(token)
    if _not_a_reference(head, token, parts):
        return None
    if urn := _URN.fullmatch("".join(parts)):  # force, station, serial, year, glued
        parts = [urn.group(1), urn.group(2), urn.group(3), urn.group(4)]
    dated = _issuer_year_serial(parts) or _short_serial(parts)
    if dated is not None:
        issuer, year, serial = dated
        return f"{'-'.join(issuer) or head}/{year}/{int(serial):05d}"
    # A council's number with no year is keyed as it is written bare ("MCC-ER-01234").
    if (council := _COUNCIL_SERIAL.fullmatch(token.strip().upper())) is not None \
            and (key := _council_serial(council)) is not None:
        return key
    # digits lose their leading zeros; a code of letters and digits ("L05") is kept whole
    return "/".join([head, *(str(int(p)) if p.isdigit() else p for p in parts)])


# A day written inside a reference: a signals-style date ("03MAY06", "3 May 2006") or a run of
# six or eight digits that is a date ("251103", "25112003").
_SIGNALS_DAY = re.compile(r"(?<!\d)\d{1,2}[ \-]?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                          r"[ \-]?(?:\d{4}|\d{2})(?!\d)")
_DIGIT_DAY = re.compile(r"(?<!\d)(?:\d{8}|\d{6})(?!\d)")
# Labels whose numbers may carry the day they were opened (a crime's or a referral's number
# is a serial within a year: its six digits are a serial that happens to read as a date).
_DAILY_HEADS = {"INCIDENT": (_SIGNALS_DAY, _DIGIT_DAY), "OCCURRENCE": (_SIGNALS_DAY,),
                "REF": (_SIGNALS_DAY,)}


def _dated_serial(head: str, token: str) -> str | None:
    """CAD/YYYY-MM-DD/SERIAL for a labelled number that is a day and one serial, in either
    order and whatever joins them ("0924/03MAY06", "251103:02152"): a log's serial restarts
    every day, so the day is part of the number, as the incident formats key it. None when the
    token holds anything else (letters, a second number)."""
    upper = token.upper()
    for shape in _DAILY_HEADS.get(head, ()):
        for found in shape.finditer(upper):
            day = _day(found.group().replace(" ", "-"))
            rest = _PARTS.findall(upper[:found.start()] + " " + upper[found.end():])
            if day and len(rest) == 1 and rest[0].isdigit() and 2 <= len(rest[0]) <= 6:
                return f"CAD/{day}/{int(rest[0]):04d}"
    return None


# A team's or division's code, a letter or two glued to a short number, before the numbers of
# a reference it issued ("R14-02-017974": team R14, year 02, serial 017974).
_CODE_FIRST = re.compile(r"[A-Z]{1,3}\d{1,3}")


def _key_parts(token: str) -> list[str]:
    """A reference's letter and digit groups; a leading code glued of letters and a short
    number stays one group when two numbers follow it apart (its number is no year)."""
    upper = re.sub(r"\bOF\b", " ", token.upper())
    upper = re.sub(r"^\W*(?:FILE|PAGE)\b", " ", upper)  # a heading's word: "CRIME FILE BP-..."
    groups = [g for g in re.split(r"[^A-Z0-9]+", upper) if g]
    if len(groups) >= 3 and _CODE_FIRST.fullmatch(groups[0]) \
            and sum(g.isdigit() for g in groups[1:]) >= 2:
        return [groups[0], *_PARTS.findall(" ".join(groups[1:]))]
    return _PARTS.findall(upper)


def _issuer_year_serial(parts: list[str]) -> tuple[list[str], int, str] | None:
    """A reference's issuer (the groups that are neither year nor serial), year and serial: a
    four-digit year anywhere, else a two-digit one first or last among the numbers; the serial
    the longest other number, of three digits or more; at most one number left as a division."""
    numbers = [i for i, p in enumerate(parts) if p.isdigit()]
    if len(numbers) < 2:
        return None
    years = sorted((i for i in numbers if len(parts[i]) == 4 and _year(parts[i])),
                   key=lambda i: parts[i], reverse=True)  # of two years, the later
    years += [i for i in (numbers[-1], numbers[0]) if len(parts[i]) == 2 and _year(parts[i])]
    for year in years:
        others = [i for i in numbers if i != year]
        serial = max(others, key=lambda i: (len(parts[i]), i))
        if len(parts[serial]) >= 3 and len(others) <= 2 and parts[serial] != parts[year]:
            issuer = [p for i, p in enumerate(parts) if i not in (year, serial)]
            return issuer, _year(parts[year]) or 0, parts[serial]
    return None


def _short_serial(parts: list[str]) -> tuple[list[str], int, str] | None:
    """A serial written without its leading zeros before a two-digit year: "Log 27/01" is the
    "Log 00027/01" of another page (only after a label, which says it is a reference)."""
    if len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[1]) == 2 \
            and len(parts[0]) <= 2 and (year := _year(parts[1])):
        return [], year, parts[0]
    return None


def _misshapen(token: str) -> bool:
    """A token one of the known shapes reads and rejects is a near miss, not a reference of
    some other layout."""
    for fmt, whole in zip(FORMATS, _WHOLE, strict=True):
        match = whole.fullmatch(token) if fmt.tier == 0 and fmt.strict else None
        if match is not None and fmt.key(match) is None:
            return True
    return False


# A day written with its month in Roman numerals, as old registries wrote it ("14.IV.2002"):
# a date, not a force's letters between a year and a serial.
_ROMAN_MONTH = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
_ROMAN_DAY = re.compile(rf"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[ ]?[./\-][ ]?{_ROMAN_MONTH}[ ]?[./\-][ ]?"
                        r"(?:(?:19|20)\d{2}|\d{2})(?!\d)")


def _lettered(match: re.Match[str]) -> str | None:
    """A bare number with a force's letters, a year and a serial, in any order: keyed as the
    labelled ones are, and only when it has the letters (they are what make it a reference);
    a day with a Roman-numeral month is none."""
    if _ROMAN_DAY.fullmatch(match.group("ref").upper()):
        return None
    parts = _PARTS.findall(match.group("ref").upper())
    letters = [p for p in parts if p.isalpha()]
    dated = _year_and_serial([p for p in parts if p.isdigit()])
    return f"{'-'.join(letters)}/{dated[0]}/{int(dated[1]):05d}" if letters and dated else None


# A force's or council's letters before its numbers, in whatever layout a force writes them:
# "RB K 04417 02", "KT04417/02", "ZQ 09/31102", or glued, "RBK0441702". Not a label's letters
# ("CRN 04-12108" is a crime number after its label) nor a rank's, a phone's or a record's,
# nor a heading's word ("CRIME FILE BP-2007-03105-CR", "PAGE 2").
_NOT_ISSUERS = (r"(?!(?:CRN|URN|OB|CAD|LOG|CALL|REF|NO|TEL|FAX|MOB|NHS|NI|DOB|PNC|CRO|PC|DC|DS|PS|"
                r"DI|DCI|SGT|WPC|FILE|PAGE)\b)")
_ISSUER = rf"{_NOT_ISSUERS}[A-Z]{{2,4}}(?:[ \-][A-Z]{{1,3}})?"
# A person's identity document after its word: "(passport AB123456)", "driving licence
# XY1234567" is the person's number, not a case's.
_NOT_AFTER_IDENTITY = (r"(?<![Pp]assport )(?<!PASSPORT )(?<![Pp]assport: )(?<![Pp]assport no\. )"
                       r"(?<![Ll]icence )(?<!LICENCE )(?<!ID card )")


def _any_layout(match: re.Match[str]) -> str | None:
    """PREFIX/YEAR/SERIAL of letters and two numbers, the year first or last: the number that
    can only be a year is the year; of two four-digit years, the later (as
    ``_prefix_year_serial`` reads them)."""
    numbers = [match.group("one"), match.group("two")]
    years = [i for i, n in enumerate(numbers) if len(n) in (2, 4) and _year(n)
             and len(numbers[1 - i]) >= 3 and numbers[1 - i] != n]
    if not years:
        return None
    year = max(years, key=lambda i: numbers[i]) if len(years) > 1 else years[0]
    return f"{_prefix(match.group('letters'))}/{_year(numbers[year])}/{int(numbers[1 - year]):05d}"


_COUNCIL_SERIAL_PATTERN = (r"(?P<council>[A-Z]{2,4}C)(?:[-/ ](?P<dept>[A-Z]{1,3}))?[-/ ]?"
                           r"(?P<serial>\d{4,5})(?:[-/ ](?P<after>[A-Z]{1,3}))?")
_COUNCIL_SERIAL = re.compile(_COUNCIL_SERIAL_PATTERN)


def _council_serial(match: re.Match[str]) -> str | None:
    """COUNCIL-DEPARTMENT/SERIAL: a council's referral number with no year ("MCC-ER-68117",
    "KEC01884/CS", "KEC 01884 CS"), its department letters before or after the serial, so the
    forms a council writes share one key. A year is no serial ("PCC 2004")."""
    serial = match.group("serial")
    if len(serial) == 4 and year_of(serial):
        return None
    letters = [match.group("council"), *(g for g in (match.group("dept"), match.group("after"))
                                         if g)]
    return f"{'-'.join(letters)}/{int(serial):05d}"


def _glued(match: re.Match[str]) -> str | None:
    """LETTERS/DIGITS: letters glued to a run of digits ("RBK0441702"), whose split into a year
    and a serial only the collection's other references can say (search.cases.sources reads
    it with the layouts the collection writes, ``ReferenceLayout``). A run that reads as a
    phone number is none."""
    digits = match.group("digits")
    if re.fullmatch(r"0\d{9,10}", digits):
        return None
    return f"{_prefix(match.group('letters'))}/{digits}"


def _labelled(head: str) -> Callable[[re.Match[str]], str | None]:
    def key(match: re.Match[str]) -> str | None:
        return labelled_key(head, match.group("ref"))
    return key


def _labelled_formats() -> tuple[ReferenceFormat, ...]:
    return tuple(ReferenceFormat(
        f"{name}, after its label", scheme,
        rf"(?i:{labels})\b\W{{0,3}}?(?::|\s)[\s:#]{{0,3}}(?P<ref>{_TOKEN})", _labelled(head),
        rf"{head}/.+", token="ref", tier=1, label_written=head in _LABEL_WRITTEN)
        for name, head, scheme, labels in _LABELS)


# "Operation Manager" is a job, not an operation's name.
_NOT_OPERATIONS = (r"(?:Manager|Managers|Team|Room|Centre|Center|Order|Orders|Name|Date|Support|"
                   r"Lead|Officer|Plan|Commander|Control|Unit|Report|Log|Details|Type|Status)")


# A name is one or two words ("Operation Sea Holly", "OP SEA HOLLY"); a second word that is a
# job, a document or a function word is not part of it ("Operation Larch team", "OP LARCH RE").
_NOT_SECOND = (r"(?i:" + _NOT_OPERATIONS[3:-1] + r"|Review|Reviews|Update|Updates|Briefing|Meeting|"
               r"File|Files|Case|Cases|Papers|Minutes|Notes|Summary|Material|Debrief|Progress|"
               r"Closure|Enquiry|Enquiries|Inquiry|Investigation|Strategy|Action|Actions|Policy|"
               r"Decision|Staff|Officers|Detectives|Analyst|Board|Group|Gold|Silver|Bronze|The|And|"
               r"Re|Of|For|In|On|At|To|By|With|Is|Was|Has|Had|Are|Were|From|As|But|Or|Was|Will|"
               r"Which|That|This|Who|Also|Now|Then|Under|After|Before|Into|Sent|Asked|Looked)")
_OPERATION_NAME = (rf"(?P<name>[A-Z][a-z]{{2,}}(?: (?!{_NOT_SECOND}\b)[A-Z][a-z]{{2,}})?"
                   rf"|[A-Z]{{3,}}(?: (?!{_NOT_SECOND}\b)[A-Z]{{3,}})?)")


def _operation(match: re.Match[str]) -> str:
    """OPERATION/NAME: "Operation Larch" and "Op LARCH" are one, as are "Operation Sea Holly"
    and "OP SEA HOLLY"."""
    return f"OPERATION/{(match.group('name') or match.group('caps')).upper()}"


_SEP = r"(?: ?/ ?|-)"
_SEP_ANY = r"(?: ?/ ?|-|\.)"
_YEAR = r"(?:19|20)\d{2}|\d{2}"
# A council writes its initials and "C" ("MCC", "HMBC"), or a department after them ("/CS/").
_COUNCIL = rf"[A-Z]{{2,4}}C(?:{_SEP}[A-Z]{{1,4}})?|[A-Z]{{2,5}}{_SEP}[A-Z]{{1,4}}"
_FORCE = r"[A-Z]{1,4}|\d{1,3}"
_COUNCIL_KEY = r"(?:[A-Z]{2,4}C(?:-[A-Z]{1,4})?|[A-Z]{2,5}-[A-Z]{1,4})/\d{4}/\d{5,}[A-Z]?"
# A force's PREFIX/YEAR/SERIAL (a URN's is FORCE-STATION); a labelled number's head (CRIME,
# REFERRAL...) is not a prefix.
_FORCE_KEY = rf"(?!(?:CAD|{'|'.join(LABELLED_HEADS)})/)[A-Z0-9\-]+/\d{{4}}/\d{{5,}}[A-Z]?"
_CAD_KEY = r"CAD/(?:\d{4}-\d{2}-\d{2}/)?\d{4,}"
_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|" \
         r"Sep|Oct|Nov|Dec)"
_DATE = (rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{6}}(?!\d)|\d{{1,2}}(?:st|nd|rd"
         rf"|th)? {_MONTH}[a-z]* (?:\d{{4}}|\d{{2}}(?!\d))|\d{{1,2}}-?{_MONTH}-?(?:\d{{4}}|\d{{2}}))")
FORMATS: tuple[ReferenceFormat, ...] = (
    ReferenceFormat("council referral number: council (and department), year, serial",
                    "referral", rf"(?P<prefix>{_COUNCIL}){_SEP}(?P<year>{_YEAR}){_SEP}"
                    rf"(?P<serial>\d{{3,7}})(?P<sub>[A-Z])?", _prefix_year_serial, _COUNCIL_KEY),
    ReferenceFormat("council referral number: council (and department), serial, year",
                    "referral", rf"(?P<prefix>{_COUNCIL}){_SEP}(?P<serial>\d{{3,7}}){_SEP}"
                    rf"(?P<year>{_YEAR})", _prefix_year_serial, _COUNCIL_KEY),
    ReferenceFormat("crime number: force prefix, year, serial", "crime",
                    rf"(?P<prefix>[A-Z]{{2,4}}){_SEP}(?P<year>{_YEAR}){_SEP}"
                    rf"(?P<serial>\d{{3,7}})(?P<sub>[A-Z])?", _prefix_year_serial, _FORCE_KEY),
    ReferenceFormat("crime number: division, serial, year", "crime",
                    rf"(?P<prefix>{_FORCE}){_SEP}(?P<serial>\d{{3,7}}){_SEP}(?P<year>\d{{2}})",
                    _prefix_year_serial, _FORCE_KEY),
    ReferenceFormat("crime number: force letters, year and serial in another order", "crime",
                    # "11-DEC-2000" is a day, not a year, letters and a serial
                    rf"(?P<ref>(?:{_YEAR}){_SEP_ANY}(?!(?i:{_MONTH}){_SEP_ANY}(?:19|20)\d{{2}}\b)"
                    rf"[A-Z]{{2,5}}{_SEP_ANY}\d{{3,7}}|[A-Z]{{2,5}}"
                    rf"{_SEP_ANY}\d{{3,7}}{_SEP_ANY}(?:19|20)\d{{2}}|[A-Z]{{2,5}}\.(?:{_YEAR})\."
                    rf"\d{{3,7}}|[A-Z]{{1,4}}\.\d{{3,7}}\.\d{{2}}|(?:19|20)\d{{2}}{_SEP}\d{{4,7}}{_SEP}"
                    # the serial first, then the four-digit year and the letters ("53693/2005/HC"),
                    # or the letters, the year and the serial apart by spaces ("HC 2005 53693")
                    rf"[A-Z]{{2,5}}|\d{{4,7}}{_SEP}(?:19|20)\d{{2}}{_SEP}[A-Z]{{2,5}}|"
                    rf"{_NOT_ISSUERS}[A-Z]{{2,5}} (?:19|20)\d{{2}} \d{{4,7}})", _lettered, _FORCE_KEY),
    ReferenceFormat("incident log number after its label: the day, then the serial", "incident",
                    r"(?i:(?:cad|incident(?: log)?|log|storm)(?: (?:no\.?|number|ref\.?))?)"
                    rf":? ?(?P<day>(?:19|20)\d{{6}}|{_DATE})(?: ?[/\-] ?| )(?P<serial>\d{{2,5}})",
                    _incident, _CAD_KEY),
    ReferenceFormat("incident (CAD) log number, with the day it was opened", "incident",
                    r"(?i:(?:cad|incident(?: log)?|log|storm)(?: (?:no\.?|number|ref\.?))?)"
                    r":? ?(?P<serial>\d{2,5})(?:(?: of | dated | on |/| - |-| )"
                    rf"(?P<day>{_DATE}))?", _incident, _CAD_KEY),
    ReferenceFormat("incident log number: prefix, date (YYYYMMDD or DDMMYY), serial",
                    "incident", r"[A-Z]{2,6}(?:[\-/]|[ ](?=(?:(?:19|20)\d{6}|\d{6})[/ ]))?"
                    r"(?P<day>(?:19|20)\d{6}|\d{6})"
                    # spaces for its separators: "EVT 031107 288", "OL 20070611 1655"
                    r"(?:[\-/]|(?<=[A-Z]{2} \d{6}) |(?<=[A-Z]{3} \d{6}) |(?<=[A-Z]{4} \d{6}) "
                    r"|(?<=[A-Z]{2} \d{8}) |(?<=[A-Z]{3} \d{8}) |(?<=[A-Z]{4} \d{8}) )"
                    r"(?P<serial>\d{2,6})\b", _incident, _CAD_KEY),
    # A label says the number is a reference, the date after it that it is an incident's.
    ReferenceFormat("incident log number after its label: prefix and serial, a space, the day",
                    "incident", r"(?i:incident(?: log)?|log|cad|storm|(?:our |your )?ref(?:erence)?)"
                    r"[:.]?[ \t]+(?P<ref>[A-Z]{2,6} ?"
                    r"(?P<serial>\d{2,6}) (?P<day>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})))",
                    _incident, _CAD_KEY, token="ref"),
    ReferenceFormat("incident log number: prefix, a space, the day, a slash and the serial",
                    "incident", r"[A-Z]{2,6} (?P<day>\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})/"
                    r"(?P<serial>\d{2,6})", _incident, _CAD_KEY),
    ReferenceFormat("incident log number: prefix glued to the serial, a space, the day",
                    "incident", r"[A-Z]{2,6}(?P<serial>\d{2,6}) (?P<day>\d{1,2}[/.]\d{1,2}[/.]"
                    r"(?:\d{4}|\d{2}))", _incident, _CAD_KEY),
    ReferenceFormat("incident log number: prefix and serial, then the day", "incident",
                    rf"[A-Z]{{2,6}} ?(?P<serial>\d{{2,6}})[/\-](?P<day>\d{{1,2}}-?{_MONTH}-?"
                    r"(?:\d{4}|\d{2})|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))", _incident, _CAD_KEY),
    ReferenceFormat("council social care referral number", "referral",
                    r"(?:[Rr]eferral|MASH|CSC)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?"
                    r"| [Nn]umber| ID)+:? ?(?P<ref>[A-Z]{0,5}[-/]?\d{2,8}(?:[-/]\d{2,6})?)",
                    _referral, r"REFERRAL/.+", token="ref", tier=2),
    ReferenceFormat("crime number as the force writes it, after the words 'crime number'",
                    "crime",
                    r"(?:[Cc]rime|CRIME)(?: [Rr]ef(?:erence)?\.?| [Nn]o\.?| [Nn]umber| [Rr]eport)+"
                    r":? ?(?P<ref>[A-Z]{0,4}[-/]?\d[\d/\-]{3,16}\d)", _crime_number, r"CRIME/.+",
                    token="ref", tier=2),
    ReferenceFormat("letters, then a serial and a year in either order", "crime",
                    rf"(?P<letters>{_ISSUER})[ \-/]?(?P<one>\d{{2,7}})[ /\-](?P<two>\d{{2,7}})",
                    _any_layout, _FORCE_KEY, strict=False),
    # A council's initials end in its "C" ("MCC", "KEC"); a department's letters may follow them
    # or the serial. Without a year the serial alone is the number.
    ReferenceFormat("council referral number: council (and department), serial alone",
                    "referral", _COUNCIL_SERIAL_PATTERN, _council_serial,
                    r"[A-Z]{2,4}C(?:-[A-Z]{1,3}){0,2}/\d{5}"),
    ReferenceFormat("letters glued to their numbers", "crime",
                    rf"{_NOT_AFTER_IDENTITY}(?P<letters>{_ISSUER})[ \-]?(?P<digits>\d{{6,12}})", _glued,
                    r"[A-Z]+(?:-[A-Z]+)*/\d{6,12}", strict=False),
    *_labelled_formats(),
    ReferenceFormat("operation name", "operation",
                    # a log's label too: "Operation: LARKSPUR"
                    rf"(?:Operation|Op\.?):?[ ](?!{_NOT_OPERATIONS}\b){_OPERATION_NAME}"
                    # a review team's short form in capitals: "OP SEA HOLLY"
                    rf"|OP\.?:?[ ](?!(?i:{_NOT_OPERATIONS[3:-1]})\b)(?P<caps>[A-Z]{{3,}}"
                    rf"(?: (?!{_NOT_SECOND}\b)[A-Z]{{3,}})?)", _operation,
                    r"OPERATION/[A-Z]+(?: [A-Z]+)?"),
)
_GROUPS = tuple(f"f{i}" for i in range(len(FORMATS)))
_KEYED = tuple(re.compile(f.keyed) for f in FORMATS)


def _numbered(pattern: str, index: int) -> str:
    """A format's pattern with its group names made unique within the union."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{index}>", pattern)


# The look-behind is asked once before the formats, not once in each: most places of a page are
# inside a word, and there every format failed on its own (half the pattern's time on a page).
# At a word's start, each format's first characters are tested before the format is tried, and
# those of all the formats before any: most words begin with a letter in lower case, which only
# the labelled formats can take, and half of them with one that none can.
_FORMATS_UNION = "|".join(
    rf"{first_char_guard(f.pattern)}(?P<f{i}>{_numbered(f.pattern, i)})(?![\w/]|[-.:]\d)"
    for i, f in sorted(enumerate(FORMATS), key=lambda pair: pair[1].tier))
_FIND = re.compile(rf"(?<![\w/]){first_char_guard(_FORMATS_UNION)}(?:{_FORMATS_UNION})")
_WHOLE = tuple(re.compile(rf"(?:{f.pattern})") for f in FORMATS)


def _declared(key: str) -> ReferenceFormat | None:
    """The format of a key a collection's declared format made (its owner and scheme are in
    it); None for any other key."""
    head, owner, scheme, *_rest = [*key.split("/"), "", ""][:4]
    if head != DECLARED_HEAD or scheme not in DECLARED_SCHEMES:
        return None
    return ReferenceFormat(f"{scheme} number declared for {owner}", scheme,  # type: ignore[arg-type]
                           r"(?!)", lambda _m: None, rf"{DECLARED_HEAD}/.+", owner=owner)


def reference_format(key: str) -> ReferenceFormat | None:
    """The format of a reference key (the first whose keys look like it)."""
    if key.startswith(f"{DECLARED_HEAD}/"):
        return _declared(key)
    return next((f for f, keyed in zip(FORMATS, _KEYED, strict=True) if keyed.fullmatch(key)),
                None)


def prefix_of(key: str) -> str:
    """The force or council prefix a key carries ("NP" of "NP/1997/04512"), or ""."""
    parts = key.split("/")
    if parts[0] in ("CAD", "OPERATION") or parts[0] in LABELLED_HEADS:
        return ""
    return parts[1] if parts[0] == DECLARED_HEAD and len(parts) > 1 else parts[0]


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
    "Crime reference EC-2006-000321" (a CAD number keeps its "CAD", an occurrence number the
    first word of its label: "OB 1603/01" of "OB No. 1603/01")."""
    text = " ".join(text.split())
    for fmt, whole in zip(FORMATS, _WHOLE, strict=True):
        match = whole.fullmatch(text)
        if match is None or fmt.key(match) is None:
            continue
        if not fmt.token:
            return text
        if fmt.label_written:
            return f"{re.match(r'[A-Za-z]+', text).group()} {match.group(fmt.token)}"  # type: ignore[union-attr]
        return _HEADING_WORD.sub("", match.group(fmt.token))
    return text


# A heading's word before a labelled number, no part of it (``_key_parts``): "FILE BP-...".
_HEADING_WORD = re.compile(r"^(?:FILE|PAGE)\s+(?=[A-Z0-9])")


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
