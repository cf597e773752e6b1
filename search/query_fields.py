"""The fields of the query language: what each user-facing name searches, how a person's name
widens to its spellings, and the value forms (dates, yes/no) that are not words.

Kept apart from the parser so it reads as documentation of the language. The fields themselves,
their kinds and their aliases are declared in search.fields.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Protocol

from search.fields import DOCUMENT_FIELDS, Search
from search.variants import closeness, initial_variants, nickname_variants

# A name's variants score below the name itself, closer kinds of variant higher (search.variants).
PERSON_EXACT_BOOST = 10.0
PERSON_REORDERED_BOOST = 8.0
VARIANT_BOOSTS = {"exact": 8.0, "phonetic": 5.0, "nickname": 4.0, "initial": 3.0, "ocr": 3.0,
                  "part": 2.0, "fuzzy": 1.0}
MAX_NAME_VARIANTS = 20
TRUE_WORDS = {"true", "yes", "y", "1"}
FALSE_WORDS = {"false", "no", "n", "0"}

Dsl = dict[str, Any]


class Lookups(Protocol):
    """What the builder needs from the store (implemented by ``search.lookups.StoreLookups``)."""

    def person_variants(self, key: str) -> list[tuple[str, str]]:
        """Other keys of the same person actually present, with their closeness (MATCHES)."""
        ...

    def person_forms(self, key: str) -> list[str]:
        """How the collection writes the person filed under ``key`` (its mentions' words): a
        title and surname, an address's name part. Pages are searched for them too, so a
        document the names stage found through one shows that page, marked."""
        ...

    def tag_filter(self, tag: str) -> Dsl:
        """Documents the caller tagged ``tag``."""
        ...

    def coding_filter(self, name: str, value: str) -> Dsl:
        """Documents whose coding field ``name`` holds ``value``: a value of a choice field, a
        date (YYYY[-MM[-DD]]) or words of free text; ValueError when it cannot be one."""
        ...

    def coding_range(self, name: str, bounds: Dsl) -> Dsl:
        """Documents whose date coding field ``name`` is within ``bounds`` (date math)."""
        ...


def default_person_variants(key: str) -> list[tuple[str, str]]:
    """Variants computable without the store (nicknames, initials): the fallback plug-in."""
    found = nickname_variants(key) | initial_variants(key)
    return sorted(((v, closeness(key, v)) for v in found if v != key), key=lambda kv: kv[0])


# What the builder reads of a field: its kind, the index fields searched, the page fields.
FieldSpec = Search


# Text searched when a term names no field, per index.
DEFAULT_TEXT = {
    "documents": ("title^2", "content", "content.stemmed^0.3"),
    "pages": ("text", "text.stemmed^0.3"),
}
PHRASE_TEXT = {"documents": ("title^2", "content"), "pages": ("text",)}

# The searchable fields and their other names, declared with each field in search.fields.
FIELDS: dict[str, FieldSpec] = {field.name: field.search for field in DOCUMENT_FIELDS
                                if field.search is not None}
ALIASES = {alias: field.name for field in DOCUMENT_FIELDS if field.search is not None
           for alias in field.aliases}


DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def date_math(value: str) -> str:
    """A date as date math rounded to its own precision (1997 covers the whole year), or a
    ValueError for anything that is not a real YYYY, YYYY-MM or YYYY-MM-DD date."""
    if not DATE_VALUE.match(value):
        raise ValueError(f"'{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(part) for part in value.split("-")]
    try:
        date(*parts, *([1] * (3 - len(parts))))
    except ValueError:
        raise ValueError(f"'{value}' is not a real date") from None
    unit = {4: "y", 7: "M", 10: "d"}[len(value)]
    return f"{value}||/{unit}"


def bool_clause(field: str, value: bool) -> Dsl:
    """A boolean field; false also matches documents without the field (not OCR'd = no OCR)."""
    if value:
        return {"term": {field: True}}
    return {"bool": {"should": [{"term": {field: False}},
                                {"bool": {"must_not": [{"exists": {"field": field}}]}}],
                     "minimum_should_match": 1}}


