"""Anonymity ciphers: per collection, protected names and the cipher (e.g. "A1") that users
without clearance see instead.

``CipherStore`` keeps them in the ``ciphers`` index. ``CipherSet`` is the compiled form that
applies to one user: the ciphers of every collection the user can see, applied to everything the
user sees (a name protected in one collection is hidden wherever it appears, since the same
person turns up across collections). Matching is case- and accent-insensitive and finds a name as
it is written in files:

- "Jane Doe", "Jane A. Doe", "jane.doe" (e-mail addresses), "JANE DOE";
- "Doe, Jane", "DOE Jane" and "doe-jane" (surname first, as police indexes and file names
  write it);
- "J. Doe" and "J Doe" (initial and surname);
- "Doe" alone (the surname names the family too; a title before it stays: "Miss A1");
- the local part of an e-mail address that contains the surname or the whole name run
  together ("jdoe1@", "doe.j@", "janedoe@" become "A1@").

A forename alone is not replaced (forenames are shared by many people); add it as a name of its
own with the same cipher when it identifies someone ("Janey" -> A1). Everything here is pure
but ``CipherStore``. ``cipher_text`` is the one function that ciphers text: the ciphered copies
of documents, pages and mentions are written with it (search.cipher_records), and the response
middleware's second line of defence uses the same ``CipherSet``.
"""

from __future__ import annotations

import hashlib
import html
import re
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch

from config.data import REDACTED_FIELD
from search.folding import fold_char
from search.indices import Indices, alias_name
from search.names import fold, person_display
from search.scoped import Caller, ScopedStore, copied_collections
from search.stamps import CIPHERS, stamp
from search.store import now, validate_collection_name
from search.system import SystemStore

# Letters, digits, spaces, '-' and '_': a cipher is safe in HTML, CSV, JSON and URLs as it is.
CIPHER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _-]{0,31}$")
SEP = r"[\s._\-]+"
_MARK = re.compile(r"</?mark>")
_WORD_PART = re.compile(r"[a-z0-9]+")
_LOCAL_PART = re.compile(r"(?<![a-z0-9._%+'-])[a-z0-9][a-z0-9._%+'-]*(?=@[a-z0-9])")
# The id of the record holding a collection's cipher version (not a valid collection name, so
# it cannot meet the id of a cipher record).
VERSION_ID = "version:{collection}"


@dataclass(frozen=True)
class Cipher:
    name: str
    cipher: str
    collection: str = ""


def name_words(name: str) -> list[str]:
    """The folded words of a name in reading order ("DOE, Jane" -> ["jane", "doe"])."""
    return [w for w in fold(person_display(name)).replace(",", " ").split() if _WORD_PART.search(w)]


def _word(word: str) -> str:
    # "O'Brien" may be written "OBrien" or "O’Brien"; "Smith-Jones" as "Smith Jones".
    return r"[\s'’`\-]?".join(re.escape(p) for p in _WORD_PART.findall(word))


def _patterns(words: list[str]) -> list[tuple[int, str]]:
    """(rank, regex) per written form of a name: fuller forms rank first."""
    if len(words) == 1:
        return [(3, _word(words[0]))]
    first, *middle, last = (_word(w) for w in words)
    inner = "".join(f"{SEP}{w}" for w in middle)
    return [
        (0, rf"{first}(?:{SEP}[a-z]\.?)?{inner}{SEP}{last}"),
        # Surname first as indexes and file names write it: "DOE, Jane", "DOE Jane", "doe-jane".
        (1, rf"{last}(?:\s*,\s*|{SEP}){first}{inner}"),
        (2, rf"{re.escape(words[0][0])}(?:\.\s*|\s+|\.?(?=[a-z]))?{last}"),
        (3, last),
    ]


