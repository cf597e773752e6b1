"""Reference formats a user declares for a collection: a force's or council's crime, incident
or referral numbers, described from its own documents by example references or by a shape,
never by a regular expression.

A declaration (``DeclaredFormat``) names the force or council (``owner``), the ``scheme``
(crime, incident, referral) and the shapes its references are written in. A shape is the
reference written with placeholders for the parts that vary:

- ``{YYYY}`` a four-digit year, ``{YY}`` a two-digit one, ``{year}`` either; ``{FY}`` a
  financial year, its first year (two or four digits) and the last two digits of the next,
  split by a separator or run together ("04-05", "2004/05", "0405"), keyed by its first year;
- ``{MM}`` and ``{DD}`` the month and the day (an incident log's day: part of its number);
  ``{MON}`` the month in letters ("SEP", "Sept", "September"), with or without a space either
  side; ``{MR}`` the month in Roman numerals ("XI"); ``{ML}`` a letter for the month, A for
  January to L for December; a month without its day (``{YY}{MM}``) is the year's month;
  ``{DDD}`` the day of the year (001 to 366) beside its year; ``{WW}`` the ISO week (01 to 53)
  and ``{D}`` the day of the week (1 Monday to 7 Sunday) beside the ISO year: the day they make;
- ``{Y}`` the year's last digit alone, its decade not written: keyed by the digit, so one
  serial in 2008 and in 1998 is one number (what the documents' dates say is not read);
- ``{serial}`` the serial, three to seven digits; ``{serial:5}`` five, ``{serial:4-5}`` four
  or five (a serial written with or without its leading zero); a serial printed with thousands
  commas ("41,275") is the same serial;
- ``{letters}`` letters that are part of the number (a district's "HN", a sibling's "A"), one
  to four; ``{letters:2}`` two;
- ``{part}`` a numbered part that makes another reference (a person's episode "E2", a
  sub-reference "/3", a division "D3", a day's count "DN3214"), one to three digits;
  ``{part:1}`` one, ``{part:4}`` four (six at most);
- ``{check}`` a check character (a digit or a letter), not part of the number: the same
  reference is written with it and without it;
- ``[...]`` an optional part: ``B/{serial:6}/{YY}[-{check}]``;
- anything else is written as it is: the force's letters ("SVCR", "OL"), a word the force
  writes inside its numbers, in lower case or with a capital ("CE {serial:4} of {YY}": "of" in
  any case; "Div. {letters:2} {YYYY}/{serial:5}": "Div", then a dot and a space), a number
  sign ``#`` (with or without a space either side: ``CR#{serial:5}`` reads "CR # 31842"),
  brackets round a part of the number (``C{serial:6} (BH{YY})`` reads "C031842 (BH04)"), and
  the separators ``/ - . :`` and a space, any of which stands for any other (one reference is
  written "SVCR-04-01234", "SVCR 04 01234", "SVCR.04.01234" and "SVCR:04:01234").

A shape of digits and separators alone (no capital letter, no ``{letters}``) would read every
such number, so it is refused unless the declaration names its ``anchors``: the labels or
fields written just before the number ("Log number", "Incident No:"). Such a shape reads a
number only after one of them (the label, then up to six spaces or ``: # . | ~ -``), and, in the
same document, the same number written elsewhere once it has been read after its label.

An example reference alone is a shape too (``shape_of``): its letters kept, a run of digits
that is a year read as the year beside a longer serial, a date of six or eight digits as the
day. Every example must fit one of the declaration's shapes, and a shape that would read what
is no reference (a date, a phone number, a sum, a bare number) is refused
(``DeclarationError``, naming the shape and what it would read).

Every written form of one reference has one key (``DeclaredFormat.key``):
``DECLARED/<owner>/<scheme>/<letters>/<year, month or day>/<serial>[/<part>]``, so the spellings of one number
group together, and two forces' or councils' numbers of the same digits stay two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from search.entity_kinds.reference import DECLARED_HEAD, DECLARED_SCHEMES, MONTHS, Scheme, year_of

MAX_SHAPES = 12
MAX_EXAMPLES = 24
MAX_TEXT = 80
MAX_ANCHORS = 8
# A word in lower case the number is written with ("of", "class"), or one letter between its
# parts (the "h" of an hour, "14h27").
_WORD = re.compile(r"[a-z]{1,12}(?![a-z])")
_TITLED = re.compile(r"[A-Z][a-z]{1,11}(?![A-Za-z])")
_ANCHOR_GAP = r"[ \t\r\n:#.|~\-\u2013]{0,6}$"
_PLACEHOLDER = re.compile(r"\{(?P<name>[A-Za-z]+)(?::(?P<low>\d{1,2})(?:-(?P<high>\d{1,2}))?)?\}")
_SEPARATORS = "/-.: "  # any stands for any other, a space around the others optional
_SEPARATOR = rf"(?:[ ]?[{re.escape(_SEPARATORS.strip())}][ ]?|[ ])"
_NUMBER_SIGN = r"[ ]?\#[ ]?"
# "ICAD 0388, Q4 2004": a comma between parts of one number, read as written or left out.
_COMMA = r",?"
# A part of the number in brackets, "C031842 (BH04)": brackets written as they are, with or
# without a space inside them.
_BRACKETS = {"(": r"\([ ]?", ")": r"[ ]?\)"}
_LITERAL = re.compile(r"[A-Z0-9]")
_NAMES = {"YYYY", "YY", "year", "Y", "FY", "MM", "MON", "MR", "ML", "DD", "DDD", "WW", "D",
          "time", "serial", "letters", "part", "check"}
_YEARS = {"YYYY", "YY", "year", "Y", "FY"}
_MONTHS = {"MM", "MON", "MR", "ML"}
# The months in Roman numerals, the longest first (a pattern tries them in this order).
ROMAN_MONTHS = ("XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                 "IX": 9, "X": 10, "XI": 11, "XII": 12}
# What a shape must never read: it would make cases of dates, phones, sums and plain numbers.
_NOT_REFERENCES = ("12/03/2004", "12.03.04", "2004-03-12", "12 03 2004", "01632 960077",
                   "07700 900123", "0161 496 0000", "1250", "2004", "12345", "123456",
                   "12345678", "1,250.00", "14:30", "04/05", "2003/04", "10-12", "PC 1234",
                   "DC 4410", "AB 123", "PC1234", "M1 1AA", "12 MAR 2004", "12MAR04")


class DeclarationError(ValueError):
    """A declaration that cannot be used, with the reason a person can act on."""


@dataclass(frozen=True)
class _Part:
    """One placeholder of a shape: its kind and how many characters it takes."""

    name: str
    low: int
    high: int


def _placeholder(match: re.Match[str], shape: str) -> _Part:
    written = match.group("name")
    name = next((n for n in _NAMES if n.lower() == written.lower()), written)
    if name not in _NAMES:
        raise DeclarationError(f"shape {shape!r}: unknown part {{{name}}}; the parts are "
                               "{YYYY} {YY} {year} {Y} {FY} {MM} {MON} {MR} {ML} {DD} {DDD} "
                               "{WW} {D} {time} {serial} {letters} {part} {check}")
    if name in _WIDTHS:
        default, widest = _WIDTHS[name]
        low = int(match.group("low") or default[0])
        high = int(match.group("high") or (match.group("low") or default[1]))
        if not 1 <= low <= high <= widest:
            raise DeclarationError(f"shape {shape!r}: {{{name}:{low}-{high}}} is no width")
        return _Part(name, low, high)
    if match.group("low"):
        raise DeclarationError(f"shape {shape!r}: {{{name}}} takes no width")
    return _Part(name, *{"YYYY": (4, 4), "YY": (2, 2), "year": (2, 4), "Y": (1, 1),
                         "FY": (4, 9), "MM": (2, 2), "MON": (3, 9), "MR": (1, 4),
                         "ML": (1, 1), "DD": (2, 2),
                         "DDD": (3, 3), "WW": (2, 2), "D": (1, 1), "time": (4, 5),
                         "check": (1, 1)}[name])


# The parts that take a width: (the default low and high), the widest.
_WIDTHS = {"serial": ((3, 7), 10), "letters": ((1, 4), 6), "part": ((1, 3), 6)}
_PATTERNS = {"YYYY": r"(?:19|20)\d\d", "YY": r"\d\d", "year": r"(?:19|20)?\d\d", "Y": r"\d",
             "WW": r"0[1-9]|[1-4]\d|5[0-3]", "D": r"[1-7]",
             "FY": r"(?:19|20)?\d\d(?:[ ]?[/\-.:][ ]?)?\d\d",
             "MR": "|".join(ROMAN_MONTHS), "ML": r"[A-L]",
             "MM": r"0[1-9]|1[0-2]", "DD": r"0[1-9]|[12]\d|3[01]",
             "DDD": r"00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6]", "check": r"[0-9A-Z]",
             # a time of day to the minute: "0628", "06:28", "06.28"
             "time": r"(?:[01]\d|2[0-3])[:.]?[0-5]\d",
             "MON": r"(?i:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?"
                    r"|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"}


def _dates_refused(shape: str, names: set[str]) -> str | None:
    """Why a shape's date parts cannot make a day, a month or a year; None when they can."""
    years, months = names & _YEARS, names & _MONTHS
    if len(years) > 1 or len(months) > 1:
        return f"shape {shape!r}: one year and one month ({{MM}}, {{MON}}, {{MR}} or {{ML}}) at most"
    if "DDD" in names and (not years or months or "DD" in names):
        return (f"shape {shape!r}: a day of the year needs its year and no month or "
                "{DD} beside it")
    if "DD" in names and not months:
        return f"shape {shape!r}: a day needs its {{DD}} and a month ({{MM}}, {{MON}}, {{MR}} or {{ML}})"
    if months and not years and "DD" not in names:
        return f"shape {shape!r}: a month needs its year"
    if ("WW" in names or "D" in names) and (
            not {"WW", "D"} <= names or not years - {"Y", "FY"} or months or names & {"DD", "DDD"}):
        return (f"shape {shape!r}: an ISO week {{WW}} needs its day {{D}} and its year, and "
                "no month or other day beside them")
    if "Y" in names and names & {*_MONTHS, "DD", "DDD"}:
        return f"shape {shape!r}: a year's last digit {{Y}} takes no month or day"
    return None


