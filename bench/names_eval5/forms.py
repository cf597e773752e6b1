"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council, school and solicitors'
files write names of each tradition (e-mail address-book order, sorting on the word after an
Irish or Welsh prefix, a nickname in quotes inside the name, collar numbers before and after
the name or with a leading zero dropped). The README names only the forms, never these layouts,
so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import random
import re

from bench.names_eval5.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "Det Chief Insp", "D/Ch/Insp", "Detective Chief Inspector"),
    "Supt": ("Supt", "Det Supt", "Supt.", "Superintendent"),
    "DI": ("DI", "Det. Inspector", "D/Insp.", "Insp."),
    "DS": ("DS", "D/S", "Det Sgt", "DS."),
    "DC": ("DC", "D/Con", "Det Con", "DC."),
    "PC": ("PC", "P.C.", "Police Constable", "Con."),
    "PS": ("PS", "Sgt", "P/Sgt", "Sergeant"),
    "Cllr": ("Cllr", "Councillor", "Cllr."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Dr": ("Dr", "Dr."),
}
_COLLAR_RANKS = {"PC": ("PC", "P.C.", "Police Constable"), "PS": ("PS", "Sgt", "P/Sgt"),
                 "DC": ("DC", "D/Con", "DC.")}
_PREFIXES = ("Ó ", "Mac ", "Ní ", "ap ")  # sorted on the word after them

# The slips of a poor text layer that the earlier sets did not use: a letter with a diacritic
# read as another glyph, two letters read as one, a capital read as strokes, and a speck read as
# punctuation. (old, new, may it hit a word's first letter)
_SLIPS = (("ó", "6", False), ("ł", "t", False), ("ą", "q", False), ("ú", "ü", False),
          ("í", "f", False), ("ë", "c", False), ("in", "m", False), ("ni", "m", False),
          ("cl", "d", False), ("nn", "m", False), ("ll", "U", False), ("ri", "n", False),
          ("li", "h", False), ("o", "c", False), ("b", "h", False), ("r", "t", False),
          ("W", "VV", True), ("M", "IVI", True), ("H", "I-I", True), ("Z", "2", True),
          ("J", "T", True), ("P", "R", True), ("N", "H", True), ("K", "lK", True),
          ("Ó", "0", True), ("Ł", "t", True), ("A", "/A", True))
_SPECKS = (".", ",", "'", "`")

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-'’]+", text)}


def _inner_points(text: str) -> list[int]:
    """Points inside a word of four letters or more, two letters from its start."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(2, len(m.group()) - 1)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip: a glyph misread, a speck read as punctuation, or a word
    broken by a line-end hyphen that the text layer kept."""
    starts = _word_starts(text)
    spots = [(m.start(), m.end(), new) for old, new, first in _SLIPS
             for m in re.finditer(re.escape(old), text) if first or m.start() not in starts]
    points = _inner_points(text)
    spots += [(i, i, rng.choice(_SPECKS)) for i in points]
    spots += [(i, i, "- ") for i in points if i > 2]
    for _ in range(60):
        start, end, new = rng.choice(spots)
        slipped = text[:start] + new + text[end:]
        if folded(slipped) not in _TAKEN and folded(slipped) != folded(text):
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _dotted(names: str, stops: bool) -> str:
    letters = [word[0].upper() for word in re.split(r"[\s\-]+", names) if word]
    return "".join(f"{ch}." for ch in letters) if stops else "".join(letters)


def _sorted_on_last_word(surname: str) -> tuple[str, str] | None:
    """("Murchú", "Ó") for a surname that sorts on the word after its prefix."""
    for prefix in _PREFIXES:
        if surname.startswith(prefix):
            return surname[len(prefix):], prefix.strip()
    return None


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.family_first:  # the Korean usage: family name, then the given name's initials
        return rng.choice([f"{s} {_hyphen_initials(f)}", f"{s.upper()} {_hyphen_initials(f)}",
                           f"{_dotted(f, True)} {s}", f"{_hyphen_initials(f)} {s}"])
    given = f"{p.given} {f}" if p.given else f"{f} {p.middle}".strip()
    layouts = [f"{_dotted(f, True)} {s}", f"{s}, {_dotted(f, True)}", f"{s.upper()} {f[0]}"]
    if given != f:
        layouts += [f"{_dotted(given, True)} {s}", f"{_dotted(given, False)} {s}",
                    f"{s} {_dotted(given, True)}", f"{s.upper()}, {_dotted(given, True)}"]
    return rng.choice(layouts)


def _hyphen_initials(given: str) -> str:
    return "-".join(part[0].upper() for part in given.split("-"))


def _title(p: Person, rng: random.Random) -> str:
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random) -> str:
    upper = rng.random() < (0.35 if p.group == "police" else 0.1)
    return f"{_title(p, rng)} {p.surname.upper() if upper else p.surname}"


def _title_collar(p: Person, rng: random.Random) -> str:
    rank = rng.choice(_COLLAR_RANKS[p.title])
    c, s, f = p.collar, p.surname, p.forename
    layouts = [f"{rank} {c} / {s.upper()}", f"{rank}{c} {s}", f"{s} {rank} {c}",
               f"{s.upper()} {f} {rank} {c}", f"{rank} {c}/{s.upper()}", f"{rank} {c} {s}"]
    if c.startswith("0"):  # the leading zero is often dropped
        layouts += [f"{rank} {c.lstrip('0')} {s}", f"{rank} {c.lstrip('0')} {s.upper()}"]
    if not namesakes(p, by_initial=True):
        layouts.append(f"{rank} {c} {_dotted(f'{f} {p.middle}', False)} {s.upper()}")
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    return rng.choice([p.canonical.upper(), f"{f} {s.upper()}", f"{s.upper()} {f}",
                       f"{s.upper()} {f.upper()}"])


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s.upper()}, {f}", f"{s}, {f}", f"{s.upper()}, {f.upper()}", f"{s},{f}"]
    sort = _sorted_on_last_word(s)
    if sort:
        layouts += [f"{sort[0]}, {f} {sort[1]}", f"{sort[0].upper()}, {f} {sort[1]}"]
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f'{f} "{n}" {s}', f"{n} {s.upper()}", f"{s.upper()}, {n}",
                       f"{n} {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]}. {f} {s}", f"{s.upper()}, {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{s.upper()}, {f} {m}", f"{f} {m} {s.upper()}",
                       f"{f} {m[0]}. {s}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()}, {g}", f"{g} {s.upper()}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{forename} {surname.upper()}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (née {s})", f"{f} {m} (formerly {s})",
                           f"{f} {m} (nee {s.upper()})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"Mrs {f[0]}. {m}",
                       f"{f[0]}. {m}", f"{p.nickname} {m}", f"{f} {m.upper()}"])


_RENDERERS = {
    "upper": _upper, "surname_comma": _surname_comma, "initials": _initials,
    "title_surname": _title_surname, "title_collar": _title_collar, "nickname": _nickname,
    "diacritics": _diacritics, "with_middle": _with_middle, "given_name": _given_name,
    "alias": _alias,
}


def render_form(p: Person, form: str, rng: random.Random) -> str:
    """One written form of a person (the married form is written by `married_form`)."""
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
    written = rng.choice([f"{i}. {s}", f"{s.upper()}, {i}.", f"{i} {s}", f"{s} {i}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
