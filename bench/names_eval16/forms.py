"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (rank abbreviations with "Chf", "Inspr", "Sergt" and "Cons", a
rank glued to the collar number, the number after "#" or a slash or "c.", initials glued to the
surname by a full stop or after it with a semicolon, index forms with a semicolon or a slash,
nicknames in brackets or low-high quotes or single curly quotes, the forename in capitals). The
README names only the forms, never these layouts, so that whoever writes Docket's rules cannot
fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval16.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("Det Chf Insp", "D.Ch.Insp", "DCI", "Det/Chief/Insp"),
    "CI": ("Ch Insp", "C/Insp", "Chief Insp.", "CI"),
    "DI": ("D.Insp", "Det Inspr", "DI", "D/Inspr"),
    "DS": ("D.Sgt", "Det Sergt", "DS", "D/Sergeant"),
    "DC": ("D.Con", "Det Cons", "DC", "D/Const"),
    "PC": ("PC", "Pol Con", "P/Con", "Const"),
    "PCSO": ("PCSO", "P/CSO", "Comm Supp Off"),
    "PS": ("PS", "Cust Sgt", "P/Sergeant", "Sergt"),
    "Supt": ("Supt", "Supdt", "Superint.", "Supt"),
    "Cllr": ("Cllr", "Clr", "Counc.", "Councillor"),
    "Deacon": ("Deacon", "Dn", "Dcn."),
    "Prof": ("Prof", "Prof.", "Professor"),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Miss": ("Miss",),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a small letter read as
# the Roman numeral sign that looks like it, a letter read as its Armenian look-alike, a word
# read letter by letter (a space after each letter, as from a letter-spaced line), and a small l
# or capital I read as the click letter that is a plain vertical bar.
_ROMAN = {"i": "ⅰ", "l": "ⅼ", "c": "ⅽ", "d": "ⅾ", "m": "ⅿ"}
_ARMENIAN = {"o": "օ", "u": "ս", "h": "հ", "n": "ո"}
_BAR = {"l": "ǀ", "I": "ǀ"}

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
        [(i, i + 1, _ROMAN[text[i]]) for i in inner if text[i] in _ROMAN],
        [(i, i + 1, _ARMENIAN[text[i]]) for i in inner if text[i] in _ARMENIAN],
        [(m.start(), m.end(), " ".join(m.group()))
         for m in re.finditer(r"\b[^\W\d_]{4,9}\b", text)],
        [(i, i + 1, _BAR[text[i]]) for i in inner if text[i] in _BAR],
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
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """S L for Swee Lian, E for Estève, X for Xıdır."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    tight, dotted = "".join(letters), ".".join(letters) + "."
    layouts = [f"{dotted}{s}", f"{s}, {dotted}", f"{' '.join(letters)} {s.upper()}",
               f"{s.upper()}; {tight}", f"{tight} {s}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s, rank = p.surname, rank_of(p, rng, day)
    return rng.choice([f"{rank} {s}", f"{s} ({rank})", f"{rank} {s.upper()}",
                       f"{s.upper()} - {rank}"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    glued = rank.replace(" ", "").replace(".", "").replace("/", "")
    layouts = [f"{rank} {s} #{c}", f"{rank} {c}/{s}", f"{s} {glued}{c}", f"{glued}{c} {s}",
               f"{rank} {s} - {c}", f"{rank} {s} (c.{c})"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{f.upper()} {s}", f"{s.upper()} {f.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()}, {f.upper()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark but a comma glued to them
        layouts += [f"{s}; {f}", f"{s.upper()} / {f}", f"{s.upper()}:{f}"]
        if p.title:
            layouts.append(f"{s}, {f} - {rank_of(p, rng)}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} ({n}) {s}", f"{n} {s}", f"{s}, {f} „{n}“",
                       f"{n} {s} (nickname)", f"{f} ‘{n}’ {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), f"{ascii_fold(s).upper()} {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]}. {f} {s}", f"{s.upper()}, {g} {f}",
                           f"{g} {f} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]} {s}", f"{s}, {f} {m[0]}.",
                       f"{f} ({m}) {s}", f"{f.upper()} {m.upper()} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()} {g}", f"{g} {s.upper()}", f"{s}, {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    if p.family_first:
        return rng.choice([p.alias, p.alias, p.alias.upper(), f"{surname}, {forename}"])
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (previously {s})", f"{f} {m}, maiden name {s},",
                           f"{f} {m} [prev. {s}]", f"{f} {m} (born {s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m}, {f}", f"{f} {m.upper()}",
                       f"{m.upper()} {f}"])


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
    written = rng.choice([f"{i}.{s}", f"{s}, {i}.", f"{s.upper()} {i}", f"{i} {s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
