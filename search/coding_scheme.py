"""A collection's coding scheme, and the values a reviewer gives checked against it.

The coding fields themselves (their names, kinds and default lists) are declared in
search.fields; a scheme, set per collection by an admin, says which of them the collection uses,
how the page labels them there, and, for the choice fields, the list of values reviewers pick
from. Everything here is pure: search.coding reads and writes schemes and coding.

A value off the list, a field the scheme does not use, or a date that is not a date is a
``CodingError`` that names the field and what it accepts (the API answers 422 with it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from search.fields import BY_NAME, CODING_FIELDS, CODING_PREFIX, Field
from search.names import fold

MAX_CHOICES = 200
MAX_CHOICE_CHARS = 100
MAX_TEXT_CHARS = 20_000
Values = dict[str, Any]


class CodingError(ValueError):
    """A scheme or a coding that does not hold; the message names the field and the remedy."""


def coding_field(name: str) -> Field:
    """The coding field named ``name``: ``coding.issue``, its alias, or its key ``issue``."""
    wanted = name if name.startswith(CODING_PREFIX) else CODING_PREFIX + name
    for field in CODING_FIELDS:
        if wanted == field.name or wanted in field.aliases:
            return field
    known = ", ".join(f.name for f in CODING_FIELDS)
    raise CodingError(f"'{name}' is not a coding field (coding fields: {known})")


@dataclass(frozen=True)
class SchemeField:
    """One coding field as a collection uses it."""

    field: Field
    label: str
    choices: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def kind(self) -> str:
        assert self.field.coding is not None
        return self.field.coding.kind

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "label": self.label,
                "choices": list(self.choices)}

    def choice(self, value: Any) -> str:
        """``value`` as the list spells it, whatever its case or accents (CodingError else)."""
        if isinstance(value, str):
            for choice in self.choices:
                if fold(choice) == fold(value):
                    return choice
        allowed = ", ".join(f"'{c}'" for c in self.choices)
        raise CodingError(f"{self.name}: {value!r} is not one of the allowed values: {allowed}")

    def checked(self, value: Any) -> Any:
        """A reviewer's value, checked and normalised; None (or an empty list) clears it."""
        if value is None or value == [] or value == "":
            return None
        if self.kind == "single":
            return self.choice(value)
        if self.kind == "multi":
            values = value if isinstance(value, list) else [value]
            return list(dict.fromkeys(self.choice(v) for v in values)) or None
        if self.kind == "date":
            try:
                return date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise CodingError(f"{self.name}: {value!r} is not a date (YYYY-MM-DD)") from None
        if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
            raise CodingError(f"{self.name}: free text of at most {MAX_TEXT_CHARS} characters")
        return value.strip() or None


@dataclass(frozen=True)
class Scheme:
    """A collection's coding scheme: the coding fields it uses, in the order the page shows them."""

    collection: str
    fields: tuple[SchemeField, ...]

    def get(self, name: str) -> SchemeField:
        field = coding_field(name)
        for used in self.fields:
            if used.field is field:
                return used
        used_names = ", ".join(f.name for f in self.fields) or "none"
        raise CodingError(f"{field.name} is not in the coding scheme of collection "
                          f"'{self.collection}' (its fields: {used_names})")

    def checked(self, values: Mapping[str, Any]) -> Values:
        """A coding as given (field name or key -> value), checked: by key, None to clear."""
        return {self.get(name).field.coding_key: self.get(name).checked(value)
                for name, value in values.items()}

    def as_dict(self) -> dict[str, Any]:
        return {"collection": self.collection, "fields": [f.as_dict() for f in self.fields]}


def scheme_field(definition: Mapping[str, Any]) -> SchemeField:
    """One field of a scheme from an admin's definition: ``{"name", "label"?, "choices"?}``."""
    field = coding_field(str(definition.get("name", "")))
    assert field.coding is not None
    given = definition.get("choices") or []
    if not field.coding.has_choices:
        if given:
            raise CodingError(f"{field.name} is {field.coding.kind}: it takes no list of values")
        choices: tuple[str, ...] = ()
    else:
        choices = tuple(" ".join(str(c).split()) for c in (given or field.coding.choices))
        if not choices:
            raise CodingError(f"{field.name} needs its list of values (choices)")
        if len(choices) > MAX_CHOICES or any(not 0 < len(c) <= MAX_CHOICE_CHARS for c in choices):
            raise CodingError(f"{field.name}: at most {MAX_CHOICES} values of 1-"
                              f"{MAX_CHOICE_CHARS} characters")
        if len({fold(c) for c in choices}) != len(choices):
            raise CodingError(f"{field.name}: a value is listed twice")
    label = " ".join(str(definition.get("label") or field.label).split())
    return SchemeField(field, label, choices)


def scheme_from(collection: str, definitions: list[Mapping[str, Any]]) -> Scheme:
    """A scheme from an admin's definitions (or from its stored record), checked."""
    fields = tuple(scheme_field(d) for d in definitions)
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise CodingError("a coding field is listed twice in the scheme")
    return Scheme(collection, fields)


def available_fields() -> list[dict[str, Any]]:
    """Every coding field declared, with its default label and values: what a scheme may use."""
    return [{"name": f.name, "kind": f.coding.kind, "label": f.label,
             "choices": list(f.coding.choices)} for f in CODING_FIELDS if f.coding is not None]


def is_coding_field(name: str) -> bool:
    return name in BY_NAME and BY_NAME[name].coding is not None