def _folded(text: str) -> tuple[str, list[int] | None]:
    """Text folded for matching, and the original index of each folded character (None when
    folding keeps every index, as for ASCII)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index


class CipherSet:
    """The ciphers that apply to one user, compiled. Empty for cleared users."""

    def __init__(self, ciphers: Iterable[Cipher]) -> None:
        self.entries = [c for c in ciphers if name_words(c.name)]
        self.names: dict[str, list[str]] = {}
        for entry in self.entries:
            self.names.setdefault(entry.cipher, []).append(entry.name)
        self.words = {part for e in self.entries for w in name_words(e.name)
                      for part in _WORD_PART.findall(w) if len(part) > 1}
        forms = sorted(((rank, -len(regex), regex, e.cipher) for e in self.entries
                        for rank, regex in _patterns(name_words(e.name))))
        self._ciphers = [cipher for *_, cipher in forms]
        alternatives = "|".join(f"({regex})" for _, _, regex, _ in forms)
        self._regex = (re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
                       if forms else None)
        # What an e-mail local part must contain to be the name: the surname (3 letters at
        # least: shorter ones are inside too many other words) or the whole name run together.
        self._in_local = sorted(((run, e.cipher) for e in self.entries
                                 for run in _local_runs(name_words(e.name))),
                                key=lambda item: -len(item[0]))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, cipher) of every protected name in ``text``, left to right."""
        if self._regex is None or not text:
            return []
        folded, index = _folded(text)
        spans = [(*m.span(), self._ciphers[(m.lastindex or 1) - 1])
                 for m in self._regex.finditer(folded)]
        if "@" in folded:
            spans = _merge(spans, self._local_parts(folded))
        if index is None:
            return spans
        return [(index[start], index[end - 1] + 1, cipher) for start, end, cipher in spans]

    def _local_parts(self, folded: str) -> list[tuple[int, int, str]]:
        """E-mail local parts that contain a protected name, whole."""
        found = []
        for match in _LOCAL_PART.finditer(folded):
            compact = re.sub(r"[^a-z0-9]", "", match.group())
            cipher = next((c for run, c in self._in_local if run in compact), None)
            if cipher:
                found.append((*match.span(), cipher))
        return found

    def text(self, text: str) -> str:
        """Plain text with each protected name replaced by its cipher."""
        found = self.matches(text)
        if not found:
            return text
        out, pos = [], 0
        for start, end, cipher in found:
            out += [text[pos:start], cipher]
            pos = end
        return "".join([*out, text[pos:]])

    def html(self, fragment: str, keep_marks: Collection[str] = ()) -> str:
        """Escaped HTML whose only tags are <mark> and </mark> (highlights), with each name
        replaced: a name that <mark> tags split or surround becomes one cipher, marked only when
        the user searched for the cipher itself (otherwise the mark would confirm that what was
        typed matches the hidden name). Unchanged when no name is found."""
        runs: list[tuple[str, bool]] = []
        marked, pos = False, 0
        for tag in _MARK.finditer(fragment):
            runs.append((html.unescape(fragment[pos:tag.start()]), marked))
            marked, pos = tag.group() == "<mark>", tag.end()
        runs.append((html.unescape(fragment[pos:]), marked))
        text = "".join(t for t, _ in runs)
        found = self.matches(text)
        if not found:
            return fragment
        flags = [flag for t, flag in runs for _ in t]
        pieces: list[tuple[str, bool]] = []
        pos = 0
        for start, end, cipher in found:
            pieces += [(text[i], flags[i]) for i in range(pos, start)]
            pieces.append((cipher, any(flags[start:end]) and cipher in keep_marks))
            pos = end
        pieces += [(text[i], flags[i]) for i in range(pos, len(text))]
        return _serialise(pieces)

    def cipher_of(self, text: str) -> str | None:
        """The cipher of the first protected name in ``text``, if any."""
        found = self.matches(text)
        return found[0][2] if found else None

    def cipher_named(self, text: str) -> str | None:
        """The cipher ``text`` is (case-insensitive), if it is one."""
        wanted = fold(text)
        return next((c for c in self.names if fold(c) == wanted), None)


def cipher_text(text: str, protected: CipherSet) -> str:
    """``text`` with every written form of each protected name replaced by its cipher."""
    return protected.text(text)


def _local_runs(words: list[str]) -> list[str]:
    compact = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    runs = ["".join(compact)] if len(compact) > 1 else []
    return [*runs, *([compact[-1]] if len(compact[-1]) >= 3 else [])]


