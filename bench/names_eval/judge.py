"""Judging a value Docket shows as a person against the manifest.

A chip or facet value is right when it names a person of the manifest in a form that names
them: a full-name form (canonical, capitals, "SURNAME, Forename", initials, nickname,
transliteration, an OCR slip as written, the e-mail address) or a title with the surname
("DC Holdsworth"). A lone surname or forename is a fragment. Anything else is wrong, and is
classed by what it is: a non-person of the manifest (vehicle, building, firm, heading...), an
anonymised code, a person who is not in that document, or something else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

TITLES = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "pc", "ps", "sgt", "sergeant",
          "dc", "ds", "di", "dci", "supt", "insp", "det", "prof", "lady", "lord"}


def fold(text: str) -> str:
    """Case-folded, accent-free, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w@]+", " ", text.replace(".", " "))
    return " ".join(text.split())


def strip_titles(folded: str) -> str:
    """A folded name without leading titles, ranks and collar numbers."""
    words = folded.split()
    while words and (words[0] in TITLES or words[0].isdigit()):
        words = words[1:]
    return " ".join(words)


@dataclass
class PersonForms:
    """The folded forms that name one person."""

    canonical: str
    surname: str
    forenames: set[str]
    full: set[str]

    @classmethod
    def of(cls, person: dict[str, Any], written: set[str]) -> PersonForms:
        f, s, m = fold(person["forename"]), fold(person["surname"]), fold(person["middle"])
        forenames = {f, *(fold(v) for v in person["variant_forenames"])}
        if person["nickname"]:
            forenames.add(fold(person["nickname"]))
        full = {f"{n} {s}" for n in forenames} | {f"{s} {n}" for n in forenames}
        full |= {f"{f[0]} {s}", f"{s} {f[0]}"}
        if m:
            full |= {f"{f[0]} {m} {s}", f"{f[0]}{m} {s}", f"{f} {m} {s}", f"{s} {f[0]} {m}",
                     f"{s} {f[0]}{m}"}
        if person["email"]:
            full.add(fold(person["email"]))
        # What was written, less its title; a title with the surname alone is not a full form.
        full |= {strip_titles(fold(w)) for w in written} - {s, *forenames}
        return cls(person["canonical"], s, forenames, full)

    def verdict(self, value: str) -> str | None:
        """"full", "titled", "fragment" or None (does not name this person)."""
        folded = fold(value)
        core = strip_titles(folded)
        if core in self.full:
            return "full"
        if core == self.surname:
            return "titled" if core != folded else "fragment"
        if core in self.forenames:
            return "fragment"
        return None


class Judge:
    """Verdicts on person values, per document (chips) or over the collection (facets)."""

    def __init__(self, manifest: dict[str, Any]) -> None:
        self.people = {p["canonical"]: p for p in manifest["people"]}
        written: dict[str, set[str]] = {name: set() for name in self.people}
        for doc in manifest["documents"]:
            for name, entry in doc["people"].items():
                written[name] |= set(entry["written"])
        self.forms = {name: PersonForms.of(p, written[name]) for name, p in self.people.items()}
        self.non_persons = {fold(n["text"]): n["kind"] for d in manifest["documents"]
                            for n in d["non_persons"]}
        self.codes = {fold(c["code"]) for d in manifest["documents"] for c in d["codes"]}

    def names(self, value: str, among: list[str] | None = None) -> tuple[str, str | None]:
        """(verdict, person) of the first person among `among` (default: all) it names."""
        for name in among if among is not None else self.forms:
            verdict = self.forms[name].verdict(value)
            if verdict:
                return verdict, name
        return "wrong", None

    def wrong_kind(self, value: str) -> str:
        """What a wrong value is: a non-person kind, "code", "person_elsewhere" or "other"."""
        folded = fold(value)
        if any(re.search(rf"\b{re.escape(code)}\b", folded) for code in self.codes):
            return "code"
        for text, kind in self.non_persons.items():
            if folded == text or re.search(rf"\b{re.escape(text)}\b", folded):
                return kind
        if self.names(value)[0] != "wrong":
            return "person_elsewhere"
        return "other"
