"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council, court, school and
solicitors' files write names of each tradition (registers and address books that put the
surname first in capitals, ranks written out or in old abbreviations, a woman constable's rank
before 1999, collar numbers with division letters, in brackets or after the name, patronymics and
fathers' names as middle names, a nickname in brackets). The README names only the forms, never
these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval6.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D/Ch/Insp", "Det. Ch. Insp.", "Detective Chief Inspector"),
    "Supt": ("Supt", "D/Supt", "Superintendent", "Det Supt"),
    "DI": ("DI", "D/Insp", "Det Insp", "Detective Inspector"),
    "DS": ("DS", "D/Sgt", "Det. Sgt.", "Detective Sergeant", "A/DS"),
    "DC": ("DC", "D/C", "Det Con", "Detective Constable", "TDC"),
    "PC": ("PC", "Pc", "P/C", "Constable"),
    "PS": ("PS", "Sgt.", "P/S", "Sergeant"),
    "PCSO": ("PCSO",),
    "Cllr": ("Cllr", "Councillor", "Cllr."),
    "Mr": ("Mr", "Mr."), "Mrs": ("Mrs", "Mrs."), "Ms": ("Ms", "Ms."), "Dr": ("Dr", "Dr."),
}
_WOMAN_CONSTABLE_UNTIL = dt.date(1999, 1, 1)  # "WPC" went out of use about then

# The slips of a poor text layer that the earlier sets did not use, by kind: one glyph read as
# two, a ligature kept as its presentation form, a capital read as a digit, a speck read as an
# accent, a diacritic split off as a spacing mark (or a letter of its own misread), and a capital
# I read as a small l. (old, new, may it hit a word's first letter)
_SLIPS = (
    (("m", "rn", False), ("d", "cl", False), ("h", "li", False), ("k", "lc", False),
     ("n", "ri", False), ("u", "ii", False), ("w", "vv", False)),
    (("fi", "ﬁ", False), ("fl", "ﬂ", False), ("ff", "ﬀ", False)),
    (("S", "5", True), ("B", "8", True), ("G", "6", True), ("T", "7", True)),
    (("e", "é", False), ("a", "à", False), ("o", "ö", False), ("i", "ï", False)),
    (("á", "a´", False), ("ř", "rˇ", False), ("š", "sˇ", False), ("ō", "o¯", False),
     ("ó", "o´", False), ("ú", "u´", False), ("ø", "o/", False), ("Þ", "P", True),
     ("ð", "d", False), ("Ō", "O", True)),
    (("I", "l", True),),
)

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-'’]+", text)}


def _inner_letters(text: str) -> list[int]:
    """Letters inside a word of five letters or more, not its first or last."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{5,}", text)
            for k in range(1, len(m.group()) - 1)]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip: a kind is chosen first (a faint letter lost is one more
    kind), then a place where it can happen."""
    starts = _word_starts(text)
    kinds = [[(m.start(), m.end(), new) for old, new, first in kind
              for m in re.finditer(re.escape(old), text) if first or m.start() not in starts]
             for kind in _SLIPS]
    kinds.append([(i, i + 1, "") for i in _inner_letters(text)])
    kinds = [spots for spots in kinds if spots]
    for _ in range(80):
        start, end, new = rng.choice(rng.choice(kinds))
        slipped = text[:start] + new + text[end:]
        # A speck read as an accent folds back to the name: a slip all the same.
        if slipped != text and (folded(slipped) == folded(text) or folded(slipped) not in _TAKEN):
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _dotted(names: str, stops: bool) -> str:
    letters = [word[0].upper() for word in re.split(r"[\s\-]+", names) if word]
    return "".join(f"{ch}." for ch in letters) if stops else "".join(letters)


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.family_first:  # the Japanese usage: family name first, in capitals, then the initial
        return rng.choice([f"{s.upper()} {f[0]}.", f"{f[0]}. {s}", f"{s}, {f[0]}", f"{f[0]} {s.upper()}"])
    given = f"{p.given} {f}" if p.given else f"{f} {p.middle}".strip()
    layouts = [f"{_dotted(f, True)} {s}", f"{s.upper()} {_dotted(f, False)}",
               f"{_dotted(f, True)}{s.upper()}", f"{s} ({_dotted(f, False)})"]
    if given != f:
        layouts += [f"{_dotted(given, True)} {s}", f"{_dotted(given, False)} {s.upper()}",
                    f"{s.upper()} {_dotted(given, True)}", f"{_dotted(given, True)}{s}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms (WPC for a woman before 1999)."""
    if p.title == "PC" and p.female and day and day < _WOMAN_CONSTABLE_UNTIL:
        return rng.choice(("WPC", "W/PC", "WPC"))
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    upper = rng.random() < (0.4 if p.group == "police" else 0.1)
    return f"{rank_of(p, rng, day)} {p.surname.upper() if upper else p.surname}"


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank = rank_of(p, rng, day)
    c, s, f = p.collar, p.surname, p.forename
    layouts = [f"{rank} {c} {s.upper()}", f"{c} {rank} {s}", f"{rank} {s} ({c})",
               f"{rank} {s} {c}", f"{s.upper()}, {rank} {c}", f"{rank} {c} {f[0]}. {s}"]
    if len(rank) <= 4:  # a short rank run into the number with a stop, as typed in a hurry
        layouts.append(f"{rank}.{c} {s}")
    split = re.fullmatch(r"(\d+)([A-Z]+)", c)
    if split:  # a collar number with the division's letters: written apart, or letters first
        layouts += [f"{rank} {split[1]} {split[2]} {s.upper()}",
                    f"{rank} {split[2]}{split[1]} {s}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    return rng.choice([p.canonical.upper(), f"{s.upper()} {f}", f"{s.upper()} {f.upper()}",
                       f"{f.upper()} {s}", f"{s.upper()} {f}"])


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    return rng.choice([f"{s.upper()}, {f}", f"{s}, {f}", f"{s.upper()}, {f.upper()}",
                       f"{s} , {f}"])


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{n} {s}", f"{f} ({n}) {s}", f"{n} {s.upper()}", f"{s}, {n}",
                       f"{n} {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()} {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{g[0]}. {f} {s}", f"{s.upper()} {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{s.upper()}, {f} {m}", f"{f} {m} {s.upper()}",
                       f"{f} {m[0]}. {s}", f"{s.upper()} {f} {m}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s.upper()} {g}", f"{g} {s.upper()}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}",
                       f"{surname.upper()} {forename}"])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (née {s})", f"{f} {m} (previously {s})",
                           f"{f} {m}, formerly {s},", f"{f} {m} ({s})"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()} {f}", f"Ms {f[0]}. {m}",
                       f"{f[0]}. {m}", f"{p.nickname} {m}", f"{m}, {f}"])


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
    s, i = p.surname, p.forename[0]
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{rank_of(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{i}. {s}", f"{s.upper()} {i}.", f"{i} {s.upper()}", f"{s} ({i})"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
