"""The redacted text of a document: its approved redactions applied to its records, before the
ciphered copy (search.cipher_records) is made of them.

Everything here is pure. ``Applied`` is what one document's approved redactions take out: per
page, its text spans (offsets into the stored page text; overlapping ones merged) and whether
the whole page goes. Applying it to the document's records:

- each span of a page's text becomes ``MASK``, whatever its length (so the length of what was
  redacted does not show); a page redacted whole keeps no text at all;
- the mentions that touch a redacted span, or lie on a page redacted whole, are left out of the
  copy (their words are what was redacted); the others have their offsets moved to the
  redacted text;
- the document's ``content`` is its redacted pages joined as ingestion joins them; its person,
  org and place values that only left-out mentions had (by their words or by their key: the
  name authority shows "R. Quenby" as "Rosalind Quenby") are dropped; every redacted string (a
  span's words, a left-out mention's words, a dropped value) that the redacted pages no longer
  show is masked wherever else the document's text fields hold it (a title, a file name, an
  e-mail party);
  and a name redacted by a name rule is masked there in every written form, as a cipher would
  be (search.ciphers: "memo-vowkes.eml" holds only the surname, which no span covered);
- the size and hash of the original are left out: the size tells how long the redacted text
  was, and the hash confirms a guess at it.

A box drawn on the page image takes out the words under it: they are read from the original
when the box is proposed (ingest.production.box_text) and kept on the redaction as spans of the
stored text (``covers``), applied here as a span's are; the production burns the box in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from search.ciphers import Cipher, CipherSet
from search.fields import NOT_TEXT
from search.names import entity_key

MASK = "█████"
Action = dict[str, Any]
Span = tuple[int, int]
# The document's content is made again from the redacted pages, not masked.
NOT_MASKED = NOT_TEXT | {"content"}
# What describes the original's bytes: a redacted copy carries neither.
OF_THE_ORIGINAL = ("sha256", "size")
NAMED_FACETS = ("person", "org", "place")
PAGE_JOIN = "\n\n"  # how ingestion joins pages into a document's content (ingest.model)


@dataclass
class Applied:
    """One document's approved redactions as they take text out: spans per page, the pages
    redacted whole, and the names that name rules redacted (in all their written forms)."""

    spans: dict[int, list[Span]] = field(default_factory=dict)
    whole_pages: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def add_span(self, page: int, start: int, end: int) -> None:
        self.spans.setdefault(page, []).append((start, end))

    def __bool__(self) -> bool:
        return bool(self.whole_pages or any(self.spans.values()))

    def merged(self, page: int) -> list[Span]:
        """The page's spans left to right, overlapping and touching ones made one."""
        out: list[Span] = []
        for start, end in sorted(self.spans.get(page, [])):
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out


def redact_text(text: str, spans: list[Span]) -> str:
    """``text`` with each (merged, ordered) span replaced by ``MASK``."""
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], MASK]
        pos = end
    return "".join([*out, text[pos:]])


def moved(spans: list[Span], offset: int) -> int:
    """Where ``offset`` of the stored text is in the redacted text (outside every span)."""
    shift = 0
    for start, end in spans[:bisect_right([s[0] for s in spans], offset)]:
        if offset < end:
            return start + shift
        shift += len(MASK) - (end - start)
    return offset + shift


def redact_document(actions: list[Action], pages_index: str, mentions_index: str,
                    documents_index: str, applied: Applied) -> list[Action]:
    """One document's records (bulk actions: pages, mentions, the document) with ``applied``
    taken out: what its ciphered copy is then made from. Unchanged without redactions."""
    if not applied:
        return actions
    pages = {a["_source"]["page"]: a for a in actions if a["_index"] == pages_index}
    merged = {number: applied.merged(number) for number in pages}
    hidden: list[str] = []
    for number, action in pages.items():
        text = action["_source"].get("text") or ""
        hidden += [text[s:e] for s, e in merged[number]]
        if number in applied.whole_pages:
            hidden += [m["_source"].get("text") or "" for m in actions
                       if m["_index"] == mentions_index and m["_source"].get("page") == number]
    out: list[Action] = []
    kept_mentions: list[dict[str, Any]] = []
    left_out: list[dict[str, Any]] = []
    for action in actions:
        source = action["_source"]
        if action["_index"] == pages_index:
            out.append({**action, "_source": {**source, "text": _page_text(source, merged,
                                                                            applied)}})
        elif action["_index"] == mentions_index:
            mention = _mention(source, merged.get(source.get("page"), []), applied)
            (kept_mentions if mention is not None else left_out).append(mention or source)
            if mention is not None:
                out.append({**action, "_source": mention})
    hidden += [m.get("text") or "" for m in left_out]
    texts = [page["_source"]["text"] for page in sorted(
        (a for a in out if a["_index"] == pages_index), key=lambda a: a["_source"]["page"])]
    for action in actions:
        if action["_index"] == documents_index:
            hidden += [v for _kind, v in dropped_facets(action["_source"], kept_mentions,
                                                        left_out)]
    # A string the redacted pages still show (redacted in one place, not in another) is not
    # hidden by masking it elsewhere.
    shown = PAGE_JOIN.join(texts)
    strings = _strings(h for h in hidden if not still_shown(h, shown))
    names = CipherSet(Cipher(name, MASK) for name in sorted(applied.names))
    for action in actions:
        if action["_index"] == documents_index:
            source = _document(action["_source"], texts, kept_mentions, left_out, strings)
            out.append({**action, "_source": _masked_names(source, names)})
    return out


