"""References read as a bag of parts, learned from the collection when it declares no format.

A force writes one reference several ways: its parts reordered, other separators, parts glued
("WYB-B-08-41736" and "WYB B08 41736"; "HF.08.BLV.41736" and "BLV 41736 HF 08";
"999/08/0517/WB" and "WB999-0517/08"; "LAC:2284:08:PBC" and "PBC 08 LAC/2284"). Whatever the
layout, the reference is the same multiset of parts: groups of capitals and numbers (leading
zeros dropped). A look-alike differs in one part (another watch letter, line, station code,
hour, rating, weekday or plan), so its bag differs and it stays apart.

The chooser reads the collection itself:
- tight tokens first: groups joined by / . - or : without a space, with a letter group, a
  serial (three digits or more) and a year (two digits, or four when no two-digit number is
  there). The force's own letters (its issuers) are the letter groups that recur in three
  different tight references cited by two documents or more;
- then spaced forms: a run of groups joined by spaces (and separators) whose bag is a tight
  reference's bag, or has an issuer's letters and the same count of letter and number parts
  as that issuer's tight references.
Only bags with an issuer are references: a code-like run that no recurring series explains is
left to the other rules. Each reference is keyed ISSUER[-PARTS]/YEAR/SERIAL, the letters in the
order of how often the collection writes them (the force's letters first), and a key another
rule gave to the same spans follows it everywhere. Last, a label's number written in words
("late shift crime 73598 of 2007") is the one bag of its serial and year that the words say
(``worded_references``).

Pure: documents in, documents out; search.cases.register applies it after the other passes,
only when the collection declares no format (a declared shape is the user's own reading).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from search.cases.sources import Mention, SourceDocument
from search.entity_kinds.reference import LABELLED_HEADS, MONTH_NAMES, MONTHS, year_of

_SEP = r"[./\-:]"
# Groups joined by a separator with no space: "HF.08.BLV.41736", "WB999-0517/08".
_TIGHT = re.compile(rf"(?<![\w./\-:])[A-Z0-9]+(?:{_SEP}[A-Z0-9]+){{1,5}}(?![\w]|[./\-:][A-Za-z0-9])")
# Groups joined by separators or one space: where spaced forms are looked for.
_RUN = re.compile(r"(?<![\w./\-:])[A-Z0-9]+(?:(?:[./\-:]| )[A-Z0-9]+){0,9}(?![\w]|[./\-:][A-Za-z0-9])")
# One chunk run together with letters between or among two numbers: "09YEW1280", "TH45043J08".
_GLUED = re.compile(r"(?<![\w./\-:])(?:\d+[A-Z]{2,5}\d+|[A-Z]{2,5}\d+[A-Z]{1,3}\d+)"
                    r"(?![\w]|[./\-:][A-Za-z0-9])")
_CHUNK = re.compile(r"[A-Z0-9]+(?:[./\-:][A-Z0-9]+)*")
_PART = re.compile(r"[A-Z]+|\d+")
MAX_SERIAL_DIGITS = 7
ISSUER_BAGS = 3  # tight references an issuer's letters must recur in
ISSUER_DOCUMENTS = 2
_MONTH_NAMES = {name[:3].upper(): name.upper() for name in MONTH_NAMES}


@dataclass(frozen=True)
class Bag:
    """A reference's parts: its letter groups and its numbers, sorted; its year and serial."""

    letters: tuple[str, ...]
    numbers: tuple[int, ...]
    year: int
    serial: int
    extras: tuple[int, ...]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.letters), len(self.numbers)


def _year_index(numbers: list[tuple[str, bool]]) -> int | None:
    """Which number is the year: a two-digit one (one not glued to letters first, then the
    smallest), else a four-digit year when no two-digit number is written."""
    two = [i for i, (n, _glued) in enumerate(numbers) if len(n) == 2 and year_of(n)]
    if two:
        loose = [i for i in two if not numbers[i][1]] or two
        return min(loose, key=lambda i: int(numbers[i][0]))
    four = [i for i, (n, _glued) in enumerate(numbers) if len(n) == 4 and year_of(n)]
    return four[0] if len(four) == 1 else None


