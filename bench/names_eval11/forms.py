"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (ranks spelt out or with full stops between letters, collar
numbers in brackets before the surname, after a hyphen, in square brackets, as a shoulder or
epaulette number, with the force's letters before them; a priest's title; the family name first
for a Taiwanese name). The README names only the forms, never these layouts, so that whoever
writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval11.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "Det. Ch. Insp.", "D.C.I.", "Detective Chief Inspector"),
    "Supt": ("Supt", "Supt.", "Superintendent", "Det. Supt."),
    "DI": ("DI", "D.I.", "Det. Insp.", "Detective Inspector"),
    "DS": ("DS", "D.S.", "Det. Sgt.", "Detective Sergeant"),
    "DC": ("DC", "D.C.", "Det. Con.", "Detective Constable"),
    "PC": ("PC", "P.C.", "Police Constable", "Con."),
    "PCSO": ("PCSO", "P.C.S.O.", "Community Support Officer"),
    "PS": ("PS", "P.S.", "Sergeant", "Sgt."),
    "Cllr": ("Cllr", "Cllr.", "Councillor", "Cr"),
    "Fr": ("Fr", "Fr.", "Father", "Rev. Fr"),
    "Dr": ("Dr", "Dr."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Miss": ("Miss", "Miss"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a letter the engine
# could not read stored as the replacement character, a stray space inside a word, the space
# between two words lost, and a hyphen or apostrophe read as another mark.
_MARKS = {"-": ("_", "~", "¬"), "'": ("`", "´", ",")}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}
_TAKEN |= {folded(text).replace(" ", "") for text in _TAKEN}


def _inner(text: str) -> list[int]:
    """Positions inside a word: never a word's first letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(2, len(m.group()) - 1)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    inner = _inner(text)
    kinds = [
        [(i, i + 1, "\ufffd") for i in inner],
        [(i, i, " ") for i in inner],
        [(m.start(), m.end(), "") for m in re.finditer(" ", text)],
        [(i, i + 1, mark) for i, ch in enumerate(text) for mark in _MARKS.get(ch, ())],
    ]
    # The marks, the rarer kind, are picked more often where the name allows them.
    weighted = [(spots, weight) for spots, weight in zip(kinds, (2, 2, 1, 3), strict=True)
                if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """P J for Pieter-Jan, G M for Ghulam Mustafa, N O for Nii Okai, G for Gemechu."""
    return [w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.middle or p.given:
        other = (p.given or p.middle)[0].upper()
        letters = [other, *letters] if p.given else [*letters, other]
    dots, spaced, tight = ".".join(letters) + ".", ". ".join(letters) + ".", "".join(letters)
    layouts = [f"{spaced} {s}", f"{s} {dots}", f"{s.upper()}, {dots}", f"{dots} {s.upper()}",
               f"{s} ({tight})", f"{tight}. {s}"]
    if p.family_first:
        layouts.append(f"{s.upper()} {'-'.join(letters)}")
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s = p.surname
    layouts = [f"{rank_of(p, rng, day)} {s}", f"{rank_of(p, rng, day)} {s.upper()}",
               f"{s.upper()} - {rank_of(p, rng, day)}"]
    return rng.choice(layouts[:2] if p.group != "police" else layouts)


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} ({c}) {s}", f"{rank} {s}, shoulder no. {c}", f"{rank}-{c} {s}",
               f"{rank} {s} [{c}]", f"{rank} {s.upper()} - epaulette {c}", f"{c} {s} ({rank})",
               f"{FORCE_SHORT} {c} {rank} {s}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f.upper()}", f"{s.upper()} {f}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()},{f}", f"{s} ,{f}",
               f"{s.upper()} , {f.upper()}"]
    if p.middle and not p.decoy_of:
        layouts.append(f"{s}, {f} {p.middle}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f"{f} '{n}' {s}", f"{n} ({f}) {s}", f"{s.upper()}, {n}",
                       f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{s.upper()}, {g} {f}", f"{g[0]}. {f} {s}",
                           f"{f} ({g}) {s}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]}. {s}", f"{s.upper()}, {f} {m}",
                       f"{f} {m} {s.upper()}", f"{f.upper()} {m[0]} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{g.upper()} {s.upper()}", f"{s}, {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename.upper()} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (née {s})", f"{f} {m}, formerly {f} {s},",
                           f"{f} {m} - previously {s} -", f"{f} {m} ({s} before June 1999)",
                           f"Mrs {m} (was Miss {s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{f[0]}. {m}",
                       f"Mrs {m}", f"{f} {m.upper()}"])


_RENDERERS = {
    "upper": _upper, "surname_comma": _surname_comma, "initials": _initials,
    "nickname": _nickname, "diacritics": _diacritics, "with_middle": _with_middle,
    "given_name": _given_name, "alias": _alias,
}


# The ninth set's dispatch from a form to its writer, over this set's writers.
render_form = bound(ninth.render_form, _RENDERERS=_RENDERERS, _title_surname=_title_surname,
                    _title_collar=_title_collar, ocr_slip=ocr_slip)


def ambiguous_form(p: Person, rng: random.Random) -> tuple[str, list[str]]:
    """A form fitting this person and a namesake, with every candidate it fits."""
    s = p.surname
    i = _letters(p.forename)[0]
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{rank_of(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{i}. {s.upper()}", f"{s} ({i})", f"{s.upper()}, {i}.", f"{i}.{s}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
