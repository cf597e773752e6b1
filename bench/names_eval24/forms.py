"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own where the earlier sets left room (ranks with stops, a slash after
"D" or "W", "Det Ch Insp", "Const.", "Coun.", an alderman's and a retired major's title, women
officers' ranks as files wrote them until 1999; a rank in brackets or after a dash behind the
surname; a collar number in square brackets, before the rank, as "No." after a dash, in
brackets after the rank behind a surname in capitals, or after a slash; initials run together
after the surname, spaced after the surname in capitals and a comma, or glued to the surname
with stops; a semicolon or a colon in an index form; a nickname in brackets before or after the
surname; a married name with the earlier one as "maiden name", "was" or "prev."). The README
names only the forms, never these layouts, so that whoever writes Docket's rules cannot fit
them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval24.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D.C.I.", "Det Ch Insp"),
    "DI": ("DI", "D/Insp", "Det.Insp."),
    "DS": ("DS", "D/Sgt.", "Det Sgt"),
    "DC": ("DC", "D/Con", "Det.Con."),
    "PCSO": ("PCSO", "C.S.O."),
    "PS": ("PS", "Sgt.", "Custody Sgt"),
    "PC": ("PC", "Const.", "P/C"),
    "Insp": ("Insp", "Insp.", "Inspr."),
    "Cllr": ("Cllr", "Councillor", "Coun."),
    "Alderman": ("Alderman", "Ald.", "Aldn"),
    "Major": ("Major", "Maj.", "Maj"),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."),
}
_WOMEN_UNTIL = dt.date(1999, 1, 1)  # women officers' ranks were written apart until then
_WOMEN_RANKS = {"PC": ("W.P.C", "Woman Const."), "DC": ("W.D.C", "W/Det Con")}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a smudge above a vowel
# read as a hook above it, a speck read as a caron, and a fleck read as an inverted breve.
_HOOK_ABOVE = dict(zip("aeiouy", "ảẻỉỏủỷ", strict=True))
_CARON = dict(zip("aeiouncrsz", "ǎěǐǒǔňčřšž", strict=True))
_INVERTED_BREVE = dict(zip("aeiour", "ȃȇȋȏȗȓ", strict=True))

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
    return [[(i, i + 1, table[text[i]]) for i in inner if text[i] in table]
            for table in (_HOOK_ABOVE, _CARON, _INVERTED_BREVE)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    weighted = [(spots, weight) for spots, weight in zip(_slip_spots(text), (3, 3, 2),
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
    return [ascii_fold(w[0]).upper() or w[0].upper()
            for w in re.split(r"[\s-]+", forename.replace("'", "")) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, ascii_fold(p.middle[0]).upper()]
    tight, spaced, dots = "".join(letters), " ".join(letters), ".".join(letters) + "."
    layouts = [f"{s} {tight}", f"{s.upper()}, {spaced}", f"{dots}{s}", f"{dots} {s.upper()}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms (a woman officer's as files
    wrote it before 1999)."""
    if p.female and p.title in _WOMEN_RANKS and day is not None and day < _WOMEN_UNTIL:
        return rng.choice(_WOMEN_RANKS[p.title])
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    return rng.choice([f"{rank} {s}", f"{rank} {s.upper()}", f"{s} ({rank})",
                       f"{s.upper()} - {rank}"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {s} [{c}]", f"{c} {rank} {s}", f"{rank} {s} - No.{c}",
               f"{s.upper()} ({rank} {c})", f"{rank} {s} / {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f.upper()}", f"{s.upper()} {f}", f"{f} {s.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()}, {f.upper()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark but a comma glued to them
        layouts += [f"{s}; {f}", f"{s.upper()}: {f}", f"{s.upper()};{f}"]
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s = p.nickname, p.surname
    return rng.choice([f"{n} {s}", f"{n} ({s})", f"{s.upper()} {n}", f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s)}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]}. {f} {s}", f"{s.upper()} {g} {f}",
                           f"{g} {f} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]} {s}", f"{s.upper()} {f} {m}",
                       f"{s}; {f} {m[0]}.", f"{f} {m.upper()} {s}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()} {g}", f"{g} {s.upper()}", f"{s}; {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (maiden name {s})", f"{f} {m} (was {s.upper()})",
                           f"{m.upper()}, {f} (prev. {s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{m}; {f}",
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
    written = rng.choice([f"{s} {i}.", f"{i}/{s.upper()}", f"{s.upper()}, {i}", f"{i}.{s}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
