"""A collection's name authority: the people it names in full, and every written form of each,
found in any text by one Aho-Corasick automaton over the forms of all of them.

Forms of "Helen Mary Ashworth" (known as "DC Helen ASHWORTH" somewhere): the full name with and
without the middle name, "ASHWORTH, Helen", "H. Ashworth", "H.M. Ashworth", "Ashworth, H.",
"DC Ashworth", "DC 2291 Ashworth" (any collar number), nicknames ("Nell Ashworth") and the local
part of an e-mail address ("helen.ashworth@", "h.ashworth@"). Text and forms are compared as
folded word tokens (case, accents, apostrophes and full stops gone) with OCR's confusions undone
("He1en", "Rayrnond"), so capitals, missing diacritics and OCR slips need no forms of their own.

A form is linked when one person holds it with the highest confidence; when several do (two
Ashworths with an H., two Ashworths known as DC) it is a possible match with its candidates.
Titles a person is written with make their title forms surer than a title they were never
given, so "DC Ashworth" goes to the Ashworth who is a DC.

How a text is read is ``search.name_tokens``; a capitalised word one letter from one of the
people's name parts is read as that part (``search.name_spelling``). The store-facing half
(gathering the people, rewriting mentions) is ``ingest.names``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

import ahocorasick

from search.name_kinds import LEADING_WORDS, SENTENCE_WORDS
from search.name_spelling import UNREADABLE, NameSpelling, edit_distance
from search.name_tokens import (
    ADDRESS_END,
    BRACKETED,
    COLLAR,
    DASHED,
    FILED,
    FORM_TITLES,
    LONE_LETTER,
    token,
    tokens,
)
from search.name_variants import (
    OWN_DOCUMENTS,
    PREFIXES,
    alias_rule,
    pet_names,
    respelt_a_letter_apart,
    spelt_near,
    surname_spellings,
    variant_heads,
)
from search.names import (
    GAELIC_ARTICLES,
    GAELIC_PREFIXES,
    PARTICLES,
    SHORT_PARTICLES,
    TITLES,
    fold,
    is_initial_form,
    name_parts,
    person_key,
    plausible_person,
)
from search.nicknames import forenames, is_nickname, nickname_index
from search.variants import ocr_skeleton

RULES = {  # rule -> confidence of a link by it
    "full": 1.0, "full-no-middle": 0.95, "index": 0.95, "initials": 0.85, "index-initial": 0.85,
    "title-known": 0.9, "title-collar": 0.85, "title": 0.75, "nickname": 0.8, "ocr": 0.9,
    "ocr-slip": 0.8, "email": 0.8, "translit": 0.85,
}
TITLED_RULES = ("full", "full-no-middle", "index", "ocr", "nickname")  # a name in full
# OCR's look-alikes of letters a name's skeleton keeps (digits inside words, "rn" for "m").
_OCR_SLIPS = {("c", "e"), ("e", "c"), ("i", "l"), ("l", "i"), ("n", "u"), ("u", "n"),
              ("h", "b"), ("b", "h")}
# Read in a text, a slip may also be "a" for "o": too near a real name to merge two people
# by, but a name that is no one's in the collection is read as the one it spoils.
_TEXT_SLIPS = _OCR_SLIPS | {("a", "o"), ("o", "a")}
MISREAD_LETTERS = 2  # a name written once this near a common one is its misreading
DECOY_LETTERS = 1  # a namesake this near is one a courtesy title cannot tell apart
MISREADING_RULES = ("ocr", "ocr-slip")  # links of a name misread, not written as the person's
FRAGMENT_RATIO = 3  # a later name written this much less often is a fragment
SLIP_RATIO = 3  # a dropped or doubled letter: the name it spoils is written right this often
# A dropped or doubled letter written in two documents is a slip still beside a name written
# right as often as an OCR slip's name is (``search.name_variants.SLIP_RATIO``: OCR misreads a
# ligature alike in every scan, "œ" as "e"); a namesake a letter away is named in full
# wherever he appears, in more documents than two.
SURE_SLIP_RATIO = 5
SURE_SLIP_COUNT = 2
MIN_FORENAME = 3  # "NB", "Hi": two letters before a name are no forename


@dataclass(frozen=True)
class Link:
    """A written form of a person found in a text: ``key`` the person's, or None for a possible
    match (then ``candidates`` are the people it may be)."""

    start: int
    end: int
    text: str
    key: str | None
    rule: str
    confidence: float
    candidates: tuple[str, ...] = ()
    title: str = ""  # the title written just before it ("DC" 2291 Helen Ashworth), folded
    holders: tuple[str, ...] = ()  # every person the form may be, when more than one

    def named_here(self, named: set[str]) -> Link:
        """The link read in a document that names ``named`` in full: a form several people
        may be ("J. Stott", "DC Stott") is the one of them the document names, if one only."""
        here = [key for key in self.holders if key in named]
        if len(here) > 1 and self.key is not None and self.key not in here and _courtesy(self):
            # What a courtesy title chose collection-wide is not named here, and two who
            # hold the form are: it is one of them, not the person chosen. A rank, a collar
            # number or a forename's initial is the person's own, wherever written.
            return replace(self, key=None, candidates=self.holders,
                           confidence=RULES[self.rule] / len(self.holders))
        if len(here) != 1 or here[0] == self.key:
            return self
        if any(edit_distance(here[0], other, MISREAD_LETTERS + 1) <= MISREAD_LETTERS
               for other in self.holders if other != here[0]):
            # "Kwami Boateng" named beside "K. Boateng" may be Kwame's decoy: whatever a
            # title or a count chose collection-wide, the form is either of them here.
            if self.key is None:
                return self
            return replace(self, key=None, candidates=self.holders,
                           confidence=RULES[self.rule] / len(self.holders))
        if self.key is not None and self.rule in _OWN_RANK_RULES and not _courtesy(self):
            return self  # "DC Zebari" is the DC of that name, whichever Zebari is named here
        return replace(self, key=here[0], candidates=(), confidence=RULES[self.rule])


# Links by a rank or a collar number the person was written with: theirs wherever written.
_OWN_RANK_RULES = ("title-known", "title-collar")
# Titles anyone of a sex may be written with: they tell namesakes apart by what the collection
# happened to write before their full names, not by who they are.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_MALE_TITLES = frozenset({"mr"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss"})


def _courtesy(link: Link) -> bool:
    """Whether ``link`` is a courtesy title and a surname ("Mr QUENBY")."""
    words = re.findall(r"[a-z]+|\d", fold(link.text))
    return len(words) == 2 and words[0] in COURTESY_TITLES


# A capitalised piece of a word and its lower-case rest after one space ("Quar mby").
_BROKEN_WORD = re.compile(r"(?<![^\W\d_])([A-Z][^\W\d_]*) ([a-z]+)(?![^\W\d_])")


@dataclass
class Person:
    key: str
    display: str
    titles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)  # OCR slips of the key seen in full
    named: int = 0  # how often the collection names them in full
    middles: set[str] = field(default_factory=set)  # middle names the collection may write
    documents: int = 0  # how many documents name them in full (0: not counted, read ``named``)

    def own_name(self) -> bool:
        """Named in full in documents enough that a near name is someone else's."""
        return (self.documents or self.named) >= OWN_DOCUMENTS


_DETECTIVE_RANKS = {"con", "sgt", "insp", "supt", "constable", "sergeant", "inspector"}
# Ranks written with a collar number (a civil title never is), as the matcher reads them.
_COLLAR_RANKS = {token(t) for t in ("pc", "wpc", "ps", "wps", "pcso", "tdc", "dc", "ds", "dsgt",
                                    "sgt", "constable", "sergeant", "con", "officer")}
# Ranks of the police, as the matcher reads them: written after a name on a roll's line.
_RANKS = _COLLAR_RANKS | {token(t) for t in ("di", "dci", "dsi", "dcs", "supt", "insp",
                                            "inspector")}
_TITLE_READINGS = {token(title): title for title in FORM_TITLES}  # "dlr" -> "cllr"
def titles_in(written: str) -> set[str]:
    """The titles a name is written with ("DC 2291 Helen ASHWORTH" -> {"dc"})."""
    found = set()
    for word in re.findall(r"[^\W\d_]+", written):
        bare = fold(word)
        if bare not in TITLES:
            break
        found.add(bare)
    return found & set(FORM_TITLES)


