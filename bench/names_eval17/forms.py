"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (ranks with the detective letter after a slash or in brackets
after the rank, lower-case ranks as typed in a hurry, a collar number in square brackets, after
"No." or "shoulder no.", or before the rank; initials after the surname in brackets, glued
after a full stop in capitals, or before the surname after a slash; index forms with the
forename in brackets, after a dash or after a colon; nicknames between slashes, in double
angle quotes or after "aka" in lower case; the surname spaced out in capitals). The README names
only the forms, never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval17.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "Ch/Insp (D)", "D/Ch Insp", "dci"),
    "Supt": ("Supt", "Supt (Uniform)", "Superintendent", "supt"),
    "DI": ("DI", "Insp (D)", "D/Insp", "di"),
    "DS": ("DS", "Sgt (D)", "D/Sgt", "ds"),
    "DC": ("DC", "Con (D)", "D/Con", "dc"),
    "PC": ("PC", "Con.", "Pc", "pc"),
    "PCSO": ("PCSO", "P.C.S.O", "pcso"),
    "PS": ("PS", "Sgt (Custody)", "Sgt", "ps"),
    "Insp": ("Insp", "Insp.", "Inspector", "insp"),
    "Cllr": ("Cllr", "Cllr.", "Councillor", "cllr"),
    "Chaplain": ("Chaplain", "Chapl.", "Revd Chaplain"),
    "Miss": ("Miss", "Miss", "Ms"),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a capital read as the
# Lisu letter that looks like it (also a word's first letter), a small letter read upside down
# (the turned letter of the phonetic alphabet), a word broken by a line-end
# hyphen left in with the space after it, and a small letter read as the Latin letter with a
# hook that looks like it.
_LISU = {"A": "ꓮ", "B": "ꓐ", "C": "ꓚ", "D": "ꓓ", "E": "ꓰ", "F": "ꓝ", "G": "ꓖ", "H": "ꓧ",
         "I": "ꓲ", "J": "ꓙ", "K": "ꓗ", "L": "ꓡ", "M": "ꓟ", "N": "ꓠ", "O": "ꓳ", "P": "ꓑ",
         "R": "ꓣ", "S": "ꓢ", "T": "ꓔ", "U": "ꓴ", "V": "ꓦ", "W": "ꓪ", "X": "ꓫ", "Y": "ꓬ",
         "Z": "ꓜ"}
_TURNED = {"a": "ɐ", "e": "ǝ", "r": "ɹ", "t": "ʇ", "m": "ɯ", "h": "ɥ", "k": "ʞ", "y": "ʎ"}
_HOOKS = {"b": "ɓ", "d": "ɗ", "k": "ƙ", "y": "ƴ", "t": "ƭ", "h": "ɦ", "g": "ɠ", "p": "ƥ",
          "v": "ʋ", "z": "ȥ"}

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
        [(i, i + 1, _LISU[ch]) for i, ch in enumerate(text) if ch in _LISU],
        [(i, i + 1, _TURNED[text[i]]) for i in inner if text[i] in _TURNED],
        [(i, i, "- ") for i in inner if i - 2 in inner and i + 1 in inner],
        [(i, i + 1, _HOOKS[text[i]]) for i in inner if text[i] in _HOOKS],
    ]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    weighted = [(spots, weight) for spots, weight in zip(_slip_spots(text), (3, 3, 2, 3),
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
    """U for Ujëp, A for Ap'alluk, S for Shaaxʼsaani."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    tight, dotted = "".join(letters), ".".join(letters) + "."
    layouts = [f"{s} ({dotted})", f"{s.upper()}.{tight}", f"{dotted}/{s}", f"{s} {dotted}",
               f"{dotted} {s}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    return rng.choice([f"{rank} {s}", f"{s}, {rank}", f"{rank} {s.upper()}",
                       f"{s} [{rank}]"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {s} [{c}]", f"{rank} {s} No.{c}", f"{c} {rank} {s}",
               f"{rank} {s}, shoulder no. {c}", f"{rank} {s.upper()} ({c} {FORCE_SHORT})",
               f"[{c}] {rank} {s}"]
    return rng.choice(layouts)


def _spaced(word: str) -> str:
    return " ".join(word.upper())


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f.upper()}", f"{f.upper()} {s}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()}, {f.upper()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark but a comma glued to them
        layouts += [f"{s.upper()} ({f})", f"{s} - {f}", f"{s.upper()}: {f}"]
        if p.title:
            layouts.append(f"{s}, {f} ({rank_of(p, rng)})")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} /{n}/ {s}", f"{n} {s}", f"{s}, {f} aka {n}",
                       f"{n} {s.upper()}", f"{f} ({n}) {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s).upper()}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]}. {f} {s}", f"{s}, {g} {f}",
                           f"{g.upper()} {f.upper()} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]}. {s}", f"{s.upper()}, {f} {m}",
                       f"{f} {m[0]} {s.upper()}", f"{s}, {f} {m[0]}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g} {s.upper()}", f"{s} ({g})"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()} {forename}",
                       f"{surname}, {forename}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (was {s})", f"{f} {m} - {s} until her marriage -",
                           f"{f} {m} (formerly {f} {s})", f"{f} {m}, known before as {s},"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()} {f}", f"{m}, {f}",
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
    written = rng.choice([f"{s} ({i}.)", f"{i}./{s}", f"{s.upper()}.{i}", f"{i}. {s}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
