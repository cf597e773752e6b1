"""Anonymised subjects: the codes files give children, victims and witnesses instead of names
("Child A", "YP3", "Victim 1", "Witness B", "Young Person 2", "Girl A", "Juvenile XIV").
Investigators follow them as they follow people, but they are never people: a code names
someone only within its case file.

Keyed to one spelling, label capitalised and code joined ("YP 3" and "yp3" read "YP3", "CHILD A"
reads "Child A"), so a file's variants of one code are one entity.
"""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind

# Labels written in full take a letter or a number; the short forms are glued to a number.
_LABELS = {"child": "Child", "victim": "Victim", "witness": "Witness", "complainant": "Complainant",
           "young person": "Young Person", "person": "Person", "subject": "Subject",
           "informant": "Informant", "suspect": "Suspect", "yp": "YP", "cyp": "CYP",
           "girl": "Girl", "boy": "Boy", "injured party": "Injured Party",
           "juvenile": "Juvenile", "youth": "Youth"}
_LONG = (r"(?:Child|CHILD|Victim|VICTIM|Witness|WITNESS|Complainant|COMPLAINANT|Young Person"
         r"|YOUNG PERSON|Person|Subject|Informant|Suspect|Girl|GIRL|Boy|BOY|Injured Party"
         r"|INJURED PARTY|Juvenile|JUVENILE|Youth|YOUTH)")
# A register may number its codes in Roman numerals ("Juvenile XIV", "Child IX"), up to 39.
_ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|VI{0,3}|I{2,3})"
# A letter spelt in the phonetic alphabet police radio uses ("Young Person Bravo" is "Young
# Person B" said aloud).
PHONETIC = ("Alpha", "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
            "India", "Juliet", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa",
            "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Whisky",
            "X-ray", "Xray", "Yankee", "Zulu")
_PHONETIC = "|".join((*PHONETIC, *(p.upper() for p in PHONETIC)))
_FIND = re.compile(
    rf"(?<![\w-])(?:{_LONG}[ \t]+(?:{_PHONETIC}|{_ROMAN}|[A-Z]|\d{{1,3}})|C?YP[ \t]?\d{{1,3}})"
    r"(?![\w'’-]|\.\w)")
_KEY = re.compile(r"^\s*([A-Za-z]+(?: [A-Za-z]+)?)\s*([A-Za-z]|\d{1,3})\s*$")
_ROMAN_KEY = re.compile(rf"^\s*([A-Za-z]+(?: [A-Za-z]+)?)\s+({_ROMAN})\s*$", re.IGNORECASE)
_PHONETIC_KEY = re.compile(rf"^\s*([A-Za-z]+(?: [A-Za-z]+)?)\s+({_PHONETIC})\s*$", re.IGNORECASE)


def anonymised_key(text: str) -> str | None:
    """"Child A", "YP3": the label as filed and the code; None when ``text`` is not one."""
    written = " ".join(text.split())
    spelt = _PHONETIC_KEY.match(written)
    if spelt is not None:  # "Young Person Bravo" is the letter B
        label = _LABELS.get(spelt.group(1).casefold())
        return f"{label} {spelt.group(2)[0].upper()}" if label not in (None, "YP", "CYP") else None
    match = _ROMAN_KEY.match(written) or _KEY.match(written)
    if match is None:
        return None
    label = _LABELS.get(match.group(1).casefold())
    if label is None:
        return None
    code = match.group(2).upper()
    if label in ("YP", "CYP"):
        return f"{label}{code}" if code.isdigit() else None
    return f"{label} {code}"


KINDS = (EntityKind("anonymised", "Anonymised subject", "Anonymised subjects", order=15,
                    precedence=65, pattern=_FIND, key=anonymised_key),)