# Lower-case particles of Portuguese and Spanish surnames, written or left out ("do Rosário").
ROMANCE_PARTICLES = ("da", "de", "do", "dos", "das", "del")
# Particles that begin a surname and are no forename ("De Luca", "von Trapp"; "Al" and "Ben" are
# forenames too, and "Van" a Vietnamese given name): a name of two words that starts with one
# is a surname alone; a name that ends with one is cut short.
SURNAME_PARTICLES = {"de", "di", "da", "del", "della", "dela", "delos", "du", "dos", "das",
                     "van", "von", "der", "den", "ter", "ten", "bin", "binti", "ibn", "bint",
                     "ap", "ab",  # Welsh: "ap Gwilym" is a surname alone
                     "mac", "mc",  # Gaelic: "Mac Gille-Mhoire" written apart is a surname alone
                     "ag", "ult",  # Tuareg: "ag Mossa", "son of Mossa", is a surname alone
                     "anak", "ak"}  # Iban: "anak Jugah", "child of Jugah", likewise


# A surname's particle of one letter ("Seán Ó Murchú"): inside a name, no initial.
ONE_LETTER_PARTICLES = {"o"}


def is_full_name(key: str) -> bool:
    parts = name_parts(key)
    # "Con Holdsworth" from "Det Con Holdsworth" is a rank and a surname, no one's full name,
    # nor is "dela Cruz" (a surname with its particle) or "Pieter van" (a name cut short).
    inner = parts[1:-1]
    return (len(parts) >= 2 and not is_initial_form(key)
            and all(len(p) >= 2 or (p in ONE_LETTER_PARTICLES and p in inner) for p in parts)
            and parts[0] not in FORM_TITLES and plausible_person(key.title())
            and not (parts[0] in SURNAME_PARTICLES - {"van"}
                     and (len(parts) == 2 or parts[0] not in forenames()))
            and parts[-1] not in SURNAME_PARTICLES)


# A first given name written abbreviated before the name a person uses ("Md. Rahman Ali",
# "Ma. Luisa Reyes"): the abbreviation is that given name.
ABBREVIATED_GIVEN_NAMES = {"md": "mohammed", "mohd": "mohammed", "muhd": "mohammed",
                           "ma": "maria"}
# Those that stand for a devotional first name a person is not called by (Bengali "Md."):
# the names after it are the name the person uses.
UNUSED_FIRST_NAMES = frozenset({"md", "mohd", "muhd"})


def _reading(key: str) -> tuple[str, ...]:
    """A full-name key as the matcher reads it ("he1en ashvvorth" reads "helen ashworth"), a
    first given name written abbreviated before another written out ("md rahman ali" reads
    "mohammed rahman ali")."""
    parts = name_parts(key)
    if len(parts) >= 3 and parts[0] in ABBREVIATED_GIVEN_NAMES:
        parts = [ABBREVIATED_GIVEN_NAMES[parts[0]], *parts[1:]]
    return tuple(token(p) for p in parts)


def _misreadings(word: str) -> Iterable[tuple[str, bool]]:
    """``word`` with one letter misread by OCR, each with whether the slip is also a plausible
    real spelling (a dropped or doubled letter), which two people may differ by. "a" for "o"
    is too near a real name to merge two people by at all."""
    for index, letter in enumerate(word):
        for a, b in _OCR_SLIPS:
            if a == letter:
                yield word[:index] + b + word[index + 1:], False
        if letter == "h":
            yield word[:index] + "li" + word[index + 1:], False
        if word[index:index + 2] == "li":  # and the other way: "Wilhams" for "Williams"
            yield word[:index] + "h" + word[index + 2:], False
        yield word[:index] + word[index + 1:], True  # dropped
        yield word[:index] + letter + word[index:], True  # doubled
        if index + 1 < len(word) and word[index + 1] != letter:  # two letters swapped
            yield word[:index] + word[index + 1] + letter + word[index + 2:], True


def same_people(counts: dict[str, int], documents: dict[str, int] | None = None,
                written: dict[str, int] | None = None) -> dict[str, str]:
    """Full-name keys that name a person known by another key -> that key: one the matcher
    reads the same ("he1en ashworth", or "helen ashworth" beside the one "helen margaret
    ashworth"), a nickname beside the formal forename ("bob lumb" when "robert lumb" is known
    and no other Lumb it may stand for), and rare OCR slips. ``documents`` (a key -> the
    documents that write it in full; ``counts`` without it) tells a person's own name from a
    variant spelling (``search.name_variants.own_name``); ``written`` (a key -> the documents
    whose text writes it in full) a namesake's spelling from a variant one."""
    merged = merge_ocr_slips(counts)
    for key in counts:  # "Md. Abul Howlader" written less often than "Abul Howlader": his
        parts = name_parts(key)
        rest = " ".join(parts[1:])
        if parts[0] in UNUSED_FIRST_NAMES and len(parts) >= 3 and counts.get(rest, 0) >= counts[key]:
            merged.setdefault(key, rest)
    for rare, common in surnames_alone(counts).items():  # "Coyoy Xitumul" of "Rosa ..."
        merged.setdefault(rare, common)
    family_first = reordered_names(counts)
    for rare, common in {**family_first, **written_apart(counts)}.items():
        merged.setdefault(rare, common)
    _merge_read_alike(counts, merged)
    # Then the people so far, each with all its keys' counts: their variant spellings, short
    # forms and later names.
    # A family name written first ("Le Van Minh" beside "Van Minh Le"): the words
    # after it are the given name, no later name the person is known by.
    reordered = {*family_first, *family_first.values()}
    later = known_by_later_names(_people(counts, merged), merged)
    for longer, shorter in later.items():
        if longer in reordered or shorter in reordered:
            continue
        merged.setdefault(longer, shorter)
    by_key = counts if documents is None else documents
    documents = _people(by_key, merged)
    for rare, (common, _rule) in variant_heads(_people(counts, merged), documents,
                                                 written).items():
        merged.setdefault(rare, common)
    for rare, common in respelt_a_letter_apart(_people(by_key, merged), written or {},
                                               merged).items():
        merged.setdefault(rare, common)
    for rare, common in pet_names(_people(by_key, merged), written or {}, merged).items():
        merged.setdefault(rare, common)
    final = {rare: _final(merged, common) for rare, common in merged.items()}
    return {rare: key for rare, key in final.items() if key not in merged}  # no cycle


def _merge_read_alike(counts: dict[str, int], merged: dict[str, str]) -> None:
    """Into ``merged``: keys the matcher reads alike (a middle name or a word between the given
    names and the surname left out, under the fullest and commonest), and a nickname's key
    beside the one formal forename known with that surname."""
    readings: dict[tuple[str, ...], list[str]] = {}
    for key in counts:
        readings.setdefault(_reading(key), []).append(key)
    for key in counts:
        parts = _reading(key)
        if len(parts) > 2:  # one with a middle name is read as "forename surname" as well
            readings.setdefault((parts[0], parts[-1]), []).append(key)

    # Two given names and a surname written with a word between them ("Ana Liza Cruz
    # Valdemoro", a middle name, or 'Idris Ahmed "Idz" Bhuiyan' with its quotes gone) less
    # often than without it: the person written without it.
    for key in counts:
        parts = _reading(key)
        for at in range(2, len(parts) - 1):
            base = [k for k in readings.get((*parts[:at], *parts[at + 1:]), ())
                    if len(name_parts(k)) == len(parts) - 1 and counts[k] >= counts[key]]
            if base:  # read alike: one person's, under the commonest
                merged.setdefault(key, max(base, key=lambda k: (counts[k], k)))
                break
    for key in counts:
        same = readings[_reading(key)]
        longest = max(len(name_parts(k)) for k in same)
        fullest = [k for k in same if len(name_parts(k)) == longest]
        if len({_reading(k) for k in fullest}) == 1 or longest == len(name_parts(key)):
            best = max(fullest, key=lambda k: (counts[k], k == ocr_skeleton(k)))
            if best != key:
                merged.setdefault(key, best)
                continue
        parts = name_parts(key)
        if not is_nickname(parts[0]):
            continue
        formal = [f"{name} {' '.join(parts[1:])}" for name in nickname_index()[parts[0]]
                  if not is_nickname(name)]
        known = [k for k in formal if k in counts]
        if len(known) == 1:
            merged.setdefault(key, known[0])


