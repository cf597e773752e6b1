"""Folding is one function: the index analyzer's (lowercase + asciifolding) and the Python one
that names and ciphers use (search.folding) agree on every Latin letter with a diacritic, asked
of a live node."""

from __future__ import annotations

import json

import pytest

from config.data import MAPPINGS_DIR
from search.folding import FILTERS, analyzer_folding, fold_char, fold_chars
from search.names import fold

pytestmark = pytest.mark.integration
LATIN = [(0x00C0, 0x00FF), (0x0100, 0x017F), (0x0180, 0x024F), (0x1E00, 0x1EFF)]


def latin_letters() -> list[str]:
    return [chr(c) for low, high in LATIN for c in range(low, high + 1) if chr(c).isalpha()]


def test_the_table_is_the_analyzers_filters() -> None:
    analysis = json.loads((MAPPINGS_DIR / "_analysis.json").read_text(encoding="utf-8"))
    assert analysis["normalizer"]["folded"]["filter"] == FILTERS
    assert analysis["analyzer"]["docket_text"]["filter"] == FILTERS


def test_every_latin_letter_with_a_diacritic_folds_as_the_node_folds(store) -> None:  # noqa: ANN001
    letters = latin_letters()
    assert len(letters) > 600
    node = analyzer_folding(store, letters)
    differ = {ch: (node.get(ch), fold_char(ch)) for ch in letters if node.get(ch) != fold_char(ch)}
    assert not differ


def test_names_fold_as_the_index_does(store) -> None:  # noqa: ANN001
    for text in ("Raymønd Støkes", "ÆTHELFLÆD Œuvre", "Łukasz Żółć", "Đorđe Ǆ", "Straße"):
        tokens = store.indices.analyze(body={"tokenizer": "keyword", "filter": FILTERS,
                                             "text": text})["tokens"]
        assert fold(text) == fold_chars(text) == tokens[0]["token"]
