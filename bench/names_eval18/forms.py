"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (ranks with a slash between the letters, an acting or temporary
prefix, a rank run together; a collar number after "#", glued to the rank, after "id", with the
force's letters and a hyphen, or before the rank after a slash; initials glued to the surname
after their full stops, after the surname behind a slash, run together in capitals; index forms
with the forename after a semicolon or between square brackets; nicknames between tildes, after
"a.k.a." or with the forename in brackets after them). The README names only the forms, never
these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval18.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D/C/Insp", "Det Ch Insp", "DetChInsp"),
    "Supt": ("Supt", "D/Supt", "Superintendent", "SUPT"),
    "DI": ("DI", "D/I", "Det Insp", "A/DI"),
    "DS": ("DS", "T/DS", "D/S", "Det Sgt"),
    "DC": ("DC", "TDC", "D/C", "Det Con"),
    "PC": ("PC", "P/C", "Const.", "Police Constable"),
    "PCSO": ("PCSO", "Pcso", "CSO"),
    "PS": ("PS", "P/S", "Sgt.", "Police Sergeant"),
    "Insp": ("Insp", "A/Insp", "INSP", "Insp"),
    "Cllr": ("Cllr", "Coun.", "Cr", "Councillor"),
    "Captain": ("Captain", "Capt.", "Capt"),
    "Matron": ("Matron", "Matron"),
    "Mx": ("Mx", "Mx."),
    "Mr": ("Mr", "MR"), "Mrs": ("Mrs", "MRS"), "Ms": ("Ms", "MS"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a capital read as the
# letterlike symbol that looks like it (double-struck or script; also a word's first letter), a
# small letter read as the same letter with a stroke through it, a small letter read as its
# subscript form, and a small letter read as the Canadian syllabic that looks like it.
_LETTERLIKE = {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ",
               "B": "ℬ", "E": "ℰ", "F": "ℱ", "I": "ℐ", "L": "ℒ", "M": "ℳ"}
_STROKE = {"b": "ƀ", "d": "đ", "h": "ħ", "i": "ɨ", "t": "ŧ", "z": "ƶ", "g": "ǥ"}
_SUBSCRIPT = {"a": "ₐ", "e": "ₑ", "o": "ₒ", "x": "ₓ", "h": "ₕ", "k": "ₖ", "l": "ₗ", "m": "ₘ",
              "n": "ₙ", "p": "ₚ", "s": "ₛ", "t": "ₜ", "i": "ᵢ", "r": "ᵣ", "u": "ᵤ", "v": "ᵥ"}
_SYLLABICS = {"n": "ᑎ", "u": "ᑌ", "v": "ᐯ", "c": "ᑕ", "b": "ᑲ", "d": "ᑯ", "j": "ᒍ"}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}
_TAKEN |= {folded(text).replace(" ", "") for text in _TAKEN}


def _inner(text: str) -> list[int]:
    """Positions inside a word of four letters or more: never a word's first or last letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(1, len(m.group()) - 1)]


def _slip_spots(text: str) -> list[list[tuple[int, int, str]]]:
    inner = _inner(text)
    return [
        [(i, i + 1, _LETTERLIKE[ch]) for i, ch in enumerate(text) if ch in _LETTERLIKE],
        [(i, i + 1, _STROKE[text[i]]) for i in inner if text[i] in _STROKE],
        [(i, i + 1, _SUBSCRIPT[text[i]]) for i in inner if text[i] in _SUBSCRIPT],
        [(i, i + 1, _SYLLABICS[text[i]]) for i in inner if text[i] in _SYLLABICS],
    ]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    weighted = [(spots, weight) for spots, weight in zip(_slip_spots(text), (3, 2, 2, 3),
                                                         strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        squeezed = folded(slipped).replace(" ", "")
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and squeezed not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """G and M for Gadzhi-Murad, P for Pētõr, G for Ǵayrat."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    tight, dotted = "".join(letters), ".".join(letters) + "."
    layouts = [f"{dotted}{s}", f"{s}/{tight}", f"{tight} {s.upper()}", f"{s.upper()} {dotted}",
               f"{s}; {dotted}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    return rng.choice([f"{rank} {s}", f"{rank}. {s.upper()}" if "." not in rank else
                       f"{rank} {s.upper()}", f"{s} - {rank}", f"{s} ({rank})"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {s} #{c}", f"{rank}{c} {s}", f"{rank} {s} id {c}",
               f"{rank} {s} ({FORCE_SHORT}-{c})", f"{c}/{rank} {s}", f"{rank} {s.upper()} {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f.upper()}", f"{s.upper()} {f}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()}, {f.upper()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark but a comma glued to them
        layouts += [f"{s}; {f}", f"{s.upper()} [{f}]", f"{s}, {f.upper()}"]
        if p.title:
            layouts.append(f"{s}, {rank_of(p, rng)} {f}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} ~{n}~ {s}", f"{n} {s}", f"{s.upper()} a.k.a. {n}",
                       f"{n} ({f}) {s}", f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s)}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]} {f} {s}", f"{s}; {g} {f}",
                           f"{g} {f} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]} {s}", f"{s.upper()}, {f} {m[0]}.",
                       f"{f} {m.upper()} {s}", f"{s}; {f} {m}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()} {g}", f"{s}; {g}", f"{g} {s.upper()}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname}, {forename}", p.alias.upper()])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (maiden name {s})", f"{f} {m}, born {s},",
                           f"{f} {m} [née {s}]", f"{f} {m} - {f} {s} until she married -"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{m}; {f}",
                       f"{f.upper()} {m.upper()}"])


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
    written = rng.choice([f"{i}.{s}", f"{s}/{i}", f"{i} {s.upper()}", f"{s}; {i}."])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