def surnames_alone(counts: dict[str, int]) -> dict[str, str]:
    """Keys of two words that are the two surnames of one person written more often, no
    forename first ("Coyoy Xitumul" beside "Rosa Coyoy Xitumul", a Maya or Spanish name's
    two surnames written alone) -> that person's key; when the words are several people's
    surnames, or the first is a forename, no one."""
    by_surnames: dict[str, list[str]] = {}
    for key in counts:
        parts = name_parts(key)
        if len(parts) == 3:
            by_surnames.setdefault(_glued(parts[1:]), []).append(key)
    found = {}
    for key in counts:
        parts = name_parts(key)
        if len(parts) != 2 or parts[0] in forenames() or is_nickname(parts[0]):
            continue
        holders = [k for k in by_surnames.get(_glued(parts), ()) if counts[k] > counts[key]]
        if len({name_parts(k)[0] for k in holders}) == 1:
            found[key] = max(holders, key=lambda k: (counts[k], k))
    return found


def _glued(parts: list[str]) -> str:
    return re.sub(r"[\s'’-]", "", "".join(parts))


def _commoner(a: str, b: str, counts: dict[str, int]) -> tuple[str, str]:
    """(rarer, commoner) of two keys; a tie goes to the first written."""
    return (b, a) if counts[a] >= counts[b] else (a, b)


def reordered_names(counts: dict[str, int]) -> dict[str, str]:
    """Full-name keys that are another key's words with the family name moved from the front to
    the back ("van minh le" beside "le van minh", "mei-wah kwok" beside "kwok
    mei-wah") -> the commoner of the two: one person, written in both orders. The same words
    in another order are no one else's name."""
    merged: dict[str, str] = {}
    for key in counts:
        parts = name_parts(key)
        if len(parts) < 2:
            continue
        moved = " ".join((*parts[1:], parts[0]))
        if moved in counts and moved != key and key not in merged and moved not in merged:
            rare, common = _commoner(key, moved, counts)
            merged[rare] = common
    return merged | _by_one_given_name(counts, merged)


def _by_one_given_name(counts: dict[str, int], reordered: dict[str, str]) -> dict[str, str]:
    """"Minh Le" for the "Le Van Minh" a collection writes in both orders: one word of
    the given name and the family name, or the given name alone ("Van Minh"), where no other
    such person has it."""
    holders: dict[tuple[str, str], set[str]] = {}
    for rare, common in reordered.items():
        written, usual = name_parts(rare), name_parts(common)
        if len(usual) < 3:
            continue  # two words in both orders: which is the family name is not told
        family = written[0] if written[0] == usual[-1] else usual[0]
        for part in name_parts(common):
            if part != family:
                holders.setdefault((part, family), set()).add(common)
        given = " ".join(p for p in usual if p != family)  # "Van Minh" alone
        holders.setdefault((given, ""), set()).add(common)
    merged = {}
    for (given, family), people in holders.items():
        key = f"{given} {family}".strip()
        if len(people) == 1 and key in counts and key not in reordered and key not in people:
            merged[key] = next(iter(people))
    return merged


def written_apart(counts: dict[str, int]) -> dict[str, str]:
    """Full-name keys that are another key with its words spaced otherwise ("pieter van dijk",
    "anna van der berg" or "annavan der berg" beside "pieter vandijk" or "anna vanderberg")
    -> the commonest of them: a surname's particles written apart or joined, whatever they
    are. The other spacing must be written too, so a middle name that happens to end in a
    surname's first letters is never read so."""
    merged: dict[str, str] = {}
    for key in counts:
        parts = name_parts(key)
        for cut in range(len(parts) - 2, 0, -1):  # the longest surname first
            joined = " ".join((*parts[:cut], "".join(parts[cut:])))
            hyphened = " ".join((*parts[:cut], "-".join(parts[cut:])))
            if hyphened in counts and hyphened not in merged and key not in merged:
                merged[key] = hyphened  # "hartley moss": a double surname, hyphened
            elif joined in counts and joined not in merged and key not in merged:
                rare, common = _commoner(joined, key, counts)  # "o murchu" or "omurchu"
                merged[rare] = common
    # Then a space OCR lost or put elsewhere ("annavan der berg"): the same letters are one
    # name, read as its commonest spacing.
    spaced: dict[str, list[str]] = {}
    for key in counts:
        spaced.setdefault(key.replace(" ", ""), []).append(key)
    for same in spaced.values():
        target = _final(merged, max(same, key=lambda k: (counts[k], len(name_parts(k)), k)))
        merged |= {key: target for key in same if key not in merged and key != target}
    # A name cut at the hyphen of its last word ("ana maria-jose" read as "ana maria"), where
    # the whole is written more often.
    for key in counts:
        cut = key[: key.rfind("-")] if "-" in name_parts(key)[-1] else ""
        if cut in counts and counts[key] > counts[cut] and cut not in merged:
            merged[cut] = key
    return merged


def _people(counts: dict[str, int], merged: dict[str, str]) -> dict[str, int]:
    """The people so far, each with the counts of all its keys."""
    people: Counter[str] = Counter()
    for key, n in counts.items():
        people[_final(merged, key)] += n
    return dict(people)


def known_by_later_names(counts: dict[str, int], merged: dict[str, str] | None = None
                         ) -> dict[str, str]:
    """Full-name keys whose words after the first are a commoner person's name (``merged``:
    keys already known to be another's) -> that person: one known by their middle name
    ("James Declan Walsh" beside "Declan Walsh"), or a word the recogniser took in front of
    a name ("Later Declan Walsh")."""
    merged = merged or {}
    found = {}
    shared = shared_family_names(counts, merged)
    for key in counts:
        parts = name_parts(key)
        rest = _final(merged, " ".join(parts[1:])) if len(parts) >= 3 else ""
        if rest not in counts or rest == key or rest in found or rest in shared:
            continue
        if counts[rest] > counts[key]:
            found[key] = rest
        elif FRAGMENT_RATIO * counts[rest] <= counts[key]:  # "Ann Walsh" beside "Mary Ann
            found[rest] = key  # Walsh" written many times more: a fragment of hers
        # else: as often as each other ("Ashby Crane" beside "Rosalind Ashby Crane", a double
        # surname): neither is read as the other.
    return found


def shared_family_names(counts: dict[str, int], merged: dict[str, str] | None = None
                        ) -> set[str]:
    """Keys that are the later words of the full names of two people or more with different
    forenames ("Ruiz Soler" beside "Mateo Ruiz Soler" and "Marta Ruiz Soler"), each written
    more than once (once may be a slip): a family name they share, which no one of them is
    known by alone. A word before it that is no forename ("Seen Ruiz Soler") is no one."""
    merged = merged or {}
    # A forename is one the lists know or one the collection writes before a single surname.
    known = {name_parts(k)[0] for k in (*counts, *merged) if len(name_parts(k)) == 2} | forenames()
    forenames_before: dict[str, set[str]] = {}
    for key in counts:
        parts = name_parts(key)
        if len(parts) >= 3 and parts[0] in known and _may_be_forename(parts[0]) and counts[key] > 1:
            rest = _final(merged, " ".join(parts[1:]))
            # A slip's forename is the person's own ("Ratil" for "Raul"): one person still.
            forenames_before.setdefault(rest, set()).add(name_parts(_final(merged, key))[0])
    return {rest for rest, firsts in forenames_before.items() if len(firsts) > 1 and rest in counts}


def _may_be_forename(word: str) -> bool:
    """A word before a family name that may be someone's forename: not a title, a greeting or a
    sentence's first word the recogniser took in ("Dear", "Later", "NB")."""
    return (len(word) >= MIN_FORENAME and word.isalpha() and word not in TITLES
            and word not in SENTENCE_WORDS and word not in LEADING_WORDS)


