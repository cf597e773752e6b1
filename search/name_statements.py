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
from search.names import fold, name_parts

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
                     "formerly", "previously", "maiden name")


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
