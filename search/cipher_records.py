"""The ciphered copy of a document's records: what users without clearance read.

For a collection that protects names, every document, page and mention record has a copy in the
``-ciphered`` indices (config.data) in which each written form of every protected name is its
cipher (search.ciphers.cipher_text): page text, title, file name, paths, author, e-mail parties,
content, the person/org/place fields and every other text field. A mention of a protected person
becomes a mention of the cipher: its text, key and name keys (parts, phonetic, initials) are
computed from the cipher, so no variant of the real name (phonetic, nickname, initials, fuzzy)
can match it, and its offsets are moved to the ciphered page text. A mention whose entity is
protected but whose words are not the name as written (a forename linked to the person) has
its words in the page replaced by the cipher too, so an entity page cannot show them.

Everything here is pure: the records in, their ciphered copies out (bulk actions). The writers
are ingestion's commit and the re-cipher job (ingest.ciphering).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Any

from config.data import CIPHER_VERSION_FIELD
from search.ciphers import CipherSet, cipher_text
from search.indices import Indices, ciphered_name
from search.names import entity_key, initial_key, name_parts, phonetic_keys

Action = dict[str, Any]
Span = tuple[int, int, str]
# Document fields that are identifiers, codes or numbers, never text a name is written in.
NOT_TEXT = frozenset({
    "id", "control", "collection", "job_id", "sha256", "extension", "mime", "type", "parent_id",
    "root_id", "near_dup_group", "near_dup_bands", "minhash", "extractor", "language", "date",
    "ingested_at", "thread_id", "doc_id", "citation", "kind"})


def ciphered_records(records: list[Action], indices: Indices, protected: dict[str, CipherSet],
                     versions: dict[str, int]) -> list[Action]:
    """The ciphered copies (bulk ``index`` actions) of the records of documents whose collection
    is in ``protected`` (collection -> its ciphers), stamped with the collection's version."""
    by_doc: dict[str, list[Action]] = defaultdict(list)
    for action in records:
        source = action.get("_source") or {}
        if source.get("collection") in protected and action["_index"] in (
                indices.documents, indices.pages, indices.mentions):
            by_doc[source.get("doc_id") or source["id"]].append(action)
    copies: list[Action] = []
    for actions in by_doc.values():
        collection = actions[0]["_source"]["collection"]
        copies += cipher_document(actions, indices, protected[collection], versions[collection])
    return copies


def cipher_document(actions: list[Action], indices: Indices, ciphers: CipherSet,
                    version: int) -> list[Action]:
    """The ciphered copies of one document's records (its pages, mentions and itself)."""
    mentions = [a["_source"] for a in actions if a["_index"] == indices.mentions]
    new_mentions, extra = zip(*(cipher_mention(m, ciphers) for m in mentions),
                              strict=True) if mentions else ((), ())
    spans_by_page: dict[int, list[Span]] = defaultdict(list)
    for mention, span in zip(mentions, extra, strict=True):
        if span is not None:
            spans_by_page[mention["page"]].append(span)
    shifts: dict[int, list[Span]] = {}
    out: list[Action] = []
    for action in actions:
        source = action["_source"]
        if action["_index"] == indices.pages:
            spans = _merged(ciphers.matches(source.get("text") or ""),
                            spans_by_page.get(source["page"], []))
            shifts[source["page"]] = spans
            copy = {**source, "text": _replaced(source.get("text") or "", spans)}
        elif action["_index"] == indices.documents:
            copy = cipher_fields(source, ciphers)
        else:
            continue
        out.append(_action(action, copy, version))
    for action, mention in zip((a for a in actions if a["_index"] == indices.mentions),
                               new_mentions, strict=True):
        spans = shifts.get(mention["page"], [])
        moved = {**mention, "start": _moved(spans, mention["start"], end=False),
                 "end": _moved(spans, mention["end"], end=True)}
        out.append(_action(action, moved, version))
    return out


def _action(action: Action, source: dict[str, Any], version: int) -> Action:
    return {"_op_type": "index", "_index": ciphered_name(action["_index"]), "_id": action["_id"],
            "_source": {**source, CIPHER_VERSION_FIELD: version}}


def cipher_fields(source: dict[str, Any], ciphers: CipherSet) -> dict[str, Any]:
    """A record with every text field ciphered (identifiers and numbers left as they are)."""
    return {key: value if key in NOT_TEXT else _cipher_value(value, ciphers)
            for key, value in source.items()}


def _cipher_value(value: Any, ciphers: CipherSet) -> Any:
    if isinstance(value, str):
        return cipher_text(value, ciphers)
    if isinstance(value, list):
        ciphered = [_cipher_value(v, ciphers) for v in value]
        # Two spellings of one protected name become one value, as one person.
        return list(dict.fromkeys(ciphered)) if all(isinstance(v, str) for v in ciphered) \
            else ciphered
    return value


def cipher_mention(mention: dict[str, Any], ciphers: CipherSet
                   ) -> tuple[dict[str, Any], Span | None]:
    """A mention of a protected entity as a mention of its cipher, with name keys computed from
    the cipher; and, when its words are not the name as written (so the page text keeps them),
    the span of the page to replace with the cipher."""
    kind, key, text = mention["kind"], mention["key"], mention.get("text") or ""
    cipher = ciphers.cipher_of(key) or ciphers.cipher_of(mention.get("raw_key") or "")
    written = cipher_text(text, ciphers)
    if cipher is None and written == text:
        return mention, None
    extra = None
    if cipher is not None and written == text:  # linked to the person, not their name
        written = cipher
        extra = (mention["start"], mention["end"], cipher)
    new_key = entity_key(kind, cipher_text(key, ciphers))
    person = kind == "person"
    # The key before corrections may be a forename linked to the person: it goes too.
    return {**mention, "text": written, "key": new_key, "raw_key": new_key,
            "entity": f"{kind}:{new_key}",
            "parts": [p for p in name_parts(new_key) if len(p) > 1],
            "phonetic": phonetic_keys(new_key) if person else [],
            "initial_key": (initial_key(new_key) or None) if person else None}, extra


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