def middle_names(keys: Iterable[str], people: dict[str, Person]) -> dict[str, set[str]]:
    """The words the collection writes after a person's forename or before their surname as
    a name of two words ("Ada Grace" for "Ada Okoro", "Grace Okoro"): the middle names it may
    write in full ("Ada Grace Okoro"). Only where one person has that forename or surname."""
    by_first: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for key in people:
        parts = name_parts(key)
        by_first.setdefault(parts[0], []).append(key)
        by_last.setdefault(parts[-1], []).append(key)
    middles: dict[str, set[str]] = {}
    for key in keys:
        parts = name_parts(key)
        if len(parts) != 2:
            continue
        for holders, word in ((by_first.get(parts[0], []), parts[1]),
                              (by_last.get(parts[1], []), parts[0])):
            holders = [h for h in holders if h != key]
            if (len(holders) == 1 and word not in name_parts(holders[0])
                    and not _spelt_as_own_part(word, name_parts(holders[0]))):
                middles.setdefault(holders[0], set()).add(word)
    return middles


def _spelt_as_own_part(word: str, parts: list[str]) -> bool:
    """``word`` is one of ``parts`` spelt a letter otherwise ("Brendon Kell" beside "Brandon
    Kell"): a namesake's forename or a variant spelling, never a middle name, which is another
    name and not one letter from the person's own."""
    return any(edit_distance(word, part, 2) <= 1 for part in parts)


def _final(merged: dict[str, str], key: str) -> str:
    seen = {key}
    while key in merged and merged[key] not in seen:
        key = merged[key]
        seen.add(key)
    return key


def merge_ocr_slips(counts: dict[str, int]) -> dict[str, str]:
    """Full-name keys that are an OCR slip of a commoner one -> that one. A slip in the
    forename counts only when the slipped forename is no forename at all, so a real "Helen"
    and "Helena", or a decoy one real letter away, are never merged; a slip that is also a
    real spelling (a dropped or doubled letter) only when the rare key was written once."""
    merged: dict[str, str] = {}
    for common in sorted(counts, key=lambda k: -counts[k]):
        parts = name_parts(common)
        for at, part in enumerate(parts):
            for slipped, plausible in _misreadings(part):
                rare = " ".join((*parts[:at], slipped, *parts[at + 1:]))
                # A look-alike letter ("Dycr", "C1ough") is no one's real spelling: the name
                # it spoils need only be the commoner; a dropped or doubled letter may be.
                ratio = SLIP_RATIO if plausible else 1
                if (rare not in counts or rare in merged or rare == common
                        or counts[common] < ratio * counts[rare] or counts[common] == counts[rare]
                        or (plausible and counts[rare] > 1 and not (
                            counts[rare] <= SURE_SLIP_COUNT
                            and counts[common] >= SURE_SLIP_RATIO * counts[rare]))
                        or (at == 0 and slipped in forenames())):
                    continue
                merged[rare] = common
    return merged


# Letters that are words after a forename ("gave Tomas a lift"), no surname's initial.
LONE_LETTER_WORDS = frozenset("ai")


def _forms(person: Person) -> Iterable[tuple[tuple[str, ...], str]]:
    """Token sequences of a person's written forms, each with its rule."""
    parts = [token(p) for p in name_parts(person.key)]
    first, middles, last = parts[0], parts[1:-1], parts[-1]
    yield (*parts,), "full"
    yield from _aliases(person)
    for middle in person.middles:  # "Ada Grace Okoro": the longest reading wins
        yield (first, token(middle), last), "full"
        # An index's line with every given name after the surname ("OKORO, Ada Grace"): the
        # middle name is the person's too, no forename of someone after the link.
        yield (last, ",", first, token(middle)), "index"
        yield (last, first, token(middle)), "index"
    yield (last, ",", *parts[:-1]), "index"
    yield (last, *parts[:-1]), "index"  # "QUARMBY/Ottoline Rose": every given name after it
    if middles:
        yield (first, last), "full-no-middle"
        yield (last, ",", first), "index"
        yield (first[0], *(m[0] for m in middles), last), "initials"
    yield (first[0], last), "initials"
    yield (last, ",", first[0]), "index-initial"
    # Police index style without the comma ("ASHWORTH Helen", "ASHWORTH H.M."), and so the
    # local parts "ashworth.helen@" and "ashworth.h@".
    yield (last, first), "index"
    yield (last, first[0]), "index-initial"
    if last[0] not in LONE_LETTER_WORDS:  # "Tomas F.", and the local part "tomas.f@"
        yield (first, last[0]), "initials"
    # A middle initial written between forename and surname ("Helen M. Ashworth"): the
    # person's own middle initial, else any letter, by a weaker rule.
    own = {m[0] for m in middles}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        yield (first, letter, last), "full-no-middle" if letter in own else "initials"
    if not particle_surname(person):
        # A Portuguese or Spanish particle written before a surname the collection keys
        # without it ("Joaquim do Rosário" of "Joaquim Rosário").
        for particle in ROMANCE_PARTICLES:
            yield (first, particle, last), "full-no-middle"
    forename = name_parts(person.key)[0]
    for nick in nickname_index().get(forename, ()):
        # "Elaine" is listed under Eleanor, but is a forename of its own: a form of a formal
        # name is another formal name only when one of them is a short form.
        if nick != forename and (is_nickname(nick) or is_nickname(forename)):
            yield (token(nick), *parts[1:]), "nickname"
            yield (token(nick), last), "nickname"
    yield from _glued_addresses(first, last)
    yield (last, ADDRESS_END), "email"  # "custody.ashworth@", "2291ashworth@": a desk's address
    yield (first, ADDRESS_END, last), "email"  # "helen@ashworth-lamb.example": the firm's name
    if middles:  # "hm.ashworth@", "hmashworth@", and a given name of two words glued
        yield (first[0] + "".join(m[0] for m in middles), last), "email"
        yield (last, first[0] + "".join(m[0] for m in middles)), "email"  # "ashworth.hm@"
        yield (first + "".join(middles), last), "email"  # "boonhuat.tan@"
        yield (first[0] + "".join(m[0] for m in middles) + last,), "email"
    yield from _hyphened_forms(name_parts(person.key))
    yield from _umlauts_written_out(person)
    yield from _particle_forms(person)
    for slipped in _slips(name_parts(person.key)[0], name_parts(person.key)[-1]):
        yield slipped, "ocr-slip"
        yield (slipped[-1], ",", *slipped[:-1]), "ocr-slip"
    for broken in _broken(name_parts(person.key)):
        yield broken, "ocr-slip"
    for hyphened in _hyphened_glued(name_parts(person.key)):
        yield hyphened, "translit"
    yield from _title_forms(person, first, last)


HYPHENED_PIECE = 2  # letters each half of a compound given name has ("Mi-Ju", no "A-bdul")


def _hyphened_glued(parts: list[str]) -> Iterable[tuple[str, ...]]:
    """A compound given name the collection keyed glued ("Abdulkarim") written with its
    hyphen ("Abdul-Karim Said"): where the hyphen falls, the key cannot tell, so each place
    that leaves two halves of a few letters is tried; punctuation only, so no namesake."""
    first, rest = parts[0], tuple(map(token, parts[1:]))
    if "-" in first or not first.isalpha():
        return
    for cut in range(HYPHENED_PIECE, len(first) - HYPHENED_PIECE + 1):
        yield (token(f"{first[:cut]}-{first[cut:]}"), *rest)


def _glued_addresses(first: str, last: str) -> Iterable[tuple[tuple[str, ...], str]]:
    """The local part of an e-mail address written as one word: "hashworth", "helenashworth",
    "ashworthh", "ashworthhelen"."""
    for glued in (first[0] + last, first + last, last + first[0], last + first):
        yield (glued,), "email"


