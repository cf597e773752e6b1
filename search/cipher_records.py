"""The ciphered copy of a document's records: what users without clearance read.

For a collection that protects names, every document, page and mention record has a copy in the
``-ciphered`` indices (config.data) in which each written form of every protected name is its
cipher (search.ciphers.cipher_text): page text, title, file name, paths, author, e-mail parties,
content, the person/org/place fields and every other text field. A mention of a protected person
becomes a mention of the cipher: its text and key are the cipher's, with no phonetic or initial
keys (a cipher sounds like nothing), so no variant of the real name (phonetic, nickname,
initials, fuzzy) can match it, nor any other name typed; and its offsets are moved to the
ciphered page text. A mention whose entity is protected but whose words are not the name as
written (a forename linked to the person) has its words in the page replaced by the cipher too,
so an entity page cannot show them; a mention whose words lie within a name found in the page
(a forename tagged as a place of its own) is a mention of the cipher.

A collection's approved redactions are taken out of its records first (search.redaction_text),
so the copy is also the redacted copy; a collection with approved redactions and no protected
name has a copy all the same, ciphered by no name.

Everything here is pure: the records in, their ciphered copies out (bulk actions). The writers
are ingestion's commit, the re-cipher job (ingest.job.recipher) and the redaction job
(ingest.job.redact).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from config.data import CIPHER_VERSION_FIELD
from search.ciphers import CipherSet, cipher_text
from search.fields import NOT_TEXT
from search.indices import Indices, ciphered_name
from search.names import entity_key
from search.redaction_text import Applied, redact_document

Action = dict[str, Any]
FACET_KINDS = ("person", "org", "place")
Span = tuple[int, int, str]


def ciphered_records(records: list[Action], indices: Indices, protected: dict[str, CipherSet],
                     versions: dict[str, int],
                     redactions: Mapping[str, Applied] | None = None) -> list[Action]:
    """The ciphered copies (bulk ``index`` actions) of the records of documents whose collection
    is in ``protected`` (collection -> its ciphers), stamped with the collection's version.
    ``redactions``: per document id, its approved redactions, taken out first
    (search.redaction_text); a writer that passes none must know there are none."""
    by_doc: dict[str, list[Action]] = defaultdict(list)
    for action in records:
        source = action.get("_source") or {}
        if source.get("collection") in protected and action["_index"] in (
                indices.documents, indices.pages, indices.mentions):
            by_doc[source.get("doc_id") or source["id"]].append(action)
    copies: list[Action] = []
    for doc_id, actions in by_doc.items():
        collection = actions[0]["_source"]["collection"]
        applied = (redactions or {}).get(doc_id)
        if applied:
            actions = redact_document(actions, indices.pages, indices.mentions,
                                      indices.documents, applied)
        copies += cipher_document(actions, indices, protected[collection], versions[collection])
    return copies


def cipher_document(actions: list[Action], indices: Indices, ciphers: CipherSet,
                    version: int) -> list[Action]:
    """The ciphered copies of one document's records (its pages, mentions and itself)."""
    pages = {a["_source"]["page"]: a for a in actions if a["_index"] == indices.pages}
    found = {number: ciphers.matches(a["_source"].get("text") or "")
             for number, a in pages.items()}
    mentions = [(a, *cipher_mention(a["_source"], ciphers, found.get(a["_source"]["page"], [])))
                for a in actions if a["_index"] == indices.mentions]
    spans = {number: _merged(spans, [extra for _a, m, extra in mentions
                                     if extra is not None and m["page"] == number])
             for number, spans in found.items()}
    # The document's person/org/place values that are such mentions ("Ursula" as a place).
    renamed = {(a["_source"]["kind"], a["_source"].get("text")): m["text"]
               for a, m, _extra in mentions if m is not a["_source"]}
    linked = _linked_forms(pages, [(a["_source"]["page"], extra) for a, _m, extra in mentions])
    out: list[Action] = []
    for action in actions:
        source = action["_source"]
        if action["_index"] == indices.pages:
            text = _replaced(source.get("text") or "", spans[source["page"]])
            out.append(_action(action, {**source, "text": text}, version))
        elif action["_index"] == indices.documents:
            facets = {kind: [renamed.get((kind, v), v) for v in source[kind]]
                      for kind in FACET_KINDS if isinstance(source.get(kind), list)}
            ciphered = cipher_fields({**source, **facets}, ciphers)
            out.append(_action(action, _with_linked(ciphered, linked), version))
    for action, mention, _extra in mentions:
        if mention is action["_source"] and linked.forms:  # another kind's words may hold them
            mention = _linked_mention(mention, linked)
        moved = spans.get(mention["page"], [])
        # A possible match's candidates are names, and so are the recogniser's words kept for
        # the names stage (``ner_text``): the ciphered copy keeps none.
        out.append(_action(action, {**mention, "candidates": [], "ner_text": None,
                                    "start": _moved(moved, mention["start"], end=False),
                                    "end": _moved(moved, mention["end"], end=True)}, version))
    return out