def _dated(letters: list[str], numbers: list[tuple[str, bool]]) -> bool:
    """A day with its month in letters ("17-DEC-2004", "2004/DEC/17") is a date."""
    return any(part[:3].lower() in MONTHS and len(part) in (3, 4, len(_MONTH_NAMES.get(part[:3], "")))
               for part in letters) and any(1 <= int(n) <= 31 for n, _glued in numbers)


def bag_of(text: str) -> Bag | None:
    """The bag of a written reference, or None (no letters, year or serial, or too many parts:
    a date's "17-DEC-2004" has no serial, a phone's digits no letters)."""
    letters: list[str] = []
    numbers: list[tuple[str, bool]] = []  # the digits, and whether glued to letters
    for group in re.findall(r"[A-Z0-9]+", text):
        parts = _PART.findall(group)
        for part in parts:
            if part.isdigit():
                numbers.append((part, len(parts) > 1))
            else:
                letters.append(part)
    if not 1 <= len(letters) <= 3 or not 2 <= len(numbers) <= 4 or max(map(len, letters)) > 5 \
            or all(len(part) < 2 for part in letters):
        return None
    at = _year_index(numbers)
    if at is None or _dated(letters, numbers):
        return None
    rest = [int(n) for i, (n, _glued) in enumerate(numbers) if i != at]
    widths = [len(n) for i, (n, _glued) in enumerate(numbers) if i != at]
    serial_at = max(range(len(rest)), key=lambda i: (widths[i], rest[i]))
    if not 3 <= widths[serial_at] <= MAX_SERIAL_DIGITS:
        return None
    year = year_of(numbers[at][0]) or 0
    extras = tuple(sorted(n for i, n in enumerate(rest) if i != serial_at))
    return Bag(tuple(sorted(letters)), tuple(sorted([year % 100, *rest])), year,
               rest[serial_at], extras)


def _by_use(bag: Bag, counts: Counter[str]) -> list[str]:
    """The bag's letter groups, the most written first (of two as often, the longer: "HC"
    before the "H" of its hours): the first is its issuer's."""
    return sorted(bag.letters, key=lambda part: (-counts[part], -len(part), part))


def bag_key(bag: Bag, counts: Counter[str]) -> str:
    """ISSUER[-PARTS]/YEAR/SERIAL: the letters by use (``_by_use``), then the other numbers."""
    head = "-".join([*_by_use(bag, counts), *(str(n) for n in bag.extras)])
    return f"{head}/{bag.year}/{bag.serial:05d}"


def _tight_bags(documents: list[SourceDocument]) -> dict[Bag, set[str]]:
    """The bags of the tight tokens, and of the tokens run together with letters between or
    among two numbers ("09YEW1280", "TH45043J08"), by the documents that write them."""
    seen: dict[Bag, set[str]] = defaultdict(set)
    for document in documents:
        for text, _citation in document.pages.values():
            for match in [*_TIGHT.finditer(text), *_GLUED.finditer(text)]:
                if (bag := bag_of(match.group())) is not None:
                    seen[bag].add(document.doc_id)
    return seen


def issuers(seen: dict[Bag, set[str]]) -> Counter[str]:
    """The letter groups that recur in ``ISSUER_BAGS`` tight references or more, cited by
    ``ISSUER_DOCUMENTS`` documents or more, with the count of references they are in."""
    bags: Counter[str] = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    for bag, cited in seen.items():
        for part in set(bag.letters):
            bags[part] += 1
            documents[part] |= cited
    return Counter({part: n for part, n in bags.items() if len(part) >= 2 and n >= ISSUER_BAGS
                    and len(documents[part]) >= ISSUER_DOCUMENTS})


@dataclass(frozen=True)
class Chooser:
    """What the collection's tight references say: the bags, the issuers, their shapes."""

    known: frozenset[Bag]
    counts: Counter[str]
    shapes: dict[str, set[tuple[int, int]]]
    order: Counter[str]  # every letter group, by the known bags it is in

    def accepts(self, bag: Bag, spaced: bool) -> bool:
        issued = [part for part in bag.letters if part in self.counts]
        if not issued:
            return False
        if not spaced or bag in self.known:
            return True
        return any(bag.shape in self.shapes[part] for part in issued)


def learn(documents: list[SourceDocument]) -> Chooser:
    seen = _tight_bags(documents)
    counts = issuers(seen)
    shapes: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for bag in seen:
        for part in bag.letters:
            if part in counts:
                shapes[part].add(bag.shape)
    known = frozenset(b for b in seen if any(p in counts for p in b.letters))
    return Chooser(known, counts, shapes, Counter(p for b in known for p in set(b.letters)))


