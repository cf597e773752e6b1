"""A cheap test in front of a costly regular expression: the characters its match can begin with.

Python's engine tries a pattern at every place of a text. A pattern that opens with look-behinds
or with a long alternation does real work at each place before its first character fails it: the
reference kind's 25 formats, each asked in turn at every word of every page, were half of the
entity stage's cost beyond spaCy's own. ``first_char_guard`` reads the pattern's parse and
returns a look-ahead of the characters a match can begin with, which the engine tests in one
step; put before each alternative of a union, it finds the same matches at half the cost. (Before
a whole pattern that opens with ``\b`` it costs more than it saves: the engine rejects a place
inside a word at ``\b`` as cheaply.)

When the pattern could begin with anything, or with nothing (a match that may be empty), or uses
a construct the reader does not know, there is no guard: the answer is then slower, never
different. Case-insensitive parts keep their flag in the guard, so the engine's own case folding
(the Kelvin sign is a "k") decides, as it does in the pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

try:  # the standard library's regex parser (sre_parse before Python 3.11)
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - another Python: no guards, the same matches
    sre = sre_parse = None

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}


class _Unknown(Exception):
    """A construct whose first character the reader does not work out: no guard."""


@dataclass
class _First:
    """The class items a match may begin with, case-sensitive and case-insensitive, and
    whether the part read so far can match the empty string."""
    exact: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    empty: bool = True

    def add(self, other: _First) -> None:
        self.exact |= other.exact
        self.folded |= other.folded


def _class_items(op: object, av: object) -> list[str]:
    if op is sre.LITERAL:
        return [re.escape(chr(av))]  # type: ignore[arg-type]
    if op is sre.RANGE:
        low, high = av  # type: ignore[misc]
        return [f"{re.escape(chr(low))}-{re.escape(chr(high))}"]
    if op is sre.CATEGORY and str(av) in _CATEGORIES:
        return [_CATEGORIES[str(av)]]
    raise _Unknown(op)


def _sequence(items: list[tuple[object, object]], folded: bool) -> _First:
    """What a sequence of parsed items may begin with."""
    first = _First()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the character after it is the match's first
        part = _item(op, av, folded)
        first.add(part)
        if not part.empty:
            first.empty = False
            return first
    return first


def _item(op: object, av: object, folded: bool) -> _First:
    if op is sre.LITERAL or op is sre.IN:
        members = [(op, av)] if op is sre.LITERAL else av
        items = [item for o, a in members for item in _class_items(o, a)]  # type: ignore[union-attr]
        return _First(set() if folded else set(items), set(items) if folded else set(), False)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unknown(op)
        case = (folded or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _sequence(sub.data, case)
    if op is sre.BRANCH:
        union = _First(empty=False)
        for alternative in av[1]:  # type: ignore[index]
            part = _sequence(alternative.data, folded)
            union.add(part)
            union.empty = union.empty or part.empty
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av  # type: ignore[misc]
        part = _sequence(sub.data, folded)
        part.empty = part.empty or low == 0
        return part
    raise _Unknown(op)


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """A look-ahead of the characters a match of ``pattern`` (compiled with ``flags``) can begin
    with, to put before it; "" when there is none to be had."""
    if sre_parse is None:
        return ""
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE or flags & ~(
                re.IGNORECASE | re.UNICODE):
            return ""  # flags set inside the pattern, or verbose, ASCII: it works unguarded
        first = _sequence(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except (_Unknown, re.error):
        return ""
    if first.empty:
        return ""
    classes = []
    if first.exact:
        classes.append(f"[{''.join(sorted(first.exact))}]")
    if first.folded:
        classes.append(f"(?i:[{''.join(sorted(first.folded))}])")
    return f"(?={'|'.join(classes)})"

