"""Anonymised subjects: the codes files give children, victims and witnesses instead of names
("Child A", "YP3", "Victim 1", "Witness B", "Young Person 2", "Girl A"). Investigators follow them as they
follow people, but they are never people: a code names someone only within its case file.

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
           "girl": "Girl", "boy": "Boy"}
_LONG = (r"(?:Child|CHILD|Victim|VICTIM|Witness|WITNESS|Complainant|COMPLAINANT|Young Person"
         r"|YOUNG PERSON|Person|Subject|Informant|Suspect|Girl|GIRL|Boy|BOY)")
_FIND = re.compile(
    rf"(?<![\w-])(?:{_LONG}[ \t]+(?:[A-Z]|\d{{1,3}})|C?YP[ \t]?\d{{1,3}})(?![\w'’-]|\.\w)")
_KEY = re.compile(r"^\s*([A-Za-z]+(?: [A-Za-z]+)?)\s*([A-Za-z]|\d{1,3})\s*$")


def anonymised_key(text: str) -> str | None:
    """"Child A", "YP3": the label as filed and the code; None when ``text`` is not one."""
    match = _KEY.match(" ".join(text.split()))
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
