"""Query-time expansion of a person key into the variants it may appear as, and the closeness of
any key found to the one asked for.

Expansion happens at query time (not at ingest) so the nickname table and the OCR confusions can
grow without re-ingesting. Closeness orders results: exact key first, then phonetic, nickname,
initial, OCR confusion, part of the name, and fuzzy.
"""

from __future__ import annotations

from functools import lru_cache

from search.names import NAME_CACHE, initial_key, is_initial_form, name_parts, phonetic_keys
from search.nicknames import nickname_index

MATCHES = ("exact", "phonetic", "nickname", "initial", "ocr", "part", "fuzzy")
# Pairs OCR confuses in typed and faxed files; each is tried in both directions.
# Digits first: the skeleton reads them as letters before it looks for "cl", so "C1ough"
# and "Clough" share one ("clough" -> "dough", as "c1ough" must read too).
OCR_CONFUSIONS = (("0", "o"), ("1", "l"), ("rn", "m"), ("cl", "d"))
MAX_OCR_EDITS = 2
MAX_VARIANTS = 200


@lru_cache(maxsize=NAME_CACHE)  # asked of every capitalised word of a page, most of them again
def ocr_skeleton(text: str) -> str:
    """One spelling for every OCR confusion ("Rayrnond" and "Raymond" both read "raymond")."""
    text = text.casefold()
    for wrong, right in OCR_CONFUSIONS:
        text = text.replace(wrong, right)
    return text


def _single_edits(key: str) -> set[str]:
    found: set[str] = set()
    for a, b in OCR_CONFUSIONS:
        for src, dst in ((a, b), (b, a)):
            start = key.find(src)
            while start != -1:
                found.add(key[:start] + dst + key[start + len(src):])
                start = key.find(src, start + 1)
    return found


def ocr_variants(key: str) -> set[str]:
    """Spellings OCR may have produced from ``key``: up to two confusions, both directions."""
    frontier, found = {key}, set()
    for _ in range(MAX_OCR_EDITS):
        frontier = {v for k in frontier for v in _single_edits(k)} - found - {key}
        found |= frontier
        if len(found) > MAX_VARIANTS:
            break
    return set(sorted(found)[:MAX_VARIANTS])


def nickname_variants(key: str) -> set[str]:
    """The key with its forename swapped for each name it may be short or long for."""
    parts = name_parts(key)
    if not parts:
        return set()
    index = nickname_index()
    return {" ".join([alt, *parts[1:]]) for alt in index.get(parts[0], ())}


def initial_variants(key: str) -> set[str]:
    """"sarah whitlock" may be written "s whitlock"; an initial form is matched the other way,
    through the stored initial key."""
    return {initial_key(key)} if len(name_parts(key)) >= 2 and not is_initial_form(key) else set()


def closeness(query_key: str, key: str) -> str:
    """How ``key`` relates to ``query_key``: one of MATCHES."""
    if key == query_key:
        return "exact"
    # An initial says less than any spelled name, however alike "R" and "Ray" sound.
    initials = is_initial_form(key) or is_initial_form(query_key)
    if initials and initial_key(key) == initial_key(query_key) != "":
        return "initial"
    if not initials and set(phonetic_keys(key)) & set(phonetic_keys(query_key)):
        return "phonetic"
    if not initials and (key in nickname_variants(query_key) or query_key in nickname_variants(key)):
        return "nickname"
    if ocr_skeleton(key) == ocr_skeleton(query_key) or key in ocr_variants(query_key):
        return "ocr"
    query_parts, parts = set(name_parts(query_key)), set(name_parts(key))
    if query_parts and (query_parts <= parts or parts <= query_parts):
        return "part"
    return "fuzzy"


def rank(match: str) -> int:
    return MATCHES.index(match)
