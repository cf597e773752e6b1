"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own (rank shapes with full stops, collar numbers as a warrant number,
in square brackets first, after a slash before the rank; initials in lower case, after the
surname with a full stop or a spaced slash; a church name joined to the name used by a hyphen;
nicknames in guillemets or curly single quotes). The README names only the forms, never these
layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval9 import forms as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval13.cast import CAST, FORCE_SHORT, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("D.C.I.", "Det. Ch. Insp.", "DCI", "Detective Chief Inspector"),
    "Supt": ("Supt.", "Superintendent", "Det. Supt.", "SUPT"),
    "DI": ("D.I.", "Det. Insp.", "Detective Inspector", "DI"),
    "DS": ("D.S.", "Det. Sgt.", "Detective Sergeant", "DS"),
    "DC": ("D.C.", "Det. Const.", "Detective Constable", "DC"),
    "PC": ("P.C.", "Police Constable", "PC"),
    "PCSO": ("P.C.S.O.", "PCSO", "CSO"),
    "PS": ("P.S.", "Sgt.", "Custody Sergeant", "PS"),
    "Cllr": ("Cllr.", "Councillor", "Cllr", "CLLR"),
    "Sister": ("Sister", "Sr", "Sr."),
    "Dr": ("Dr", "Dr."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Miss": ("Miss", "Miss"),
}

# Slips an old text layer leaves, of kinds the earlier sets did not use: a small letter read as
# its small capital (a heading font's glyph), a letter read twice (a ghosted stroke), and the
# space between two words read one letter early or late.
_SMALL_CAPITALS = {"a": "ᴀ", "b": "ʙ", "c": "ᴄ", "d": "ᴅ", "e": "ᴇ", "g": "ɢ", "h": "ʜ",
                   "i": "ɪ", "j": "ᴊ", "k": "ᴋ", "l": "ʟ", "m": "ᴍ", "n": "ɴ", "o": "ᴏ",
                   "p": "ᴘ", "r": "ʀ", "t": "ᴛ", "u": "ᴜ", "v": "ᴠ", "w": "ᴡ", "y": "ʏ",
                   "z": "ᴢ"}

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}
_TAKEN |= {folded(text).replace(" ", "") for text in _TAKEN}


def _inner(text: str) -> list[int]:
    """Positions inside a word: never a word's first letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(2, len(m.group()) - 1)]


def _shifted_spaces(text: str) -> list[tuple[int, int, str]]:
    """The space between two words moved one letter left or right (both words stay 3+ long)."""
    spots = []
    for m in re.finditer(r"(?<=[^\W\d_]{4}) (?=[^\W\d_]{4})", text):
        i = m.start()
        spots.append((i - 1, i + 1, f" {text[i - 1]}"))  # "Todo rKostoglu"
        spots.append((i, i + 2, f"{text[i + 1]} "))  # "TodorK ostoglu"
    return spots


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip: a kind is chosen first (among those the name allows), then a
    place."""
    inner = _inner(text)
    kinds = [
        [(i, i + 1, _SMALL_CAPITALS[text[i]]) for i in inner if text[i] in _SMALL_CAPITALS],
        [(i, i + 1, text[i] * 2) for i in inner if text[i] != text[i - 1] != text[i + 1]],
        _shifted_spaces(text),
    ]
    weighted = [(spots, weight) for spots, weight in zip(kinds, (3, 2, 2), strict=True) if spots]
    for _ in range(80):
        spots = rng.choices([s for s, _ in weighted], [w for _, w in weighted])[0]
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)} \
                and folded(slipped).replace(" ", "") not in _TAKEN - {folded(text).replace(" ", "")}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(forename: str) -> list[str]:
    """S C for Siew Choon, N P for Naw Paw, K for Kēhau."""
    return [ascii_fold(w[0]).upper() or w[0].upper() for w in re.split(r"[\s-]+", forename) if w]


def _initials(p: Person, rng: random.Random) -> str:
    s, letters = p.surname, _letters(p.forename)
    if p.given:
        letters = [p.given[0].upper(), *letters]
    elif p.middle:
        letters = [*letters, p.middle[0].upper()]
    spaced, tight = " ".join(letters), "".join(letters)
    dotted = " ".join(f"{letter}." for letter in letters)
    layouts = [f"{s.upper()} / {spaced}", f"{tight.lower()} {s.lower()}", f"{dotted} {s.upper()}",
               f"{s}.{tight}", f"{s} [{tight}]",
               f"{s}, {dotted} ({p.title})" if p.title else f"{s}, {dotted}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    s = p.surname
    layouts = [f"{rank_of(p, rng, day)} {s}", f"{rank_of(p, rng, day)} {s.upper()}",
               f"{s}, {rank_of(p, rng, day)}", f"{rank_of(p, rng, day)}/{s}"]
    return rng.choice(layouts[:2] if p.group != "police" else layouts)


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    layouts = [f"{rank} {s} (warrant {c})", f"{c}/{rank} {s}", f"[{c}] {rank} {s.upper()}",
               f"{rank} {s} ({c}/{FORCE_SHORT})", f"{rank} {s.upper()}, number {c}",
               f"{s} {c}/{rank}", f"{rank} {s} Nr {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} — {f}", f"{s.upper()} {f.upper()}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s.lower()}, {f.lower()}"]
    if not p.decoy_of:  # a decoy's words stand apart, with no mark glued to them
        layouts.append(f"{s}, {f} ({rank_of(p, rng)})" if p.title else f"{s.upper()} ,  {f}")
    if p.middle and not p.decoy_of:
        layouts.append(f"{s.upper()}, {f} ({p.middle})")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f"{f} «{n}» {s}", f"{n} {s} ({f})", f"{f} ‘{n}’ {s}",
                       f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               ascii_fold(p.canonical).upper(), ascii_fold(p.canonical).lower()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g}-{f} {s}", f"{g[0]}.{f} {s}", f"{s}, {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{f} ({m}) {s}", f"{s.upper()} {f} {m[0]}.",
                       f"{f} {m} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{g} {s.upper()}", f"{s}, {g}",
                       f"{g} {s} ({rank_of(p, rng)})"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}", f"{surname} {forename}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    husband = m.split(" de ")[-1]
    if linked:
        return rng.choice([f"{f} {m} [formerly {f} {s}]", f"{f} {m} (until September 2002 {s})",
                           f"{f} {m}, whose name was {s} before she married,",
                           f"{f} {m} (single name {s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{f} de {husband}",
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
    written = rng.choice([f"{s.upper()} / {i}", f"{i.lower()} {s.lower()}", f"{i}. {s.upper()}",
                          f"{s}.{i}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
