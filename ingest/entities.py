"""Stage: named entities (PERSON, ORG, GPE/LOC, DATE) with spaCy, per page with offsets.

The pipeline is loaded once per worker process (``load_nlp``); only the components NER needs run.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from ingest.model import Mention, Page
from search.names import entity_display, entity_key

LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "DATE": "date"}
# Components NER does not read; skipping them is most of the speed-up.
UNUSED_COMPONENTS = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter")
MAX_PAGE_CHARS = 100_000
NOT_PEOPLE = {"he", "she", "him", "her", "they", "them", "you", "we", "i", "me", "it"}


@cache
def load_nlp(model: str) -> Language:
    nlp = spacy.load(model, exclude=[c for c in UNUSED_COMPONENTS])
    nlp.max_length = max(nlp.max_length, MAX_PAGE_CHARS + 1)
    return nlp


def _plausible(kind: str, text: str, key: str) -> bool:
    if len(key) < 2 or not any(ch.isalpha() for ch in text):
        return kind == "date" and any(ch.isdigit() for ch in text)
    if kind == "person":
        # A lone title, an initial or a pronoun is not a person.
        return len(key.replace(" ", "")) > 2 and key not in NOT_PEOPLE
    return True


def find_mentions(pages: list[Page], nlp: Language, max_chars: int) -> list[Mention]:
    """Entity mentions of every page, offsets relative to that page's text."""
    budget = max_chars
    texts: list[tuple[int, str]] = []
    for page in pages:
        if budget <= 0:
            break
        text = page.text[: min(MAX_PAGE_CHARS, budget)]
        budget -= len(text)
        if text.strip():
            texts.append((page.number, text))
    mentions: list[Mention] = []
    docs = nlp.pipe((text for _n, text in texts), batch_size=16)
    for (number, _text), doc in zip(texts, docs, strict=True):
        for ent in doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            key = entity_key(kind, ent.text)
            if _plausible(kind, ent.text, key):
                mentions.append(
                    Mention(kind=kind, text=entity_display(kind, ent.text), key=key,
                            page=number, start=ent.start_char, end=ent.end_char)
                )
    return mentions
