"""One generated document of the second set: its blocks and the truth of who and what it names.

Every name goes through `Doc.name`, which writes the person in the form planned for them in
this document and records it; so the manifest is the text's own record. The manifest has the
first set's layout (bench/names_eval), plus `ambiguous` per document: mentions that fit two
people and must stay possible matches (they are not in `people`).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.names_eval2.cast import BY_NAME, CODES, OPERATIONS, Person
from bench.names_eval2.forms import ambiguous_form, render_form

Block = tuple[str, Any]  # ("h", text) | ("p", text) | ("table", rows)

# Forms few people have are chosen more often, so that each is measured on enough documents.
_ONLY_FORM_WEIGHT = {"title_collar": 6, "nickname": 2, "translit": 2, "email": 3,
                     "given_name": 6, "punctuation": 2, "diacritics": 2, "with_middle": 1}
_ONLY_SHARE = 0.6
_AMBIGUOUS_SHARE = 0.3


class Planner:
    """Chooses, per document and person, the forms the document uses.

    A person's first document names them in full. After that about 60% of their documents
    use one other form alone; for the two people who share a surname, initial and title, some
    documents use only a form that fits both.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.named_in_full: set[str] = set()

    def plan(self, person: Person, email_ok: bool) -> tuple[str, str]:
        """("only", form), ("ambiguous", ""), ("canonical", "") or ("mixed", "")."""
        if person.canonical not in self.named_in_full:
            self.named_in_full.add(person.canonical)
            return ("mixed", "")
        if person.ambiguous_with and self.rng.random() < _AMBIGUOUS_SHARE:
            return ("ambiguous", "")
        forms = [f for f in person.applicable_forms() if email_ok or f != "email"]
        roll = self.rng.random()
        if roll < _ONLY_SHARE:
            weights = [_ONLY_FORM_WEIGHT.get(f, 1) for f in forms]
            return ("only", self.rng.choices(forms, weights)[0])
        return ("canonical", "") if roll < 0.75 else ("mixed", "")


