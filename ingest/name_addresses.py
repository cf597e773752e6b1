"""A collection's address book: an address that mail headers give under one person's full name
is that person's wherever it is written alone. A head teacher's, a shop's or a PCSO's address
("principal@", "orders@", "pcso4410@") names no one by its words, but the header
'"Mr Ian Pike" <principal@school.example>' says whose it is, and the reader of
"From: principal@school.example" in another message knows it is Ian Pike's.

An address headed by two people's names (a shared desk, "enquiries@") is no one's; headed by
two full names with one forename, it is one person's, whose surname is spelt two ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from opensearchpy import OpenSearch

from search.indices import Indices
from search.name_authority import TITLED_RULES, NameAuthority
from search.names import name_parts

PARTIES_PAGE = 2000  # headers aggregated in one request
# A header's display name and its address, as the extraction stores it ("Name <a@b.example>").
_HEADED = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<address>[^<>\s@]+@[^<>\s]+)>\s*$")


def _owners(parties: Iterable[str], people: NameAuthority) -> dict[str, set[str]]:
    """Each address (lower case) -> the people whose full names head it in ``parties``."""
    owners: dict[str, set[str]] = {}
    for shown in parties:
        match = _HEADED.match(shown)
        if not match:
            continue
        named = {link.key for link in people.find(match.group("name"))
                 if link.key and link.rule in TITLED_RULES}
        if named:
            owners.setdefault(match.group("address").lower(), set()).update(named)
    return owners


def address_book(parties: Iterable[str], people: NameAuthority) -> dict[str, str]:
    """Each address (lower case) -> the one person whose full name heads it in ``parties``
    ("Name <address>"): headers naming no one say nothing, a header or two naming others make
    it no one's."""
    return {address: next(iter(keys)) for address, keys in _owners(parties, people).items()
            if len(keys) == 1}


def one_person_by_address(parties: Iterable[str], people: NameAuthority) -> dict[str, str]:
    """Full names that head one address with one forename ("Oswy Pennycate" and "Oswy
    Penicate" over oswy.p@): one person's spellings of the surname, however far apart, as
    a desk two people share is headed by two forenames -> the name written more often."""
    merged: dict[str, str] = {}
    for keys in _owners(parties, people).values():
        if len(keys) < 2 or len({name_parts(key)[0] for key in keys}) != 1:
            continue
        usual = max(keys, key=lambda k: (people.people[k].named, k))
        merged |= {key: usual for key in keys if key != usual and key not in merged}
    return merged


def gather_parties(client: OpenSearch, indices: Indices, collection: str) -> list[str]:
    """The mail headers' parties of the collection's documents ("Name <address>")."""
    parties: list[str] = []
    after: dict[str, Any] | None = None
    while True:
        composite: dict[str, Any] = {"size": PARTIES_PAGE, "sources": [
            {"shown": {"terms": {"field": "email_parties"}}}]}
        if after:
            composite["after"] = after
        body = {"size": 0, "query": {"bool": {"filter": [{"term": {"collection": collection}}]}},
                "aggs": {"parties": {"composite": composite}}}
        result = client.search(index=indices.documents, body=body, request_timeout=120)
        buckets = result["aggregations"]["parties"]["buckets"]
        parties += [bucket["key"]["shown"] for bucket in buckets]
        after = result["aggregations"]["parties"].get("after_key")
        if not buckets or after is None:
            break
    return parties
