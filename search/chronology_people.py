"""The people and organisations of a fact: entity ids (``kind:key``) of the collection's
mentions, with the name each is shown by; and what a caller without clearance may type for them.

A fact keeps the real ids, the same for everyone. A caller without clearance reads mentions
from the ciphered copy, where a protected person is their cipher (``person:a1``), and sees the
chronology through the cipher middleware, which writes the cipher for the name wherever it is
(``person:A1``, "A1"). So, for such a caller: an id that is a cipher of the collection stands
for the protected person (kept as their real id); a filter by a cipher finds the person's facts;
and a filter or words that name a protected person find nothing, as in search, for the real
name is not in what that caller reads.
"""

from __future__ import annotations

from typing import Any

from search.ciphers import CipherSet, CipherStore
from search.entity_query import entity_id, split_entity_id
from search.names import entity_key, fold
from search.scoped import ScopedStore

PEOPLE_KINDS = ("person", "org", "anonymised")
NOTHING = {"match_none": {}}


class PeopleError(ValueError):
    """An id that is not a person or organisation of the collection (the message names it)."""


class PeopleReader:
    def __init__(self, store: ScopedStore) -> None:
        self.store = store
        self._ciphers: CipherSet | None = None
        self._names: dict[tuple[str, str], str] = {}  # (collection, id) -> name, as read

    def ciphers(self) -> CipherSet:
        """The names hidden from the caller (none for a cleared caller)."""
        if self._ciphers is None:
            caller = self.store.caller
            self._ciphers = CipherSet([]) if caller.cleared or caller.system else CipherSet(
                CipherStore(self.store.client, self.store.indices.prefix).list(caller))
        return self._ciphers

    def _protected(self, kind: str, key: str, collection: str | None) -> list[str]:
        """The real ids a cipher id stands for (in ``collection``, or any), else []."""
        ciphers = self.ciphers()
        if not ciphers or kind not in PEOPLE_KINDS:
            return []
        return sorted({entity_id(kind, entity_key(kind, entry.name))
                       for entry in ciphers.entries if fold(entry.cipher) == fold(key)
                       and collection in (None, entry.collection)})

    def shown(self, collection: str, ids: list[str]) -> list[dict[str, str]]:
        """``ids`` checked against the collection's mentions, each with its display name."""
        shown: dict[str, str] = {}
        looked_up: list[str] = []
        for given in ids:
            kind, key = split_entity_id(given.strip())
            if kind not in PEOPLE_KINDS or not key:
                raise PeopleError(f"people: {given!r} is not a person or organisation id "
                                  f"(kind:key, kind one of {', '.join(PEOPLE_KINDS)})")
            names = [e.name for e in self.ciphers().entries if fold(e.cipher) == fold(key)
                     and e.collection == collection]
            protected = self._protected(kind, key, collection)
            if protected:
                shown.update(dict.fromkeys(protected, names[0]))
            else:
                looked_up.append(entity_id(kind, key))
        shown.update(self._display(collection, looked_up))
        return [{"key": key, "name": name} for key, name in shown.items()]

    def _display(self, collection: str, ids: list[str]) -> dict[str, str]:
        unread = [i for i in ids if (collection, i) not in self._names]
        self._names.update({(collection, i): name
                            for i, name in self._read_names(collection, unread).items()})
        return {i: self._names[(collection, i)] for i in ids}

    def _read_names(self, collection: str, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        body = {"size": 0, "query": {"bool": {"filter": [{"terms": {"entity": ids}}]}},
                "aggs": {"entities": {"terms": {"field": "entity", "size": len(ids)}, "aggs": {
                    "text": {"terms": {"field": "text", "size": 1}}}}}}
        found = self.store.narrowed([collection]).search(self.store.indices.mentions, body)
        names = {b["key"]: b["text"]["buckets"][0]["key"] if b["text"]["buckets"] else b["key"]
                 for b in found["aggregations"]["entities"]["buckets"]}
        missing = [i for i in ids if i not in names]
        if missing:
            raise PeopleError(f"people: {', '.join(missing)} not found in the mentions of "
                              f"collection '{collection}'")
        return {i: names[i] for i in ids}

    def stored_ids(self, given: str) -> list[str]:
        """The ids a filter by ``given`` matches on the facts."""
        kind, key = split_entity_id(given.strip())
        protected = self._protected(kind, key, None)
        if protected:
            return protected
        if self.ciphers().matches(key):
            return ["\u0000nothing"]  # a hidden name typed: not in what this caller reads
        return [entity_id(kind, key)]

    def text_clause(self, text: str, fields: list[str]) -> dict[str, Any]:
        """Words to find in ``fields``; for a caller without clearance, a cipher typed finds
        the person's name and a hidden name typed finds nothing."""
        ciphers = self.ciphers()
        if ciphers.matches(text):
            return NOTHING
        words = [text]
        typed = text.split()
        for cipher, names in ciphers.names.items():
            if any(fold(word) == fold(cipher) for word in typed):
                words += [" ".join(name if fold(w) == fold(cipher) else w for w in typed)
                          for name in names]
        return {"bool": {"should": [{"multi_match": {"query": w, "fields": fields,
                                                     "operator": "and"}} for w in words],
                         "minimum_should_match": 1}}