class Shape:
    """One shape compiled: its regular expression and the placeholders it reads."""

    def __init__(self, shape: str, anchored: bool = False) -> None:
        self.text = " ".join(shape.split())
        if not self.text or len(self.text) > MAX_TEXT:
            raise DeclarationError(f"a shape is 1-{MAX_TEXT} characters: {shape!r}")
        self.parts: list[_Part] = []
        self.mark = ""  # the letters and digits written as they are, outside optional parts
        # A shape with the force's letters may read a serial printed with thousands commas;
        # digits alone would then read sums ("1,250.00").
        self.lettered = bool(re.search(r"[A-Z]", _PLACEHOLDER.sub("", self.text))
                             or re.search(r"\{letters\b", self.text, re.IGNORECASE))
        self.pattern = re.compile(self._compile(self.text))
        names = [p.name for p in self.parts]
        if "serial" not in names and "time" not in names:
            raise DeclarationError(f"shape {self.text!r} has no {{serial}}: a reference's "
                                   "serial (or, for a number that has none, the {time} of the "
                                   "call) is what tells it from the next one")
        if len(names) != len(set(names)):
            raise DeclarationError(f"shape {self.text!r} names a part twice")
        if (refused := _dates_refused(self.text, set(names))) is not None:
            raise DeclarationError(refused)
        # digits and separators alone (a word in lower case is no force's letters)
        self.anchored = not self.lettered
        if self.anchored and not anchored:
            raise DeclarationError(
                f"shape {self.text!r} has no letters: digits and separators alone would read "
                "every number (write the force's letters, or name the label written before it "
                "as an anchor, such as 'Incident No:')")
        for ordinary in _NOT_REFERENCES:
            if self.pattern.fullmatch(ordinary):
                raise DeclarationError(f"shape {self.text!r} would read {ordinary!r}, which is "
                                       "no reference")

    def _compile(self, text: str) -> str:
        out, at, depth = [], 0, 0
        while at < len(text):
            char = text[at]
            if (found := _PLACEHOLDER.match(text, at)) is not None:
                part = _placeholder(found, self.text)
                self.parts.append(part)
                out.append(self._group(part, len(self.parts) - 1, self.lettered))
                at = found.end()
                continue
            if char == "[":
                depth += 1
                out.append("(?:")
            elif char == "]":
                depth -= 1
                if depth < 0:
                    raise DeclarationError(f"shape {self.text!r}: a ']' without its '['")
                out.append(")?")
            elif char in _SEPARATORS:
                if not (out and out[-1] == _SEPARATOR):  # "Sect. KL": a dot and a space, one gap
                    out.append(_SEPARATOR)
            elif char == "#":
                out.append(_NUMBER_SIGN)
            elif char == ",":
                out.append(_COMMA)
            elif char in _BRACKETS:
                out.append(_BRACKETS[char])
            elif (word := _TITLED.match(text, at)) is not None and not text[at - 1:at].isalpha():
                out.append(f"(?i:{word.group()})")  # "Div": a word the force writes, in any case
                at = word.end()
                continue
            elif _LITERAL.fullmatch(char):
                out.append(char)
                self.mark += char if depth == 0 else ""
            elif (word := _WORD.match(text, at)) is not None and not text[at - 1:at].isalpha():
                out.append(f"(?i:{word.group()})")  # "of": a word, in any case
                at = word.end()
                continue
            else:
                raise DeclarationError(f"shape {self.text!r}: {char!r} is neither a letter "
                                       "(a capital, or a word of 1-12), a digit, a "
                                       "number sign (#), a bracket, a comma, a separator (/ - . : space) "
                                       "nor a part in braces")
            at += 1
        if depth:
            raise DeclarationError(f"shape {self.text!r}: a '[' without its ']'")
        return "".join(out)

    @staticmethod
    def _group(part: _Part, index: int, lettered: bool) -> str:
        if part.name in ("serial", "part"):
            body = rf"\d{{{part.low},{part.high}}}"
            if part.name == "serial" and lettered and part.high >= 4:
                body = rf"\d{{1,3}}(?:,\d{{3}})+|{body}"  # "41,275", printed with commas
        elif part.name == "letters":
            body = rf"[A-Z]{{{part.low},{part.high}}}"
        else:
            body = _PATTERNS[part.name]
        if part.name == "MON":  # "17 MAR 2009" as well as "17MAR09"
            return f" ?(?P<p{index}>{body}) ?"
        return f"(?P<p{index}>{body})"

    def fits(self, written: str) -> bool:
        """Whether ``written`` is a whole reference of this shape."""
        match = self.pattern.fullmatch(written)
        return match is not None and self.identity(match) is not None

    def identity(self, match: re.Match[str]) -> str | None:
        """The reference's parts in one order, whatever order the shape writes them in:
        letters, then the day (or the year), then the serial; None when they are no
        reference (a year that is none, a day that does not exist)."""
        values = {p.name: match.group(f"p{i}") for i, p in enumerate(self.parts)
                  if match.group(f"p{i}") is not None}
        if "," in values.get("serial", ""):
            values["serial"] = values["serial"].replace(",", "")
            width = next(p for p in self.parts if p.name == "serial")
            if not width.low <= len(values["serial"]) <= width.high:
                return None
        written_year = values.get("YYYY") or values.get("YY") or values.get("year") \
            or _first_year(values.get("FY"))
        year = year_of(written_year) if written_year else None
        if (written_year or "FY" in values) and year is None:
            return None
        when = _when(year, values)
        if when is None:
            return None
        parts = [values["letters"]] if "letters" in values else []
        # A number without a serial is told from the next by the minute it was made.
        serial = (f"{int(values['serial']):05d}" if "serial" in values
                  else "T" + re.sub(r"\D", "", values["time"]))
        number = [str(int(values["part"]))] if "part" in values else []
        return "/".join([*parts, *([when] if when else []), serial, *number])


