"""Writing one person in one of the measured forms (a fresh, seeded choice among its layouts).

Each form has several layouts, as real files do; the README lists only the form names, so that
whoever writes Docket's name rules does not see the layouts this set uses.
"""

from __future__ import annotations

import random

from bench.names_eval2.cast import BY_NAME, CAST, Person, ascii_fold

_RANKS = {
    "DC": ("DC", "D.C.", "Det Con", "Detective Constable"),
    "DS": ("DS", "D/S", "Det Sgt", "Detective Sergeant"),
    "DI": ("DI", "D/Insp", "Det Insp", "Inspector"),
    "DCI": ("DCI", "Det Ch Insp", "Detective Chief Inspector"),
    "Supt": ("Supt", "Supt.", "Superintendent"),
    "PC": ("PC", "P.C.", "Constable"),
    "PS": ("PS", "Sgt", "Sergeant"),
    "Cllr": ("Cllr", "Cllr.", "Councillor"),
    "Dr": ("Dr", "Dr."),
}

# OCR slips an old text layer carries. Those marked True may hit the first letter of a word.
_SLIPS = (("m", "rn", False), ("d", "cl", False), ("h", "li", False), ("l", "1", False),
          ("e", "c", False), ("u", "ii", False), ("w", "vv", False), ("n", "ri", False),
          ("t", "f", False), ("g", "q", False), ("y", "v", False), ("O", "0", True),
          ("S", "5", True), ("B", "8", True), ("I", "l", True), ("a", "e", False))

_TAKEN = {ascii_fold(p.canonical).casefold() for p in CAST}


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip, never turning it into another person's name."""
    spots = [(i, new) for i, ch in enumerate(text) for old, new, first in _SLIPS
             if ch == old and (first or (i > 0 and text[i - 1] not in " -'"))]
    for _ in range(20):
        i, new = rng.choice(spots)
        slipped = text[:i] + new + text[i + 1:]
        if ascii_fold(slipped).casefold() not in _TAKEN:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def mixed_capitals(surname: str, rng: random.Random) -> str:
    """A surname in capitals, or with a prefix kept and the rest in capitals, or flattened."""
    for prefix in ("Mac", "Mc", "O'", "Fitz"):
        if surname.startswith(prefix) and len(surname) > len(prefix) + 1:
            rest = surname[len(prefix):]
            layouts = {f"{prefix}{rest.upper()}", surname.upper(), surname.capitalize()}
            return rng.choice(sorted(layouts - {surname}))
    return surname.upper()


def _initials(p: Person, rng: random.Random) -> str:
    f, s = p.forename[0], p.surname
    if p.forename.startswith("Kerry-Ann"):
        f = rng.choice(["K", "K-A", "KA"])
    layouts = [f"{f}. {s}", f"{f} {s}", f"{s}, {f}.", f"{s.upper()} {f}"]
    second = (p.middle or p.forename)[0] if (p.middle or p.given) else ""
    if p.given:
        f = p.given[0]
    if second:
        layouts += [f"{f}.{second}. {s}", f"{f}{second} {s}", f"{f}. {second}. {s}",
                    f"{s} {f}.{second}.", f"{s.upper()}, {f}. {second}."]
    return rng.choice(layouts)


def _title_surname(p: Person, rng: random.Random) -> str:
    title = rng.choice(_RANKS.get(p.title, (p.title,)))
    surname = p.surname
    if p.group == "police" and rng.random() < 0.35:
        surname = mixed_capitals(surname, rng)
    return f"{title} {surname}"


def _title_collar(p: Person, rng: random.Random) -> str:
    rank = rng.choice(["PS", "Sgt"]) if p.title == "PS" else "PC"
    s, c = p.surname, p.collar
    return rng.choice([f"{rank} {c} {s.upper()}", f"{rank}{c} {s}", f"{rank} {c} {s}",
                       f"{rank} {c} {mixed_capitals(s, rng)}"])


def _translit(p: Person, rng: random.Random) -> str:
    choices = [f"{v} {p.surname}" for v in p.variant_forenames]
    choices += [f"{p.forename} {v}" for v in p.variant_surnames]
    choices += [f"{v} {w}" for v in p.variant_forenames for w in p.variant_surnames]
    return rng.choice(choices)


def _letters(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text) if ch.isalpha()).casefold()


def _punctuation(p: Person, rng: random.Random) -> str:
    variant = rng.choice(p.punctuation)
    if _letters(variant) == _letters(p.surname):
        return f"{p.forename} {variant}"
    return f"{variant} {p.surname}"


def _with_middle(p: Person, rng: random.Random) -> str:
    surname = p.surname if rng.random() < 0.7 else mixed_capitals(p.surname, rng)
    if p.given:
        return f"{p.given} {p.forename} {surname}"
    return f"{p.forename} {p.middle} {surname}"


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g[0]}. {s}", f"{s.upper()} {g[0]}",
                       f"{g} {p.forename[0]}. {s}"])


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s.upper()}, {f}", f"{s}, {f}", f"{s.upper()}, {f.upper()}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    return rng.choice([p.canonical.upper(), f"{p.forename} {mixed_capitals(p.surname, rng)}"])


_RENDERERS = {
    "upper": _upper, "surname_comma": _surname_comma, "initials": _initials,
    "title_surname": _title_surname, "title_collar": _title_collar, "translit": _translit,
    "punctuation": _punctuation, "with_middle": _with_middle, "given_name": _given_name,
}


def render_form(p: Person, form: str, rng: random.Random) -> str:
    """One written form of a person."""
    if form in _RENDERERS:
        return _RENDERERS[form](p, rng)
    simple = {"canonical": p.canonical, "nickname": f"{p.nickname} {p.surname}",
              "email": p.email, "forename": p.forename,
              "diacritics": ascii_fold(p.canonical)}
    if form in simple:
        return simple[form]
    if form == "ocr":
        return ocr_slip(p.canonical, rng)
    raise ValueError(form)


def ambiguous_form(p: Person, rng: random.Random) -> str:
    """A form that fits the person and the other person sharing surname, initial and title."""
    other = BY_NAME[p.ambiguous_with]
    assert other.surname == p.surname and other.forename[0] == p.forename[0]
    f, s = p.forename[0], p.surname
    return rng.choice([f"{f}. {s}", f"{f} {s}", f"{p.title} {s}", f"{p.title} {s.upper()}",
                       f"{s.upper()}, {f}.", f"{s} {f}."])
