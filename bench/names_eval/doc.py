"""One generated document: its blocks of text and the ground truth of who and what it names.

Every name goes through `Doc.name`, which writes it in the form the planner chose for that person
in this document and records the form. So the manifest is the text's own record, not a guess.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.names_eval.cast import BY_NAME, CODES, Person, render_form

Block = tuple[str, Any]  # ("h", text) | ("p", text) | ("table", rows)


# Forms few people have are chosen more often, so that each form is measured on enough documents.
_ONLY_FORM_WEIGHT = {"title_collar": 5, "nickname": 3, "translit": 3, "email": 5}


class Planner:
    """Chooses, per document and person, which written forms the document uses.

    A person's first document always names them in full (the collection must hold the full
    name somewhere). After that, about half the documents use one non-canonical form alone:
    the case a collection-wide name authority must solve.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.full_name_docs: dict[str, int] = {}

    def plan(self, person: Person, header: bool) -> tuple[str, str]:
        """("only", form), ("canonical", "") or ("mixed", "") for a person in a document."""
        if self.full_name_docs.get(person.canonical, 0) == 0:
            self.full_name_docs[person.canonical] = 1
            return ("mixed", "")
        forms = [f for f in person.applicable_forms() if header or f != "email"]
        roll = self.rng.random()
        if roll < 0.58:
            weights = [_ONLY_FORM_WEIGHT.get(f, 1) for f in forms]
            return ("only", self.rng.choices(forms, weights)[0])
        self.full_name_docs[person.canonical] += 1
        return ("canonical", "") if roll < 0.72 else ("mixed", "")


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
    non_persons: list[dict[str, str]] = field(default_factory=list)
    codes: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def operation(self) -> str:
        return "Operation Larkspur" if self.date.year <= 2003 else "Operation Millstone"

    def name(self, canonical: str, header: bool = False) -> str:
        """The person written in this document's chosen form for them (and recorded)."""
        person = BY_NAME[canonical]
        if canonical not in self.plans:
            self.plans[canonical] = self.planner.plan(person, header)
        mode, only = self.plans[canonical]
        seen = canonical in self.mentions
        if mode == "only":
            form = only
        elif mode == "canonical" or not seen:
            form = "canonical"
        else:
            form = self._later_form(person)
        text = render_form(person, form, self.rng)
        if form == "canonical" and person.title and not seen and self.rng.random() < 0.5:
            text = f"{self._title_prefix(person)} {text}"
        self.mentions.setdefault(canonical, []).append(form)
        self.written.setdefault(canonical, []).append(text)
        return text

    def _later_form(self, person: Person) -> str:
        forms = [f for f in person.applicable_forms() if f not in ("email", "ocr")]
        if person.group == "young":
            forms.append("forename")
        return self.rng.choice([*forms, "canonical"])

    def _title_prefix(self, person: Person) -> str:
        if person.collar:
            return f"{person.title} {person.collar}"
        return person.title

    def forename(self, canonical: str) -> str:
        """A lone forename of a person already named in this document (recorded, not measured)."""
        person = BY_NAME[canonical]
        self.mentions.setdefault(canonical, []).append("forename")
        self.written.setdefault(canonical, []).append(person.forename)
        return person.forename

    def uses_email_only(self, canonical: str) -> bool:
        return self.plans.get(canonical, ("", ""))[1] == "email"

    def thing(self, text: str, kind: str) -> str:
        """A non-person (vehicle, place, building, firm, heading, label), recorded."""
        self.non_persons.append({"text": text, "kind": kind})
        return text

    def young(self, canonical: str) -> str:
        """A young person: by name, by their anonymised code in this operation, or both."""
        code = CODES[self.operation].get(canonical)
        roll = self.rng.random()
        if code and roll < 0.35:
            return self.code(code, canonical)
        if code and roll < 0.5:
            return f"{self.code(code, canonical)} ({self.name(canonical)})"
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
            if kind == "table":
                lines += ["\t".join(row) for row in value]
            else:
                lines.append(value)
            lines.append("")
        return "\n".join(lines)

    def manifest(self, path: str, fmt: str, scan: bool) -> dict[str, Any]:
        """The ground truth of this document."""
        people = {}
        for canonical, forms in self.mentions.items():
            person = BY_NAME[canonical]
            measured = sorted(set(forms) - {"forename"})
            people[canonical] = {
                "forms": sorted(set(forms)),
                "written": sorted(set(self.written[canonical])),
                "only_form": measured[0] if len(measured) == 1 else None,
                "decoy": bool(person.decoy_of),
            }
        return {
            "path": path, "kind": self.kind, "format": fmt, "scan": scan,
            "date": self.date.isoformat(), "operation": self.operation,
            "people": people,
            "decoys": sorted(c for c, v in people.items() if v["decoy"]),
            "non_persons": _unique(self.non_persons),
            "codes": self.codes,
        }


def _unique(items: list[dict[str, str]]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
