"""Keys for entity mentions, shared by ingestion (to store them) and search (to match them).

A person's key strips titles and ranks, puts "SURNAME, Forename" in reading order, and folds case
and accents, so "DC Sarah WHITLOCK" and "Whitlock, Sarah" share the key "sarah whitlock".
"""

from __future__ import annotations

import re
import unicodedata

TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "pc", "wpc", "dc", "ds", "di",
    "dci", "dsi", "supt", "ch", "insp", "sgt", "det", "lady", "lord", "prof", "sir", "dame",
    "rev", "fr", "sister", "the",
}
_SPACE = re.compile(r"\s+")
_NON_NAME = re.compile(r"[^\w\s'\-.,]")


def fold(text: str) -> str:
    """Lowercase ASCII with single spaces: the shared base of every key."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", ascii_text).strip().casefold()


def person_display(text: str) -> str:
    """The name as it reads: titles gone, "SURNAME, Forename" reordered, capitalised."""
    text = _SPACE.sub(" ", _NON_NAME.sub(" ", text)).strip(" ,.'-")
    if text.count(",") == 1:
        surname, forename = (part.strip() for part in text.split(","))
        if surname and forename:
            text = f"{forename} {surname}"
    words = [w for w in text.replace(",", " ").split() if w.strip(".").casefold() not in TITLES]
    return " ".join(w if not w.isupper() or len(w) <= 2 else w.capitalize() for w in words)


def person_key(text: str) -> str:
    return fold(person_display(text).replace(".", " "))


def entity_display(kind: str, text: str) -> str:
    if kind == "person":
        return person_display(text)
    return _SPACE.sub(" ", text).strip(" ,.;:'\"")


def entity_key(kind: str, text: str) -> str:
    if kind == "person":
        return person_key(text)
    return fold(entity_display(kind, text))