def _title_forms(person: Person, first: str, last: str) -> Iterable[tuple[tuple[str, ...], str]]:
    """The forms of a title or rank with the surname, and with a collar number: by the rule
    "title-known" for the person's own titles, else "title" ("title-collar" with a number)."""
    for title in FORM_TITLES:
        rule = "title-known" if title in person.titles else "title"
        collared = "title-collar" if rule == "title" else rule
        title = token(title)  # as the text reads it: "cllr" reads "dlr"
        yield (title, last), rule
        yield (title, COLLAR, last), collared
        # A comma after the number, as a log's signing column writes it ("PCSO 6043, Okoro").
        yield (title, COLLAR, ",", last), collared
        # The rank and collar number after the name, as a roll or a signature writes it
        # ("Ashworth PC 2291", "ASHWORTH Helen DC 2291").
        yield (last, title, COLLAR), collared
        yield (last, ",", title, COLLAR), collared
        if title in _COLLAR_RANKS:  # the collar number before the surname ("4471 PELLOW, DC")
            yield (COLLAR, last, ",", title), collared
            yield (COLLAR, last, title), collared
            # A roster's surname, collar number and rank ("Pellow 4471/DC", "Pellow 4471/Det.
            # Con."): the number between them.
            yield (last, COLLAR, title), collared
            if title in _DETECTIVE_RANKS:
                yield (last, COLLAR, "det", title), collared
                yield (last, ",", "det", title, COLLAR), collared
        yield (last, first, title, COLLAR), "index"
        # The rank in brackets after the surname, as a briefing's list writes it ("Adeyemi
        # (D/Sgt)"; with a collar number after it, the link ends at the rank).
        yield (last, BRACKETED + title), rule
        yield (last, ",", FILED + title), rule  # a register's "Tolliver, Mr."
        yield (last, FILED + title), rule  # a roll's "TOLLIVER Mr." (search.name_tokens)
        # A register's title between the comma and the given name ("TOLLIVER, Mr Ross"): the
        # person's own forename after it, so no list of two ("Tolliver, Mr Okoro").
        yield (last, ",", title, first), "index"
        # The rank after a dash, as a roll's line writes it, and a register's courtesy title
        # or a professor's ("TABEKO - Mr", "QADIRI - Prof").
        yield (last, DASHED + title), rule
        if title in _COLLAR_RANKS:  # "4471 Pellow (D.C.)"
            yield (COLLAR, last, BRACKETED + title), collared
        if title in _DETECTIVE_RANKS:  # "Det Con Ashworth": not a "Con Ashworth"
            yield ("det", title, last), rule


def _apart(written: list[str], surname: str) -> list[str]:
    """The last words of ``written`` that, joined, are ``surname`` ("de la cruz" for
    "delacruz"), else its last word."""
    for at in range(1, len(written) - 1):
        if "".join(written[at:]) == surname:
            return written[at:]
    return written[-1:]


def _alias_forms(first: str, surname: tuple[str, ...], rule: str, own_surname: bool,
                 own_first: str = "") -> Iterable[tuple[tuple[str, ...], str]]:
    """The forms of another name the person is written by ("Priya Ragunathan" for "Priya
    Raghunathan", "Mc Ardle" for "McArdle"), as the matcher reads them: in full and by index,
    and, when the surname is spelt differently from theirs, by initial and by title."""
    yield (first, *surname), rule
    yield (*surname, ",", first), rule
    yield (*surname, first), rule
    if rule == "translit":  # the other order's address: "kwokm@" for a family name first
        yield ("".join(surname) + first[0],), "email"
        yield (first[0] + "".join(surname),), "email"
    if own_surname and rule != "full" and first[:1] == own_first[:1]:  # a nickname or a slip:
        return  # the surname's forms are there (but not "E. Doyle" for an Eamon known as Cathal)
    yield (first[0], *surname), "initials"
    yield (*surname, ",", first[0]), "index-initial"
    yield (*surname, first[0]), "index-initial"
    for title in FORM_TITLES:
        yield (token(title), *surname), "title"
        # after the surname too, as the person's own surname is ("OLDROYD/Ms", "Oldroyd (Mrs)")
        yield (*surname, DASHED + token(title)), "title"
        yield (*surname, BRACKETED + token(title)), "title"


# "a.k.a.", "aka" and "known as" as the matcher reads them (brackets and commas are no words).
_AKA_WORDS = (*((word,) for word in dict.fromkeys(tokens(w)[0][0] for w in ("a.k.a.", "aka"))),
              ("known", "as"))


def _aliases(person: Person) -> Iterable[tuple[tuple[str, ...], str]]:
    """The forms of the other names the collection writes the person by (``aliases``), and of
    their surname's prefix written apart or swapped ("Mc Ardle", "Mac Ardle", "O Brien")."""
    parts = name_parts(person.key)
    for alias in person.aliases:
        written = name_parts(alias)
        surname = tuple(token(p) for p in written[1:]) if len(written) == 2 else (
            (token(written[-2]), token(written[-1])) if written[-2] in PREFIXES
            else tuple(map(token, _apart(written, parts[-1]))))
        rule = alias_rule(alias, person.key)
        if len(written) > 1 + len(surname):  # "Thomas Colm Walsh" for "Colm Walsh"
            yield tuple(map(token, written)), rule
        yield from _alias_forms(token(written[0]), surname, rule, written[-1] == parts[-1],
                                token(parts[0]))
        used = len(written) == 2 and written[1] == parts[-1] and written[0] != parts[0]
        for aka in _AKA_WORDS if used else ():
            # "QUILL a.k.a. Dozzer", "Quill (known as Dozzer)": the surname, then the name used
            yield (token(parts[-1]), *aka, token(written[0])), rule
        if used and len(parts) == 2:
            # Another given name of theirs with the surname: both given names written
            # ("Ottilie Maren Tolliver", "TOLLIVER, Ottilie Maren").
            both = (token(written[0]), token(parts[0]))
            yield (*both, token(parts[1])), "full"
            yield (token(parts[1]), ",", *both), "index"
    for surname in surname_spellings(parts[-1], person.display):
        yield from _alias_forms(token(parts[0]), tuple(map(token, surname)), "translit", False)
    for alias in person.aliases:
        written = name_parts(alias)
        if len(written) == 2 and len(parts) >= 2 and _glued(written) == _glued(parts[1:]):
            # Two surnames written alone ("Saquic Ch'ok", "DC 417 Saquic Ch'ok"): every
            # form of a surname, whole.
            yield from _whole_surname_forms(tuple(map(token, written)), person.titles)


def _whole_surname_forms(surname: tuple[str, ...], titles: set[str]
                         ) -> Iterable[tuple[tuple[str, ...], str]]:
    """A surname of two words written alone, after a title and a collar number or before a
    title in brackets, as a person's surname of one word is."""
    yield surname, "index"
    for title in FORM_TITLES:
        rule = "title-known" if title in titles else "title"
        title = token(title)
        yield (title, *surname), rule
        yield (title, COLLAR, *surname), "title-collar" if rule == "title" else rule
        yield (*surname, BRACKETED + title), rule


# Particles that are a surname's first words even when written with a capital ("De Souza",
# "Di Stefano", "Al Amin"); others ("van", "le", "la") only in lower case, since "Le Van
# Minh" is a family name, then a given name.
CAPITAL_PARTICLES = {"de", "di", "da", "del", "della", "dela", "delos", "du", "dos", "das",
                     "al", "el", "bin", "binti", "ibn", "bint", "abu", "ap", "ag", "ult", "ole"}


def _gaelic_surname(words: list[str]) -> tuple[str, ...]:
    """A Gaelic surname after the given names: "Mac" or "Nic", an article, and the name
    ("Mac an t-Saoir", "Nic na Ceàrdaich"), folded; () for any other name."""
    for at in range(1, len(words) - 2):
        if (fold(words[at]) in GAELIC_PREFIXES and words[at][:1].isupper()
                and all(fold(w) in GAELIC_ARTICLES for w in words[at + 1:-1])):
            return tuple(fold(w) for w in words[at:])
    return ()


