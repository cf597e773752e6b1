"""A small corpus the entity tests write for themselves: known people whose names vary the way
old files vary them (index form, titles, initials, nicknames, OCR's rn/m, 0/O, 1/l and cl/d),
two associates who keep appearing together, a namesake of each, and background people.

``plant`` records every written form of every person per file, so tests can check that an
entity page finds each one and nothing else.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FORMS: dict[str, list[str]] = {
    "raymond stokes": ["Raymond Stokes", "STOKES, Raymond", "R. Stokes", "Ray Stokes",
                       "Rayrnond Stokes"],
    "edward hollis": ["Edward Hollis", "HOLLIS, Edward", "E. Hollis", "Ted Hollis",
                      "Edward Ho1lis", "Eclward Hollis"],
    "margaret tolley": ["Margaret Tolley", "TOLLEY, Margaret", "M. Tolley", "Peggy Tolley",
                        "Margaret T0lley"],
    "william redfern": ["William Redfern", "REDFERN, William", "DS William Redfern",
                        "W. Redfern", "Bill Redfern", "William Reclfern"],
    "pauline stokes": ["Pauline Stokes", "P. Stokes"],
    "janet hollis": ["Janet Hollis", "J. Hollis"],
}
# Said after the full name in the same file, so they link to it.
TITLED = {"raymond stokes": "Mr Stokes", "edward hollis": "Mr Hollis",
          "margaret tolley": "Mrs Tolley", "william redfern": "Mr Redfern"}
OFFICER = "DC Sarah WHITLOCK"
FILLERS = ["Colin Rudd", "Brian Kerslake", "Alan Rowcliffe", "Eileen Marsh", "Peter Danby",
           "David Oduya", "Martin Ashby", "Gordon Fairbairn", "Susan Blackwood", "Keith Merriman"]
PHONE = "01632 960733"
ASSOCIATES = ("raymond stokes", "edward hollis")
SENTENCES = [
    "{a} was seen at the address with {b} on the evening in question.",
    "According to the log, {a} spoke to {b} about the boy for some time.",
    "The officer noted that {a} had been driving while {b} waited outside.",
    "It was reported that {a} and {b} met again at the garages.",
]
SOLO = ["{a} declined to comment when asked about the visits.",
        "A neighbour said that {a} was often there late at night.",
        "Enquiries about {a} were made with the housing office."]


@dataclass
class NamesCorpus:
    root: Path
    # person key -> file name -> forms written there
    planted: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    files: list[str] = field(default_factory=list)

    def documents_of(self, key: str) -> set[str]:
        return set(self.planted[key])

    def plant(self, name: str, key: str, form: str) -> None:
        self.planted[key].setdefault(name, set()).add(form)


def _write(corpus: NamesCorpus, name: str, year: int, lines: list[str]) -> None:
    day = 1 + len(corpus.files) % 27
    text = f"Date: {day:02d}/{1 + len(corpus.files) % 12:02d}/{year}\n\n" + "\n".join(lines) + "\n"
    (corpus.root / name).write_text(text, encoding="utf-8")
    corpus.files.append(name)


def _mentions(corpus: NamesCorpus, rng: random.Random, name: str, keys: list[str]) -> list[str]:
    """Each person's full name first, then a varied form and the titled form."""
    lines = []
    for key in keys:
        full, variant = FORMS[key][0], rng.choice(FORMS[key][1:])
        lines.append(rng.choice(SOLO).format(a=full))
        corpus.plant(name, key, full)
        lines.append(rng.choice(SOLO).format(a=variant))
        corpus.plant(name, key, variant)
        if key in TITLED and rng.random() < 0.5:
            lines.append(f"{TITLED[key]} was not at home.")
            corpus.plant(name, key, TITLED[key])
    return lines


def _background(rng: random.Random, officer: bool) -> list[str]:
    fillers = rng.sample(FILLERS, 2)
    lines = [rng.choice(SENTENCES).format(a=fillers[0], b=fillers[1])]
    if officer:
        lines.append(f"Statement taken by {OFFICER} at the station.")
    return lines


def generate(root: Path, seed: int = 5) -> NamesCorpus:
    rng = random.Random(seed)
    corpus = NamesCorpus(root)
    plan = ([ASSOCIATES] * 10 + [("raymond stokes",)] * 5 + [("edward hollis",)] * 5
            + [("margaret tolley",)] * 5 + [("william redfern",)] * 5 + [("pauline stokes",)] * 4
            + [("janet hollis",)] * 3 + [()] * 6)
    for number, keys in enumerate(plan):
        name = f"note-{number:03d}.txt"
        lines = _mentions(corpus, rng, name, list(keys))
        if keys == ASSOCIATES:
            a, b = rng.choice(FORMS[keys[0]]), rng.choice(FORMS[keys[1]])
            lines.append(rng.choice(SENTENCES).format(a=a, b=b))
            corpus.plant(name, keys[0], a)
            corpus.plant(name, keys[1], b)
        if keys and keys[0] == "raymond stokes" and number in (11, 12):
            lines.append(f"He gave his telephone number as {PHONE} when asked.")
        _write(corpus, name, 1990 + number % 8, [*lines, *_background(rng, number % 2 == 0)])
    # For the corrections: one person under three names no rule can join.
    _write(corpus, "tarrant-0.txt", 1995, ["Mr Oswin Tarrant was the warden; the boys wrote to "
                                            "Mr Ozzy Tarrant at the same address."])
    _write(corpus, "tarrant-1.txt", 1996, ["Interview with Mr Oswin Tarrant about the home."])
    _write(corpus, "tarrant-2.txt", 1997, ["Mr Ozzy Tarrant telephoned the office twice."])
    _write(corpus, "tarrant-3.txt", 1998, ["A letter signed by Mr Tarrant-Vane was received."])
    return corpus