def _first_year(financial: str | None) -> str | None:
    """A financial year's first year as written ("2004" of "2004/05"); None when there is none,
    or when the second is not the year after it ("04-07" is no financial year)."""
    if financial is None:
        return None
    runs = re.findall(r"\d+", financial)
    first, second = runs if len(runs) == 2 else (runs[0][:-2], runs[0][-2:])
    return first if (int(first) + 1) % 100 == int(second) else None


def _when(year: int | None, values: dict[str, str]) -> str | None:
    """A reference's year, month ("2010-03") or day ("2009-03-17") as its key writes it; ""
    without a year; None when it is no day (a 31 February, a 366th day of 2011)."""
    if "Y" in values:  # the year's last digit: its decade is not written
        return "~" + values["Y"]
    month = (int(values["MM"]) if "MM" in values
             else MONTHS.index(values["MON"][:3].lower()) + 1 if "MON" in values
             else _ROMAN_VALUES[values["MR"]] if "MR" in values
             else ord(values["ML"]) - ord("A") + 1 if "ML" in values else 0)
    try:
        if "WW" in values:  # an ISO week date: 29 December 2008 is in week 01 of 2009
            return date.fromisocalendar(year or 0, int(values["WW"]), int(values["D"])).isoformat()
        if "DDD" in values:
            day = date(year or 0, 1, 1) + timedelta(days=int(values["DDD"]) - 1)
            return day.isoformat() if day.year == year else None
        if "DD" in values and year is None:  # a number that holds no year: its day alone
            return "--" + date(2000, month, int(values["DD"])).isoformat()[4:]
        if "DD" in values:
            return date(year, month, int(values["DD"])).isoformat()
    except ValueError:
        return None
    if month:
        return f"{year:04d}-{month:02d}"
    return str(year) if year else ""


