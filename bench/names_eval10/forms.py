"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (acting and temporary ranks, ranks with a slash, collar numbers
glued to the rank, after "No." or "#", with the force's letters after them, or before the rank;
the Burmese honorifics; the family name first for a Rwandan name). The README names only the
forms, never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes
from bench.names_eval10.reuse import bound

_RANKS = {
    "DCI": ("DCI", "D/Ch/Insp", "Det Ch Insp", "DCI"),
    "Supt": ("Supt", "D/Supt", "Det Supt", "Supt"),
    "DI": ("DI", "D/Insp", "A/DI", "DI"),
    "DS": ("DS", "D/Sgt", "T/DS", "DS"),
    "DC": ("DC", "D/Con", "TDC", "DC"),
    "PC": ("PC", "Pc", "Const.", "PC"),
    "PCSO": ("PCSO", "Pcso", "CSO"),
    "PS": ("PS", "Sgt", "Custody Sgt", "PS"),
    "Cllr": ("Cllr", "Coun.", "Councillor"),
    "Elder": ("Elder", "Elder"),
    "Daw": ("Daw", "Daw"),
    "Ko": ("Ko", "Mr"),
    "Dr": ("Dr", "Dr"),
    "Mr": ("Mr", "MR"), "Mrs": ("Mrs", "MRS"), "Ms": ("Ms", "MS"), "Miss": ("Miss", "Miss"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: the space between words
# stored as a no-break, figure or thin space, UTF-8 read as Windows-1252 (mojibake), a letter read
# as a superscript modifier letter, and a small letter read as its capital inside a word.
_SPACES = ("\u00a0", "\u2007", "\u2009")
_MODIFIERS = {"a": "ᵃ", "e": "ᵉ", "i": "ⁱ", "o": "ᵒ", "n": "ⁿ", "r": "ʳ", "s": "ˢ", "t": "ᵗ",
              "u": "ᵘ", "l": "ˡ", "m": "ᵐ", "k": "ᵏ", "h": "ʰ", "d": "ᵈ", "b": "ᵇ", "g": "ᵍ"}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _inner(text: str) -> list[int]:
    """Positions inside a word: never a word's first letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{3,}", text)
            for k in range(1, len(m.group()))]


def _mojibake(ch: str) -> str:
    return ch.encode("utf-8").decode("cp1252", errors="replace")


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    inner = _inner(text)
    kinds = [
        [(m.start(), m.end(), space) for m in re.finditer(" ", text) for space in _SPACES],
        [(i, i + 1, _mojibake(ch)) for i, ch in enumerate(text)
         if not ch.isascii() and "\ufffd" not in _mojibake(ch)],
        [(i, i + 1, _MODIFIERS[text[i]]) for i in inner if text[i] in _MODIFIERS],
        [(i, i + 1, text[i].upper()) for i in inner if text[i].islower()],
    ]
    # Mojibake, the rarer kind, is picked more often where the name allows it.
    weighted = [(spots, weight) for spots, weight in zip(kinds, (1, 3, 1, 1), strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _first_initials(forename: str) -> str:
    """J-R for Jean-Robert, K Z for Kyaw Zin, T for Tewodros."""
    return "-".join(" ".join(w[0].upper() for w in part.split()) for part in forename.split("-"))


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, _first_initials(p.forename)
    tight = f.replace(" ", "")
    layouts = [f"{tight} {s}", f"{s} {tight}", f"{s.upper()} {tight}", f"{f}. {s}",
               f"{s}, {tight}", f"{'.'.join(f.split())}. {s.upper()}"]
    if p.family_first:
        layouts.append(f"{s.upper()} {f}.")
    if p.middle or p.given:
        other = (p.given or p.middle)[0].upper()
        pair = other + tight if p.given else tight + other
        layouts += [f"{pair} {s}", f"{s} {pair}", f"{s.upper()}, {pair}",
                    f"{'.'.join(pair)}. {s}"]
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
    glued = rank.replace("/", "").replace(" ", "")
    layouts = [f"{glued}{c} {s}", f"{glued}{c} {s.upper()}", f"{rank} No. {c} {s}",
               f"{rank} {s} #{c}", f"{c} {rank} {s.upper()}", f"{rank} {c}/{FORCE_SHORT} {s}",
               f"{s}, {rank} ({c})", f"{rank} {s} {c}{FORCE_SHORT[0]}",
               f"{s.upper()} {glued}{c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f.upper()}", f"{s.upper()} - {f}", f"{f} {s.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f.upper()}", f"{s.upper()}, {f}",
               f"{s} , {f}", f"{s.upper()},  {f}"]
    if p.middle and not p.decoy_of:
        layouts.append(f"{s}, {f} {p.middle[0]}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f'{f} "{n}" {s}', f"{n} {s}", f"{n} {s.upper()}", f"{s}, {n}",
                       f"{f} ({n}) {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s)}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g.upper()} {f.upper()} {s.upper()}",
                           f"{s}, {g} {f}", f"{g[0]} {f} {s}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} {m[0]} {s}", f"{s.upper()} {f} {m}",
                       f"{f} {m} {s.upper()}", f"{s}, {f} {m[0]}."])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{g} {s.upper()}", f"{s.upper()}, {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname}, {forename}", f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (maiden name {s})", f"{f} {m} (born {s})",
                           f"{f} {m}, then {f} {s},", f"{f} {m} ({s} until 2001)",
                           f"Mrs {f} {m} (formerly Miss {s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()} {f}", f"{f[0]} {m}",
                       f"{m}, {f}", f"Mrs {m}", f"{f} {m.upper()}"])


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
    i = _first_initials(p.forename)[0]
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{rank_of(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{i} {s}", f"{s} {i}", f"{s.upper()} {i}.", f"{i}.{s}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
