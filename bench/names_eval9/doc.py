"""One generated document of the ninth set: its blocks, and the truth of who and what it names.

Every person goes through `Doc.name` (or `Doc.young`), which writes them in the form planned for
them in this document and records what it wrote, so the manifest is the text's own record. The
manifest has the layout of the earlier sets: per document `people` (forms, written, only_form,
decoy), `decoys`, `ambiguous` (mentions that fit more than one person), `non_persons` and `codes`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.names_eval7.doc import Doc as SeventhDoc
from bench.names_eval7.doc import Planner as SeventhPlanner
from bench.names_eval7.doc import _unique
from bench.names_eval9.cast import BY_NAME, CODES, OPERATIONS, Person, applicable_forms, namesakes
from bench.names_eval9.forms import ambiguous_form, married_form, rank_of, render_form

# Forms few people have are picked more often, so that each is measured on enough documents.
_WEIGHT = {"ocr": 3, "title_collar": 4, "given_name": 9, "email": 5, "nickname": 1,
           "punctuation": 5, "translit": 1, "diacritics": 5, "with_middle": 2,
           "title_surname": 1, "initials": 1, "alias": 40}
_ONLY_SHARE = 0.62
_AMBIGUOUS_SHARE = 0.35
_MARRIED_SHARE = 0.85  # after the marriage, documents that use the new surname alone
_LINKS = 5  # documents after the marriage that also give the earlier surname
_ALIAS_STATED = 0.8  # share of first full mentions that add the other name


class Planner(SeventhPlanner):
    """Chooses, per document and person, how the document writes them.

    A person's first document names them in full. After that about 60% of their documents use
    one other form alone, the rest the full name (sometimes with other forms later on). People
    with a namesake of the same initial and title are sometimes written only in a form that
    fits both: those documents record an ambiguous mention, not a measured form. After a
    marriage most documents use the new surname alone; the first few also give the old one.
    """

    def plan(self, person: Person, day: dt.date, email_ok: bool,
             ocr_ok: bool) -> tuple[str, str]:
        """("full", ""), ("only", form), ("ambiguous", ""), ("mixed", "") or ("married", how)."""
        if person.canonical not in self.seen:
            self.seen.add(person.canonical)
            return ("mixed", "")
        if person.surname_on(day) != person.surname and self.rng.random() < _MARRIED_SHARE:
            stated = self.links.get(person.canonical, 0)
            self.links[person.canonical] = stated + 1
            return ("married", "linked" if stated < _LINKS else "")
        if (namesakes(person, by_initial=True) and not person.decoy_of
                and self.rng.random() < _AMBIGUOUS_SHARE):
            return ("ambiguous", "")
        forms = [f for f in applicable_forms(person)
                 if (email_ok or f != "email") and (ocr_ok or f != "ocr")]
        roll = self.rng.random()
        if roll < _ONLY_SHARE:
            return ("only", self.rng.choices(forms, [_WEIGHT.get(f, 1) for f in forms])[0])
        return ("full", "") if roll < 0.8 else ("mixed", "")


class Doc(SeventhDoc):
    """A document being written: blocks, and what it names. The blocks, the record of what is
    written and the non-persons are the seventh set's; whom it names, and how, is this set's."""

    @property
    def operation(self) -> str:
        return OPERATIONS[0] if self.date.year <= 2006 else OPERATIONS[1]

    def name(self, canonical: str, email_ok: bool = False) -> str:
        """The person in this document's planned form for them (recorded)."""
        person = BY_NAME[canonical]
        if canonical not in self.plans:
            self.plans[canonical] = self.planner.plan(person, self.date, email_ok, self.ocr_ok)
        mode, only = self.plans[canonical]
        if mode == "ambiguous":
            written, candidates = ambiguous_form(person, self.rng)
            self.ambiguous.append({"refers_to": canonical, "written": written,
                                   "candidates": candidates})
            return written
        first = canonical not in self.mentions
        if mode == "married":
            text = married_form(person, self.rng, linked=first and only == "linked")
            self.record(canonical, "married", text)
            return text
        if mode == "only":
            form = only
        elif mode == "full" or first:
            form = "canonical"
        else:
            form = self.rng.choice([*[f for f in applicable_forms(person)
                                      if f not in ("email", "ocr", "alias")], "canonical"])
        text = render_form(person, form, self.rng, self.date)
        self.record(canonical, form, text)
        if form == "canonical" and first and mode in ("mixed", "full"):
            text = self._introduced(person, text)
        return text

    def _introduced(self, person: Person, text: str) -> str:
        """A first full mention: sometimes after the title (and collar number), sometimes with
        the other name the person is also known by, in phrasings the earlier sets did not use."""
        if person.alias and self.rng.random() < _ALIAS_STATED:
            alias = render_form(person, "alias", self.rng)
            self.record(person.canonical, "alias", alias)
            if person.group != "suspect":
                return self.rng.choice([f"{text} (English name {alias})",
                                        f"{text}, who signs as {alias},"])
            return self.rng.choice([f"{text} (a/k/a {alias})", f"{text} / {alias}",
                                    f"{text}, who gives his name as {alias},",
                                    f"{text} (also calls himself {alias})",
                                    f"{text} - false name used: {alias} -"])
        if person.title and self.rng.random() < 0.5:
            rank = rank_of(person, self.rng, self.date)
            if person.collar:
                rank = f"{rank} {person.collar}"
            return f"{rank} {text}"
        return text

    def forename(self, canonical: str) -> str:
        """A lone forename of someone already named here (recorded, never measured)."""
        given = BY_NAME[canonical].forename
        self.record(canonical, "forename", given)
        return given

    def young(self, canonical: str) -> str:
        """A young person: by name, by their code in this operation, or both."""
        code = CODES[self.operation].get(canonical)
        roll = self.rng.random()
        if code and roll < 0.28:
            return self.code(code, canonical)
        if code and roll < 0.36:
            return f"{self.code(code, canonical)} ({self.name(canonical)})"
        if code and roll < 0.42:
            return f"{self.name(canonical)}, {self.code(code, canonical)},"
        return self.name(canonical)

    def manifest(self, path: str, fmt: str, scan: bool) -> dict[str, Any]:
        """The truth of this document, in the layout of the earlier sets."""
        people = {}
        for canonical, forms in self.mentions.items():
            measured = sorted(set(forms) - {"forename"})
            if not measured:  # only a lone forename: not named here in a measured form
                continue
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
