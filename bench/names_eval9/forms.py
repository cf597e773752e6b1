"""Writing one person in one measured form: a seeded choice among the layouts real files use.

The layouts are this set's own, drawn from how British police, council, surgery, mosque, school
and solicitors' files write names of each tradition (ranks with full stops, a PCSO's and a
detention officer's numbers, a collar number with a letter before it, the number after a slash
or as "coll." or "c/n", the family name first in capitals, initials after a comma). The README
names only the forms, never these layouts, so that whoever writes Docket's rules cannot fit them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from bench.names_eval9.cast import CAST, Person, ascii_fold, folded, namesakes

_RANKS = {
    "DCI": ("DCI", "D.C.I.", "Det. Chief Insp.", "DCI"),
    "Supt": ("Supt", "Supt.", "Det. Supt.", "Superintendent"),
    "DI": ("DI", "D.I.", "Det. Insp.", "DI"),
    "DS": ("DS", "D.S.", "Det. Sgt.", "DS"),
    "DC": ("DC", "D.C.", "Det. Con.", "DC"),
    "PC": ("PC", "P.C.", "Police Constable", "PC"),
    "PCSO": ("PCSO", "P.C.S.O.", "PCSO"),
    "PS": ("PS", "P.S.", "Sgt.", "Custody Sgt"),
    "DO": ("DO", "D.O.", "Detention Officer"),
    "Cllr": ("Cllr", "Cllr.", "Councillor"),
    "Imam": ("Imam", "Imam"),
    "Dr": ("Dr", "Dr.", "Dr"),
    "Mr": ("Mr", "Mr.", "Mr"), "Mrs": ("Mrs", "Mrs.", "Mrs"), "Ms": ("Ms", "Ms."),
}

# Latin look-alikes from the IPA and Latin Extended blocks, as an engine trained on other
# alphabets reads them (old, new); never a word's first letter.
_LOOKALIKE = (("i", "ı"), ("a", "ɑ"), ("g", "ɡ"), ("s", "ſ"), ("l", "ł"), ("f", "ƒ"),
              ("l", "ℓ"))
# Marks a poor text layer carries inside a word without showing them.
_INVISIBLE = ("\u00ad", "\u200b")
_STRAY_MARKS = ("\u0323", "\u0307", "\u0331")  # a speck read as a dot below, above, a bar below

# Every full written name of anyone: an OCR slip must never produce one of them.
_TAKEN = {folded(text) for p in CAST
          for text in (p.canonical, *p.translit, *p.punctuation, p.alias) if text}


def _inner(text: str) -> list[int]:
    """Positions inside a word: neither a word's first letter nor right after its last."""
    return [m.start() + k for m in re.finditer(r"[^\W\d_]{3,}", text)
            for k in range(1, len(m.group()))]


def ocr_slip(text: str, rng: random.Random) -> str:
    """The text with one slip of kinds the earlier sets did not use: a kind is chosen first,
    then a place. A precomposed letter stored as a base letter and a combining accent, a Latin
    look-alike from another block, an invisible soft hyphen or zero-width space inside a word,
    and a speck read as a combining mark on a letter."""
    inner = _inner(text)
    kinds = [
        [(i, i + 1, unicodedata.normalize("NFD", ch)) for i, ch in enumerate(text)
         if unicodedata.normalize("NFD", ch) != ch],
        [(i, i + 1, new) for i in inner for old, new in _LOOKALIKE
         if text[i] == old and (new != "ſ" or i + 1 in inner)],
        [(i, i, mark) for i in inner for mark in _INVISIBLE],
        [(i + 1, i + 1, mark) for i in inner for mark in _STRAY_MARKS if text[i].isalpha()],
    ]
    kinds = [spots for spots in kinds if spots]
    for _ in range(80):
        start, end, new = rng.choice(rng.choice(kinds))
        slipped = text[:start] + new + text[end:]
        if slipped != text and folded(slipped) not in _TAKEN - {folded(text)}:
            return slipped
    raise ValueError(f"no safe OCR slip for {text}")


def _first_initials(forename: str) -> str:
    """J-P for Jean-Pierre, M F for Mohd Faizal, S for Siriporn."""
    return "-".join(" ".join(w[0].upper() for w in part.split()) for part in forename.split("-"))


def _dotted(initials: str) -> str:
    """M.F. for M F, J.-P. for J-P."""
    return "-".join("".join(f"{w}." for w in part.split()) for part in initials.split("-"))


def _initials(p: Person, rng: random.Random) -> str:
    s, f = p.surname, _first_initials(p.forename)
    d = _dotted(f)
    layouts = [f"{d} {s}", f"{s}, {d}", f"{s.upper()}, {f}", f"{d} {s.upper()}", f"{f} {s}"]
    if p.family_first:
        layouts.append(f"{s.upper()} {d}")
    if p.middle or p.given:
        other = (p.given or p.middle)[0].upper()
        pair = [other, f] if p.given else [f, other]
        layouts += [f"{_dotted(' '.join(pair))} {s}", f"{s}, {_dotted(' '.join(pair))}",
                    f"{pair[0]} {pair[1]} {s.upper()}"]
    return rng.choice(layouts)


