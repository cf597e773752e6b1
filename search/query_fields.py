"""The fields of the query language: what each user-facing name searches, how a person's name
widens to its spellings, and the value forms (dates, yes/no) that are not words.

Kept apart from the parser so the table reads as documentation of the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

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

    def tag_filter(self, tag: str) -> Dsl:
        """Documents the caller tagged ``tag``."""
        ...


def default_person_variants(key: str) -> list[tuple[str, str]]:
    """Variants computable without the store (nicknames, initials): the fallback plug-in."""
    found = nickname_variants(key) | initial_variants(key)
    return sorted(((v, closeness(key, v)) for v in found if v != key), key=lambda kv: kv[0])


@dataclass(frozen=True)
class FieldSpec:
    """How one user-facing field is searched: ``kind`` is text, keyword, date, bool, person or
    tag. ``page_fields`` are the pages-index fields the field's words may be highlighted in."""

    fields: tuple[str, ...]
    kind: str
    page_fields: tuple[str, ...] = ()


# Text searched when a term names no field, per index.
DEFAULT_TEXT = {
    "documents": ("title^2", "content", "content.stemmed^0.3"),
    "pages": ("text", "text.stemmed^0.3"),
}
PHRASE_TEXT = {"documents": ("title^2", "content"), "pages": ("text",)}

FIELDS: dict[str, FieldSpec] = {
    "title": FieldSpec(("title",), "text"),
    "content": FieldSpec(("content",), "text"),
    "person": FieldSpec(("person.text",), "person", ("text",)),
    "org": FieldSpec(("org.text",), "text"),
    "place": FieldSpec(("place.text",), "text"),
    "filename": FieldSpec(("filename",), "text"),
    "from": FieldSpec(("email_from",), "keyword"),
    "to": FieldSpec(("email_to", "email_cc"), "keyword"),
    "cc": FieldSpec(("email_cc",), "keyword"),
    "author": FieldSpec(("author",), "keyword"),
    "tag": FieldSpec((), "tag"),
    "language": FieldSpec(("language",), "keyword"),
    "ocr": FieldSpec(("ocr",), "bool"),
    "type": FieldSpec(("type",), "keyword"),
    "collection": FieldSpec(("collection",), "keyword"),
    "custodian": FieldSpec(("custodian",), "keyword"),
    "control": FieldSpec(("control",), "keyword"),
    "extension": FieldSpec(("extension",), "keyword"),
    "thread": FieldSpec(("thread_id",), "keyword"),
    "date": FieldSpec(("date",), "date"),
}
ALIASES = {"sender": "from", "recipient": "to", "file": "filename", "organisation": "org",
           "organization": "org", "location": "place", "people": "person", "name": "person",
           "tags": "tag", "lang": "language", "ocred": "ocr"}


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


