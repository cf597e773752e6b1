"""Folding, once: what the index analyzer does to a character (``lowercase`` then
``asciifolding``, config/mappings/_analysis.json), as a table the Python code applies too.

Names are checked and ciphered in Python (search.names, search.ciphers) and matched in the
index by the analyzer; if the two folded differently, a name written "Støkes" would be "stokes"
in the index and stay "støkes" to the cipher, and be found. So the table is OpenSearch's own
answer, asked of a live node for every character of the Basic Multilingual Plane and committed
as data (config/folding.json); ``python -m search.folding`` rebuilds it, and
tests/search/test_folding.py checks every Latin letter with a diacritic against a live node.
Both filters work one code point at a time, so folding a text is folding each character.
Characters outside the table (and outside the BMP) are left as they are.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from opensearchpy import OpenSearch

TABLE = Path(__file__).resolve().parent.parent / "config" / "folding.json"
FILTERS = ["lowercase", "asciifolding"]
BATCH = 4096


@cache
def _table() -> dict[str, str]:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def fold_char(ch: str) -> str:
    """One character as the index analyzer folds it (possibly several, e.g. "ß" -> "ss")."""
    return _table().get(ch, ch)


def fold_chars(text: str) -> str:
    """A text as the index analyzer folds it."""
    table = _table()
    return "".join(table.get(ch, ch) for ch in text)


def analyzer_folding(client: OpenSearch, chars: list[str]) -> dict[str, str]:
    """What the node's ``lowercase`` + ``asciifolding`` make of each character (BMP only: the
    offsets below count UTF-16 units)."""
    folded: dict[str, str] = {}
    for start in range(0, len(chars), BATCH):
        batch = chars[start:start + BATCH]
        tokens = client.indices.analyze(body={"tokenizer": "keyword", "filter": FILTERS,
                                              "text": batch})["tokens"]
        # Each text of the array starts one offset after the end of the one before.
        for token in tokens:
            folded[batch[token["start_offset"] // 2]] = token["token"]
    return folded


def build_table(client: OpenSearch) -> dict[str, str]:
    """Every BMP character the analyzer changes (controls and surrogates left out)."""
    chars = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF
             and chr(c).isprintable() and not chr(c).isspace()]
    return {ch: out for ch, out in analyzer_folding(client, chars).items() if out != ch}


if __name__ == "__main__":
    from config import get_settings
    from search.client import get_client

    table = build_table(get_client(get_settings()))
    TABLE.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                     encoding="utf-8")
    print(f"{len(table)} characters written to {TABLE}")