@dataclass(frozen=True)
class LinkedForms:
    """The words of a document that name a protected person only through the names stage's
    link (an OCR slip, an address's name part, a forename), each with its cipher. The pages lose
    them by their spans; the document's other fields and its other mentions (the e-mail
    parties, the content, an address's entity) hold the same words, found here by them."""

    forms: dict[str, str]
    pattern: re.Pattern[str] | None

    def replace(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(lambda m: self.forms[m.group().casefold()], text)


def _linked_forms(pages: dict[int, Action], extras: list[tuple[int, Span | None]]) -> LinkedForms:
    forms: dict[str, str] = {}
    for page, extra in extras:
        if extra is not None and page in pages:
            start, end, cipher = extra
            written = (pages[page]["_source"].get("text") or "")[start:end].strip()
            if len(written) > 1:
                forms.setdefault(written.casefold(), cipher)
    if not forms:
        return LinkedForms({}, None)
    words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return LinkedForms(forms, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))


def _with_linked(source: dict[str, Any], linked: LinkedForms) -> dict[str, Any]:
    """A record with the linked forms replaced in its text fields."""
    return _text_fields(source, linked.replace) if linked.forms else source


def _linked_mention(mention: dict[str, Any], linked: LinkedForms) -> dict[str, Any]:
    """A mention of another kind whose words hold a linked form ("rosalind.t@..." as an e-mail
    address), keyed by its words with the form ciphered."""
    text = linked.replace(mention.get("text") or "")
    if text == mention.get("text"):
        return mention
    key = entity_key(mention["kind"], text)
    return {**mention, "text": text, "key": key, "raw_key": key,
            "entity": f"{mention['kind']}:{key}", "parts": [key], "phonetic": [],
            "initial_key": None}


def _action(action: Action, source: dict[str, Any], version: int) -> Action:
    return {"_op_type": "index", "_index": ciphered_name(action["_index"]), "_id": action["_id"],
            "_source": {**source, CIPHER_VERSION_FIELD: version}}


def cipher_fields(source: dict[str, Any], ciphers: CipherSet) -> dict[str, Any]:
    """A record with every text field ciphered (identifiers and numbers left as they are)."""
    return _text_fields(source, lambda text: cipher_text(text, ciphers))


def _text_fields(source: dict[str, Any], replace: Callable[[str], str]) -> dict[str, Any]:
    return {key: value if key in NOT_TEXT else _replaced_value(value, replace)
            for key, value in source.items()}


def _replaced_value(value: Any, replace: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        replaced = [_replaced_value(v, replace) for v in value]
        # Two spellings of one protected name become one value, as one person.
        return list(dict.fromkeys(replaced)) if all(isinstance(v, str) for v in replaced) \
            else replaced
    return value


def cipher_mention(mention: dict[str, Any], ciphers: CipherSet, found: list[Span] = ()
                   ) -> tuple[dict[str, Any], Span | None]:
    """A mention of a protected entity as a mention of its cipher; and, when its words are not
    the name as written (so the page text keeps them), the span of the page to replace with the
    cipher. A mention is of a protected entity when its key is, or when its words lie within a
    name found in the page ("Ursula" of "KESSWICK, Ursula" tagged as a place of its own). Its
    keys are the cipher's, with no phonetic or initial keys: nothing sounds like a cipher, so no
    variant of any name typed can reach it."""
    kind, key, text = mention["kind"], mention["key"], mention.get("text") or ""
    start, end = mention["start"], mention["end"]
    cipher = (ciphers.cipher_of(key) or ciphers.cipher_of(mention.get("raw_key") or "")
              or next((c for s, e, c in found if s < end and start < e), None))
    written = cipher_text(text, ciphers)
    if cipher is None and written == text:
        return mention, None
    extra = None
    if cipher is not None and written == text:  # linked to the person, not their name
        written = cipher
        extra = (start, end, cipher)
    new_key = entity_key(kind, cipher_text(key, ciphers) if cipher is None else cipher)
    # The key before corrections may be a forename linked to the person: it goes too.
    return {**mention, "text": written, "key": new_key, "raw_key": new_key,
            "entity": f"{kind}:{new_key}", "parts": [new_key], "phonetic": [],
            "initial_key": None}, extra


def _merged(found: list[Span], extra: list[Span]) -> list[Span]:
    """Spans left to right, none overlapping (the name as written wins over a mention's)."""
    spans = list(found)
    for span in sorted(extra):
        if not any(s[0] < span[1] and span[0] < s[1] for s in spans):
            spans.append(span)
    return sorted(spans)


def _replaced(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for start, end, cipher in spans:
        out += [text[pos:start], cipher]
        pos = end
    return "".join([*out, text[pos:]])


def _moved(spans: list[Span], offset: int, end: bool) -> int:
    """Where ``offset`` of the original text is in the ciphered text; inside a replaced name,
    the start or end of its cipher."""
    shift = 0
    before = spans[:bisect_right([s[0] for s in spans], offset)]
    for start, stop, cipher in before:
        if offset < stop or (end and offset == stop):
            return start + shift + (len(cipher) if end and offset > start else 0)
        shift += len(cipher) - (stop - start)
    return offset + shift
