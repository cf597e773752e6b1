"""A first-character guard in front of a pattern finds exactly what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.entity_kinds.reference import _FIND, FORMATS, _numbered
from search.regex_guard import first_char_guard

PATTERNS = [
    r"(?<![\w/])(?:CAD|Incident)[ ]?\d{2,5}",
    r"(?i:crime|ref(?:erence)?)[:.]?[ ]+(?P<ref>[A-Z]{2}\d{4})",
    r"(?:Mr|Mrs)\.? [A-Z][a-z]+",
    r"\d{2}-\d{2}-\d{2}",
    r"(?:x{0}|[+(0])\d+",
    r"k\w+",
]
TEXTS = [
    "Incident 4512 and CAD 77 were logged; crime: AB1234, REFERENCE  CD5678",
    "Mr Stokes met Mrs. Whitlock on 12-03-95 at 0161 496 0000 (0191) 4980624",
    "\u212aelvin kilns ſort code 40-47-84 ١٢-٣٤-٥٦",  # the Kelvin sign, a long s, Arabic digits
]


def finds(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern: str, flags: int) -> None:
    guard = first_char_guard(pattern, flags)
    assert guard, pattern
    for text in TEXTS:
        assert finds(guard + pattern, text, flags) == finds(pattern, text, flags)


@given(st.text(alphabet="KkſS s0123456789-()+\u212a:", max_size=40))
def test_case_folding_is_the_engines_own(text: str) -> None:
    # under IGNORECASE the Kelvin sign is a "k" and a long s an "s": the guard keeps the flag
    for pattern in (r"k\w*", r"(?i:s)\w*", r"\d-\d"):
        guard = first_char_guard(pattern, re.IGNORECASE)
        assert finds(guard + pattern, text, re.IGNORECASE) == finds(pattern, text, re.IGNORECASE)


@pytest.mark.parametrize("pattern", [
    "a*",  # the match may be empty: its first character is whatever follows
    "(?:ab)?c?",
    "[^a]bc",  # a negated class can begin with almost anything
    ".x",
    r"(?P<x>a)?(?(x)b|c)",  # a conditional: not read
    "(?i)abc",  # flags set inside the pattern: the guard could not go in front of them
])
def test_no_guard_where_the_first_character_is_not_known(pattern: str) -> None:
    assert first_char_guard(pattern) == ""


def test_a_zero_width_look_behind_is_passed_over() -> None:
    assert first_char_guard(r"(?<![\w+/])(?<!\d[.-])(?:\+44|\(?0)\d") == r"(?=[0\(\+])"


def test_the_reference_union_finds_each_format_as_before() -> None:
    # the union with a guard in front of each format against the union without them
    bare = re.compile(r"(?<![\w/])(?:" + "|".join(
        rf"(?:{_numbered(f.pattern, i)})(?![\w/]|[-.:]\d)"
        for i, f in sorted(enumerate(FORMATS), key=lambda pair: pair[1].tier)) + ")")
    text = ("Crime No. NP/97/4512, CAD 456 of 03/04/1999, our ref: MCC-ER-68117. "
            "Operation Larch and OP SEA HOLLY; RBK0441702; HC 2005 53693; incident log "
            "20070611/1655; Referral ID: 44-1287; the cat sat on the mat in 1999.")
    assert [m.span() for m in _FIND.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert len(list(_FIND.finditer(text))) >= 8
    assert all(first_char_guard(f.pattern) for f in FORMATS)
