"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (ranks with a slash after the D of a detective, collar numbers
glued to the rank or after a hash or "c/n", index forms with the initials after the surname and
no comma, initials glued to the surname, a family name written as an initial, nicknames in
straight double quotes or after the surname and a comma). The README names only the forms,
never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval14.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("D/Ch/Insp", "Det Ch Insp", "DCI", "D/C/I"),
    "Supt": ("D/Supt", "Supt", "Detective Superintendent", "Det Supt"),
    "DI": ("D/Insp", "Det Insp", "DI", "D/I"),
    "DS": ("D/Sgt", "Det Sgt", "DS", "D/S"),
    "DC": ("D/Con", "Det Con", "DC", "D/C"),
    "PC": ("Pc", "PC", "Con"),
    "PCSO": ("PCSO", "Police CSO", "Pcso"),
    "PS": ("P/Sgt", "Police Sergeant", "PS", "Sgt"),
    "Cllr": ("Coun.", "Councillor", "Cllr", "Coun"),
    "Major": ("Major", "Maj.", "Maj"),
    "Prof": ("Prof", "Professor", "Prof."),
    "Dr": ("Dr", "Doctor"),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Miss": ("Miss", "Miss"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: two letters read in the
# wrong order, an i or j whose dot was lost (read as the dotless letter), and a word broken at a
# line end by a hyphen, as the layer kept it.
_DOTLESS = {"i": "ı", "j": "ȷ"}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}
_TAKEN |= {folded(text).replace(" ", "") for text in _TAKEN}


def _inner(text: str) -> list[int]:
    """Positions inside a word of five letters or more: never a word's first two letters."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{5,}", text)
            for k in range(2, len(m.group()) - 2)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    inner = _inner(text)
    kinds = [
        [(i, i + 2, text[i + 1] + text[i]) for i in inner if text[i] != text[i + 1]],
        [(i, i + 1, _DOTLESS[text[i]]) for i in inner if text[i] in _DOTLESS],
        [(i, i, "- ") for i in inner if text[i - 3:i].isalpha()],  # three letters either side
    ]
    weighted = [(spots, weight) for spots, weight in zip(kinds, (3, 3, 2), strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """Z T for Zau Tu, C for Chang-su, N for Nizhóní."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    tight = "".join(letters)
    dotted = "".join(f"{letter}." for letter in letters)
    layouts = [f"{s} {dotted}", f"{dotted}{s}", f"{tight}/{s.upper()}", f"{s.upper()} {tight}.",
               f"{s}; {tight}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    layouts = [f"{rank} {s}", f"{rank} {s.upper()}", f"{s.upper()} ({rank})", f"{s} - {rank}"]
    return rng.choice(layouts[:3] if p.group != "police" else layouts)


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {c} {s}", f"{rank}{c} {s}", f"{s} ({rank} {c})", f"#{c} {s}, {rank}",
               f"{rank} {s} c/n {c}", f"{rank} {s.upper()} #{c}", f"{rank} {s} - collar {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f}", f"{s.upper()}  {f.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f.upper()}", f"{s}, {f.upper()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark glued to them
        layouts.append(f"{s}, {f} - {rank_of(p, rng)}" if p.title else f"{s},{f}")
    if p.middle and not p.decoy_of:
        layouts.append(f"{s}, {f} {p.middle[0]}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f'{f} "{n}" {s}', f"{s.upper()}, {n}",
                       f"{n} {s} (real name {f})"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s)}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{f} ({g}) {s}", f"{g[0]}. {f} {s}",
                           f"{s.upper()}, {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]} {s}", f"{s}, {f} {m}",
                       f"{f} {m} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g} {s.upper()}",
                       f"{rank_of(p, rng)} {g} {s}"])






def _alias(p: Person, rng: random.Random) -> str:
    if p.alias == "Leong Ka Wai":
        return rng.choice([p.alias, p.alias, "LEONG Ka Wai", "Ka Wai Leong"])
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()} {forename}", f"{surname}, {forename}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m}, born {f} {s},", f"{f} {m} (maiden name {s})",
                           f"{f} {m} - previously {s} -", f"{f} {m} ({s} until 2004)"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{m}, {f}",
                       f"{f} {m.upper()}"])


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
    written = rng.choice([f"{s} {i}.", f"{i}.{s}", f"{i}/{s.upper()}", f"{s.upper()} {i}."])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
