"""What users without clearance type, rewritten so that protected names cannot be found or probed.

Showing "A1" in place of a name is not enough: if searching the real name still found the
documents, a user could confirm who A1 is by typing guesses and watching for <mark>A1</mark>.
So, for such users, before a query runs:

- a word that is (or stems to, or plural of) a word of a protected name becomes a word that
  matches nothing, in free text and in text fields (``Doe``, ``Jane``, ``Does``, ``title:doe``);
- a wildcard that could expand to such a word (``Do*``, ``J?ne``) and a fuzzy term within its edit
  distance of one (``Deo~``) match nothing either;
- a name in ``person:`` (which widens to phonetic, nickname, initial and OCR variants) matches
  nothing when it is such a variant of a protected name or part of one (``person:"Jayne Doe"``);
- a cipher typed as a word or in a phrase searches the names it stands for (``A1``,
  ``person:A1``, ``"A1 said"``), so a user can follow a cipher they see; and the same holds for
  ``filter=field:value`` and entity keys.

The replacement matches nothing rather than being dropped or refused: a refusal, or a query that
silently widens, would tell the user that the word they typed is protected. The cost is that
other people who share a protected word ("Jane Smith") cannot be found by it by users without
clearance. What this cannot stop is inference from context the user can read (roles, dates,
relationships); that is what clearance is for.
"""

from __future__ import annotations

import re

from luqum import tree
from luqum.auto_head_tail import auto_head_tail

from search.ciphers import CipherSet
from search.errors import QueryError
from search.names import entity_key, fold, person_key
from search.query import parse
from search.query_fields import ALIASES, FIELDS
from search.variants import closeness

VOID = "docketprotectednamevoid"
# Fields whose values are not text a name can be in: left alone.
NOT_TEXT = {"collection", "type", "year", "month", "tag", "language", "ocr", "star", "date",
            "control", "extension", "thread"}
_PARTS = re.compile(r"[a-z0-9]+")


def _forms(part: str) -> set[str]:
    """A word and what an English stemmer may make of it (Does -> doe, Janes -> jane)."""
    forms = {part}
    if part.endswith("ies"):
        forms.add(part[:-3] + "y")
    if part.endswith("es"):
        forms.add(part[:-2])
    if part.endswith("s"):
        forms.add(part[:-1])
    return forms


def protected_word(word: str, ciphers: CipherSet, edits: int = 0) -> bool:
    """True when a typed word could match a word of a protected name."""
    folded = fold(word)
    if any(ch in folded for ch in "*?"):
        pattern = re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c)
                                     for c in folded))
        return any(pattern.fullmatch(w) for w in ciphers.words)
    stems = {s for w in ciphers.words for s in _forms(w)}
    for part in _PARTS.findall(folded):
        if _forms(part) & (ciphers.words | stems):
            return True
        if edits and any(w[:1] == part[:1] and _distance(part, w) <= edits for w in ciphers.words):
            return True
    return False


def protected_person(text: str, ciphers: CipherSet) -> bool:
    """True when a name is, or is a variant or part of, a protected name."""
    key = person_key(text)
    if not key:
        return False
    if ciphers.cipher_of(text):
        return True
    return any(closeness(key, person_key(e.name)) != "fuzzy" for e in ciphers.entries)


def _distance(a: str, b: str) -> int:
    """Edits between two words, a swap of neighbours counting as one (as fuzzy queries count)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _quote_ciphers(q: str, ciphers: CipherSet) -> str:
    """Ciphers of several words ("Child B") typed outside quotes, quoted so they parse as one."""
    spaced = sorted((c for c in ciphers.names if " " in c), key=len, reverse=True)
    if not spaced:
        return q
    pattern = re.compile(rf"(?<![\w\"])({'|'.join(re.escape(c) for c in spaced)})(?![\w\"])", re.I)
    pieces = re.split(r'("(?:[^"\\]|\\.)*")', q)
    return "".join(p if i % 2 else pattern.sub(r'"\1"', p) for i, p in enumerate(pieces))


def _in_place(old: tree.Item, new: tree.Item) -> tree.Item:
    """``new`` where ``old`` was, keeping the spaces around it."""
    new = auto_head_tail(new)
    new.head, new.tail = old.head, old.tail
    return new


def _phrase_text(text: str, ciphers: CipherSet, person: bool, requested: set[str]) -> str:
    """A phrase's words: ciphers become their (first) name, protected words become VOID."""
    if person and protected_person(text, ciphers):
        return VOID
    names = sorted(ciphers.names, key=len, reverse=True)
    pattern = re.compile(rf"(?<!\w)({'|'.join(re.escape(c) for c in names)})(?!\w)", re.I)
    out = []
    for i, piece in enumerate(pattern.split(text)):
        if i % 2:
            cipher = ciphers.cipher_named(piece) or piece
            requested.add(cipher)
            out.append(ciphers.names[cipher][0])
        else:
            out.append(re.sub(r"[^\s\"]+", lambda m: VOID if protected_word(
                m.group(), ciphers) else m.group(), piece))
    return "".join(out)