def rank_of(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    """The person's title or rank in one of its written forms."""
    return rng.choice(_RANKS.get(p.title, (p.title,)))


def _title_surname(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    upper = rng.random() < (0.3 if p.group == "police" else 0.1)
    return f"{rank_of(p, rng, day)} {p.surname.upper() if upper else p.surname}"


def _collar_written(collar: str, rng: random.Random) -> str:
    """A letter before the number is sometimes typed apart from it."""
    split = re.fullmatch(r"([A-Z])(\d+)", collar)
    if split and rng.random() < 0.4:
        return f"{split[1]} {split[2]}"
    return collar


def _title_collar(p: Person, rng: random.Random, day: dt.date | None = None) -> str:
    rank, c, s = rank_of(p, rng, day), _collar_written(p.collar, rng), p.surname
    layouts = [f"{rank}/{c} {s}", f"{rank}/{c} {s.upper()}", f"{rank} {s} (coll. {c})",
               f"{rank} {s.upper()} c/n {c}", f"{c} {s.upper()}, {rank}", f"{rank} {c}: {s}",
               f"{rank} {c} {s}", f"{s} - {rank} {c}"]
    return rng.choice(layouts)


def _upper(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = [p.canonical.upper(), f"{f} {s.upper()}"]
    if not p.decoy_of:  # a decoy is written with every word of the name apart
        layouts += [f"{s.upper()} {f}", f"{s.upper()} {f.upper()}", f"{s.upper()} / {f}"]
    return rng.choice(layouts)


def _surname_comma(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    layouts = [f"{s}, {f}", f"{s.upper()}, {f}", f"{s},{f}", f"{s.upper()},{f.upper()}"]
    if p.title and not p.decoy_of:
        layouts.append(f"{s}, {f} ({rank_of(p, rng)})")
    return rng.choice(layouts)


def _nickname(p: Person, rng: random.Random) -> str:
    n, s, f = p.nickname, p.surname, p.forename
    return rng.choice([f"{f} '{n}' {s}", f"{n} {s}", f"{s.upper()} {n}", f"{s}, {n}",
                       f"{f} [{n}] {s}"])


def _diacritics(p: Person, rng: random.Random) -> str:
    f, s = p.forename, p.surname
    layouts = {ascii_fold(p.canonical), f"{ascii_fold(f)} {s}", f"{f} {ascii_fold(s)}",
               f"{ascii_fold(s).upper()}, {ascii_fold(f)}", ascii_fold(p.canonical).upper()}
    return rng.choice(sorted(layouts - {p.canonical, f"{f} {s}"}))


def _with_middle(p: Person, rng: random.Random) -> str:
    s, f = p.surname, p.forename
    if p.given:
        g = p.given
        return rng.choice([f"{g} {f} {s}", f"{s}, {g} {f}", f"{g[0]}. {f} {s}",
                           f"{s.upper()} {g} {f}"])
    m = p.middle
    return rng.choice([f"{f} {m} {s}", f"{s}, {f} {m}", f"{f} {m[0]}. {s}",
                       f"{s.upper()}, {f} {m}", f"{f} {m.upper()} {s.upper()}"])


def _given_name(p: Person, rng: random.Random) -> str:
    g, s = p.given, p.surname
    return rng.choice([f"{g} {s}", f"{s}, {g}", f"{s.upper()} {g}"])


def _alias(p: Person, rng: random.Random) -> str:
    forename, surname = p.alias.rsplit(" ", 1)
    return rng.choice([p.alias, p.alias, f"{surname.upper()}, {forename}", p.alias.upper()])


def married_form(p: Person, rng: random.Random, linked: bool) -> str:
    """The person under the surname taken on marriage; `linked` says the earlier one too."""
    f, m, s = p.forename, p.married, p.surname
    if linked:
        return rng.choice([f"{f} {m} (formerly {s})", f"{f} {m} (nee {s})",
                           f"{f} {m}, previously {f} {s},", f"{f} {m} [prev. {s}]",
                           f"{f} {m} - formerly known as {f} {s} -"])
    return rng.choice([f"{f} {m}", f"{f} {m}", f"{m.upper()}, {f}", f"{f[0]}. {m}",
                       f"{m}, {f}", f"Mrs {f} {m}", f"{f} {m.upper()}"])


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
    written = rng.choice([f"{i}. {s}", f"{s}, {i}.", f"{s.upper()} {i}", f"{i} {s.upper()}"])
    others = namesakes(p, by_initial=True)
    assert others, p.canonical
    return written, sorted([p.canonical, *others])
