"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (collar numbers as an ID, a badge, with the force's letters in
brackets, "Officer N (rank surname)", a leading zero; "Md" for Mohammed; a Filipino middle
initial; the family name first for Hungarian and Meitei names). The README names only the
forms, never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval12.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "Det Ch Insp", "D/C/I", "Detective Chief Insp."),
    "Supt": ("Supt", "Det Supt", "Superintendent", "Supt"),
    "DI": ("DI", "Det Insp", "D/I", "Insp."),
    "DS": ("DS", "Det Sgt", "D/S", "Sgt"),
    "DC": ("DC", "Det Con", "D/C", "DC"),
    "PC": ("PC", "Pc", "Constable", "PC"),
    "PCSO": ("PCSO", "Pcso", "PCSO"),
    "PS": ("PS", "Ps", "Custody Sgt", "Sergeant"),
    "Cllr": ("Cllr", "Councillor", "Cllr", "Coun."),
    "Pastor": ("Pastor", "Ps.", "Pastor", "Rev. Pastor"),
    "Dr": ("Dr", "Dr."),
    "Mr": ("Mr", "Mr"), "Mrs": ("Mrs", "Mrs"), "Ms": ("Ms", "Ms"), "Miss": ("Miss", "Miss"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: one letter read as two
# (d as cl, h as li, w as vv, u as ii, n as ri), an accent read as another accent, and a stray
# full stop inside a word.
_SPLITS = {"d": "cl", "h": "li", "w": "vv", "u": "ii", "n": "ri"}
_ACCENTS = {"é": "è", "á": "à", "ê": "é", "î": "ï", "ò": "ó", "ū": "ü", "ė": "é", "ğ": "ĝ",
            "ç": "ć", "ş": "ś"}

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
        [(i, i + 1, _SPLITS[text[i]]) for i in inner if text[i] in _SPLITS],
        [(i, i + 1, _ACCENTS[text[i]]) for i in range(1, len(text)) if text[i] in _ACCENTS],
        [(i, i, ".") for i in inner],
    ]
    weighted = [(spots, weight) for spots, weight in zip(kinds, (3, 3, 1), strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """M C for Maria Cristina, J P for Jean-Pierre, O for Ọláwálé."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    spaced, slashed, tight = " ".join(letters), "/".join(letters), "".join(letters)
    layouts = [f"{spaced} {s}", f"{s} {tight}", f"{s.upper()} {spaced}", f"{tight} {s.upper()}",
               f"{s}, {spaced}", f"{slashed} {s}"]
    if p.family_first:
        layouts.append(f"{s.upper()} {tight}.")
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s = p.surname
    layouts = [f"{rank_of(p, rng, day)} {s}", f"{rank_of(p, rng, day)} {s.upper()}",
               f"{s} ({rank_of(p, rng, day)})"]
    return rng.choice(layouts[:2] if p.group != "police" else layouts)


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {s} (ID {c})", f"{rank} {s} - badge {c}", f"{rank} {s} ({FORCE_SHORT} {c})",
               f"Officer {c} ({rank} {s})", f"{rank} {c}-{s.upper()}",
               f"{rank} {s.upper()} (collar number {c})", f"{rank} {s}/{c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f}", f"{s.upper()} {f.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f.upper()}", f"{s} , {f}", f"{s},  {f}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark glued to them
        layouts.append(f"{s.upper()}; {f}")
    if p.middle and not p.decoy_of:
        layouts.append(f"{s.upper()}, {f} {p.middle[0]}.")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f'{f} "{n}" {s}', f"{s.upper()} ({n})", f"{n} {s.upper()}",
                       f"{f} ({n}) {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()} {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given == "Mohammed":  # written Md, Md., Mohd or in full, as Sylheti families do
        return rng.choice([f"Md {f} {s}", f"Md. {f} {s}", f"Mohd {f} {s}", f"Mohammed {f} {s}",
                           f"{s.upper()}, Md {f}"])
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{s.upper()}, {g} {f}", f"{g[0]} {f} {s}",
                           f"{g} {f} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]}. {s}", f"{s.upper()}, {f} {m}",
                       f"{f} {m} {s.upper()}", f"{f.upper()} {m.upper()} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{g} {s.upper()}", f"{s.upper()}, {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (maiden name {s})", f"{f} {m}, who was {f} {s},",
                           f"{f} {m} (formerly {s})", f"{f} {m} ({s} until 2003)",
                           f"{f} {m}, previously known as {s},"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{f[0]} {m}",
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
    written = rng.choice([f"{i} {s}", f"{s.upper()} {i}", f"{s} {i}.", f"{i}/{s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