@dataclass
class Doc:
    """A document being written: blocks, and what it names."""

    kind: str
    date: dt.date
    rng: random.Random
    planner: Planner
    blocks: list[Block] = field(default_factory=list)
    plans: dict[str, tuple[str, str]] = field(default_factory=dict)
    mentions: dict[str, list[str]] = field(default_factory=dict)
    written: dict[str, list[str]] = field(default_factory=dict)
    ambiguous: list[dict[str, Any]] = field(default_factory=list)
    non_persons: list[dict[str, str]] = field(default_factory=list)
    codes: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def operation(self) -> str:
        return OPERATIONS[0] if self.date.year <= 2005 else OPERATIONS[1]

    def name(self, canonical: str, email_ok: bool = False) -> str:
        """The person in this document's planned form for them (recorded)."""
        person = BY_NAME[canonical]
        if canonical not in self.plans:
            self.plans[canonical] = self.planner.plan(person, email_ok)
        mode, only = self.plans[canonical]
        if mode == "ambiguous":
            return self._ambiguous(person)
        seen = canonical in self.mentions
        if mode == "only":
            form = only
        elif mode == "canonical" or not seen:
            form = "canonical"
        else:
            form = self._later_form(person)
        text = render_form(person, form, self.rng)
        if form == "canonical" and not seen:
            text = self._first_mention(person, text)
        self.mentions.setdefault(canonical, []).append(form)
        self.written.setdefault(canonical, []).append(text)
        return text

    def _first_mention(self, person: Person, text: str) -> str:
        """A first full mention, sometimes with title (and collar) or the given names."""
        roll = self.rng.random()
        if person.given and roll < 0.5:
            return f"{person.given} {text}"
        if person.title and roll < 0.55:
            prefix = f"{person.title} {person.collar}" if person.collar else person.title
            return f"{prefix} {text}"
        return text

    def _ambiguous(self, person: Person) -> str:
        text = ambiguous_form(person, self.rng)
        self.ambiguous.append({"refers_to": person.canonical, "written": text,
                               "candidates": sorted([person.canonical, person.ambiguous_with])})
        return text

    def _later_form(self, person: Person) -> str:
        forms = [f for f in person.applicable_forms() if f not in ("email", "ocr")]
        if person.group == "young":
            forms.append("forename")
        return self.rng.choice([*forms, "canonical"])

    def forename(self, canonical: str) -> str:
        """A lone forename of someone already named here (recorded, not measured)."""
        person = BY_NAME[canonical]
        self.mentions.setdefault(canonical, []).append("forename")
        self.written.setdefault(canonical, []).append(person.forename)
        return person.forename

    def plan_of(self, canonical: str) -> tuple[str, str]:
        return self.plans.get(canonical, ("", ""))

    def thing(self, text: str, kind: str) -> str:
        """A non-person (vehicle, place, building, firm, org, heading, label, title, forename)."""
        self.non_persons.append({"text": text, "kind": kind})
        return text

    def young(self, canonical: str) -> str:
        """A young person: by name, by their code in this operation, or both."""
        code = CODES[self.operation].get(canonical)
        roll = self.rng.random()
        if code and roll < 0.3:
            return self.code(code, canonical)
        if code and roll < 0.38:
            return f"{self.name(canonical)} ({self.code(code, canonical)})"
        if code and roll < 0.45:  # the code glued in front of the name, as files also do
            return f"{self.code(code, canonical)} {self.name(canonical)}"
        return self.name(canonical)

    def code(self, code: str, canonical: str) -> str:
        entry = {"code": code, "refers_to": canonical, "scope": self.operation}
        if entry not in self.codes:
            self.codes.append(entry)
        return code

    def h(self, text: str) -> None:
        self.blocks.append(("h", text))

    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def table(self, rows: list[list[str]]) -> None:
        self.blocks.append(("table", rows))

    def text(self) -> str:
        """The document as plain text (tables as tab-separated rows)."""
        lines: list[str] = []
        for kind, value in self.blocks:
            lines += ["\t".join(row) for row in value] if kind == "table" else [value]
            lines.append("")
        return "\n".join(lines)

    def _title_surname_with_namesake(self) -> None:
        """A title and surname in a document that also names someone else of that surname is
        ambiguous there: it is moved from the person's forms to the ambiguous mentions."""
        for canonical in list(self.mentions):
            surname = BY_NAME[canonical].surname
            namesakes = [c for c in self.mentions if c != canonical and BY_NAME[c].surname == surname]
            if not namesakes or "title_surname" not in self.mentions[canonical]:
                continue
            kept = [(f, w) for f, w in zip(self.mentions[canonical], self.written[canonical],
                                           strict=True) if f != "title_surname"]
            for form, text in zip(self.mentions[canonical], self.written[canonical], strict=True):
                if form == "title_surname":
                    self.ambiguous.append({"refers_to": canonical, "written": text,
                                           "candidates": sorted([canonical, *namesakes])})
            self.mentions[canonical] = [f for f, _ in kept]
            self.written[canonical] = [w for _, w in kept]
            if not kept:
                del self.mentions[canonical], self.written[canonical]

    def manifest(self, path: str, fmt: str, scan: bool) -> dict[str, Any]:
        """The truth of this document, in the first set's layout (plus `ambiguous`)."""
        self._title_surname_with_namesake()
        people = {}
        for canonical, forms in self.mentions.items():
            measured = sorted(set(forms) - {"forename"})
            people[canonical] = {
                "forms": sorted(set(forms)),
                "written": sorted(set(self.written[canonical])),
                "only_form": measured[0] if len(measured) == 1 else None,
                "decoy": bool(BY_NAME[canonical].decoy_of),
            }
        return {
            "path": path, "kind": self.kind, "format": fmt, "scan": scan,
            "date": self.date.isoformat(), "operation": self.operation,
            "people": people,
            "decoys": sorted(c for c, v in people.items() if v["decoy"]),
            "ambiguous": _unique(self.ambiguous),
            "non_persons": _unique(self.non_persons),
            "codes": self.codes,
        }


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
