"""Another whole name a document states a person goes by: an alias ("Rhys Tapper, also known
as Rhys Mallon", "AKA: Rhys Mallon", the police "@"), a name a group knows them by ("known to
the staff as ..."), or the surname they were known by before ("Orla Kinsey (née Tapper)",
"formerly Tapper", "- formerly Tapper"). Each is read from a text and the name authority's links
in it (``search.name_authority.Link``): the two names must each be a person's name in full, and
the words between them the statement itself, so "Rhys Mallon is not Rhys Tapper" states nothing.

The store-facing half (reading the pages that hold a statement, merging the two people) is
``ingest.names``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from search.name_authority import Link
from search.name_kinds import name_kind
from search.names import fold, is_initial_form, name_parts, person_key

# Links that write a person's name in full, as a statement names them.
FULL_RULES = ("full", "full-no-middle", "index")
# The words between a person's name and another name they go by.
_ALIAS_BETWEEN = re.compile(
    r"[\s,;(\-–—]*(?:also\s+known\s+as|aka|a\.k\.a\.?|alias|(?:now\s+|formerly\s+)?known"
    r"(?:\s+to\s+[^.;:\n()]{1,40}?)?\s+as|@)[\s,:\-–—]*", re.IGNORECASE)
# A surname someone was known by before, after their name ("(née Tapper)", "- formerly Tapper").
_EARLIER_SURNAME = re.compile(
    r"[\s,]*[(\-–—]?\s*(?:n[ée]e|formerly|previously|born|maiden\s+name:?)\s+"
    r"(?P<surname>[^\W\d_][\w'’-]+)", re.IGNORECASE)
# Words in the query that finds the pages which may hold a statement.
STATEMENT_PHRASES = ("also known as", "aka", "a.k.a", "alias", "known as", "nee", "née",
                     "formerly", "maiden name")


def stated_aliases(text: str, links: list[Link]) -> list[tuple[str, str]]:
    """(the name stated second, the person named first) for every statement in ``text`` that
    one person goes by another whole name."""
    named = [link for link in links if link.key and link.rule in FULL_RULES]
    pairs = []
    for first, second in pairwise(named):
        if first.key != second.key and _ALIAS_BETWEEN.fullmatch(text[first.end:second.start]):
            pairs.append((second.key, first.key))
    return pairs


def stated_earlier_names(text: str, links: list[Link], people: set[str]) -> list[tuple[str, str]]:
    """(a person's name, the person they were known as before) for every "(née Tapper)" after
    a name in full, where the forename with that surname is one of ``people`` (keys)."""
    pairs = []
    for link in links:
        if not link.key or link.rule not in FULL_RULES:
            continue
        match = _EARLIER_SURNAME.match(text, link.end)
        if match is None:
            continue
        parts = name_parts(link.key)
        earlier = f"{parts[0]} {fold(match.group('surname')).replace('’', '').replace(chr(39), '')}"
        if earlier in people and earlier != link.key:
            pairs.append((link.key, earlier))
    return pairs


# A name, as a statement writes it: capitalised words (initials, a comma, a particle).
_NAME = r"[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|d[aei]|van|von|le|la))*"
# Two names a document states are two people ("X (a joiner) is a different person from Y").
_APART = re.compile(
    rf"(?P<a>{_NAME})\s*(?:\([^)]{{0,60}}\)\s*)?(?:,[^,.;\n]{{0,40}},\s*)?(?:is|was)\s+"
    r"(?:a\s+different\s+(?:person|man|woman)\s+(?:from|to)|not\s+the\s+same\s+(?:person|man|"
    r"woman)\s+as|not\s+to\s+be\s+confused\s+with|no\s+relation\s+(?:of|to)|not)\s+"
    rf"(?P<b>{_NAME})")
APART_PHRASES = ("different person", "not the same", "not to be confused", "no relation")


def stated_apart(text: str) -> list[tuple[str, str]]:
    """(a name, another name) as keys for every statement in ``text`` that the two are
    different people ("Ann Hirst (a nurse) is a different person from Ann Hurst")."""
    pairs = []
    for match in _APART.finditer(text):
        keys = []
        for group in ("a", "b"):
            kind, written = name_kind("person", match.group(group))
            keys.append(person_key(written) if kind == "person" else "")
        a, b = keys
        if a and b and a != b and len(name_parts(a)) >= 2 and len(name_parts(b)) >= 2:
            pairs.append((a, b))
    return pairs


def unmerged_by_statement(aliases: dict[str, str], apart: list[tuple[str, str]]) -> set[str]:
    """The names ``aliases`` (a name -> the person it was read as) would make one person with a
    name the collection states is someone else: of each such pair, the one less like the
    person's own name, which stays a person of its own. A name written as initials ("J.R.
    Thakur") stands for the person whose surname it has."""
    undone = set()
    for a, b in apart:
        person = {aliases.get(a, a), aliases.get(b, b)}
        if len(person) != 1 and not any(map(is_initial_form, (a, b))):
            continue
        if is_initial_form(a) or is_initial_form(b):
            name, other = (b, a) if is_initial_form(a) else (a, b)
            if name in aliases and name_parts(other)[-1] == name_parts(aliases[name])[-1]:
                undone.add(name)
            continue
        key = person.pop()
        likeness = {name: _likeness(name, key) for name in (a, b)}
        if likeness[a] != likeness[b]:
            name = min((a, b), key=lambda n: likeness[n])
            if name in aliases:
                undone.add(name)
    return undone


def _likeness(name: str, key: str) -> tuple[bool, bool]:
    """How much of person ``key``'s name ``name`` has: their surname, their forename."""
    return name_parts(name)[-1] == name_parts(key)[-1], name_parts(name)[0] == name_parts(key)[0]
