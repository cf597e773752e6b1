"""A name a scan misreads, read as the name the collection writes right: OCR drops or changes a
letter's diacritic ("DÍNMEZ" for "DÖNMEZ", "Phtic" for "Phúc", "Vg" for "Vũ"), and a misread name
would be a person of its own, a suspect no one named. Two names are one when only scans write
the one and the collection's text writes the other with a letter OCR spoils (a diacritic), and
they differ in one word, at most two letters apart once folded (one, in a word under four).
Namesakes with another middle name stay apart: their words are further apart than that.

Pure: the keys the cases saw (in how many documents, and as written) in, the renames out;
search.cases.register applies them to every case.
"""

from __future__ import annotations

from collections import defaultdict

from search.name_authority import MISREAD_LETTERS
from search.name_spelling import edit_distance

MIN_WORD = 2
LONG_WORD = 4


def misread_names(seen: dict[str, tuple[int, str]]) -> dict[str, str]:
    """Each misread key and the key it misreads. ``seen``: person key -> (the documents whose
    text, not a scan's OCR, writes it; one form the text writes)."""
    # Names one word apart share a bucket: the other words, with that word's place masked.
    buckets: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in seen:
        words = key.split()
        if len(words) >= 2:
            for at in range(len(words)):
                buckets[(*words[:at], "*", *words[at + 1:])].append(key)
    renamed: dict[str, str] = {}
    for masked, keys in buckets.items():
        at = masked.index("*")
        written_right = [k for k in keys if _spoilable(seen[k][1], at, len(masked))]
        for common in written_right:
            for rare in keys:
                if rare not in renamed and _misreads(rare, common, at, seen):
                    renamed[rare] = common
    return renamed


def _spoilable(written: str, at: int, words: int) -> bool:
    """Whether the written name's word ``at`` has a letter OCR misreads (a diacritic)."""
    parts = written.split()
    return len(parts) == words and not parts[at].isascii()


def _misreads(rare: str, common: str, at: int, seen: dict[str, tuple[int, str]]) -> bool:
    word, right = rare.split()[at], common.split()[at]
    # two letters apart is a misreading of a long word only ("Lý" and "Hồ" are two names)
    near = MISREAD_LETTERS if min(len(word), len(right)) >= LONG_WORD else 1
    return (rare != common and seen[rare][0] == 0 < seen[common][0]
            and min(len(word), len(right)) >= MIN_WORD
            and edit_distance(word, right, near + 1) <= near)
