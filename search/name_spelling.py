"""The spelling of a collection's names, for reading OCR'd words: a capitalised word one letter
from exactly one name part of the collection's people ("Poilard", "HGRSFALL", "Thorton") is read
as that part, whatever the letter, so every written form of the person (title, initials, index,
address) survives a slip that no list of look-alike letters foresaw.

A word is never corrected when it is a name part itself (a decoy one letter away, named in full,
keeps its own name), when it is a forename ("Karen" is no slip of "Karan"), when it is short
(short words have too many neighbours), when two name parts are equally near, or when the two
are both common spellings of real names ("Clark" and "Clarke", "Philips" and "Phillips").
"""

from __future__ import annotations

from collections.abc import Iterable

from search.nicknames import forenames

# The replacement character, where an OCR engine or a text layer stored a letter it could not
# read ("Ciar\ufffdn"): one letter, which the collection's name parts tell (``unreadable``).
UNREADABLE = "\ufffd"
UNREADABLE_MIN_LETTERS = 4  # "Io\ufffda": the other letters in place leave few parts to fit
MIN_LETTERS = 5  # "Dyer" and "Firth" are too near too many words to correct
READ_CACHE = 1 << 16


def deletions(word: str) -> set[str]:
    return {word[:at] + word[at + 1:] for at in range(len(word))}


def edit_distance(a: str, b: str, cap: int) -> int:
    """Letters inserted, dropped, changed or swapped between ``a`` and ``b`` (at most ``cap``)."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    before, row = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (x != y))
            if before is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
        if min(row) >= cap:
            return cap
    return min(row[-1], cap)


class NameSpelling:
    """The name parts of a collection, indexed by their one-letter deletions (so a word's
    near parts are found by a few look-ups, not by comparing it with every name)."""

    def __init__(self, parts: Iterable[str]) -> None:
        parts = list(parts)
        self.parts = {p for p in parts if len(p) >= MIN_LETTERS and p.isalpha()}
        self._near: dict[str, set[str]] = {}
        self._read: dict[str, str | None] = {}  # a page's words recur: each is judged once
        # The parts a word broken by OCR may be read back as, and a letter it could not read.
        self.whole_parts = {p for p in parts if len(p) >= UNREADABLE_MIN_LETTERS and p.isalpha()}
        self._by_length: dict[int, list[str]] = {}
        for part in self.whole_parts:
            self._by_length.setdefault(len(part), []).append(part)
        for part in self.parts:
            for variant in (part, *deletions(part)):
                self._near.setdefault(variant, set()).add(part)

    def correct(self, word: str) -> str | None:
        """The one name part ``word`` is a slip of, or None."""
        if word not in self._read:
            if len(self._read) > READ_CACHE:
                self._read.clear()
            self._read[word] = self._correct(word)
        return self._read[word]

    def unreadable(self, word: str) -> str | None:
        """The one name part ``word`` is, a letter OCR could not read in it (``UNREADABLE``)
        standing for any letter; None when no part or two parts fit ("Quar\ufffdby" beside
        "Quarmby" and "Quarkby"), or when more than one letter is unreadable."""
        if word.count(UNREADABLE) != 1:
            return None
        at = word.index(UNREADABLE)
        fits = [part for part in self._by_length.get(len(word), ())
                if part[:at] == word[:at] and part[at + 1:] == word[at + 1:]]
        return fits[0] if len(fits) == 1 else None

    def _correct(self, word: str) -> str | None:
        if (word in self.parts or len(word) < MIN_LETTERS or not word.isalpha()
                or word in forenames()):
            return None
        near = set(self._near.get(word, ()))
        for deleted in deletions(word):
            near |= self._near.get(deleted, set())
        near = {part for part in near if edit_distance(word, part, 2) == 1}
        # A pair of letters OCR reads as one ("ri" for "n") may make it another part: then
        # two parts are near, and neither is chosen.
        near |= {part for part in _pairs_undone(word) if part in self.parts}
        if len(near) != 1:
            return None
        part = near.pop()
        return None if another_spelling(word, part) else part


_LETTER_PAIRS = (("ri", "n"), ("ii", "u"), ("li", "h"), ("rn", "m"), ("in", "m"))


def _pairs_undone(word: str) -> set[str]:
    """``word`` with one of OCR's letter pairs read back as the letter it stands for."""
    found = set()
    for pair, letter in _LETTER_PAIRS:
        at = word.find(pair)
        while at != -1:
            found.add(word[:at] + letter + word[at + 2:])
            at = word.find(pair, at + 1)
    return found


def another_spelling(word: str, part: str) -> bool:
    """Two spellings of real names one letter apart, which OCR did not make: an "e" or "s"
    at the end ("Clark", "Clarke", "Brooks", "Brooke") or a letter doubled ("Philips",
    "Phillips")."""
    short, long = sorted((word, part), key=len)
    if short[:-1] == long[:-1] and {short[-1], long[-1]} <= {"e", "s"}:
        return True
    if len(long) == len(short) + 1 and long[:len(short)] == short and long[-1] in "es":
        return True
    return len(long) == len(short) + 1 and any(
        long[:at] + long[at + 1:] == short and long[at] == long[at - 1]
        and long[at] * 3 not in long for at in range(1, len(long)))  # "Mahmoood" is OCR's
