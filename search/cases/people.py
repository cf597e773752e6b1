"""Names as police and council records write them, read by the case register beside the person
mentions of the names stage: "RAMSDEN Saleem" and "RAMSDEN, Saleem" (surname first, in
capitals), "Saleem RAMSDEN", "Saleem Tariq RAMSDEN" (a middle name), "SALEEM RAMSDEN", and
"Saleem Ramsden (14/05/1976)" (a date of birth after it), and "Saleem "Tash" Ramsden" (a
nickname in quotes, which is no part of the name). A language model trained on prose misses
many of them, or takes the word before into the name ("Suspect Ramsden"); the layout itself
says which word is the surname."""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.names import HEADING_WORDS, NOT_NAMES, TITLES

_CAPS = r"[A-Z](?:[A-Z'\-]*[A-Z])"
_CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A nickname in quotes between the forename and the surname: 'Saleem "Tash" Ramsden'.
_NICKNAME = re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}) [\"“'‘](?P<nickname>[A-Z][\w\-]*"
                       rf"(?: [A-Z][\w\-]*)?)[\"”'’] (?P<surname>{_CAPITALISED}|{_CAPS})(?![\w'\-])")
# Each style: the pattern, with the surname and forename groups it names.
_STYLES = (
    _NICKNAME,
    # "BAKIR Sherzad Goran - detained": every forename, up to a word that is no name's.
    re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPS}),? (?P<forename>{_CAPITALISED}(?: {_CAPITALISED})"
               r"{1,2})(?![\w'\-])(?!\s+[A-Z])"),
    re.compile(rf"(?<![\w'\-])(?P<surname>{_CAPS}),? (?P<forename>{_CAPITALISED})(?![\w'\-])"),
    re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) "
               rf"(?P<surname>{_CAPS})(?![\w'\-])"),
    re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPS}) (?P<surname>{_CAPS})(?![\w'\-])"),
    # "Jason Holt (04/11/1972)", "Jason Holt (DOB 04/11/1972)": a date of birth after it says
    # a capitalised pair is a name.
    re.compile(rf"(?<![\w'\-])(?P<forename>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) "
               rf"(?P<surname>{_CAPITALISED})(?= ?\((?:(?i:DOB|D\.O\.B\.?|born):? )?"
               r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\))"),
)
# Capitalised words of records that are no one's name: bodies, forms, offences, acronyms.
_NOT_NAME_WORDS = frozenset({
    "constabulary", "county", "borough", "city", "metropolitan", "services", "service",
    "children", "childrens", "social", "care", "team", "unit", "crown", "court", "courts",
    "magistrates", "prosecution", "cps", "cid", "oic", "vrm", "mash", "cse", "dob", "urn", "cad",
    "nhs", "pnc", "yot", "csc", "nfa", "mg", "mo", "crn", "ob", "ref", "no", "rape", "assault",
    "result", "outcome", "status", "update", "charged", "arrested", "interviewed",
    "suspect", "suspects", "offender", "nominal", "accused", "aggrieved", "occupation",
    "address", "home", "tel", "mobile", "phone", "vehicle", "registration", "sheet",
    "continuation", "strategy", "discussion", "attendees", "actions", "action", "present",
    "concern", "referral", "referrals", "contact", "dear", "yours", "sincerely", "faithfully",
    "enc", "cc", "re", "op", "operation", "yes", "and", "or", "not",
})


@dataclass(frozen=True)
class WrittenName:
    start: int
    end: int
    key: str  # "forename surname", as the names stage keys a person
    display: str  # "Forename Surname"


def _word_ok(word: str) -> bool:
    lower = word.lower().strip("'-")
    return len(lower) >= 3 and lower not in _NOT_NAME_WORDS and lower not in TITLES \
        and lower not in NOT_NAMES and lower not in HEADING_WORDS


def record_names(text: str) -> list[WrittenName]:
    """The names a sentence writes in a record style (see the module docstring), each once,
    the first style that reads a span winning."""
    found: list[WrittenName] = []
    text = re.sub(r"\s", " ", text)  # a name broken over two lines; same offsets
    for style in _STYLES:
        for match in style.finditer(text):
            given, surname = match.group("forename").split(" "), match.group("surname")
            start = match.start()
            while len(given) > 1 and not _word_ok(given[0]):
                start += len(given.pop(0)) + 1  # "Yesterday Saleem RAMSDEN": not a forename
            if not (all(_word_ok(word) for word in given) and _word_ok(surname)):
                continue
            if any(start < n.end and n.start < match.end() for n in found):
                continue
            display = " ".join(word.title() for word in [*given, surname])
            found.append(WrittenName(start, match.end(), display.lower(), display))
    return sorted(found, key=lambda n: n.start)


def nicknames(texts: list[str]) -> dict[str, str]:
    """What a nickname in quotes makes of a person's key: "saleem tash ramsden" (the names stage
    took the nickname into the name) is "saleem ramsden", for every name the texts write with
    one."""
    found = {}
    for text in texts:
        for match in _NICKNAME.finditer(text):
            forename, surname = match.group("forename"), match.group("surname").title()
            nickname = " ".join(match.group("nickname").split())
            found[f"{forename} {nickname} {surname}".lower()] = f"{forename} {surname}".lower()
    return found
