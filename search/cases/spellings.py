"""A name a scan misreads, read as the name the collection writes right: OCR drops or changes a
letter's diacritic ("DÍNMEZ" for "DÖNMEZ", "Phtic" for "Phúc", "Vg" for "Vũ") or mistakes one
letter for another ("Wagar" for "Waqar"), and a misread name would be a person of its own, a
suspect no one named. Two names are one when only scans write the one, the collection's text
writes the other, and they differ in one word: at most two letters apart once folded (one, in
a word under four) where the text writes that word with a diacritic ("ü" read as "ii" is one);
else one letter apart in a word of five letters or more. A name of three words may differ so in
two, where the text writes both with a diacritic. Namesakes with another middle name stay
apart: their words are further apart than that.

So is a name a text file's wrong code page misreads (``code_page_misreads``).

Pure: the keys the cases saw (in how many documents, and as written) in, the renames out;
search.cases.register applies them to every case.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from search.name_authority import MISREAD_LETTERS
from search.name_spelling import edit_distance
from search.names import person_key

MIN_WORD = 2
LONG_WORD = 4
LONG_PLAIN_WORD = 5


def misread_names(seen: dict[str, tuple[int, str]]) -> dict[str, str]:
    """Each misread key and the key it misreads. ``seen``: person key -> (the documents whose
    text, not a scan's OCR, writes it; one form the text writes)."""
    # Names one word apart share a bucket: the other words, with that word's place masked; a
    # name of three words or more also shares one with each name two words apart, where the
    # text writes both words with a diacritic ("Siileyman Tiirkoglu": "Süleyman Türkoğlu").
    buckets: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in seen:
        words = key.split()
        if len(words) >= 2:
            for at in range(len(words)):
                buckets[(*words[:at], "*", *words[at + 1:])].append(key)
        if len(words) >= 3:
            for one, two in combinations(range(len(words)), 2):
                buckets[tuple("*" if n in (one, two) else w for n, w in enumerate(words))].append(key)
    renamed: dict[str, str] = {}
    for masked, keys in sorted(buckets.items(), key=lambda pair: pair[0].count("*")):
        places = [n for n, word in enumerate(masked) if word == "*"]
        typed = [k for k in keys if seen[k][0] > 0]
        for rare in (k for k in keys if seen[k][0] == 0 and k not in renamed):
            common = next((k for k in typed if all(
                _misreads(rare, k, at, seen[k][1], len(places) > 1, len(masked) >= 3)
                for at in places)), None)
            if common is not None:
                renamed[rare] = common
    renamed.update(_cut_short(seen, renamed))
    return renamed


def _cut_short(seen: dict[str, tuple[int, str]], renamed: dict[str, str]) -> dict[str, str]:
    """Names of two words only scans write that are the first two or the last two words of one
    name of three words or more the collection's text writes, each word the same or a long
    word's misreading ("Nusrat Sariyev", "lakovos Doukas": the OCR lost a word of the name):
    that name. Two such names (namesakes of another given name) leave it alone."""
    typed = [k for k, (count, _written) in seen.items() if count > 0 and len(k.split()) >= 3]
    found: dict[str, str] = {}
    for rare in (k for k, (count, _w) in seen.items() if count == 0 and k not in renamed):
        words = rare.split()
        if len(words) != 2:
            continue
        fits = {k for k in typed for part in (k.split()[:2], k.split()[-2:])
                if all(_near(word, right) for word, right in zip(words, part, strict=True))}
        if len(fits) == 1:
            found[rare] = fits.pop()
    return found


def _near(word: str, right: str) -> bool:
    """The same word, or a word of five letters or more at most two letters from it."""
    return word == right or (min(len(word), len(right)) >= LONG_PLAIN_WORD
                             and edit_distance(word, right, MISREAD_LETTERS + 1) <= MISREAD_LETTERS)


def _misreads(rare: str, common: str, at: int, written: str, accented_only: bool = False,
              rest_whole: bool = False) -> bool:
    """Whether word ``at`` of ``rare`` (only scans write it) misreads that word of ``common``
    (``written`` so by the text): a letter with a diacritic spoilt, two letters apart in a long
    word ("Lý" and "Hồ" are two names), one in a short one, a "ü" read as "ii" counting as one;
    or, with no diacritic, one letter apart in a word of five or more ("Wagar" for "Waqar"),
    unless ``accented_only`` (two words misread in one name: each must be a diacritic's).
    ``rest_whole``: the name has three words or more and only this one differs."""
    word, right = rare.split()[at], common.split()[at]
    parts = written.split()
    if len(parts) == len(common.split()) and not parts[at].isascii():
        # (a short word too, when it keeps its first letter and the name's two other words or
        # more are whole: OCR makes two accented letters one, "Vaří" read "Vaf")
        long_or_anchored = min(len(word), len(right)) >= LONG_WORD or (
            rest_whole and not accented_only and word[:1] == right[:1])
        near = MISREAD_LETTERS if long_or_anchored else 1
        shortest = MIN_WORD
        if "ii" in word and "ü" in parts[at].lower():  # the two dots and the stroke: "ii"
            word = word.replace("ii", "u")
    elif accented_only:
        return False
    else:
        near, shortest = 1, LONG_PLAIN_WORD
    return min(len(word), len(right)) >= shortest and edit_distance(word, right, near + 1) <= near


# The code pages a text file's bytes may really be in when it was read as Windows-1252 (its
# letters look Western, so a detector may keep that reading): Baltic, Central European,
# Turkish, South-East European, and a Mac's (whose "ö" is Windows' "š": "Lšnnqvist" for "Lönnqvist").
# And the DOS pages an old PC's text is in: Central European, Baltic, Western ("Kopřiva" in code
# page 852 read as Windows-1252 is "Kopýiva", as Windows-1250 "KopýivŘ"...). And the pages of
# French Canada's DOS and of HP's Unix machines and printers ("Séamus" in HP Roman-8 read as
# Windows-1252 is "SÅamus"). And DOS's Icelandic page.
OTHER_CODE_PAGES = ("iso8859_13", "cp1257", "cp1250", "iso8859_2", "cp1254", "iso8859_16",
                    "mac_roman", "cp852", "cp775", "cp850", "cp863", "hp_roman8", "cp861")
# The pages a detector keeps for such a text: Windows' Western and Central European, and the Mac's
# Central European ("François" in DOS 863 read in it is "Franáois").
KEPT_CODE_PAGES = ("cp1252", "cp1250", "mac_latin2")
# Each page kept and the page the bytes may really be in, likeliest first; and, last, DOS's
# Icelandic text kept in DOS's Western or Central European page, whose words look whole ("ð"
# and "Ó" read as "î" and "Ž": "Guðrún" as "Guîrún"). Only that pair: a DOS page kept for any
# other page's bytes would take names the collection writes rightly for misreadings.
PAGE_PAIRS = (*((kept, page) for kept in KEPT_CODE_PAGES for page in OTHER_CODE_PAGES if page != kept),
              ("cp850", "cp861"), ("cp852", "cp861"))


def code_page_misreads(spelt: dict[str, str]) -> dict[str, str]:
    """Each key whose written form is another name misread through the wrong code page, and
    the key of that name, when the collection writes it too: a text file in ISO-8859-13 read
    as Windows-1252 writes "Vītoliņš" as "Vîtoliòð", one person made two. ``spelt``: person key
    -> a form the text writes it in (which may write fewer of its words than the key has: the
    name authority gives "Lšnnqvist" a forename another document writes)."""
    renamed: dict[str, str] = {}
    rank: dict[str, int] = {}  # how likely the pages that found it: the first, most
    for key, written in spelt.items():
        if written.isascii():
            continue
        other = next(((pair_at, again) for pair_at, (kept, page) in enumerate(PAGE_PAIRS)
                      if (again := _read_again(key, written, page, kept)) is not None
                      and again != key and again in spelt), None)
        if other is not None:
            rank[key], renamed[key] = other
    # Two forms each the other's misreading through some pair of pages ("Žilvinas", "Ïilvinas"):
    # the misreading is the one the likelier pages find.
    for key, other in list(renamed.items()):
        if renamed.get(other) == key and rank[key] > rank[other]:
            del renamed[key]
    # one misreading may read as another ("VØroslav" of Windows-1252 read again in Windows-1250
    # is "VŘroslav", itself DOS 852's "Věroslav" misread): the last of the chain is the name
    for key in renamed:
        seen = {key}
        while renamed[key] in renamed and renamed[key] not in seen:
            seen.add(renamed[key])
            renamed[key] = renamed[renamed[key]]
    return {key: other for key, other in renamed.items() if other != key}


def _read_again(key: str, written: str, page: str, kept: str = "cp1252") -> str | None:
    """``key`` with each word its written form spells beyond ASCII read again in code page
    ``page``, as the bytes code page ``kept`` made of them; None where that page cannot."""
    words = key.split()
    for word in written.split():
        if word.isascii():
            continue
        try:
            again = word.encode(kept).decode(page)
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
        misread, right = person_key(word), person_key(again)
        words = [right if w == misread else w for w in words]
    return " ".join(words)