def _merge(spans: list[tuple[int, int, str]],
           wider: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` and ``wider`` left to right, a span inside a wider one dropped."""
    kept = [s for s in spans if not any(w[0] <= s[0] and s[1] <= w[1] for w in wider)]
    kept += [w for w in wider if not any(s[0] < w[1] and w[0] < s[1] for s in kept)]
    return sorted(kept)


def _serialise(pieces: list[tuple[str, bool]]) -> str:
    out: list[str] = []
    current: bool | None = None
    for text, marked in pieces:
        if marked != current:
            if current:
                out.append("</mark>")
            if marked:
                out.append("<mark>")
            current = marked
        out.append(html.escape(text))
    if current:
        out.append("</mark>")
    return "".join(out)


class CipherStore:
    """The ``ciphers`` index: one record per (collection, protected name), and per collection
    the cipher version: the version its ciphered copy must carry to be shown. Every change of a
    collection's names raises the version first, so the copy made under the old names is
    withheld from that moment until the re-cipher job (ingest.job.recipher) has rewritten it:
    a name just protected is never served in clear from a copy made before it was."""

    def __init__(self, client: OpenSearch, prefix: str) -> None:
        self.client = client
        self.prefix = prefix
        self.index = alias_name(prefix, "ciphers")

    @staticmethod
    def _id(collection: str, name: str) -> str:
        key = " ".join(name_words(name))
        return f"{collection}-{hashlib.sha256(key.encode()).hexdigest()[:32]}"

    def add(self, collection: str, name: str, cipher: str, user: str = "") -> Cipher:
        validate_collection_name(collection)
        if not CIPHER.match(cipher):
            raise ValueError("a cipher is 1-32 letters, digits, spaces, '-' or '_', starting "
                             "with a letter or digit")
        if not name_words(name) or len(name) > 300:
            raise ValueError("a protected name needs at least one letter or digit (300 at most)")
        if CipherSet([Cipher(name, cipher)]).cipher_of(cipher):
            raise ValueError("a cipher may not contain the name it hides")
        self.bump(collection)
        self.client.index(index=self.index, id=self._id(collection, name), refresh="wait_for",
                          body={"collection": collection, "name": name.strip(), "cipher": cipher,
                                "created_by": user, "created_at": now()})
        stamp(self.client, Indices(self.prefix), CIPHERS)  # cached sessions hold the old list
        return Cipher(name.strip(), cipher, collection)

    def remove(self, collection: str, name: str) -> bool:
        self.bump(collection)
        try:
            self.client.delete(index=self.index, id=self._id(collection, name), refresh="wait_for")
        except OSNotFound:
            return False
        finally:
            stamp(self.client, Indices(self.prefix), CIPHERS)  # cached sessions hold the old list
        return True

    def version(self, collection: str) -> int:
        return int(self._version_record(collection).get("version") or 0)

    def _version_record(self, collection: str) -> dict[str, Any]:
        found = SystemStore(self.client, Indices(self.prefix)).get(
            self.index, VERSION_ID.format(collection=collection))
        return found["_source"] if found else {}

    def bump(self, collection: str, redacted: bool | None = None) -> int:
        """Raise the collection's cipher version (withholding its ciphered copy until it is
        rewritten); returns the new version. ``redacted``: mark the collection as having
        approved redactions (so it has a ciphered copy, the redacted copy, even without
        names); None keeps the mark as it is."""
        record = self._version_record(collection)
        version = max(int(record.get("version") or 0) + 1, int(time.time() * 1000))
        marked = bool(record.get(REDACTED_FIELD)) if redacted is None else redacted
        self.client.index(index=self.index, id=VERSION_ID.format(collection=collection),
                          refresh="wait_for", body={"collection": collection, "version": version,
                                                    REDACTED_FIELD: marked, "created_at": now()})
        stamp(self.client, Indices(self.prefix), CIPHERS)  # cached sessions hold the old version
        return version

    def redacted(self, collection: str) -> bool:
        """Whether the collection is marked as having approved redactions (``bump``)."""
        return bool(self._version_record(collection).get(REDACTED_FIELD))

    def list(self, caller: Caller) -> list[Cipher]:
        """The ciphers of the collections ``caller`` may see (the scoped store adds which)."""
        store = ScopedStore(self.client, Indices(self.prefix), caller)
        result = store.search(self.index, {
            "size": 10_000, "query": {"exists": {"field": "cipher"}},
            "sort": ["collection", "cipher", "name"]})
        return [Cipher(h["_source"]["name"], h["_source"]["cipher"], h["_source"]["collection"])
                for h in result["hits"]["hits"]]

    def protections(self, collections: Iterable[str]) -> dict[str, tuple[CipherSet, int]]:
        """Of ``collections``, those that have a ciphered copy (they protect names or have
        approved redactions): their ciphers and cipher version (the one their ciphered copy is
        written under)."""
        result = SystemStore(self.client, Indices(self.prefix)).search(
            self.index, protections_body(collections))
        return read_protections(result)


def protections_body(collections: Iterable[str]) -> dict[str, Any]:
    """The search ``CipherStore.protections`` makes (for a writer that sends it with others)."""
    return {"size": 10_000, "query": {"terms": {"collection": sorted(set(collections))}}}


def read_protections(result: dict[str, Any]) -> dict[str, tuple[CipherSet, int]]:
    """The answer to ``protections_body``: per collection that has a ciphered copy (it protects
    names or has approved redactions), its ciphers (maybe none) and cipher version."""
    sources = [hit["_source"] for hit in result["hits"]["hits"]]
    names: dict[str, list[Cipher]] = {}
    for source in sources:
        if "cipher" in source:
            names.setdefault(source["collection"], []).append(
                Cipher(source["name"], source["cipher"], source["collection"]))
    # A collection with approved redactions but no names has a copy too: ciphered by no name.
    return {c: (CipherSet(names.get(c, [])), version)
            for c, version in copied_collections(sources).items()}
