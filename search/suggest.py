""""Did you mean": a better spelling of a query that found nothing or little.

OpenSearch's phrase suggester proposes corrections for each free word and quoted phrase of the
query (its direct generator reads the index's terms, so a one-letter typo, a swapped pair or a
missing letter is found). The terms it reads are the whole index's, so each proposal is checked
against the caller's own scope (one multi-search through the scoped store: the suggester's
``collate`` would do it in place, but needs the mustache module, which the managed node lacks)
and a word found only where the caller may not look is never offered. The whole corrected query
is then counted with the same filters, and offered only when it finds more than the query did.
A caller who is shown ciphers gets no suggestion (see ``did_you_mean``).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from luqum import tree

from search.documents import DocumentSearch, SearchRequest
from search.query import parse
from search.query_fields import ALIASES
from search.scoped import ScopedQuery

__all__ = ["SUGGEST_BELOW", "Suggestions"]

SUGGEST_BELOW = 3
"""A search with fewer hits than this gets a suggestion, when there is a better one."""

MAX_LEAVES = 8
PROPOSALS = 4
SUGGEST_FIELD = "content"
TEXT_FIELDS = ("content", "title")
Dsl = dict[str, Any]


class Suggestions(ScopedQuery):
    """The corrected query of a search request, with the number of documents it finds."""

    def did_you_mean(self, request: SearchRequest, total: int) -> dict[str, Any] | None:
        if total >= SUGGEST_BELOW or not request.q.strip():
            return None
        if self.store.protected():
            # The suggester reads the terms of the whole index, protected names included, and
            # a proposal withheld for being one changes the answer: "Iris" near a protected
            # "Idris" would get no suggestion where a control word gets one. A caller who sees
            # ciphers gets no suggestion at all, so the answer never depends on a hidden name.
            return None
        node = copy.deepcopy(parse(request.q))
        leaves = suggestible(node)[:MAX_LEAVES]
        if not leaves:
            return None
        body = {"size": 0, "query": {"match_none": {}},
                "suggest": {f"leaf{i}": self._suggester(leaf) for i, leaf in enumerate(leaves)}}
        answer = self._search(self.indices.documents, body).get("suggest", {})
        proposals = {i: [o["text"] for entry in answer.get(f"leaf{i}", []) for o in entry["options"]
                         if o["text"].casefold() != _text(leaf).casefold()]
                     for i, leaf in enumerate(leaves)}
        chosen = self._first_found(proposals)
        if not chosen:
            return None
        for i, text in chosen.items():
            _replace(leaves[i], like(_text(leaves[i]), text))
        corrected = str(node)
        compiled = DocumentSearch(self.store).compile(dataclasses.replace(request, q=corrected))
        found = self.store.count(self.indices.documents, {"query": compiled.whole()})
        return {"q": corrected, "total": found} if found > total else None

    def _first_found(self, proposals: dict[int, list[str]]) -> dict[int, str]:
        """Per leaf, the best proposal that occurs in a document the caller may see."""
        asked = [(i, text) for i, texts in proposals.items() for text in texts]
        if not asked:
            return {}
        answers = self.store.msearch([(self.indices.documents, {
            "size": 0, "track_total_hits": 1, "terminate_after": 1,
            "query": {"match_phrase": {SUGGEST_FIELD: text}}}) for _, text in asked])
        chosen: dict[int, str] = {}
        for (i, text), answer in zip(asked, answers, strict=True):
            found = answer.get("hits", {}).get("total", {}).get("value", 0)
            if found and i not in chosen:
                chosen[i] = text
        return chosen

    @staticmethod
    def _suggester(leaf: tree.Item) -> Dsl:
        """A phrase suggester for one word or phrase: a few proposals, best first."""
        text = _text(leaf)
        return {"text": text, "phrase": {
            "field": SUGGEST_FIELD, "size": PROPOSALS, "confidence": 0.0,
            "max_errors": min(len(text.split()), 3),
            "direct_generator": [{"field": SUGGEST_FIELD, "suggest_mode": "always",
                                  "min_word_length": 3, "prefix_length": 1}],
        }}


def suggestible(node: tree.Item | None) -> list[tree.Item]:
    """The plain words and phrases of a query that a better spelling could replace: not under
    NOT, not wildcards or fuzzy terms, and not in a field other than the text."""
    if node is None or isinstance(node, tree.Not | tree.Prohibit | tree.Fuzzy | tree.Regex):
        return []
    if isinstance(node, tree.Word):
        return [] if any(ch in "*?" for ch in node.value) else [node]
    if isinstance(node, tree.Phrase):
        return [node]
    if isinstance(node, tree.SearchField):
        name = ALIASES.get(node.name.lower(), node.name.lower())
        return suggestible(node.expr) if name in TEXT_FIELDS else []
    if isinstance(node, tree.Proximity):
        return []
    found: list[tree.Item] = []
    for child in node.children:
        found.extend(suggestible(child))
    return found


def like(typed: str, suggested: str) -> str:
    """The suggestion written in the case the user typed it (the index's terms are lower case):
    "Thornleigh Hosue" -> "Thornleigh House"."""
    typed_words, words = typed.split(), suggested.split()
    if len(typed_words) != len(words):
        return suggested
    cased = []
    for old, new in zip(typed_words, words, strict=True):
        if old.isupper() and len(old) > 1:
            new = new.upper()
        elif old[:1].isupper():
            new = new[:1].upper() + new[1:]
        cased.append(new)
    return " ".join(cased)


def _text(leaf: tree.Item) -> str:
    value = str(leaf.value)
    return value[1:-1] if isinstance(leaf, tree.Phrase) else value


def _replace(leaf: tree.Item, text: str) -> None:
    leaf.value = f'"{text}"' if isinstance(leaf, tree.Phrase) else text