def shape_of(example: str) -> str:
    """The shape an example reference is written in: its letters as they are, a six- or
    eight-digit run that is a date as the day (DDMMYY, DDMMYYYY or YYYYMMDD), a two- or
    four-digit run that is a year beside a longer run as the year, the longest run as the
    serial. DeclarationError when it has no serial to find."""
    runs = re.findall(r"[A-Z]+|\d+|[^A-Z\d]+", " ".join(example.upper().split()))
    digits = [r for r in runs if r.isdigit()]
    if len(digits) > 1:  # the serial is the longest run that is not a day
        digits = [d for d in digits if _day_shape(d) is None]
    serial = max(digits, key=len, default="")
    if len(serial) < 3 or [len(d) for d in digits].count(len(serial)) > 1:
        raise DeclarationError(f"example {example!r}: cannot tell its serial (the one longest "
                               "run of three digits or more); write its shape instead")
    out, serial_done, year_done = [], False, False
    for run in runs:
        if run == serial and not serial_done:
            out.append(f"{{serial:{len(run)}}}")
            serial_done = True
        elif run.isdigit() and (day := _day_shape(run)) and not year_done:
            out.append(day)
            year_done = True
        elif run.isdigit() and len(run) in (2, 4) and year_of(run) and not year_done:
            out.append("{YYYY}" if len(run) == 4 else "{YY}")
            year_done = True
        elif run.isdigit() or run.isalpha():
            out.append(run)
        else:
            out.append(run.strip() or " ")
    return "".join(out)