def _page_text(source: dict[str, Any], merged: dict[int, list[Span]], applied: Applied) -> str:
    if source["page"] in applied.whole_pages:
        return ""
    return redact_text(source.get("text") or "", merged[source["page"]])


def _mention(source: dict[str, Any], spans: list[Span], applied: Applied
             ) -> dict[str, Any] | None:
    """The mention with its offsets in the redacted text, or None when it touches what was
    redacted."""
    where = moved_mention(int(source["page"]), int(source["start"]), int(source["end"]), spans,
                          applied)
    if where is None:
        return None
    if where == (source["start"], source["end"]):
        return source
    return {**source, "start": where[0], "end": where[1]}


def redacted_page(text: str, page: int, applied: Applied) -> str:
    """One page's text with ``applied`` taken out (for a record quoting it: the register)."""
    return "" if page in applied.whole_pages else redact_text(text, applied.merged(page))


def moved_mention(page: int, start: int, end: int, spans: list[Span], applied: Applied
                  ) -> Span | None:
    """Where a mention of ``page`` lies in its redacted text (``spans``: the page's merged
    spans), or None when it touches what was redacted, so that it is left out."""
    if page in applied.whole_pages or any(s < end and start < e for s, e in spans):
        return None
    if not spans:
        return start, end
    return moved(spans, start), moved(spans, end)


def still_shown(hidden: str, text: str) -> bool:
    """Whether ``text`` still holds ``hidden`` as words of its own (any case and spacing)."""
    words = hidden.split()
    if not words:
        return True
    pattern = r"\s+".join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def _strings(hidden: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern finding every redacted string (longest first), case-insensitive."""
    words = sorted({" ".join(h.split()) for h in hidden if len(h.strip()) > 1}, key=len,
                   reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)
    return re.compile(alternatives, re.IGNORECASE)


def _document(source: dict[str, Any], texts: list[str], kept: list[dict[str, Any]],
              left_out: list[dict[str, Any]], strings: re.Pattern[str] | None) -> dict[str, Any]:
    """The document record: content from the redacted pages, the named facets only left-out
    mentions had dropped, redacted strings masked in its other text fields."""
    record = {key: value for key, value in source.items() if key not in OF_THE_ORIGINAL}
    record["content"] = PAGE_JOIN.join(texts)
    dropped = set(dropped_facets(source, kept, left_out))
    for kind in NAMED_FACETS:
        if isinstance(record.get(kind), list):
            record[kind] = [v for v in record[kind] if (kind, v) not in dropped]
    if strings is None:
        return record
    return {key: value if key in NOT_MASKED else _masked(value, lambda text: strings.sub(MASK, text))
            for key, value in record.items()}


def _masked_names(record: dict[str, Any], names: CipherSet) -> dict[str, Any]:
    """The record with every written form of ``names`` masked in its text fields (the
    content is the redacted pages', whose spans the rule chose)."""
    if not names:
        return record
    return {key: value if key in NOT_MASKED else _masked(value, names.text)
            for key, value in record.items()}


def dropped_facets(source: dict[str, Any], kept: list[dict[str, Any]],
                   left_out: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The (kind, value) of the document's person, org and place values that only left-out
    mentions had. A value is the entity as the collection shows it, which need not be how the
    page wrote it: "Rosalind Quenby", linked by the name authority from "R. Quenby". So a value
    is matched to mentions by its written form or by its key."""
    def names(mentions: list[dict[str, Any]]) -> set[tuple[Any, str]]:
        return {pair for m in mentions for pair in (
            (m.get("kind"), (m.get("text") or "").casefold()), (m.get("kind"), m.get("key")))}

    gone = names(left_out) - names(kept)
    return [(kind, value) for kind in NAMED_FACETS if isinstance(source.get(kind), list)
            for value in source[kind] if isinstance(value, str) and (
                (kind, value.casefold()) in gone or (kind, entity_key(kind, value)) in gone)]


def _masked(value: Any, replaced: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return replaced(value)
    if isinstance(value, list):
        return [_masked(v, replaced) for v in value]
    return value


def hidden_strings(texts: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern finding each of ``texts`` (redacted words), longest first, in any case."""
    return _strings(texts)


def masked_record(value: Any, strings: re.Pattern[str] | None,
                  whole_pages: set[tuple[str, int]], name: str = "") -> Any:
    """A record that quotes documents (a case of the register) with the redacted strings
    masked in its text, and a cited ``sentence`` of a page redacted whole masked as a whole."""
    if name in ("id", "collection", "doc_id", "doc_ids"):
        return value
    if isinstance(value, str):
        return strings.sub(MASK, value) if strings is not None else value
    if isinstance(value, list):
        return [masked_record(v, strings, whole_pages) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: masked_record(v, strings, whole_pages, k) for k, v in value.items()}
    if isinstance(value.get("sentence"), str) and (value.get("doc_id"), value.get("page")) in \
            whole_pages:
        out["sentence"] = MASK
    return out
