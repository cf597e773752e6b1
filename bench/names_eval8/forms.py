"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council, hospital, church, school
and solicitors' files write names of each tradition (acting and trainee ranks, collar numbers
run into the rank or after "No." or "#", a collar number with a check letter, a one-digit
sergeant's number, a Reverend and a ward Sister, surnames first without a comma, capitals for
the forename only). The README names only the forms, never these layouts, so that whoever writes
Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.names_eval8.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "Det Ch Insp", "D/Ch/Insp", "DCI"),
    "Supt": ("Supt", "Det Supt", "D/Supt", "Ch Supt"),
    "DI": ("DI", "Det Insp", "D/Insp", "DI"),
    "DS": ("DS", "A/DS", "Det Sgt", "D/Sgt"),
    "DC": ("DC", "Det Con", "D/C", "DC"),
    "TDC": ("TDC", "T/DC", "Trainee DC", "TDC"),
    "PC": ("PC", "Pc", "Constable", "PC"),
    "PS": ("PS", "Sgt", "Sergeant", "PS"),
    "Cllr": ("Cllr", "Councillor", "Cllr"),
    "Revd": ("Revd", "Rev.", "Rev", "The Revd", "Pastor"),
    "Sister": ("Sister", "Sr", "Sr.", "Ward Sister"),
    "Mr": ("Mr", "Mr"), "Mrs": ("Mrs", "Mrs"), "Ms": ("Ms", "Ms"),
}

# Look-alike letters from the Greek alphabet, as an engine with a Greek model reads them.
_GREEK = {"o": "ο", "v": "ν", "i": "ι", "k": "κ", "A": "Α", "B": "Β", "E": "Ε", "H": "Η",
          "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "T": "Τ", "Z": "Ζ"}
# The slips of a poor text layer that the earlier sets did not use, by kind: a Greek
# look-alike, a letter read as a symbol, a turned letter. (old, new, may it hit a word's first
# letter)
_SLIPS = (
    tuple((old, new, True) for old, new in _GREEK.items()),
    (("c", "(", False), ("l", "!", False), ("s", "$", False), ("a", "@", False),
     ("e", "€", False), ("i", "¡", False)),
    (("u", "n", False), ("n", "u", False), ("b", "q", False), ("d", "p", False),
     ("p", "d", False), ("q", "b", False)),
)

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _word_starts(text: str) -> set[int]:
    return {m.start() for m in re.finditer(r"[^\s\-'’]+", text)}


def _inner_pairs(text: str) -> list[int]:
    """Starts of two neighbouring letters inside a word, neither its first letter."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{4,}", text)
            for k in range(1, len(m.group()) - 1) if m.group()[k] != m.group()[k + 1]]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one OCR slip: a kind is chosen first, then a place where it can happen.
    Two more kinds: two neighbouring letters read in the wrong order, and a word's capital
    read as its small letter."""
    starts = _word_starts(text)
    kinds = [[(m.start(), m.end(), new) for old, new, first in kind
              for m in re.finditer(re.escape(old), text) if first or m.start() not in starts]
             for kind in _SLIPS]
    kinds.append([(i, i + 2, text[i + 1] + text[i]) for i in _inner_pairs(text)])
    kinds.append([(i, i + 1, text[i].lower()) for i in starts if text[i].isupper() and i > 0])
    kinds = [spots for spots in kinds if spots]
    for _ in range(80):
        start, end, new = rng.choice(rng.choice(kinds))
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _first_initials(forename: str) -> str:
    """M-J for Marie-Josée, M N for Mai Nou, S for Sokha."""
    return "-".join(" ".join(w[0].upper() for w in part.split()) for part in forename.split("-"))


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, _first_initials(p.forename)
    layouts = [f"{f} {s}", f"{s} {f}", f"{s.upper()} {f}", f"{f}. {s}"]
    if p.family_first:
        layouts.append(f"{s.upper()} {f}.")
    if p.middle or p.given:
        other = (p.given or p.middle)[0].upper()
        pair = [other, f] if p.given else [f, other]
        layouts += [f"{pair[0]}. {pair[1]}. {s}", f"{s} {pair[0]}{pair[1]}",
                    f"{pair[0]}{pair[1]} {s.upper()}", f"{s.upper()} {pair[0]}.{pair[1]}."]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    upper = rng.random() < (0.3 if p.group == "police" else 0.1)
    return f"{rank_of(p, rng, day)} {p.surname.upper() if upper else p.surname}"


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), p.collar, p.surname
    short = rank.replace(" ", "")
    layouts = [f"{short}{c} {s}", f"{short}{c} {s.upper()}", f"{rank} No. {c} {s}",
               f"{rank} #{c} {s.upper()}", f"{s} ({rank} {c})", f"{s.upper()} {short}{c}",
               f"{rank} {c} {s}", f"{rank} {s} No.{c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f.upper()} {s}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f}", f"{s.upper()} {f.upper()}", f"{s.upper()} - {f}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s} , {f}", f"{s.upper()} , {f.upper()}"]
    if p.role and not p.decoy_of:
        layouts.append(f"{s}, {f} - {p.role}")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} ({n}) {s}", f"{n} {s}", f"{n} {s.upper()}", f"{s}, {n}",
                       f"{f} “{n}” {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s)}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{s}, {g} {f}", f"{g[0]}. {f} {s}",
                           f"{g.upper()} {f.upper()} {s.upper()}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{s}, {f} {m}", f"{f} {m[0]}. {s}",
                       f"{f} {m[0]} {s}", f"{s.upper()} {f} {m}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s}, {g}", f"{g.upper()} {s.upper()}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname}, {forename}", p.alias.upper()])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (maiden name {s})", f"{f} {s} {m}",
                           f"{f} {m} (was {s})", f"{f} {m}, who was {f} {s},",
                           f"{f} {m} née {s}"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()} {f}", f"{f[0]} {m}",
                       f"{p.nickname} {m}", f"{m}, {f}", f"Mrs {f} {m}"])


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
    i = _first_initials(p.forename)[0]
    by_title = namesakes(p, by_initial=False)
    if by_title and rng.random() < 0.5:
        return f"{rank_of(p, rng)} {rng.choice([s, s.upper()])}", sorted([p.canonical, *by_title])
    written = rng.choice([f"{s} {i}", f"{s.upper()} {i}.", f"{i} {s}", f"{i}. {s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
