"""The days the case register reads, in one grammar: ``DATE`` finds them in a sentence
(search.cases.rules reads them as dates), and ``date_grammar`` gives the same grammar to be
read inside another pattern (search.cases.roles: "ARREST 12MAR2003: X"), so a role's day is
written every way a date is."""

from __future__ import annotations

import re
from datetime import date

from search.entity_kinds.reference import MONTHS

_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(MONTHS)}
# A month's name, whole or cut ("Sept."), in the patterns below (all read in any case).
MONTH = r"(?:" + "|".join(MONTHS) + r")[a-z]*\.?"
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# In capitals or in small letters ("28.IV.2001", "28.iv.2001"), never mixed.
_ROMAN = "(?-i:" + "|".join(sorted([*_ROMAN_MONTHS, *(m.lower() for m in _ROMAN_MONTHS)],
                                   key=len, reverse=True)) + ")"
# The days a register reads, in every way records write them (``DATE``; the roles' days,
# search.cases.roles, are these too, through ``date_grammar``).
_DATE_GRAMMAR = (
    # "12 April 2007", "12-Apr-07", "12/Apr/2007", "12.Apr.2007", a log's glued "12APR2007",
    # and a sworn paper's "the 12th day of April 2007".
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:(?: day)?(?: of)? |-|(?P<slash>[/.])|(?=[A-Za-z]))"
    rf"(?P<m1>{MONTH})"
    # An apostrophe for the century: "21st Nov. '99".
    rf"(?(slash)(?P=slash)|(?:,? ['\u2019]?|-|(?<=[A-Za-z])(?=\d)))"
    rf"(?P<y1>\d{{4}}|\d{{2}})"
    # "April 12, 2007", and with dashes or slashes: "Apr-12-2007", "Apr/12/2007"
    rf"|(?P<m2>{MONTH})(?:(?P<dashed>[-/])| )(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?(dashed)(?P=dashed)|,? )"
    # (two figures for the year after an apostrophe or the day's own dash or slash: "Dec 17
    # '04", "Dec-17-04", "Dec/17/04")
    rf"(?(dashed)|['\u2019]?)(?P<y2>\d{{4}}|(?(dashed)|(?<=['\u2019]))\d{{2}}(?!\d))"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4}|\d{2})(?![\d/])"
    # The day first, each part closed by a full stop and a space (Czech, German): "17. 12. 2004"
    r"|(?<![\d.])(?P<dc>\d{1,2})\. (?P<mc>\d{1,2})\. (?P<yc>(?:19|20)\d{2})(?!\d)"
    # (a records system's time may follow: "2004-12-17T09:30")
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    # The month in Roman numerals, as old registries wrote it: "28.IV.2001".
    # (or apart by dashes, slashes or spaces, the year in two figures too: "17-XII-2004",
    # "17 XII 2004", "17/xii/04")
    rf"|(?P<d5>\d{{1,2}})(?P<sep5>[./\- ])(?P<m5>{_ROMAN})(?P=sep5)(?P<y5>\d{{4}}|\d{{2}}(?!\d))"
    # The year first, each part closed by a full stop (Hungarian, Czech): "2004. 06. 09.".
    r"|(?P<y6>(?:19|20)\d{2})\. ?(?P<m6>\d{1,2})\. ?(?P<d6>\d{1,2})\.(?!\d)"
    # The year first, then the month's name and the day: "2003 Feb 21", "2003 February 21",
    # and apart by dashes or slashes: "2003-Feb-21", "2003/Feb/21".
    rf"|(?P<y7>(?:19|20)\d{{2}})(?P<sep7>[ \-/])(?P<m7>{MONTH})(?P=sep7)(?P<d7>\d{{1,2}})(?!\d)"
    # Dashes between the day, the month and a four-digit year: "07-08-2005" (with two digits
    # for the year it is as often a number's parts).
    r"|(?<![\d-])(?P<d8>\d{1,2})-(?P<m8>\d{1,2})-(?P<y8>(?:19|20)\d{2})(?![\d-])"
    # The year first, then the month and the day, apart by slashes: "2004/12/17" (not inside
    # a reference's slashes, "Q/2004/12/17").
    # (or by full stops: "2004.12.17")
    r"|(?<![\d/.])(?P<y9>(?:19|20)\d{2})(?P<sep9>[/.])(?P<m9>\d{1,2})(?P=sep9)(?P<d9>\d{1,2})(?![\d/]|\.\d)"
    # Eight digits, the day first, as a records system writes it: "17122004" (a day and a
    # month that can be, a year of this century or the last; not inside a reference).
    r"|(?<![\w/.\-])(?P<d0>0[1-9]|[12]\d|3[01])(?P<m0>0[1-9]|1[0-2])(?P<y0>(?:19|20)\d{2})(?![\w/\-]|\.\d)"
    # Eight digits, the year first (ISO 8601's basic form): "20041217" (no eight digits read
    # both ways: a day-first reading's month would be 19 or 20)
    r"|(?<![\w/.\-])(?P<yb>(?:19|20)\d{2})(?P<mb>0[1-9]|1[0-2])(?P<db>0[1-9]|[12]\d|3[01])(?![\w/\-]|\.\d)"
    # Dashes between a two-digit day, month and year standing alone: "17-12-04" (not inside a
    # reference's parts, "AB-17-12-04/3", nor a bank's sort code).
    r"|(?<![\w/.\-])(?<!sort code )(?P<da>0[1-9]|[12]\d|3[01])-(?P<ma>0[1-9]|1[0-2])-(?P<ya>\d{2})"
    r"(?![\w/\-]|\.\d))"
    r"(?:\b|(?<=\.)|(?<=\d)(?=T\d))")
DATE = re.compile(_DATE_GRAMMAR, re.IGNORECASE)
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)|\(\?\((\w+)\)")


def date_grammar(tag: str) -> str:
    """``DATE``'s grammar, to be read inside another pattern (with re.IGNORECASE): its group
    names end in ``tag``, so that one pattern may hold the grammar in several places."""
    def renamed(found: re.Match[str]) -> str:
        named, back, conditional = found.groups()
        if named:
            return f"(?P<{named}_{tag}>"
        return f"(?P={back}_{tag})" if back else f"(?({conditional}_{tag})"
    return _GROUP_NAME.sub(renamed, _DATE_GRAMMAR)


def as_date(match: re.Match[str], month_first: bool = False) -> date | None:
    """The day a ``DATE`` match says, or None (no such day)."""
    for n in "1234567890abc":
        if match.group(f"y{n}"):
            year, month, day = match.group(f"y{n}"), match.group(f"m{n}"), match.group(f"d{n}")
            break
    if n == "3" and (month_first or (int(month) > 12 >= int(day))):
        day, month = month, day  # "04/16/2003": a document that writes the month first
    roman = month.upper()
    month_number = int(month) if month.isdigit() else (_ROMAN_MONTHS.index(roman) + 1 if roman
                                                       in _ROMAN_MONTHS else
                                                       _MONTH_NUMBERS.get(month[:3].lower(), 0))
    full = int(year) + (0 if len(year) == 4 else 1900 if int(year) >= 50 else 2000)
    try:
        return date(full, month_number, int(day))
    except ValueError:
        return None
