"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (acting and temporary rank prefixes, collar numbers followed by
a division's letters or in square brackets or after "No.", initials spaced with full stops or
after the surname in brackets or after a slash, nicknames in curly quotes or guillemets or after
"known as", e-mail addresses in several shapes). The README names only the forms, never these
layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval15.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("T/DCI", "Det.Ch.Insp.", "D Ch Insp", "DCI"),
    "CSupt": ("Ch Supt", "C/Supt", "Chief Supt", "Ch.Supt."),
    "DI": ("A/DI", "Det.Insp.", "D Insp", "DI"),
    "DS": ("T/DS", "Det.Sgt.", "D Sgt", "DS"),
    "DC": ("TDC", "Det.Con.", "D Con", "DC"),
    "PC": ("PC", "P/C", "Constable"),
    "PCSO": ("PCSO", "CSO", "P.C.S.O"),
    "PS": ("A/PS", "Sgt", "P Sgt", "PS"),
    "Cllr": ("Cllr", "Councillor", "Cllr."),
    "Rabbi": ("Rabbi", "R.", "Rav"),
    "Canon": ("Canon", "The Revd Canon", "Revd Canon"),
    "Dr": ("Dr", "Dr."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Miss": ("Miss",),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: two letters read as
# one (rn as m, cl as d, li as h, ri as n, in as m), a letter read as its Cyrillic look-alike,
# a word's capital read as a small letter, and a word's last letter lost at the margin.
_MERGES = {"rn": "m", "cl": "d", "li": "h", "ri": "n", "in": "m", "nn": "m", "ii": "u"}
_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}
_TAKEN |= {folded(text).replace(" ", "") for text in _TAKEN}


def _inner(text: str) -> list[int]:
    """Positions inside a word of four letters or more: never a word's first letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(1, len(m.group()) - 1)]


def _slip_spots(text: str) -> list[list[tuple[int, int, str]]]:
    inner = _inner(text)
    return [
        [(i, i + 2, _MERGES[text[i:i + 2]]) for i in inner if text[i:i + 2] in _MERGES],
        [(i, i + 1, _CYRILLIC[text[i]]) for i in inner if text[i] in _CYRILLIC],
        [(m.start(), m.start() + 1, m.group()[0].lower())
         for m in re.finditer(r"\b[A-Z][a-z]{3,}", text)],
        [(m.end() - 1, m.end(), "") for m in re.finditer(r"[^\W\d_]{6,}", text)],
    ]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    weighted = [(spots, weight) for spots, weight in zip(_slip_spots(text), (3, 3, 2, 2),
                                                         strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """S K for Sui Khua, G B for Ghjuvan Battista, K for Karonhí:io."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    tight = "".join(letters)
    spaced = " ".join(f"{letter}." for letter in letters)
    layouts = [f"{spaced} {s}", f"{s.upper()}/{tight}", f"{s} ({tight})",
               f"{s} {' '.join(letters)}", f"{spaced} {s.upper()}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    return rng.choice([f"{rank} {s}", f"{s}, {rank}", f"{rank} {s.upper()}"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    division = "CM" if int(c) % 2 else "HV"
    layouts = [f"{rank} {c} {division} {s}", f"{rank} {c}{division} {s.upper()}",
               f"{rank} {s} [{c}]", f"{rank} No. {c} {s}", f"{s}, {rank} {c}",
               f"{c} {rank} {s}", f"{rank} {s} (No.{c})"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f}", f"{s.upper()} – {f}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s} , {f}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark glued to them
        layouts.append(f"{s}, {f} ({rank_of(p, rng)})" if p.title else f"{s.upper()},{f}")
        layouts.append(f"{s} ({f})")  # an index card: the forename in brackets
    if p.middle and not p.decoy_of:
        layouts.append(f"{s}, {f} {p.middle[0]}.")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} “{n}” {s}", f"{n} {s}", f"{s} «{n}»",
                       f"{f} {s}, known as {n}", f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s).upper()}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g} ({f}) {s}", f"{g[0]} {f} {s}",
                           f"{s}, {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]}. {s}", f"{s.upper()}, {f} {m}",
                       f"{f} {m.upper()} {s}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s}, {g}", f"{g.upper()} {s.upper()}",
                       f"{g} {s} ({rank_of(p, rng)})"])


def _alias(p: Person, rng: random.Random) -> str:
    if p.family_first:
        return rng.choice([p.alias, p.alias, p.alias.upper(), "Chooi, Kevin"])
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}", f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (née {s})", f"{f} {m}, formerly {f} {s},",
                           f"{f} {m} - was {s} -", f"{f} {m} (known as {s} until 2004)"])
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
    written = rng.choice([f"{i}. {s}", f"{s} ({i})", f"{s.upper()}/{i}", f"{i}. {s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
