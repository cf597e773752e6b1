"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council, hospital, school and
solicitors' files write names of each tradition (printouts that put the surname first and split
it from the forename with a slash, Exchange address books that write "Surname, Forename",
ranks in dotted and run-together abbreviations, collar numbers with a division letter and a
slash, a special constable's number, "collar no." written out, nicknames in quotes). The README
names only the forms, never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval7.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D.C.I.", "Det Chief Insp", "DCI."),
    "Supt": ("Supt", "Supt.", "Det. Supt.", "Superintendent"),
    "DI": ("DI", "D.I.", "Insp.", "Inspector"),
    "DS": ("DS", "D.S.", "Det.Sgt", "DSgt"),
    "DC": ("DC", "D.C.", "Det.Con.", "DC."),
    "PC": ("PC", "P.C.", "Police Constable", "PC."),
    "PS": ("PS", "P.S.", "Sgt", "Custody Sgt"),
    "SC": ("SC", "S/C", "Special Constable", "Spec Con"),
    "Cllr": ("Cllr", "Councillor", "Coun."),
    "Alhaji": ("Alhaji", "Alh."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Dr": ("Dr", "Dr."),
}

# Latin letters an OCR engine with a Cyrillic model reads as their look-alikes.
_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
             "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
             "C": "С", "T": "Т"}
# The slips of a poor text layer that the earlier sets did not use, by kind: a Cyrillic
# look-alike, a small letter read as its capital inside a word, a letter read as a digit or a
# bar, an accent read as another. (old, new, may it hit a word's first letter)
_SLIPS = (
    tuple((old, new, True) for old, new in _CYRILLIC.items()),
    (("c", "C", False), ("o", "O", False), ("s", "S", False), ("v", "V", False),
     ("w", "W", False), ("z", "Z", False), ("k", "K", False), ("u", "U", False)),
    (("g", "9", False), ("b", "6", False), ("l", "|", False), ("t", "+", False),
     ("q", "9", False)),
    (("ä", "å", False), ("ö", "ő", False), ("č", "ć", False), ("ć", "č", False),
     ("Õ", "Ö", True), ("õ", "ö", False), ("Đ", "Ð", True), ("Ä", "Å", True)),
)

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-'’]+", text)}


def _inner_letters(text: str, shortest: int) -> list[int]:
    """Letters inside a word of `shortest` letters or more, not its first or last."""
    return [m.start() + k for m in re.finditer(rf"[^\W\d_]{{{shortest},}}", text)
            for k in range(1, len(m.group()) - 1)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip: a kind is chosen first, then a place where it can happen.
    Two more kinds: a letter read twice, and a line-end hyphen kept inside a word (with or
    without the space the join left)."""
    starts = _word_starts(text)
    kinds = [[(m.start(), m.end(), new) for old, new, first in kind
              for m in re.finditer(re.escape(old), text) if first or m.start() not in starts]
             for kind in _SLIPS]
    kinds.append([(i, i + 1, text[i] * 2) for i in _inner_letters(text, 5)])
    kinds.append([(i, i, rng.choice(("- ", "-"))) for i in _inner_letters(text, 7)
                  if i - 2 not in starts and text[i - 1].isalpha() and text[i + 1].isalpha()])
    kinds = [spots for spots in kinds if spots]
    for _ in range(80):
        start, end, new = rng.choice(rng.choice(kinds))
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _letters(names: str) -> list[str]:
    return [word[0].upper() for word in re.split(r"\s+", names) if word]


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    first = "-".join(part[0].upper() for part in f.split("-"))  # B-E. for Bat-Erdene
    layouts = [f"{s}, {first}.", f"{s} {first}", f"{s.upper()}, {first}.", f"{first}.{s}"]
    if p.middle or p.given:
        other = (p.given or p.middle)[0].upper()
        pair = [other, first] if p.given else [first, other]
        layouts += [f"{pair[0]} {pair[1]} {s}", f"{s.upper()}, {pair[0]}.{pair[1]}.",
                    f"{pair[0]}.{pair[1]}. {s.upper()}", f"{s} {pair[0]}.{pair[1]}.",
                    f"{pair[0]}{pair[1]} {s}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    upper = rng.random() < (0.35 if p.group == "police" else 0.1)
    return f"{rank_of(p, rng, day)} {p.surname.upper() if upper else p.surname}"


def _collar_written(collar: str, rng: random.Random) -> str:
    """A collar number with a division letter and a slash is also typed run together or spaced."""
    if "/" not in collar:
        return collar
    left, right = collar.split("/")
    return rng.choice([collar, collar, f"{left}{right}", f"{left} {right}"])


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s, f = rank_of(p, rng, day), _collar_written(p.collar, rng), p.surname, p.forename
    layouts = [f"{rank} {c} {s}", f"{rank} {c} {s.upper()}", f"{s.upper()} {rank} {c}",
               f"{rank} {s}, collar no. {c}", f"{rank} {s} [{c}]", f"{rank} {f[0]}. {s} {c}",
               f"{c} {rank} {s.upper()}", f"{rank} {s} - {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()}/{f.upper()}", f"{s.upper()}/{f}", f"{s.upper()} ({f})"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()},{f}", f"{s},{f}", f"{s}, {f.upper()}"]
    if p.title and p.group != "police":
        layouts.append(f"{s}, {f} ({rank_of(p, rng)})")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f'{f} "{n}" {s}', f"{n} {s}", f"{s.upper()}, {n}", f"{n} {s}",
                       f"{f} '{n}' {s.upper()}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{f} {g} {s}", f"{s.upper()}, {g} {f}",
                           f"{g[0]} {f} {s}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{s}, {f} {m}", f"{f} {m[0]} {s}",
                       f"{f} {m} {s.upper()}", f"{s.upper()}/{f.upper()} {m.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s}, {g}", f"{g} {s.upper()}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (nee {s})", f"{f} {s}-{m}", f"{f} {m} (formerly {s})",
                           f"{f} {m}, previously known as {s},", f"{f} {s} {m}"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{m}, {f[0]}.",
                       f"{f[0]} {m}", f"{p.nickname} {m}", f"{f} {m.upper()}"])


_RENDERERS = {
    "upper": _upper, "surname_comma": _surname_comma, "initials": _initials,
    "nickname": _nickname, "diacritics": _diacritics, "with_middle": _with_middle,
    "given_name": _given_name, "alias": _alias,
}


def render_form(p: Person, form: str, rng: random.Random, day: dt.date | None = None) -> str:
    """One written form of a person (the married form is written by `married_form`)."""
    if form in _RENDERERS:
        return _RENDERERS[form](p, rng)
    if form == "title_surname":
        return _title_surname(p, rng, day)
    if form == "title_collar":
        return _title_collar(p, rng, day)
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
    s = p.surname
    i = "-".join(part[0].upper() for part in p.forename.split("-"))[0]
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{rank_of(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{s}, {i}.", f"{s.upper()} {i}", f"{i}.{s}", f"{i} {s}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