def _mutated_spellings(surname: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A surname whose last word carries a mutation's letter and hyphen ("t-Saoir") as files
    also write it: the hyphen dropped ("tSaoir"), a space for it ("t Saoir"), all run
    together ("MacantSaoir")."""
    head, _hyphen, tail = surname[-1].partition("-")
    if not tail or len(head) != 1:
        return set()
    before = tuple(map(token, surname[:-1]))
    return {(*before, token(head + tail)), (*before, LONE_LETTER, token(tail)),
            (token("".join(surname).replace("-", "")),)}


def particle_surname(person: Person) -> tuple[str, ...]:
    """The words of a surname that begins with particles ("dela cruz", "van den bosch"), as the
    display writes them, or () for a surname of one word."""
    words = person.display.split()
    particle, _hyphen, rest = fold(words[-1]).partition("-") if words else ("", "", "")
    if rest and particle in PARTICLES and len(words) > 1:  # "al-Amin": the particle hyphened
        return particle, rest
    if gaelic := _gaelic_surname(words):
        return gaelic
    taken: list[str] = []
    for word in reversed(words[1:-1]):
        bare = fold(word)
        if bare not in PARTICLES or not (word.islower() or bare in CAPITAL_PARTICLES):
            break
        taken.insert(0, bare)
    return (*taken, fold(words[-1])) if taken and len(words) > len(taken) + 1 else ()


def _particle_forms(person: Person) -> Iterable[tuple[tuple[str, ...], str]]:
    """A surname with particles written in every form of a surname, whole ("DELA CRUZ,
    Janelle", "Ms van den Bosch", "J. dela Cruz"), with its particles joined to the rest
    ("Delacruz", "Vanden Bosch", "vandenbosch@") or, for the index, alone at its end."""
    surname = particle_surname(person)
    if not surname:
        return
    first = token(name_parts(person.key)[0])
    spellings = {tuple(map(token, surname)), (token("".join(surname)),),
                 (token("".join(surname[:-1])), token(surname[-1]))}
    short = tuple(SHORT_PARTICLES.get(p, p) for p in surname)
    if short != surname:  # "Tawai ak. Jelani": the particle written short
        spellings.add(tuple(map(token, short)))
    spellings |= _mutated_spellings(surname)
    # The particles dropped, as an address's local part drops them ("lenkoi.tumpes@").
    yield (first, token(surname[-1])), "full-no-middle"
    for spelt in spellings:
        yield (first, *spelt), "full"
        yield (*spelt, ",", first), "index"
        yield (*spelt, first), "index"
        yield (first[0], *spelt), "initials"
        yield (*spelt, ",", first[0]), "index-initial"
        yield (*spelt, first[0]), "index-initial"
        yield from _glued_addresses(first, "".join(spelt))  # "vandenboschj@" too
        for title in FORM_TITLES:
            rule = "title-known" if title in person.titles else "title"
            yield (token(title), *spelt), rule
            yield (token(title), COLLAR, *spelt), "title-collar" if rule == "title" else rule
            yield (token(title), COLLAR, ",", *spelt), "title-collar" if rule == "title" else rule


def _slips(first_written: str, last_written: str) -> Iterable[tuple[str, str]]:
    """"forename surname" (or "initial surname") with one letter OCR misread ("lorrainc
    sugden", "naslr hameed", "n hamced"); a slip that is someone else's name loses to that
    name, which holds it in full, and a slipped forename that is a forename in its own right
    is not a slip. Both the spelling and the matcher's reading are misread: "Ciough" is
    "Clough" misread, though "clough" reads "dough"."""
    first, last = token(first_written), token(last_written)
    for forename in {f for w in {first_written, first} for f, _p in _text_misreadings(w)}:
        if forename not in forenames():  # "Jon" for "Jan" is another person
            yield forename, last
    for surname in _surname_slips(last_written):
        yield first, surname
        yield first[0], surname  # "H. Ashwortb"


def _surname_slips(last_written: str) -> set[str]:
    return {n for w in {last_written, token(last_written)} for n, _p in _text_misreadings(w)}


# A letter with an umlaut written out with an "e" after it, as German spelling and mail
# systems do ("Brück" -> "brueck@", "Höss" -> "hoess").
_UMLAUTS_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _umlauts_written_out(person: Person) -> Iterable[tuple[tuple[str, ...], str]]:
    """A name with an umlaut written out, in full, as an index and as an address's words."""
    written = person.display.translate(_UMLAUTS_OUT)
    if written == person.display:
        return
    parts = [token(p) for p in name_parts(person_key(written))]
    if len(parts) < 2:
        return
    first, last = parts[0], parts[-1]
    yield (*parts,), "translit"
    for form in ((last, ",", first), (last, first), (first[0], last), (last, first[0])):
        yield form, "index" if "," in form or len(form[-1]) > 1 else "index-initial"
    yield from _glued_addresses(first, last)


def _hyphened_forms(parts: list[str]) -> Iterable[tuple[tuple[str, ...], str]]:
    """A double-barrelled forename or surname as an address splits it ("anne.marie.walsh@",
    "annemarie.walsh@", "amwalsh@") and as initials write it ("A-M Walsh")."""
    first, last = parts[0], parts[-1]
    # A hyphen at a word's edge or doubled ("Jean-", "Anne--Marie", as text and OCR write
    # them) leaves no empty piece.
    firsts, lasts = [p for p in first.split("-") if p], [p for p in last.split("-") if p]
    if len(firsts) > 1:
        pieces = firsts
        initials = "".join(p[0] for p in pieces)
        yield (*map(token, pieces), token(last)), "email"
        yield (token("".join(pieces)), token(last)), "email"
        yield (token(initials + last),), "email"
        yield (token(initials), token(last)), "email"
        yield (token("-".join(p[0] for p in pieces)), token(last)), "initials"
    if len(lasts) > 1:
        pieces = lasts
        yield (token(first), *map(token, pieces)), "email"
        yield (token(first[0]), *map(token, pieces)), "email"
        yield (token(first), token("".join(pieces))), "email"
        yield (token(first[0] + "".join(pieces)),), "email"  # "twynnjones@"
        yield (token(first + "".join(pieces)),), "email"


def _broken(parts: list[str]) -> Iterable[tuple[str, ...]]:
    """"forename surname" with a space OCR put inside one of the two ("Jo hn Smith", "Kevin
    Mor ley"), and the surname so broken after an initial or before its forename ("K. Mor
    ley", "HAINS WORTH, Oliver"), as the matcher reads the pieces. The piece after the space
    has two letters at least: one alone in lower case is read as no initial."""
    first, last = parts[0], parts[-1]
    for at, word in ((0, first), (1, last)):
        for cut in range(1, len(word) - 1):
            pieces = (token(word[:cut]), token(word[cut:]))
            if at == 0:
                yield (*pieces, token(last))
                continue
            yield (token(first), *pieces)
            yield (token(first[0]), *pieces)
            yield (*pieces, ",", token(first))


def _text_misreadings(word: str) -> Iterable[tuple[str, bool]]:
    """A word's misreadings in a text ("a" for "o" too), as the matcher reads them."""
    yield from ((token(w), p) for w, p in _misreadings(word))
    for index, letter in enumerate(word):
        for wrong in (b for a, b in _TEXT_SLIPS if a == letter and (a, b) not in _OCR_SLIPS):
            yield token(word[:index] + wrong + word[index + 1:]), True


def punctuated(form: tuple[str, ...], rule: str) -> Iterable[tuple[str, ...]]:
    """``form`` as the matcher reads it with its hyphens moved: a given name hyphened before a
    lower-case piece read as two words ("Ji-woo", as "OLDROYD-was" is), and a full name's
    surname of two words hyphened ("Ní-Bhriain" for "Ní Bhriain")."""
    yield form
    split = tuple(piece for word in form for piece in word.split("-") if piece)
    if split != form:
        yield split
    if rule in ("full", "index", "initials") and "-" in form[-1] and "," not in form:
        # Two surnames joined by "and" ("Puig i Ferrer", "PUIG I FERRER"): the lower-case
        # word reads as a lone letter, the capital as an initial.
        for joining in (LONE_LETTER, *map(token, CONJUNCTIONS)):
            yield (*form[:-1], *_joined(form[-1], joining))
    if rule in ("full", "full-no-middle") and len(form) == 3 and "," not in form:
        yield (form[0], f"{form[1]}-{form[2]}")
        # A given name of two words hyphened ("Mary-Jo Kerr" for "Mary Jo Kerr").
        yield (f"{form[0]}-{form[1]}", form[2])


CONJUNCTIONS = ("i", "y", "e")  # "and" between two surnames (Catalan, Spanish, Portuguese)


def _joined(word: str, joining: str) -> list[str]:
    """The pieces of a hyphened word with ``joining`` between them."""
    pieces = [piece for piece in word.split("-") if piece]
    return [part for piece in pieces for part in (joining, piece)][1:]


CONTAINING_CONFIDENCE = 0.8  # a form this sure holds the shorter forms written inside it


def _outermost(hits: list[tuple[int, int, dict[str, str]]]) -> list[tuple[int, int, dict[str, str]]]:
    """The hits less those written inside a longer, sure one: in "Anna Van Dijk" the person's
    name holds "Van Dijk", whoever else a "Van Dijk" of two words is."""
    sure = [(first, last) for first, last, held in hits
            if max(RULES[rule] for rule in held.values()) >= CONTAINING_CONFIDENCE]
    return [(first, last, held) for first, last, held in hits if not any(
        a <= first and last <= b and (a, b) != (first, last) for a, b in sure)]


def _title_before(found: list[tuple[str, int, int]], first: int) -> str:
    """The title just before a name, over a collar number: "DC" in "DC 2291 Helen Ashworth"."""
    before = first - 1
    if before >= 0 and found[before][0] == COLLAR:
        before -= 1
    return _TITLE_READINGS.get(found[before][0], "") if before >= 0 else ""


def with_titles(authority: NameAuthority, titles: dict[str, set[str]]) -> NameAuthority:
    """The authority again, each person known by the titles written before their full name, so
    "DC Ashworth" goes to the Ashworth who is a DC."""
    people = [replace(p, titles=p.titles | titles.get(p.key, set()))
              for p in authority.people.values()]
    return NameAuthority(people)


def shared_surnames(authority: NameAuthority) -> set[str]:
    """Surnames two or more people hold: only there does a title tell them apart."""
    counts = Counter(name_parts(key)[-1] for key in authority.people)
    return {surname for surname, n in counts.items() if n > 1}


class NameAuthority:
    """The people of a collection and one automaton over all their forms."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.people = {p.key: p for p in people}
        holders: dict[str, dict[str, str]] = {}  # pattern -> person key -> best rule
        for person in self.people.values():
            for form, rule in ((f, r) for written, r in _forms(person) if all(written)
                               for f in punctuated(written, r)):
                # (A slip of a one-letter part leaves an empty word: no form, "Mariana" alone.)
                pattern = f" {' '.join(form)} "
                held = holders.setdefault(pattern, {})
                if RULES[rule] > RULES.get(held.get(person.key, ""), 0.0):
                    held[person.key] = rule
        self._automaton = ahocorasick.Automaton()
        for pattern, held in holders.items():
            self._automaton.add_word(pattern, (len(pattern), held))
        if holders:
            self._automaton.make_automaton()
        self._empty = not holders
        # An address -> its owner, where the collection's mail headers give it under one
        # person's full name only (ingest.name_addresses): set once the people are known.
        self.addresses: dict[str, str] = {}
        self._real: dict[tuple[str, ...], list[str]] = {}
        # Every name a person is known by is a spelling of its own: "Brenrian", written
        # for "Brennan" often enough to be an alias, is not corrected to "Brannan".
        self._spelling = NameSpelling(token(part) for p in self.people.values()
                                      for key in (p.key, *p.aliases) for part in name_parts(key))

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The people's surnames, and everything after a forename ("te awa")."""
        parts = [name_parts(key) for key in self.people]
        return frozenset({p[-1] for p in parts} | {" ".join(p[1:]) for p in parts})

    @cached_property
    def forenames(self) -> frozenset[str]:
        """The first given names of the people and of every full name they are known by."""
        return frozenset(name_parts(key)[0] for p in self.people.values()
                         for key in (p.key, *p.aliases))

    def display(self, key: str) -> str | None:
        person = self.people.get(key)
        return person.display if person else None

    def find(self, text: str) -> list[Link]:
        """Every written form of a known person in ``text``, longest first where two overlap."""
        if self._empty or not text:
            return []
        found, slipped = self._read(text)
        joined, starts = " ", {}
        for index, (word, _s, _e) in enumerate(found):
            starts[len(joined)] = index
            joined += word + " "
        hits = []
        for end, (length, held) in self._automaton.iter(joined):
            first = starts[end - length + 2]
            last = first + len(joined[end - length + 2 : end].split()) - 1
            hits.append((first, last, held))
        links, taken = [], set()
        hits = _outermost(hits)
        # The surest form first, then the longest: in "Ian Dobson, Irene Dobson" the full
        # name "Ian Dobson" holds its surname before "Dobson, Irene" can read it as an index.
        for first, last, held in sorted(hits, key=lambda h: (
                -max(RULES[rule] for rule in h[2].values()), h[0] - h[1], h[0])):
            if taken & set(range(first, last + 1)):
                continue
            start, end = found[first][1], found[last][2]
            if _IN_DOMAIN.search(text, max(0, start - DOMAIN_LETTERS), start):
                continue  # "head@brantwood-high.sch.uk": an address's domain names no one
            if _BLANK_LINE.search(text, start, end):
                continue  # a paragraph ends inside: a surname ending one, a letter opening the next
            if "\t" in text[start:end]:
                continue  # a table's cells: "PIKE<tab>Orla" is one cell's surname, the next's forename
            taken |= set(range(first, last + 1))
            link = self._link(start, end, text[start:end], held)
            if slipped & set(range(first, last + 1)):
                link = replace(link, rule="ocr-slip",
                               confidence=min(link.confidence, RULES["ocr-slip"]))
            if link.key and link.rule in MISREADING_RULES:
                link = self._unless_as_near(link)
            links.append(replace(link, title=_title_before(found, first)))
        return sorted(self._by_address(text, links), key=lambda link: link.start)

    def _by_address(self, text: str, links: list[Link]) -> list[Link]:
        """``links`` with each address of the address book linked to its owner by its local
        part ("principal@", "pcso4410@": a role's or a number's address names no one by its
        words), unless its words already name someone: a person's own address says who it is
        even when another person's header gave it."""
        if not self.addresses or "@" not in text:
            return links
        for match in _ADDRESS.finditer(text):
            owner = self.addresses.get(match.group().lower())
            start, at, end = match.start(), match.start("at"), match.end()
            inside = [link for link in links if start <= link.start and link.end <= end]
            if owner is None or any(link.key for link in inside):
                continue
            links = [link for link in links if link not in inside]
            links.append(Link(start, at, text[start:at], owner, "email", RULES["email"]))
        return links

    def _real_candidates(self, top: tuple[str, ...]) -> list[str]:
        """The candidates less those that are a misreading of another (misread_namesake)."""
        if top not in self._real:
            self._real[top] = [k for k in top if not any(
                misread_namesake(self.people[k], self.people[other]) for other in top)] or list(top)
        return self._real[top]

    def _read(self, text: str) -> tuple[list[tuple[str, int, int]], set[int]]:
        """``text``'s tokens, a capitalised word one letter from one of the collection's name
        parts read as that part (search.name_spelling); and which were so read."""
        found, slipped = self._rejoined(tokens(text), text), set()
        for index, (word, start, end) in enumerate(found):
            if UNREADABLE in word:
                better = self._spelling.unreadable(word)
            elif text[end:end + 1] == "@":
                better = None  # "TFerreiro@": an address's glued local part, typed, no slip
            else:
                better = self._spelling.correct(word) if text[start:start + 1].isupper() else None
            if better and index and found[index - 1][0] + word == better:
                better = None  # "O Sullivan": the prefix written apart, not a slip
            if better:
                found[index] = (better, start, end)
                slipped.add(index)
        return found, slipped

    @cached_property
    def _by_part(self) -> dict[str, list[str]]:
        """Each name part -> the people whose full name has it."""
        index: dict[str, list[str]] = {}
        for key in self.people:
            for part in set(name_parts(key)):
                index.setdefault(part, []).append(key)
        return index

    def _unless_as_near(self, link: Link) -> Link:
        """A misread name linked to one person, or a possible match when the written name is as
        few letters from another person's full name ("Quinlan Mourad": an "n" misread from
        "Mornad", or a sound of "Morad"): the letters cannot tell which."""
        written = person_key(link.text)
        if not written or written in self.people:
            return link
        near = edit_distance(written, link.key or "", MISREAD_LETTERS + 1)
        if near > MISREAD_LETTERS:
            return link  # a name cut short or spelt otherwise, no misreading of letters
        # Only a person named as often or more may be meant instead: a misreading of a
        # decoy's name that is also a spelling of the commoner person's ("Younan" beside
        # "Yonnan" and "Yonan"), not a slip of the commoner name a decoy is near.
        named = self.people[link.key].named if link.key in self.people else 0
        others = sorted({other for part in name_parts(written) for other in self._by_part.get(part, ())
                         if other != link.key and self.people[other].named >= named
                         and edit_distance(written, other, near + 1) <= near})
        if not others:
            return link
        candidates = tuple(sorted({link.key or "", *others}))
        return replace(link, key=None, candidates=candidates,
                       confidence=link.confidence / len(candidates))

    def _rejoined(self, found: list[tuple[str, int, int]], text: str
                  ) -> list[tuple[str, int, int]]:
        """``found`` with a word OCR broke at a stray space read as one ("Jo Ann Quar mby"):
        a capitalised piece and the lower-case rest after one space that together spell one of
        the people's name parts, whatever the first piece makes of itself (a recogniser may
        have taken it for a surname). The pairs are found by one scan of the text; most pages
        have none that spell a part."""
        joins = {m.start(): (whole, m.end()) for m in _BROKEN_WORD.finditer(text)
                 if (whole := token(m.group(1) + m.group(2))) in self._spelling.whole_parts}
        if not joins:
            return found
        out: list[tuple[str, int, int]] = []
        skip_to = -1
        for word, start, end in found:
            if start < skip_to:
                continue
            if start in joins:
                whole, skip_to = joins[start]
                out.append((whole, start, skip_to))
                continue
            out.append((word, start, end))
        return out

    def _near_namesakes(self, key: str, written: str, held: dict[str, str]) -> list[str]:
        """``key`` and the other holders of a courtesy title and surname ("Mr Quenby") whose
        full names are a letter from ``key``'s (``DECOY_LETTERS``): which of two near
        namesakes the collection happened to write with the title elsewhere tells nothing of
        this one."""
        words = re.findall(r"[a-z]+|\d", fold(written))
        if len(words) != 2 or words[0] not in COURTESY_TITLES:
            return [key]
        near = [other for other in held if other != key and edit_distance(
            _first_and_last(key), _first_and_last(other), DECOY_LETTERS + 1) <= DECOY_LETTERS]
        return sorted([key, *near]) if near else [key]

    def _courtesy_peers(self, key: str, written: str, held: dict[str, str]) -> list[str]:
        """``key`` and the other holders of a courtesy title and surname ("Mr Quenby") by the
        title: that the collection wrote "Mr" before one Quenby's full name and never before
        another's tells nothing of which this is, as any man may be written so (the title's
        sex still tells, ``_of_the_title_s_sex``). A holder written with another title only
        ("DS Quenby") is known by it, and is not this one."""
        words = re.findall(r"[a-z]+|\d", fold(written))
        if len(words) != 2 or words[0] not in COURTESY_TITLES:
            return [key]
        return sorted({key, *(other for other, rule in held.items() if rule == "title"
                              and other in self.people and not self.people[other].titles)})

    def _of_the_title_s_sex(self, top: list[str], written: str) -> list[str]:
        """``top`` less the people the collection only ever calls by a courtesy title of the
        other sex: "Mr Quenby" is not the "Ms Quenby" of every other document, and the one
        Quenby no one calls "Ms" or "Mrs" is meant (an unknown title may be either)."""
        words = re.findall(r"[a-z]+", fold(written))
        title = words[0] if words and words[0] in COURTESY_TITLES else (
            words[-1] if words and words[-1] in COURTESY_TITLES else "")
        other = _FEMALE_TITLES if title in _MALE_TITLES else (
            _MALE_TITLES if title in _FEMALE_TITLES else set())
        if not other:
            return top
        courtesy = {k: self.people[k].titles & COURTESY_TITLES for k in top if k in self.people}
        kept = [k for k in top if not (courtesy.get(k) and courtesy[k] <= other)]
        return kept or top

    def _link(self, start: int, end: int, written: str, held: dict[str, str]) -> Link:
        holders = tuple(sorted(held)) if len(held) > 1 else ()
        every = held
        if len(held) > 1 and person_key(written) not in held:
            # A misreading of a holder's name never outranks them ("Miss X" of a "Rita X"
            # read once for "Ruta X"); a name written as it is spelt is its own.
            real = self._real_candidates(tuple(sorted(held)))
            held = {key: rule for key, rule in held.items() if key in real}
        best = max(RULES[rule] for rule in held.values())
        top = sorted(k for k, rule in held.items() if RULES[rule] == best)
        if len(top) > 1:  # the same skeleton: the one spelt exactly as written, if any
            exact = [k for k in top if k == person_key(written)]
            top = exact or top
        if len(top) > 1:
            top = self._real_candidates(tuple(top))
        if len(top) > 1:
            top = self._of_the_title_s_sex(_of_the_written_initials(top, written), written)
        rule = held[top[0]]
        if len(top) == 1 and rule == "title-known":
            top = self._near_namesakes(top[0], written, every)
            if len(top) == 1:
                top = self._of_the_title_s_sex(self._courtesy_peers(top[0], written, every),
                                               written)
        if len(top) == 1:
            return Link(start, end, written, top[0], rule, RULES[rule], holders=holders)
        return Link(start, end, written, None, rule, RULES[rule] / len(top), tuple(top),
                    holders=holders)


GLUED_INITIALS = 3  # letters of initials written together ("PELLOW/JW"), no given name


def _of_the_written_initials(top: list[str], written: str) -> list[str]:
    """``top`` narrowed to the people whose given names' initials are every initial written,
    the middle one too ("J W Pellow", "PELLOW/JW" of "Jago Wyn Pellow", not of a "Jago Pellow"
    whose middle name no document gives). One initial narrows nothing: it fits all of them."""
    parts = name_parts(person_key(written))
    kept = []
    for key in top:
        names = name_parts(key)
        given = [p for p in parts if p != names[-1]]
        initials = "".join(given)
        if (len(initials) >= 2 and all(len(p) <= GLUED_INITIALS for p in given)
                and initials == "".join(p[0] for p in names[:-1])):
            kept.append(key)
    return kept or top


# An address's domain before a word ("@brantwood-" of "head@brantwood-high.sch.uk").
_IN_DOMAIN = re.compile(r"@[\w.-]*$")
# An e-mail address as a mail header or a text writes it; the "@" is where its local part ends.
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+(?P<at>@)[\w-]+(?:\.[\w-]+)+")
DOMAIN_LETTERS = 100  # how far back an address's "@" is looked for
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _first_and_last(key: str) -> str:
    """A full-name key without its middle names ("ronan whitmore" of "ronan james ...")."""
    parts = name_parts(key)
    return f"{parts[0]} {parts[-1]}"


def misread_namesake(rare: Person, common: Person) -> bool:
    """``rare`` is written once where ``common`` is written more, and its name is two letters
    from theirs, or from another name they are known by ("Brain Holroyd" in one scan beside a
    roster's "Brian Holroyd"): no one an initial, title or address would mean. Both keep their
    own full names."""
    return rare.key != common.key and any(
        _misread_name(rare, name, common.named) for name in (common.key, *common.aliases))


def _misread_name(rare: Person, name: str, named: int) -> bool:
    """``misread_namesake`` for one name of a person named ``named`` times in full."""
    if rare.key == name or (rare.own_name() and spelt_near(rare.key, name)):
        return False  # a name spelt near theirs, written in full in documents of its own
    if (rare.documents or rare.named) > SURE_SLIP_COUNT:
        return False  # written in full in more documents than a slip is: a namesake's own name
    if (rare.named <= 1 < named
            and name_parts(rare.key)[-1][:1] == name_parts(name)[-1][:1]
            and edit_distance(rare.key, name, MISREAD_LETTERS + 1) <= MISREAD_LETTERS):
        return True
    # "Tornasz Wolak" twice in scans beside a "Tomasz Wolak" named thirty times: the forename
    # misread, and "T. Wolak" is his. A forename that differs in its first letter may be
    # another person's ("Darius" beside "Marius"), so a title alone never chooses between them.
    (first, *_m, last), (first_c, *_n, last_c) = name_parts(rare.key), name_parts(name)
    return (last == last_c and first[:1] == first_c[:1] and named >= SLIP_RATIO * rare.named
            and edit_distance(first, first_c, MISREAD_LETTERS + 1) <= MISREAD_LETTERS)