class _Rewriter:
    def __init__(self, ciphers: CipherSet) -> None:
        self.ciphers = ciphers
        self.requested: set[str] = set()

    def node(self, node: tree.Item, field: str | None) -> tree.Item:
        if isinstance(node, tree.SearchField):
            name = ALIASES.get(node.name.lower(), node.name.lower())
            if name in NOT_TEXT or (name in FIELDS and FIELDS[name].kind in ("date", "bool", "tag")):
                return node
            node.expr = self.node(node.expr, name)
            return node
        if isinstance(node, tree.Word):
            return self.word(node, field)
        if isinstance(node, tree.Phrase):
            person = field is not None and FIELDS.get(field) is not None and \
                FIELDS[field].kind == "person"
            node.value = '"' + _phrase_text(node.value[1:-1], self.ciphers, person,
                                            self.requested) + '"'
            return node
        if isinstance(node, tree.Fuzzy):
            degree = round(float(node.degree)) if node.degree is not None else 2
            if isinstance(node.term, tree.Word) and protected_word(
                    node.term.value, self.ciphers, edits=max(degree, 1)):
                return _in_place(node, tree.Word(VOID))
            return node
        if isinstance(node, (tree.Regex, tree.Range)):
            return node
        node.children = [self.node(child, field) for child in node.children]
        return node

    def word(self, node: tree.Word, field: str | None) -> tree.Item:
        cipher = self.ciphers.cipher_named(node.value)
        if cipher:
            self.requested.add(cipher)
            names = [tree.Phrase(f'"{name}"') for name in self.ciphers.names[cipher]]
            group = tree.OrOperation(tree.Word(node.value), *names)
            return _in_place(node, tree.FieldGroup(group) if field else tree.Group(group))
        person = field is not None and FIELDS.get(field) is not None and \
            FIELDS[field].kind == "person"
        if (person and protected_person(node.value, self.ciphers)) or protected_word(
                node.value, self.ciphers):
            return _in_place(node, tree.Word(VOID))
        return node


def rewrite_query(q: str, ciphers: CipherSet) -> tuple[str, set[str]]:
    """The query to run instead of ``q``, and the ciphers it asked for (whose marks may show).
    An invalid query is returned as it is: the search refuses it with its own message."""
    if not ciphers or not q.strip():
        return q, set()
    try:
        node = parse(_quote_ciphers(q, ciphers))
    except QueryError:
        return q, set()
    if node is None:
        return q, set()
    rewriter = _Rewriter(ciphers)
    try:
        return str(rewriter.node(node, None)), rewriter.requested
    except RecursionError:
        # Nested deeper than can be rewritten: search for nothing rather than the unchecked query.
        return VOID, set()


def rewrite_filter(item: str, ciphers: CipherSet) -> list[str]:
    """One ``field:value`` filter as the filters to apply: a cipher becomes its names, a
    protected name a value that matches nothing."""
    name, sep, value = item.partition(":")
    field = ALIASES.get(name.strip().lower(), name.strip().lower())
    if not sep or not ciphers or field in NOT_TEXT:
        return [item]
    cipher = ciphers.cipher_named(value)
    if cipher:
        return [f"{name}:{n}" for n in ciphers.names[cipher]]
    if ciphers.cipher_of(value) or (field == "person" and protected_person(value, ciphers)):
        return [f"{name}:{VOID}"]
    return [item]


def rewrite_name(text: str, kind: str, ciphers: CipherSet) -> str:
    """An entity key or a name typed into the entity look-up."""
    if not ciphers or not text.strip():
        return text
    cipher = ciphers.cipher_named(text)
    if cipher:
        return entity_key(kind, ciphers.names[cipher][0])
    if ciphers.cipher_of(text) or any(protected_word(w, ciphers) for w in text.split()):
        return VOID
    if kind == "person" and protected_person(text, ciphers):
        return VOID
    return text
