"""What one entity kind declares: ``EntityKind``. Each module of this package declares its kinds
as ``KINDS``; the package gathers them (see ``search.entity_kinds``).

A pattern kind brings everything Docket needs to find, check and show it: the regex that casts
the net, where in a match the entity lies (and whether the words around it allow it), the key
function that validates a candidate and gives its one normal form, and how a key reads. A kind
found by spaCy (person, org, place, date) declares only its name, labels and behaviour; its key
comes from ``search.names``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Span = tuple[int, int]


def whole_match(_text: str, match: re.Match[str]) -> Span | None:
    """The default: the entity is the whole match, whatever is around it."""
    return match.span()


def as_is(key: str) -> str:
    return key


@dataclass(frozen=True)
class EntityKind:
    """One kind of entity, declared once.

    - ``name``: stored on every mention and used in URLs (``/api/entities/{name}/{key}``), so
      lower-case letters only.
    - ``label`` and ``plural``: how the UI names one entity, and a document's list of them.
    - ``order``: position in the UI's lists.
    - ``precedence``: when two pattern candidates overlap, the longer wins, and between two of
      the same length the higher precedence ("an e-mail address swallows the plate inside it").
      Unique, so that the outcome never depends on the order of declaration.
    - ``pattern``: the regex of a pattern kind (None for kinds spaCy finds).
    - ``needs``: a regex that finds something inside every match of ``pattern`` (an e-mail
      address's "@"): a page where it finds nothing is not scanned with ``pattern`` at all, a
      cheap search before a costly one. None: every page is scanned.
    - ``span_of``: where in a match of ``pattern`` the entity lies, or None when the words
      around it say it is not one.
    - ``key``: validates a candidate (None: not one) and gives its normal form, which is the
      entity's identity: what ingest stores and what a look-up of typed text searches for.
    - ``display``: how a key reads in the UI.
    - ``linked``: takes part in co-occurrence and graphs (dates say little: they co-occur with
      everything).
    - ``lookup``: offered in the look-up form and listed open on a document (dates are too many).
    - ``facet``: a document facet of its own (the document carries its values).
    """

    name: str
    label: str
    plural: str
    order: int
    precedence: int
    pattern: re.Pattern[str] | None = None
    needs: re.Pattern[str] | None = None
    span_of: Callable[[str, re.Match[str]], Span | None] = whole_match
    key: Callable[[str], str | None] | None = None
    display: Callable[[str], str] = as_is
    linked: bool = True
    lookup: bool = True
    facet: bool = False

    @property
    def is_pattern(self) -> bool:
        return self.pattern is not None
