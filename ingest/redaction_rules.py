"""Redaction rules: what a rule run over a set of documents proposes to redact, page by page.

A ``Rule`` is one of:

- ``regex``: a regular expression of the user's, run with a time limit per page (a pattern that
  backtracks without end is refused, not left to hang the API);
- ``entity``: a pattern entity kind (phone, nino, dob, email, vehicle... as search.entity_kinds
  declares them), found as ingestion finds it (ingest.patterns);
- ``anonymised``: the anonymised-subject codes ("Child A", "YP3"), the ``anonymised`` kind;
- ``name``: a protected name in all its written forms, found as the ciphered copy finds them
  (search.ciphers.CipherSet: "Jane Doe", "DOE, Jane", "J. Doe", "Miss Doe", jane.doe@), with the
  other names the collection's cipher list gives the same cipher, and the mentions the name
  authority linked to the person (search.cipher_records.cipher_mention: "Janey", a title and
  surname).

Matching is pure: pages and mentions in, spans out. ``RuleRun`` chooses the documents (a saved
search or control numbers), reads their pages through the caller's scoped store and proposes
what the rule finds as span redactions (search.redactions), once: a span already proposed or
approved is not proposed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import regex

from ingest.patterns import find_patterns
from search.cipher_records import cipher_mention
from search.ciphers import Cipher, CipherSet, CipherStore, name_words
from search.entity_kinds import PATTERN_KINDS
from search.productions import Choice, chosen_documents
from search.redactions import MAX_PROPOSED, Proposal, Redactions
from search.scoped import ScopedStore

RuleKind = Literal["regex", "entity", "name", "anonymised"]
RULE_KINDS: tuple[RuleKind, ...] = ("regex", "entity", "name", "anonymised")
MAX_REGEX_CHARS = 500
REGEX_SECONDS = 1.0  # per page
RULE_TAG = "R"  # the cipher a name is matched under: never shown, only its spans are used
Found = tuple[int, int]  # start, end in the page text
BATCH = 100  # documents read at once


@dataclass(frozen=True)
class Rule:
    """One rule: its kind and its value (the regex, the entity kind, the name; none for
    anonymised codes)."""

    kind: RuleKind
    value: str = ""

    def label(self) -> str:
        """How the redaction log names the rule."""
        return f"{self.kind}:{self.value}" if self.value else self.kind


class RuleError(ValueError):
    """A rule that cannot run: an unknown kind, a regex that does not compile or takes too
    long."""


def compiled(rule: Rule, cipher_list: Iterable[Cipher] = ()) -> Any:
    """What a rule matches with: a regex, an entity kind name, or a ``CipherSet``."""
    if rule.kind == "regex":
        if not rule.value or len(rule.value) > MAX_REGEX_CHARS:
            raise RuleError(f"a rule's regex is 1-{MAX_REGEX_CHARS} characters")
        try:
            return regex.compile(rule.value, regex.VERSION0)
        except regex.error as exc:
            raise RuleError(f"the regex does not compile: {exc}") from None
    if rule.kind == "anonymised":
        return "anonymised"
    if rule.kind == "entity":
        if rule.value not in PATTERN_KINDS:
            raise RuleError(f"an entity rule names one of {', '.join(PATTERN_KINDS)}")
        return rule.value
    if rule.kind == "name":
        return name_set(rule.value, cipher_list)
    raise RuleError(f"a rule is one of {', '.join(RULE_KINDS)}")


def name_set(name: str, cipher_list: Iterable[Cipher]) -> CipherSet:
    """The name, and the names the cipher list hides under the same cipher as it, as one set."""
    words = name_words(name)
    if not words:
        raise RuleError("a name rule needs a name")
    listed = list(cipher_list)
    ciphers = {c.cipher for c in listed if name_words(c.name) == words}
    names = [name, *(c.name for c in listed if c.cipher in ciphers)]
    return CipherSet(Cipher(n, RULE_TAG) for n in dict.fromkeys(names))


def page_spans(rule: Rule, matcher: Any, text: str,
               mentions: list[dict[str, Any]]) -> list[Found]:
    """The spans of one page's ``text`` the rule redacts (``mentions``: the page's)."""
    if rule.kind == "regex":
        try:
            found = [m.span() for m in matcher.finditer(text, timeout=REGEX_SECONDS)]
        except TimeoutError:
            raise RuleError("the regex takes too long on a page: make it more specific") from None
        return [(s, e) for s, e in found if e > s]
    if isinstance(matcher, str):
        return [(m.start, m.end) for m in find_patterns(text) if m.kind == matcher]
    names = matcher.matches(text)
    spans = [(s, e) for s, e, _ in names]
    for mention in mentions:
        ciphered, _extra = cipher_mention(mention, matcher, names)
        if ciphered is not mention:  # a mention of the person, by whatever words
            spans.append((int(mention["start"]), int(mention["end"])))
    return sorted(set(spans))


def rule_proposals(rule: Rule, reason: str, matcher: Any, pages: list[dict[str, Any]],
                   mentions: list[dict[str, Any]], taken: set[tuple[int, int, int]]
                   ) -> list[Proposal]:
    """One document's proposals: a span redaction per span the rule finds on its ``pages``
    (page records), except those ``taken`` already ((page, start, end) of its redactions not
    rejected)."""
    proposals = []
    for page in sorted(pages, key=lambda p: p["page"]):
        number = int(page["page"])
        on_page = [m for m in mentions if m.get("page") == number]
        for start, end in page_spans(rule, matcher, page.get("text") or "", on_page):
            if (number, start, end) not in taken:
                proposals.append(Proposal(number, "span", reason, start, end, rule=rule.label()))
    return proposals


class RuleRun:
    """A rule run for the caller of ``store`` (who has clearance: redactions are placed on the
    original text) over documents of one collection, proposing what it finds."""

    def __init__(self, store: ScopedStore, collection: str) -> None:
        self.store = store
        self.collection = collection
        self.redactions = Redactions(store)

    def documents(self, controls: list[str] | None, saved_search: str | None) -> list[str]:
        """The ids of the documents chosen: by control number, or by a saved search of the
        caller's (run within the collection). ValueError naming what is not found."""
        if not controls and not saved_search:
            raise ValueError("a rule runs over a saved search or a list of control numbers")
        choice = Choice(controls=controls, saved_search=saved_search)
        return [d["id"] for d in chosen_documents(self.store, self.collection, choice)]

    def propose(self, rule: Rule, reason: str, doc_ids: list[str]) -> list[dict[str, Any]]:
        """Run the rule over the documents and propose what it finds; returns the proposals."""
        cipher_list = (CipherStore(self.store.client, self.store.indices.prefix)
                       .list(self.store.caller) if rule.kind == "name" else [])
        matcher = compiled(rule, cipher_list)
        if rule.kind == "regex":
            matcher.search("", timeout=REGEX_SECONDS)  # refuses a bad pattern before any write
        made: list[dict[str, Any]] = []
        for start in range(0, len(doc_ids), BATCH):
            made += self._batch(rule, reason, matcher, doc_ids[start:start + BATCH])
            if len(made) > MAX_PROPOSED:
                raise ValueError(f"the rule finds more than {MAX_PROPOSED} spans: narrow it")
        return made

    def _batch(self, rule: Rule, reason: str, matcher: Any, ids: list[str]
               ) -> list[dict[str, Any]]:
        indices = self.store.indices
        documents = {d["_id"]: d["_source"] for d in self.store.mget(indices.documents, ids)}
        pages = self._records(indices.pages, ids)
        mentions = self._records(indices.mentions, ids) if rule.kind == "name" else []
        taken = {(r["doc_id"], r["page"], r.get("start"), r.get("end"))
                 for doc_id in ids for r in self.redactions.of_document(doc_id)
                 if r["state"] != "rejected" and r["kind"] == "span"}
        made = []
        for doc_id, document in documents.items():
            own = [p for p in pages if p["doc_id"] == doc_id]
            proposals = rule_proposals(
                rule, reason, matcher, own, [m for m in mentions if m["doc_id"] == doc_id],
                {(p, s, e) for d, p, s, e in taken if d == doc_id})
            if proposals:
                texts = {int(p["page"]): p.get("text") or "" for p in own}
                made += self.redactions.propose(document, proposals, texts)
        return made

    def _records(self, index: str, ids: list[str]) -> list[dict[str, Any]]:
        body = {"query": {"bool": {"filter": [{"terms": {"doc_id": ids}}]}}}
        return [hit["_source"] for hit in self.store.scan(index, body, size=2000)]