def _spaced(text: str, chooser: Chooser) -> list[tuple[int, int, Bag]]:
    """The spaced forms of a page: in each run of groups, the longest windows of whole chunks
    whose bag the chooser accepts, a known bag before a shape alone; windows do not overlap.
    A chunk alone, its parts run together, is read only when it is a known bag."""
    found: list[tuple[int, int, Bag]] = []
    for run in _RUN.finditer(text):
        chunks = [(run.start() + c.start(), run.start() + c.end())
                  for c in _CHUNK.finditer(run.group())]
        taken: list[tuple[int, int]] = []
        for known_only in (True, False):
            for size in range(min(len(chunks), 6), 0, -1):
                for first in range(len(chunks) - size + 1):
                    start, end = chunks[first][0], chunks[first + size - 1][1]
                    if any(start < b and end > a for a, b in taken):
                        continue
                    bag = bag_of(text[start:end])
                    # one chunk, run together ("TH45043J08"), only as a known bag's form
                    if bag is None or ((known_only or size == 1) and bag not in chooser.known) \
                            or not chooser.accepts(bag, spaced=True):
                        continue
                    taken.append((start, end))
                    found.append((start, end, bag))
    return found


def _key_parts(key: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A key's letter groups and numbers, as a bag holds them (a four-digit year as two); a
    label's head ("CRIME/PH7L73598") is none of them."""
    head, _, rest = key.partition("/")
    parts = _PART.findall(rest if head in LABELLED_HEADS else key)
    return (tuple(sorted(part for part in parts if part.isalpha())),
            tuple(sorted(int(part) % 100 if len(part) == 4 and year_of(part) else int(part)
                         for part in parts if part.isdigit())))


def _fuller(key: str, bag: Bag) -> bool:
    """Whether another rule keyed the written form as a fuller reference of the same numbers:
    "FS7731-04" keyed as the council's "ODC-FS/2004/07731" keeps that key."""
    letters, numbers = _key_parts(key)
    return set(letters) > set(bag.letters) and numbers == bag.numbers


Found = tuple[int, int, int, Bag, list[Mention]]  # page, start, end, bag, mentions inside


def _found(document: SourceDocument, chooser: Chooser) -> list[Found]:
    """The accepted bags of a document and the mentions inside each; not where another rule
    read a longer reference around it, or knew more of it."""
    found = []
    for number, (text, _citation) in document.pages.items():
        for start, end, bag in _spaced(text, chooser):
            inside = [m for m in document.mentions if m.page == number and m.kind == "reference"
                      and start < m.end and end > m.start]
            if not any(m.start < start or m.end > end or _fuller(m.key, bag) for m in inside):
                found.append((number, start, end, bag, inside))
    return found


def _rekeyed(document: SourceDocument, found: list[Found], keys: dict[Bag, str],
             moved: dict[str, Counter[str]]) -> SourceDocument:
    """The document with each accepted bag as one reference mention under its key, in place
    of the mentions inside it (their old keys noted in ``moved``)."""
    mentions = list(document.mentions)
    for number, start, end, bag, inside in found:
        for m in inside:
            moved[m.key][keys[bag]] += 1
        mentions = [m for m in mentions if m not in inside]
        text = document.pages[number][0]
        mentions.append(Mention("reference", keys[bag], text[start:end], number, start, end))
    return replace(document, mentions=tuple(mentions))


def bagged_references(documents: list[SourceDocument]) -> list[SourceDocument]:
    """The documents with their references read as bags of parts (see the module docstring);
    a key another rule gave only to spans of one bag is that bag's key everywhere."""
    chooser = learn(documents)
    if not chooser.counts:
        return documents
    finds = [_found(d, chooser) for d in documents]
    # Every form of a bag gets its one key, the letters the collection writes most first (the
    # force's or council's own, then the part that tells a series' numbers apart), even where
    # another rule keyed a form otherwise ("EDT-TCC"): the series (search.cases.grouping) is
    # the key's first letters.
    keys = {bag: bag_key(bag, chooser.order) for found in finds for _p, _s, _e, bag, _i in found}
    moved: dict[str, Counter[str]] = defaultdict(Counter)
    documents = [_rekeyed(d, found, keys, moved) for d, found in zip(documents, finds, strict=True)]
    follows = {old: next(iter(new)) for old, new in moved.items()
               if len(new) == 1 and not old.startswith("OPERATION/")}
    documents = [replace(d, mentions=tuple(
        replace(m, key=follows[m.key]) if m.kind == "reference" and m.key in follows else m
        for m in d.mentions)) for d in documents]
    return worded_references(documents, keys, chooser.order)


# --- references written in words ----------------------------------------------------------
# A force writes a number in words too: "late shift crime 73598 of 2007", "crime 05788 booked
# at QTW in 2012", "amber-rated referral 1620 of 2006", "Monday call 1247 of 2007". A label's
# key of such a number (its serial and year, without the part that tells a series' numbers
# apart) is the one bag of that serial and year whose telling parts the words around it say:
# a word that is the part ("QTW"), begins with it ("late" for L, "Monday" for MON), spells it
# ("health" for HLT) or whose words' initials do ("child in need" for CIN); a number that is
# it. The words every number of the issuer is written with ("shift", "crime", "of") say
# nothing. None or two bags fitting: the key is left as it was.
_WORD = re.compile(r"[A-Za-z]+|\d+")
_BEFORE, _AFTER = 5, 7  # words read either side of the number
FRAME_SHARE = 0.6  # more than this share of an issuer's windows: a word that says nothing


@dataclass(frozen=True)
class Window:
    """The words around a label's number, and the serial and year it is written with."""

    words: tuple[str, ...]
    serial: int
    year: int


def _window(text: str, m: Mention) -> Window | None:
    line_start = max(text.rfind("\n", 0, m.start) + 1, m.start - 60)
    line_end = text.find("\n", m.end)
    line_end = min(line_end if line_end >= 0 else len(text), m.end + 60)
    before = _WORD.findall(text[line_start:m.start])[-_BEFORE:]
    written = _WORD.findall(text[m.start:m.end])
    after = _WORD.findall(text[m.end:line_end])[:_AFTER]
    digits = [w for w in written if w.isdigit()]
    serials = [w for w in digits if len(w) >= 3 and not (len(w) == 4 and year_of(w))] or \
        [w for w in digits if len(w) >= 3]
    if len(serials) != 1:
        return None
    years = [w for w in [*digits, *after] if len(w) == 4 and w != serials[0] and year_of(w)]
    if not years:
        return None
    words = tuple(w for w in [*before, *written, *after] if w not in (serials[0], years[0]))
    return Window(words, int(serials[0]), (year_of(years[0]) or 0) % 100)


def _says_letters(part: str, words: list[str], at: int) -> bool:
    word = words[at].upper()
    if word == part or (word.startswith(part) and word.isalpha()):
        return True
    if len(part) >= 3 and word[0] == part[0] and _subsequence(part, word):
        return True
    initials = "".join(w[0].upper() for w in words[at:at + 4] if w.isalpha())
    return len(part) >= 2 and initials[:1] == part[0] and _subsequence(part, initials)


def _subsequence(part: str, word: str) -> bool:
    letters = iter(word)
    return all(letter in letters for letter in part)


def _telling(bag: Bag, order: Counter[str]) -> list[str | int]:
    """The parts that tell a bag apart from its issuer's other numbers: every letter group
    written less often than its most written one, and the numbers beside year and serial."""
    top = max(order[part] for part in bag.letters)
    return [*(part for part in bag.letters if order[part] < top), *bag.extras]


def _said(part: str | int, words: list[str]) -> bool:
    if isinstance(part, int):
        return any(w.isdigit() and (int(w) == part or w == f"{part:02d}00") for w in words)
    return any(_says_letters(part, words, at) for at in range(len(words)))


def _issuer_of(bag: Bag, order: Counter[str]) -> str:
    return _by_use(bag, order)[0]


Worded = tuple[int, Mention, Window, list[Bag]]  # document, mention, its words, the bags


def _worded(documents: list[SourceDocument], bags: set[Bag]) -> list[Worded]:
    """Each label's number with a serial and year that some bag holds, and those bags."""
    by_number: dict[tuple[int, int], list[Bag]] = defaultdict(list)
    for bag in bags:
        by_number[(bag.serial, bag.year % 100)].append(bag)
    found = []
    for index, document in enumerate(documents):
        for m in document.mentions:
            if m.kind != "reference" or m.key.partition("/")[0] not in LABELLED_HEADS:
                continue
            window = _window(document.pages.get(m.page, ("", ""))[0], m)
            if window is not None and (fits := by_number.get((window.serial, window.year))):
                found.append((index, m, window, fits))
    return found


def _frames(found: list[Worded], order: Counter[str]) -> dict[str, set[str]]:
    """The words written around most of an issuer's numbers: they say no part. A word that
    says a part of some candidate bag wherever it is written is no frame, however common:
    when most of a force's worded crimes were taken "at the scene", "scene" still says S
    (``_always_says``); "the" and "taken", written beside numbers with no T bag, say no T."""
    windows: Counter[str] = Counter()
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for _index, _m, window, fits in found:
        for issuer in {_issuer_of(bag, order) for bag in fits}:
            windows[issuer] += 1
            words[issuer].update({w.lower() for w in window.words})
    telling = _always_says(found, order)
    return {issuer: {w for w, n in words[issuer].items() if n > FRAME_SHARE * windows[issuer]
                     and w not in telling.get(issuer, set())}
            for issuer in windows if windows[issuer] >= 3}


def _always_says(found: list[Worded], order: Counter[str]) -> dict[str, set[str]]:
    """Per issuer, the words that, in every window they are written in, say a telling letter
    group of one of the window's candidate bags (a word saying a part no candidate holds is
    shown to be the frame's)."""
    says: dict[str, set[str]] = defaultdict(set)
    refuted: dict[str, set[str]] = defaultdict(set)
    for _index, _m, window, fits in found:
        words = list(window.words)
        for issuer in {_issuer_of(bag, order) for bag in fits}:
            parts = {p for bag in fits if _issuer_of(bag, order) == issuer
                     for p in _telling(bag, order) if isinstance(p, str)}
            for at, word in enumerate(words):
                if any(_says_letters(p, words, at) for p in parts):
                    says[issuer].add(word.lower())
                else:
                    refuted[issuer].add(word.lower())
    return {issuer: said - refuted[issuer] for issuer, said in says.items()}


def _fits(window: Window, bag: Bag, order: Counter[str], frames: dict[str, set[str]]) -> bool:
    telling = _telling(bag, order)
    frame = frames.get(_issuer_of(bag, order))
    if not telling or frame is None:
        return False
    words = list(window.words)
    for part in telling:
        if isinstance(part, int):
            if not _said(part, [w for w in words if w.lower() not in frame]):
                return False
        elif not any(_says_letters(part, words, at) for at in range(len(words))
                     if words[at].lower() not in frame):
            return False
    return True


def worded_references(documents: list[SourceDocument], keys: dict[Bag, str],
                      order: Counter[str]) -> list[SourceDocument]:
    """The documents with each label's number written in words keyed as the one bag its words
    say (see above)."""
    found = _worded(documents, set(keys))
    frames = _frames(found, order)
    chosen: dict[tuple[int, Mention], str] = {}
    for index, m, window, bags in found:
        fitting = [bag for bag in bags if _fits(window, bag, order, frames)]
        if len(fitting) == 1:
            chosen[(index, m)] = keys[fitting[0]]
    if not chosen:
        return documents
    # A label's key whose read windows say one bag (and none says two) is that bag's wherever
    # it is written, as it was one case before: its other sightings ("division Il", misread)
    # stay with it.
    targets: dict[str, set[str]] = defaultdict(set)
    for (_index, m), key in chosen.items():
        targets[m.key].add(key)
    for index, m, window, bags in found:
        if (index, m) not in chosen and m.key in targets \
                and sum(_fits(window, bag, order, frames) for bag in bags) > 1:
            targets[m.key].add("")  # a window of it says two bags: no follow
    follows = {old: next(iter(new)) for old, new in targets.items() if len(new) == 1}

    def resolved(index: int, m: Mention) -> Mention:
        key = chosen.get((index, m)) or (follows.get(m.key) if m.kind == "reference" else None)
        return replace(m, key=key) if key else m
    return [replace(d, mentions=tuple(resolved(i, m) for m in d.mentions))
            for i, d in enumerate(documents)]