_DAY_SHAPES = (("{DD}{MM}{YY}", slice(0, 2), slice(2, 4), slice(4, 6)),
               ("{DD}{MM}{YYYY}", slice(0, 2), slice(2, 4), slice(4, 8)),
               ("{YYYY}{MM}{DD}", slice(6, 8), slice(4, 6), slice(0, 4)))


def _day_shape(run: str) -> str | None:
    """A run of six or eight digits that is a date, as its shape."""
    for shape, day, month, year in _DAY_SHAPES:
        found = year_of(run[year]) if len(run) == (8 if "YYYY" in shape else 6) else None
        if found is None:
            continue
        try:
            date(found, int(run[month]), int(run[day]))
        except ValueError:
            continue
        return shape
    return None


@dataclass(frozen=True)
class DeclaredFormat:
    """One force's or council's reference format, as a user declares it (module docstring)."""

    owner: str
    scheme: Scheme
    shapes: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    name: str = ""
    anchors: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.name or f"{self.owner} {self.scheme}"

    @cached_property
    def compiled(self) -> tuple[Shape, ...]:
        written = [*self.shapes, *(shape_of(e) for e in self.examples if not self.shapes)]
        return tuple(Shape(s, bool(self.anchors)) for s in dict.fromkeys(written))

    @cached_property
    def _anchor_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(r"(?<![A-Za-z0-9])(?i:" + r"\s+".join(
            re.escape(w) for w in anchor.rstrip(":#.|~- ").split()) + ")" + _ANCHOR_GAP)
            for anchor in self.anchors)

    def _after_anchor(self, text: str, start: int) -> bool:
        before = text[max(0, start - MAX_TEXT - 8):start]
        return any(p.search(before) for p in self._anchor_patterns)

    @cached_property
    def mark(self) -> str:
        """The letters and digits every shape of the format writes as they are ("E12" of
        "E12/{year}-{serial:4}"): two series of one owner and scheme told apart by them (two
        kinds of a council's enquiry) keep two keys; "" when the shapes differ."""
        marks = {shape.mark for shape in self.compiled}
        return marks.pop() if len(marks) == 1 else ""

    def key(self, identity: str) -> str:
        series = [self.mark] if self.mark else []
        return "/".join([DECLARED_HEAD, self.owner, self.scheme, *series, identity])

    def read(self, text: str, known: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
        """Every reference of this format in ``text``: (start, end, key), in text order; a
        shape of digits alone reads one only after an anchor, or one of ``known`` (the keys
        its document has written after an anchor)."""
        found = []
        for shape in self.compiled:
            # not inside a longer number, nor after its thousands comma ("3,31,842")
            pattern = (rf"(?<![A-Za-z0-9])(?<!\d,)(?:{shape.pattern.pattern})"
                       r"(?![A-Za-z0-9]|[/\-.][A-Za-z0-9])")
            for match in re.finditer(pattern, text):
                if (identity := shape.identity(match)) is None:
                    continue
                key = self.key(identity)
                if shape.anchored and key not in known and not self._after_anchor(
                        text, match.start()):
                    continue
                found.append((match.start(), match.end(), key))
        return sorted(found)

    def as_record(self) -> dict:
        return {"name": self.label, "owner": self.owner, "scheme": self.scheme,
                "shapes": [s.text for s in self.compiled], "examples": list(self.examples),
                "anchors": list(self.anchors)}


def _anchors(anchors: list[str]) -> tuple[str, ...]:
    """The labels a declaration names, checked: a label has letters (a number alone, or a
    sign, would anchor anything)."""
    if len(anchors) > MAX_ANCHORS:
        raise DeclarationError(f"at most {MAX_ANCHORS} anchors")
    found = []
    for anchor in anchors:
        label = " ".join(str(anchor).split())
        if not 2 <= len(label) <= 40 or len(re.findall(r"[A-Za-z]", label)) < 2:
            raise DeclarationError(f"anchor {label!r}: a label of 2-40 characters, with two "
                                   "letters or more, written just before the number (such as "
                                   "'Incident No:')")
        found.append(label)
    return tuple(found)


def declared_format(owner: str, scheme: str, shapes: list[str], examples: list[str],
                    name: str = "", anchors: list[str] | None = None) -> DeclaredFormat:
    """A declaration checked (DeclarationError with the reason otherwise): an owner without
    "/", a known scheme, shapes or examples, each example fitting one of the shapes; a shape
    of digits alone only with ``anchors``."""
    owner = " ".join(owner.split())
    if not owner or len(owner) > MAX_TEXT or "/" in owner:
        raise DeclarationError(f"the force or council is 1-{MAX_TEXT} characters without '/': "
                               f"{owner!r}")
    if scheme not in DECLARED_SCHEMES:
        raise DeclarationError(f"scheme {scheme!r}: one of {', '.join(DECLARED_SCHEMES)}")
    if not shapes and not examples:
        raise DeclarationError("a format needs a shape or an example reference")
    if len(shapes) > MAX_SHAPES or len(examples) > MAX_EXAMPLES:
        raise DeclarationError(f"at most {MAX_SHAPES} shapes and {MAX_EXAMPLES} examples")
    declared = DeclaredFormat(owner, scheme, tuple(" ".join(s.split()) for s in shapes),  # type: ignore[arg-type]
                              tuple(" ".join(e.split()) for e in examples),
                              " ".join(name.split()), _anchors(list(anchors or [])))
    declared.compiled  # noqa: B018 (the shapes compiled now: a bad one is refused here)
    for example in declared.examples:
        if not any(shape.fits(example) for shape in declared.compiled):
            raise DeclarationError(f"example {example!r} fits none of the shapes "
                                   f"({'; '.join(s.text for s in declared.compiled)})")
    return declared


def from_record(record: dict) -> DeclaredFormat:
    """A declaration as kept with its collection."""
    return declared_format(record["owner"], record["scheme"], list(record.get("shapes") or []),
                           list(record.get("examples") or []), record.get("name") or "",
                           list(record.get("anchors") or []))
