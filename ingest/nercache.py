"""NER done once: spaCy's entities per paragraph, keyed by a hash of the normalised paragraph
and of the pipeline that found them, reused within a job and across collections.

E-mail threads quote earlier messages, attachments repeat across families and near-duplicates
repeat pages: the same paragraph reaches spaCy many times. ``paragraphs`` cuts a page into
paragraphs and normalises each (quote markers "> " and trailing spaces gone), keeping where
every kept character came from, so an entity found once is re-based onto each page it occurs
on with that page's own offsets. Only hashes and offsets are stored, never text.

``NerCache`` is two levels: a bounded dict in the process, and an SQLite file (WAL mode) that
the pool's processes share, bounded by its row count (the oldest rows go first). The cache is a
help, never a source of truth: a locked or broken file means a miss, and the entities are found
again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

# Bump when ``paragraphs`` or what is stored changes: old rows then simply stop matching.
SCHEME = "ner-1"
MEMORY_ENTRIES = 20_000
DISK_ENTRIES = 500_000
PRUNE_EVERY = 2_000  # puts between checks of the file's size
QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
BLANK = re.compile(r"^[ \t>]*$")

# (label, start, end, tokens) in the normalised paragraph's characters; tokens because a
# one-token PERSON is treated apart (ingest.entities).
Ent = tuple[str, int, int, int]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as spaCy sees it, and where each of its characters sits in the page."""

    text: str
    origin: tuple[int, ...]  # page offset of text[i]

    def rebase(self, ent: Ent) -> Ent:
        label, start, end, tokens = ent
        return label, self.origin[start], self.origin[end - 1] + 1, tokens

    @property
    def words(self) -> int:
        return len(self.text.split())


def paragraphs(page: str) -> Iterator[Paragraph]:
    """The page's paragraphs (runs of lines between blank ones; a line of quote markers alone
    is blank, and a change of quote depth starts a paragraph: "On Monday Sarah wrote:" is not
    part of what she wrote), each line without its quote markers and trailing spaces."""
    text: list[str] = []
    origin: list[int] = []
    offset = newline_at = depth = 0
    for line in page.split("\n"):
        quoted = QUOTE.match(line)
        start = quoted.end() if quoted else 0
        level = quoted.group().count(">") if quoted else 0
        if text and (level != depth or BLANK.match(line)):
            yield _paragraph(text, origin)
            text, origin = [], []
        if not BLANK.match(line):
            kept = line[start:].rstrip()
            if text:
                text.append("\n")
                origin.append(newline_at)
            text.append(kept)
            origin.extend(range(offset + start, offset + start + len(kept)))
            newline_at, depth = offset + len(line), level
        offset += len(line) + 1
    if text:
        yield _paragraph(text, origin)


def _paragraph(text: list[str], origin: list[int]) -> Paragraph:
    return Paragraph("".join(text), tuple(origin))


@cache
def fingerprint(nlp: Language) -> str:
    """What, besides the text, decides the entities: model, version, spaCy, components."""
    meta = nlp.meta
    return "|".join((SCHEME, f"{meta.get('lang')}_{meta.get('name')}", str(meta.get("version")),
                     spacy.__version__, ",".join(nlp.pipe_names)))


def paragraph_key(nlp: Language, text: str) -> bytes:
    return hashlib.blake2b(f"{fingerprint(nlp)}\0{text}".encode(), digest_size=16).digest()


@dataclass
class Savings:
    """Words sent to NER and words answered from the cache (or a repeat in the same call)."""

    words: int = 0
    reused: int = 0

    @property
    def share(self) -> float:
        return self.reused / self.words if self.words else 0.0


@dataclass
class NerCache:
    """Entities by paragraph key: in memory, then in the shared file at ``path`` (if any)."""

    path: Path | None = None
    disk_entries: int = DISK_ENTRIES
    memory: OrderedDict[bytes, list[Ent]] = field(default_factory=OrderedDict)
    savings: Savings = field(default_factory=Savings)
    _db: sqlite3.Connection | None = None
    _pid: int = 0
    _puts: int = 0

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, list[Ent]]:
        found: dict[bytes, list[Ent]] = {}
        missing = []
        for key in keys:
            if key in self.memory:
                self.memory.move_to_end(key)
                found[key] = self.memory[key]
            else:
                missing.append(key)
        for key, ents in self._read(missing):
            found[key] = ents
            self._remember(key, ents)
        return found

    def put_many(self, items: dict[bytes, list[Ent]]) -> None:
        for key, ents in items.items():
            self._remember(key, ents)
        self._write(items)

    def _remember(self, key: bytes, ents: list[Ent]) -> None:
        self.memory[key] = ents
        if len(self.memory) > MEMORY_ENTRIES:
            self.memory.popitem(last=False)

    def _connection(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        if self._db is None or self._pid != os.getpid():  # a forked child opens its own
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")  # a lost row is a miss, nothing more
            db.execute("CREATE TABLE IF NOT EXISTS ents (key BLOB PRIMARY KEY, ents TEXT)")
            self._db, self._pid = db, os.getpid()
        return self._db

    def _read(self, keys: list[bytes]) -> Iterator[tuple[bytes, list[Ent]]]:
        if not keys:
            return
        try:
            db = self._connection()
            if db is None:
                return
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = db.execute(f"SELECT key, ents FROM ents WHERE key IN ({marks})", chunk)
                for key, ents in rows.fetchall():
                    yield key, [tuple(e) for e in json.loads(ents)]
        except sqlite3.Error:
            return

    def _write(self, items: dict[bytes, list[Ent]]) -> None:
        try:
            db = self._connection()
            if db is None or not items:
                return
            db.executemany("INSERT OR IGNORE INTO ents (key, ents) VALUES (?, ?)",
                           [(k, json.dumps(v, separators=(",", ":"))) for k, v in items.items()])
            self._puts += len(items)
            if self._puts >= PRUNE_EVERY:
                self._puts = 0
                db.execute("DELETE FROM ents WHERE rowid <= (SELECT max(rowid) FROM ents) - ?",
                           (self.disk_entries,))
        except sqlite3.Error:
            return


_caches: dict[Path, NerCache] = {}


def ner_cache(path: Path | None) -> NerCache:
    """This process's cache for ``path``; None: a new one each call, so nothing is reused
    beyond the document it is used for."""
    if path is None:
        return NerCache()
    if path not in _caches:
        _caches[path] = NerCache(path)
    return _caches[path]
