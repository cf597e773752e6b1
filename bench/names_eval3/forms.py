"""Writing one person in one measured form: a fresh, seeded choice among the layouts files use.

The README names only the forms, never these layouts, so that whoever writes Docket's rules
cannot fit them.
"""

from __future__ import annotations

import random
import re

from bench.names_eval3.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D.C.I.", "Det Ch Insp", "Detective Chief Inspector"),
    "Supt": ("Supt", "Supt.", "Superintendent", "Det Supt"),
    "DI": ("DI", "D.I.", "Det Insp", "Detective Inspector"),
    "DS": ("DS", "D.S.", "Det Sgt", "DS."),
    "DC": ("DC", "D.C.", "Det Con", "Detective Constable"),
    "PC": ("PC", "P.C.", "Constable"),
    "PS": ("PS", "Sgt", "Sergeant", "Sgt."),
    "Cllr": ("Cllr", "Cllr.", "Councillor"),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Dr": ("Dr", "Dr."),
}

# (letter, what a poor text layer makes of it, may it hit a word's first letter)
_SLIPS = (("m", "rn", False), ("h", "b", False), ("e", "c", False), ("i", "l", False),
          ("l", "I", False), ("o", "0", False), ("a", "o", False), ("n", "u", False),
          ("u", "n", False), ("d", "cl", False), ("w", "vv", False), ("t", "l", False),
          ("g", "q", False), ("r", "n", False), ("S", "5", True), ("G", "6", True),
          ("B", "8", True), ("D", "O", True), ("K", "X", True), ("C", "G", True))

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST for text in (p.canonical, *p.translit, *p.punctuation)}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-']+", text)}


def _split_points(text: str) -> list[int]:
    """Where a word of six letters or more may be split in two, three letters from each end."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{6,}", text)
            for k in range(3, len(m.group()) - 2)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip (a letter misread, or a word split in two)."""
    starts = _word_starts(text)
    spots = [(i, i + 1, new) for i, ch in enumerate(text) for old, new, first in _SLIPS
             if ch == old and (first or i not in starts)]
    spots += [(i, i, " ") for i in _split_points(text)]
    for _ in range(30):
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if folded(slipped) not in _TAKEN:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _order(p: Person, given: str, family: str) -> str:
    return f"{family} {given}" if p.family_first else f"{given} {family}"


def initials_of(name: str, dots: bool) -> str:
    letters = [word[0] for word in re.split(r"[\s\-]+", name) if word]
    return "".join(f"{ch}." for ch in letters) if dots else "".join(letters)


def _initials(p: Person, rng: random.Random) -> str:
    s = p.surname
    second = p.middle if not p.family_first else ""
    names = f"{p.given} {p.forename}" if p.given else f"{p.forename} {second}".strip()
    full, first = initials_of(names, True), initials_of(p.forename, True)
    if p.family_first:
        return rng.choice([f"{full} {s}", f"{initials_of(names, False)} {s}",
                           f"{s.upper()} {full}", f"{s}, {full}"])
    layouts = [f"{first} {s}", f"{first[0]} {s}", f"{s}, {first}", f"{s.upper()} {first[0]}"]
    if full != first:
        layouts += [f"{full} {s}", f"{initials_of(names, False)} {s}", f"{s} {full}",
                    f"{s.upper()}, {' '.join(initials_of(names, False))}"]
    return rng.choice(layouts)


def _title(p: Person, rng: random.Random) -> str:
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random) -> str:
    upper = p.group == "police" and rng.random() < 0.3
    return f"{_title(p, rng)} {p.surname.upper() if upper else p.surname}"


def _title_collar(p: Person, rng: random.Random) -> str:
    rank = rng.choice(["PS", "Sgt"]) if p.title == "PS" else "PC"
    c, s = p.collar, p.surname
    return rng.choice([f"{rank} {c} {s.upper()}", f"{rank} {c} {s}", f"{rank}{c} {s}",
                       f"{rank} {s} {c}", f"{rank} {c} {p.forename[0]}. {s}",
                       f"{rank} {c} {s.upper()}"])


def _upper(p: Person, rng: random.Random) -> str:
    return rng.choice([p.canonical.upper(), _order(p, p.forename, p.surname.upper())])


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    return rng.choice([f"{s.upper()}, {f}", f"{s}, {f}", f"{s.upper()}, {f.upper()}"])


def _nickname(p: Person, rng: random.Random) -> str:
    return rng.choice([f"{p.nickname} {p.surname}", f"{p.nickname} {p.surname}",
                       f"{p.surname.upper()}, {p.nickname}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), _order(p, ascii_fold(f), s), _order(p, f, ascii_fold(s)),
               ascii_fold(p.canonical).upper() if rng.random() < 0.2 else ascii_fold(p.canonical)}
    return rng.choice(sorted(layouts - {p.canonical}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s = p.surname.upper() if rng.random() < 0.25 else p.surname
    if p.given:
        return f"{p.given} {p.forename} {s}"
    if p.family_first:
        return f"{s} {p.middle} {p.forename}"
    return f"{p.forename} {p.middle} {s}"


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g} {s.upper()}"])


_RENDERERS = {
    "upper": _upper, "surname_comma": _surname_comma, "initials": _initials,
    "title_surname": _title_surname, "title_collar": _title_collar, "nickname": _nickname,
    "diacritics": _diacritics, "with_middle": _with_middle, "given_name": _given_name,
}


def render_form(p: Person, form: str, rng: random.Random) -> str:
    """One written form of a person."""
    if form in _RENDERERS:
        return _RENDERERS[form](p, rng)
    if form == "canonical":
        return p.canonical
    if form == "translit":
        return rng.choice(p.translit)
    if form == "punctuation":
        return rng.choice(p.punctuation)
    if form == "email":
        return p.email
    if form == "forename":
        return p.forename
    if form == "ocr":
        return ocr_slip(p.canonical, rng)
    raise ValueError(form)


def ambiguous_form(p: Person, rng: random.Random) -> tuple[str, list[str]]:
    """A form fitting this person and a namesake, with every candidate it fits."""
    s, i = p.surname, p.forename[0]
    if rng.random() < 0.5:
        written = rng.choice([f"{i}. {s}", f"{s.upper()} {i}", f"{s}, {i}.", f"{i} {s.upper()}"])
        others = namesakes(p, by_initial=True)
    else:
        written = f"{_title(p, rng)} {rng.choice([s, s.upper()])}"
        others = namesakes(p, by_initial=False)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
