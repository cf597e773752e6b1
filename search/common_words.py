"""Common English nouns and adjectives, read from the spaCy pipeline's lemmatizer tables.

A firm's, a shelter's or a library's name ends with a word of the language ("... Metals",
"... Skin Art", "... Car Rental", "... Night Shelter"); every new collection brings a trade no
hand-kept list of firm words has yet. The lemmatizer's index (WordNet's nouns and adjectives,
lower case) knows them all, and the configured English pipeline ships it, so no new
dependency is needed. A pipeline without the table (another language) knows no word here,
and the rules that ask fall back to the word lists.

Surnames are words too ("Baker", "Hill"): callers ask only about names that no forename list
knows and weigh what the collection writes of the name besides (``ingest.names``).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

_KINDS = ("noun", "adj")
SHORTEST = 3  # "co", "fm": shorter words are abbreviations, which other lists know


def _lookups_dir(model: str) -> Path | None:
    """The lemmatizer's lookups folder of an installed pipeline package, if it has one."""
    import spacy.util  # imported here: the search API need not load spaCy for its other work

    try:
        package = spacy.util.get_package_path(model)
    except ImportError:  # a pipeline given as a path, or none installed
        package = Path(model)
    for folder in (package, *sorted(p for p in package.glob("*") if p.is_dir())):
        candidate = folder / "lemmatizer" / "lookups"
        if (candidate / "lookups.bin").exists():
            return candidate
    return None


@cache
def _index_words() -> dict[str, frozenset[str]]:
    """The lemmatizer index's words (lower case, letters only) by kind, noun and adjective, of
    the configured pipeline, read from disk once (empty if it has none)."""
    from spacy.lookups import Lookups

    from config import get_settings

    folder = _lookups_dir(get_settings().spacy_model)
    if folder is None:
        return {}
    lookups = Lookups()
    lookups.from_disk(folder)
    if "lemma_index" not in lookups.tables:
        return {}
    index = lookups.get_table("lemma_index")
    found = {kind: frozenset(w for w in index[kind] if w.isalpha() and w.islower())
             for kind in _KINDS if kind in index}
    log.debug("common words: %d from %s", sum(map(len, found.values())), folder)
    return found


@cache
def common_words() -> frozenset[str]:
    """The lemmatizer index's nouns and adjectives of the configured pipeline (empty if none)."""
    return frozenset().union(*_index_words().values())


def is_plural_noun(word: str) -> bool:
    """The plural of a common word that is not itself one ("metals", "libraries"; not "rice")."""
    words = common_words()
    if len(word) < SHORTEST or not word.isalpha() or word in words:
        return False
    return (word.endswith("ies") and word[:-3] + "y" in words) or \
        (word.endswith("s") and word[:-1] in words)


def is_common_word(word: str) -> bool:
    """A folded word of three letters or more that is an English noun or adjective, or the
    plural of a noun ("metals", "amusements", "libraries")."""
    if len(word) < SHORTEST or not word.isalpha():
        return False
    return word in common_words() or is_plural_noun(word)


def is_adjective(word: str) -> bool:
    """A folded word of three letters or more that the language uses as an adjective ("good",
    "great", "lovely")."""
    return len(word) >= SHORTEST and word in _index_words().get("adj", frozenset())
