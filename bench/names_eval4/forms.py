"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council and school files write
names of each tradition. The README names only the forms, never these layouts, so that whoever
writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import random
import re

from bench.names_eval4.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D/Chief Insp", "Det. Ch. Insp.", "DCI."),
    "Supt": ("Supt", "Det Supt", "Detective Superintendent", "Superintendent"),
    "DI": ("DI", "D/Insp", "Det. Insp.", "Inspector"),
    "DS": ("DS", "D/Sgt", "Det. Sgt.", "Detective Sergeant"),
    "DC": ("DC", "D/C", "DC.", "Det. Con."),
    "PC": ("PC", "Pc", "Police Constable"),
    "PS": ("PS", "Sgt", "Sergeant", "P/S"),
    "Cllr": ("Cllr", "Councillor", "Coun."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Miss"), "Dr": ("Dr", "Dr."),
}

# (letter or pair, what a poor text layer made of it, may it hit a word's first letter)
_SLIPS = (("m", "rn", False), ("rn", "m", False), ("h", "li", False), ("e", "o", False),
          ("i", "l", False), ("l", "1", False), ("a", "u", False),
          ("n", "ri", False), ("u", "ii", False), ("d", "cl", False), ("ck", "cli", False),
          ("t", "f", False), ("f", "t", False), ("s", "a", False), ("y", "v", False),
          ("ü", "ii", False), ("ö", "o", False), ("ş", "s,", False),
          ("S", "$", True), ("E", "F", True), ("O", "Q", True), ("R", "K", True),
          ("T", "I", True), ("F", "P", True), ("A", "4", True), ("G", "C", True))

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST for text in (p.canonical, *p.translit, *p.punctuation)}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-'’]+", text)}


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip (a letter misread, or a space lost or gained)."""
    starts = _word_starts(text)
    spots = [(m.start(), m.end(), new) for old, new, first in _SLIPS if old != new
             for m in re.finditer(re.escape(old), text) if first or m.start() not in starts]
    spots += [(m.start(), m.end(), "") for m in re.finditer(" ", text)]
    spots += [(m.start() + 4, m.start() + 4, " ") for m in re.finditer(r"[^\W\d_]{8,}", text)]
    for _ in range(40):
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if folded(slipped) not in _TAKEN and folded(slipped) != folded(text):
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _dotted(names: str, stops: bool) -> str:
    letters = [word[0].upper() for word in re.split(r"[\s\-]+", names) if word]
    return "".join(f"{ch}." for ch in letters) if stops else "".join(letters)


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.initial_first:  # the Tamil usage: the father's name as an initial, then the name
        return rng.choice([f"{s[0]}. {f}", f"{s[0]} {f}", f"{s[0]}. {f.upper()}", f"{f} {s[0]}."])
    given = f"{p.given} {f}" if p.given else f"{f} {p.middle}".strip()
    layouts = [f"{_dotted(f, True)} {s}", f"{_dotted(f, False)} {s}", f"{s} {_dotted(f, True)}",
               f"{s.upper()} {_dotted(f, False)}"]
    if given != f:
        layouts += [f"{_dotted(given, True)} {s}", f"{_dotted(given, False)} {s}",
                    f"{s.upper()}, {_dotted(given, True)}"]
    if p.middle:
        layouts.append(f"{f} {p.middle[0]}. {s}")
    return rng.choice(layouts)


def _title(p: Person, rng: random.Random) -> str:
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _surname_cased(p: Person, rng: random.Random, upper_share: float) -> str:
    return p.surname.upper() if rng.random() < upper_share else p.surname


def _title_surname(p: Person, rng: random.Random) -> str:
    share = 0.4 if p.group == "police" else 0.1
    return f"{_title(p, rng)} {_surname_cased(p, rng, share)}"


def _title_collar(p: Person, rng: random.Random) -> str:
    rank = rng.choice(["PS", "Sgt"]) if p.title == "PS" else rng.choice(["PC", "Pc"])
    c, s = p.collar, p.surname
    layouts = [f"{rank} {c} {s.upper()}", f"{rank} {c} {s}", f"{rank}{c} {s.upper()}",
               f"{rank} {s} ({c})", f"{rank} {c} {p.forename} {s}"]
    if not namesakes(p, by_initial=True):  # else the initial and surname fit someone else too
        layouts.append(f"{rank} {c} {p.forename[0]}. {s.upper()}")
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    return rng.choice([p.canonical.upper(), f"{p.forename} {p.surname.upper()}",
                       f"{p.forename.upper()} {p.surname.upper()}"])


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s.upper()}, {f}", f"{s}, {f}", f"{s.upper()}, {f.upper()}", f"{s.upper()},{f}"]
    if s.startswith("van den "):  # a Dutch name sorts on its last word
        layouts.append(f"{s.split()[-1]}, {f} {' '.join(s.split()[:-1])}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s = p.nickname, p.surname
    return rng.choice([f"{n} {s}", f"{n} {s}", f"{s.upper()}, {n}", f"{n} {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()}, {ascii_fold(f)}"}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s = _surname_cased(p, rng, 0.25)
    if p.given:
        short = rng.choice([p.given, *p.given_short])
        return f"{short} {p.forename} {s}"
    return rng.choice([f"{p.forename} {p.middle} {s}", f"{s.upper()}, {p.forename} {p.middle}"])


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
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{_title(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{i}. {s}", f"{s.upper()} {i}.", f"{s}, {i}", f"{i} {s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
