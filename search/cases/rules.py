"""The sentence rules of the case register: where sentences end, the dates a sentence states,
the outcome it records (search.cases.outcomes), and the role the words around a person's name
give them (search.cases.roles). Pure functions of text; the register (search.cases.register) applies them.

Each rule is a regular expression a person can read and check against the cited sentence; the
confidences say how often such words mean what the rule takes them to mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from search.cases.dates import DATE, MONTH, as_date

# The outcome and role rules are modules of their own, read with the rest of the sentence rules.
from search.cases.outcomes import OutcomeRule as OutcomeRule
from search.cases.outcomes import outcome_of as outcome_of
from search.cases.outcomes import reason_of as reason_of
from search.cases.roles import CODE_ROLES as CODE_ROLES
from search.cases.roles import RoleRule as RoleRule
from search.cases.roles import role_of_code as role_of_code
from search.cases.roles import role_of_field as role_of_field
from search.cases.roles import role_of_name as role_of_name
from search.entity_kinds.reference import MONTHS

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:No|no|Ref|ref|Mr|Mrs|Ms|Dr|PC|DC|DS|DI|DCI|Sgt|Insp|Det|Supt|St|Cllr|approx|Tel"
    r"|tel|Reg|reg|Co|Ltd|vs|e\.g|i\.e|w\.e\.f|W\.E\.F|Susp|susp|Nom|Wit|Con|Ref|DOB|D\.O\.B|"
    r"[A-Z]|a\.k\.a|A\.K\.A)\.)$")
# A form's numbered question and its answer on one line are one sentence: "Q5 Suspect? Jason
# Holt - arrested 3 May 2001".
# (A checklist may write its next question on the same line: "... No. Q6 why? Too late.")
_QUESTION_LINE = re.compile(r"(?:(?:^|\n|\t|\|)[ \t]*(?:(?:Q\d{1,2}|\d{1,2}[.)])[ \t][^\n\t|?]{0,60}|"
                            # a line that asks, after its label: "Op X: Who was arrested? NAME"
                            r"(?:[A-Z][\w ]{0,30}:[ \t]*)?"
                            r"(?i:who|whom|which|what|when|where|how|was|were|did|has|had)"
                            r"\b[^\n\t|?.]{0,60})"
                            r"|[.!?] Q\d{1,2}[a-z]?[ \t][^\n\t|?]{0,60})$")
# A table's row is a line of cells apart by tabs (ingest.extract.elements): each row is one.
# A list item's number has one to three digits: a line that starts "1969. " goes on the line
# before ("... - YOB\n1969."), as a year does.
_DATE_COMPLETES = ("on", "of", "at", "to", "by", "since", "until", "from", "dated", "and", "the",
                   "before", "after")
# A log's line that starts with its date is an entry of its own ("...received\n04/17/2003
# suspect ARRESTED ..."), unless the line before ends on a word the date completes ("on").
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]?\s+|\n\s*\n|\n(?=\s*(?:[-*•]|\d{1,3}[.)]\s|[A-Z][A-Za-z ]{0,30}:))"
                       r"|\n(?=[^\n\t]*\t)"
                       r"|" + "".join(f"(?<! {word})" for word in _DATE_COMPLETES)
                       + r"\n(?=[ \t]*\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}[ \t]+[A-Za-z])")


# A question-and-answer form's lines: "Q7. Anyone detained or arrested?" then "A. Yes: Jason Holt".
# (the question may follow a sentence on its line: "Operation X. Q. Outcome of enquiry?")
_QUESTION_ASKED = re.compile(r"(?:^|\n|[.!?] )[ \t]*(?:Q[.:]|Q\d{1,2}[.:]?|Question:)[ \t][^\n?]{1,80}$")
_ANSWER_NEXT = re.compile(r"(?:A[.:]|Answer:)[ \t]")
# (not May, a month's whole name; Sept, as September is cut too)
_MONTH_ABBREVIATED = re.compile(
    r"\b(?:" + "|".join([*(m.capitalize() for m in MONTHS if m != "may"), "Sept"]) + r")$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """A page's sentences, with their offsets. Blank lines, list items and "Heading:" lines
    end one too; "No." or "PC." inside one does not."""
    found, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group()[0] in ".!?" and _ABBREVIATIONS.search(
                text[max(0, boundary.start() - 6) : boundary.start() + 1]):
            continue
        if boundary.group().startswith(". ") and _MONTH_ABBREVIATED.search(
                text[max(0, boundary.start() - 5):boundary.start()]) \
                and re.match(r"['\u2019]?\d", text[boundary.end():boundary.end() + 2]):
            continue  # "21st Nov. '99", "Nov. 2004": a month cut short, then its year
        if boundary.group().startswith(". ") and text[max(0, boundary.start() - 4):boundary.start()] \
                in (" May", "\nMay") and re.match(r"\d{1,2}, \d{4}", text[boundary.end():boundary.end() + 9]):
            continue  # "May. 3, 2011": a register writes every month with a full stop
        if boundary.group() in (". ", ".") and boundary.start() > 0 \
                and text[boundary.start() - 1].isdigit() and (
                    text[boundary.end():][:1].isdigit() or text[boundary.end():][:1].islower()):
            continue  # "closed 2004. 06. 09. with": a date written with full stops
        if boundary.group().startswith("?") and _ANSWER_NEXT.match(text, boundary.end()) \
                and _QUESTION_ASKED.search(text[max(0, boundary.start() - 90):boundary.start()]):
            continue  # a form's question and, on the next line, its answer: one sentence
        if boundary.group().startswith("?") and "\n" not in boundary.group() \
                and _QUESTION_LINE.search(text[max(0, boundary.start() - 70):boundary.start()]):
            continue
        found.append((start, boundary.end()))
        start = boundary.end()
    found.append((start, len(text)))
    return [Sentence(s, e, text[s:e].strip()) for s, e in found if text[s:e].strip()]


# --- dates -----------------------------------------------------------------------------------

# Whether the document being read writes its numeric dates month first (``month_first``).
_MONTH_FIRST: ContextVar[bool] = ContextVar("month_first", default=False)


@contextmanager
def month_first(on: bool) -> Iterator[None]:
    """Numeric dates read month first ("03/05/2003" is 5 March) while the block runs: the
    document being read writes them so (``writes_month_first``)."""
    token = _MONTH_FIRST.set(on)
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


def writes_month_first(texts: Iterable[str]) -> bool:
    """Whether texts write numeric dates month first, as an American records system does: some
    date only that order reads ("04/16/2003") and none only the day-first order reads."""
    month_first_seen = day_first_seen = False
    for text in texts:
        for found in DATE.finditer(text):
            if found.group("y3"):
                first, second = int(found.group("d3")), int(found.group("m3"))
                month_first_seen |= first <= 12 < second <= 31
                day_first_seen |= second <= 12 < first <= 31
    return month_first_seen and not day_first_seen


def dates_in(text: str) -> tuple[tuple[date, int], ...]:
    """The dates a sentence states, with their offsets in it (UK order: 12/03/2005 is March,
    unless the document writes the month first; a log's "08 Aug 99" and "08-Aug-1999" are
    1999)."""
    return _dates_in(text, _MONTH_FIRST.get())


# The register asks for a sentence's dates several times (the document's day, the sentence's
# order, its outcome's day): one reading of each text is kept, so the answer is a tuple.
@lru_cache(maxsize=1 << 16)
def _dates_in(text: str, month_first: bool) -> tuple[tuple[date, int], ...]:
    text = re.sub(r"\s", " ", text)  # "3rd June\n2001": a line break inside a date
    return tuple((d, m.start()) for m in DATE.finditer(text)
                 if (d := as_date(m, month_first)) is not None)


_REPORTED = re.compile(r"\b(?:reported|report(?:ed)? (?:was )?(?:made|received)|first report|disclosed|"
                       r"complain(?:ed|t (?:was )?made)|(?:date of )?first complaint|"
                       r"(?:came|brought) to (?:\w+ )?(?:notice|attention)|"
                       # not a code's label ("Referred Child T"), nor how a letter names
                       # someone ("referred to in our papers as Child B")
                       r"referred(?! (?-i:[A-Z][a-z]+ [A-Z0-9]))(?! to (?:in|as)\b)|first contact|"
                       r"date (?:of )?report|report(?:ed)? date|allegation (?:was )?made|"
                       # "Police were first told on 3 May 2001", "we first became aware"
                       r"first (?:told|informed|notified|made aware|learned|learnt|heard)|first became "
                       r"aware|"
                       # a record system's first line: "Occurrence created 2011-04-02", "Call taken"
                       r"(?:occurrence|incident|crime|log|record) (?:created|opened|raised|recorded)|"
                       r"call (?:taken|received|logged)|"
                       # "The report first reached police on 3 May 2001"
                       r"(?:allegation|report|complaint|referral|disclosure|matter)s? (?:first )?reached "
                       r"(?:us|police|the police|officers)|"
                       # a status print's first line: "RECEIVED 30-May-06."
                       # (a line of its own, or in capitals after a heading's line)
                       rf"(?:(?:^|(?<=\n))\W*received|(?-i:\bRECEIVED))(?=\s+(?:\d|{MONTH} \d)))\b",
                       re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:closed|closure|filed|finalised|finalized|finalisation|finalization|NFA'?d|NFA|"
                     r"no further action|undetected|"
                     r"date closed|concluded|written off|cautioned|charged|shut down)\b", re.IGNORECASE)


# A date of birth is no date of what happened: "Jason Holt (DOB 01/12/1974) reported ...".
_BIRTH_CUE = re.compile(r"(?:\bDOB|D\.O\.B\.?|\bborn|\bbirth)\W{0,3}$", re.IGNORECASE)


# A date written after a person's name and a comma is the date of birth a force writes with the
# name ("Odran Vey KELLISH, 14/03/1971"): two capitalised words or more, no day or month name
# (first or last: "FINALISED Friday, January 9, 2004" is a day's weekday, no one's name).
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_NAME_BEFORE = re.compile(rf"(?<![\w'\-])(?!{_WEEKDAY_NAME})"
                          rf"[A-Z][A-Za-z'\-]+(?: (?!{_WEEKDAY_NAME})(?:[A-Z][A-Za-z'\-]+))+,\s*$")


def event_dates(text: str) -> list[tuple[date, int]]:
    """The dates a sentence states of what happened: its dates but the dates of birth."""
    return [(d, at) for d, at in dates_in(text) if not _BIRTH_CUE.search(text[max(0, at - 16):at])
            and not _NAME_BEFORE.search(text[max(0, at - 60):at])]


def stated_date(text: str, cue: re.Pattern[str]) -> date | None:
    """The date a sentence gives for what ``cue`` names: the date nearest after the cue word,
    else the nearest before it."""
    found = cue.search(text)
    if found is None:
        return None
    dated = event_dates(text)
    after = [d for d, at in dated if at >= found.start()]
    before = [d for d, at in dated if at < found.start()]
    return after[0] if after else (before[-1] if before else None)


def reported_date(text: str) -> date | None:
    return stated_date(text, _REPORTED)


def closed_date(text: str) -> date | None:
    return stated_date(text, _CLOSED)


# --- outcomes ---------------------------------------------------------------------------------

# A weekday written before a date: "Tue, 22 May 2012", "Friday 3 May".
_WEEKDAY_BEFORE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_CLOSED_STATED = re.compile(r"\b(?:date closed|closed on|finalised on|finalized on|filed on|"
                            # "File closed by the DI on ...", "When was it closed? ...",
                            # "Date cleared up or written off: ..."
                            r"closed by [^.;:]{1,30}? on|when was (?:it|the \w+) (?:closed|"
                            r"finali[sz]ed|filed|written off)\?|date cleared up|"
                            r"NFA'?d on|closure date|date of closure|finali[sz]ation date|date of "
                            r"finali[sz]ation|"
                            # a status print's line: "CLOSED 31-May-06."
                            rf"(?:(?:^|(?<=\n))\W*(?:closed|finali[sz]ed)|(?-i:\bCLOSED))\s+(?=\d|"
                            rf"{MONTH} \d)|"
                            r"date (?:finalised|finalized|"
                            r"filed)|(?:closed|finalised|finalized|filed)\s*(?::|w\.e\.f\b|with "
                            r"effect from)|"
                            # a record's line: "Occurrence finalised 2011-09-30"
                            r"(?:occurrence|incident|crime|case|record|investigation|enquiry) "
                            # (its day may start with the month: "Case closed Mar 28 2002")
                            # (or with its weekday first: "Case closed Friday 3 May 2004")
                            rf"(?:was )?(?:closed|finalised|finalized|filed) "
                            rf"(?={_WEEKDAY_BEFORE}?(?:\d|{MONTH} \d))|"
                            # the case's ending in any words with its day after the verb: "the
                            # enquiry was discontinued on 3 May 2004", "investigation ceased
                            # 03/05/2004" (a case's noun first: an interview's end is no closure)
                            r"(?:investigation|enquiry|inquiry|case|crime|matter|file|record|"
                            r"occurrence)\b[^.;:]{0,25}?\b(?:ended|concluded|discontinued|ceased|"
                            r"closed|finali[sz]ed|filed|written off|brought to an end|put away|"
                            r"shelved|wound up|terminated|locked)\b(?:\s+(?:undetected|off|down|"
                            r"unsolved))?\s+(?:on\s+|w\.e\.f\.?\s+|with effect from\s+|as (?:at|of)\s+)?"
                            rf"(?=\d|{MONTH} \d)|"
                            # a record locked, the day before it; a label for the day
                            r"\b(?:record|file) locked\b|date of (?:NFA|filing|closure|finali[sz]"
                            r"ation)|\bclosure\s*:|\b(?:filed|written off|NFA'?d)(?: undetected)? on\b)",
                            re.IGNORECASE)


def stated_closure(text: str) -> date | None:
    """The date a sentence says a case was closed on ("Date closed: 10/03/2005")."""
    if not _CLOSED_STATED.search(text):
        return None
    # the date by a closing word, else by the words that said it ("the enquiry ceased on ...")
    return closed_date(text) or stated_date(text, _CLOSED_STATED)
