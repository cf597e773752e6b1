"""Stage: the collection's name authority applied to one document's stored mentions.

Input: the document's mention records and page texts, and the collection's authority
(``gather_authority``: the people named in full anywhere in it, with the titles written before
their names where two share a surname, and the usual display of every organisation and
place). Output: the document's mentions again, every written form of a known person linked to
that person with its rule and confidence (or kept as a possible match with its candidates),
organisations and places that are a person's name dropped, and its person, org and place
fields as resolved entities. Failure: none of its own; the job records a store error on the
document's ledger entry.

Re-runnable: a mention keeps the kind the recogniser gave it (``ner_kind``), its key as
written (``raw_key``) and, where a run wrote a person's name over an organisation or a place,
the recogniser's words (``ner_text``); the mentions the authority added are marked
(``ner_kind`` ""), so a second run starts from the same place as the first and gathers the
same authority (``tests/ingest/test_names_stage.py``). The job side is ``ingest.job.names``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from opensearchpy import OpenSearch, helpers

from ingest.entities import LinkedMention, link_within_document
from ingest.name_addresses import address_book, gather_parties, one_person_by_address
from ingest.records import facet_fields
from search.common_words import is_adjective, is_common_word, is_plural_noun
from search.indices import Indices
from search.name_authority import (
    FORM_TITLES,
    FRAGMENT_RATIO,
    ONE_LETTER_PARTICLES,
    TITLED_RULES,
    Link,
    NameAuthority,
    Person,
    is_full_name,
    middle_names,
    same_people,
    shared_family_names,
    shared_surnames,
    with_titles,
)
from search.name_kinds import (
    FIRM_WORDS,
    LEADING_WORDS,
    PLACE_WORDS,
    STREET_WORDS,
    name_kind,
    names_a_thing,
    thing_heads,
    written_inverted,
)
from search.name_statements import (
    APART_PHRASES,
    NAMING_WORDS,
    STATEMENT_PHRASES,
    may_state_names,
    nickname_ends,
    nickname_index,
    stated_aliases,
    stated_apart,
    stated_earlier_names,
    stated_inner_nicknames,
    stated_lone_nicknames,
    stated_real_forenames,
    stated_surname_nicknames,
    stated_used_given_names,
    unmerged_by_statement,
)
from search.name_variants import (
    NAMESAKE_DOCUMENTS,
    PREFIXES,
    SPELT_LETTERS,
    convention_key,
    forename_rule,
)
from search.names import (
    PLACE_ABBREVIATIONS,
    TITLES,
    entity_display,
    entity_key,
    fold,
    is_initial_form,
    name_parts,
    person_key,
    unshouted,
)
from search.nicknames import forenames
from search.parallel import Parts, Shared, batched, shared, shared_value

NAMED_KINDS = ("person", "org", "place")
GATHER_PAGE = 2000
FORMS_PER_KEY = 5
# Things a word heads that make it the town's or the estate's word (its council and its police),
# where a firm that bears a surname is one.
TOWN_THINGS = 2
# The last words of a town's council and police: a family's firm ("Adeyemi Motors") is neither.
CIVIC_WORDS = {"council", "police", "constabulary", "mbc", "authority"}
# Every person a document names is a value of its person field (``person:`` searches it); a
# roll call of two hundred officers must not lose the ones named once.
RESOLVED_VALUES = 1000


@dataclass(frozen=True)
class NamedMention(LinkedMention):
    """A mention after the authority: how it was linked, and what the recogniser said."""

    rule: str = ""
    confidence: float | None = None
    candidates: tuple[str, ...] = ()
    ner_kind: str | None = None  # None: as found; "": added by the authority
    # The recogniser's words where the authority made its organisation or place a person and
    # wrote the name over them ("FYI - Haider Al-Jabouri" for "Haider Al-Jabouri"): the next
    # run judges and gathers those words, as the first did.
    ner_text: str | None = None


@dataclass
class Authority:
    """What the stage knows of a collection."""

    people: NameAuthority
    displays: dict[tuple[str, str], str]  # (kind, key) -> how the facet shows it
    aliases: dict[str, str]  # an OCR slip of a person's key -> the key
    # "People" that are a firm's, a building's or a street's name cut short ("Hollinsby High")
    things: set[str] = dataclasses.field(default_factory=set)


def _shown(forms: Counter[str], kind: str = "person") -> str:
    """The usual form, not shouted: "Kirkhamdale" over "KIRKHAMDALE"; an organisation or a place
    written only in capitals keeps its acronyms ("CID", not "Cid")."""
    mixed = [f for f in forms if not f.isupper()]
    if mixed:
        return max(mixed, key=lambda f: forms[f])
    best = max(forms, key=lambda f: forms[f])
    return unshouted(best) if kind in ("org", "place") else best.title()


def _display(key: str, forms: Counter[str]) -> str:
    """A person's canonical name: the usual way it is written in full, else the key."""
    full: Counter[str] = Counter()
    for written, n in forms.items():  # an organisation's form keeps its title: "PS Jo Hirst"
        if person_key(written) == key and not written.isupper():
            full[entity_display("person", written)] += n
    return _shown(full) if full else key.title()


def gather_authority(client: OpenSearch, indices: Indices, collection: str,
                     parts: Parts | None = None) -> Authority:
    """The people named in full in the collection, and every entity's usual display
    (``parts``: the job's processes, where a large collection's pages are read for titles)."""
    forms: dict[tuple[str, str], Counter[str]] = {}
    documents: dict[tuple[str, str], int] = {}
    after: dict[str, Any] | None = None
    while True:
        # The keys as written, of what the recogniser found: a run's own links (``key``) and
        # additions (``ner_kind`` "") would hide a name it merged from the next run.
        # The recogniser's kind too: a run turns an organisation that is a person's name into
        # a person, and the next run must count it as the first did.
        composite: dict[str, Any] = {"size": GATHER_PAGE, "sources": [
            {"found": {"terms": {"field": "ner_kind", "missing_bucket": True}}},
            {"kind": {"terms": {"field": "kind"}}}, {"key": {"terms": {"field": "raw_key"}}}]}
        if after:
            composite["after"] = after
        body = {"size": 0, "query": {"bool": {"filter": [
            {"term": {"collection": collection}}, {"terms": {"kind": list(NAMED_KINDS)}},
            {"term": {"wrong": False}}], "must_not": [{"term": {"ner_kind": ""}}]}},
            "aggs": {"keys": {"composite": composite, "aggs": {
                "forms": {"terms": {"field": "text", "size": FORMS_PER_KEY}},
                "recognised": {"terms": {"field": "ner_text", "size": FORMS_PER_KEY}},
                "documents": {"cardinality": {"field": "doc_id"}}}}}}
        result = client.search(index=indices.mentions, body=body, request_timeout=120)
        buckets = result["aggregations"]["keys"]["buckets"]
        for bucket in buckets:
            written, found = as_recognised(bucket)
            if written[0] not in NAMED_KINDS:
                continue
            forms.setdefault(written, Counter()).update(found)
            documents[written] = documents.get(written, 0) + bucket["documents"]["value"]
        after = result["aggregations"]["keys"].get("after_key")
        if not buckets or after is None:
            break
    stating = statement_pages(client, indices, collection)
    apart = [pair for text in stating for pair in stated_apart(text)]
    with_stated_people(forms, documents, apart)
    inverted = gather_inverted(client, indices, collection, forms)
    written = gather_written(client, indices, collection, forms, documents)
    letterheads = gather_letterheads(client, indices, collection, forms)
    authority = authority_of(forms, documents, apart, inverted, written, letterheads)
    gather_titles(client, indices, collection, authority, parts)
    gather_inner_nicknames(client, indices, collection, authority)
    gather_stated_nicknames(client, indices, collection, authority)
    gather_stated_names(stating, authority)
    # Last: the owners are the people as every merge above left them, and as the headers
    # that give one address under two spellings of a name make them.
    parties = gather_parties(client, indices, collection)
    authority.people = merge_people(authority.people, authority.aliases,
                                    one_person_by_address(parties, authority.people))
    authority.people.addresses = address_book(parties, authority.people)
    return authority


INVERTED_PAGES = 3  # pages read per name that may be written surname first
INVERTED_BATCH = 200  # names asked in one request


def _may_be_inverted(kind: str, key: str) -> bool:
    """An organisation or a place of two words that may be a person's name no forename list
    knows ("Tselmeg Bayar"): the collection's index form decides (``gather_inverted``)."""
    parts = key.split()
    return (kind in ("org", "place") and len(parts) == 2 and all(p.isalpha() for p in parts)
            and parts[0] not in forenames() and is_full_name(key)
            and name_kind("person", key.title())[0] == "person")


def gather_inverted(client: OpenSearch, indices: Indices, collection: str,
                    forms: dict[tuple[str, str], Counter[str]]) -> set[tuple[str, str]]:
    """The organisations and places of two words the collection also writes as a police index
    writes a person ("BAYAR, Tselmeg" beside "Tselmeg Bayar" as an organisation): read from a few
    pages that hold the two words in that order."""
    names = sorted(written for written in forms if _may_be_inverted(*written))
    found: set[tuple[str, str]] = set()
    for at in range(0, len(names), INVERTED_BATCH):
        batch = names[at:at + INVERTED_BATCH]
        body: list[dict[str, Any]] = []
        for _kind, key in batch:
            first, last = key.split()
            body += [{"index": indices.pages}, {
                "size": INVERTED_PAGES, "_source": ["text"], "query": {"bool": {"filter": [
                    {"term": {"collection": collection}},
                    {"match_phrase": {"text": f"{last} {first}"}}]}}}]
        answers = client.msearch(body=body, request_timeout=120)["responses"]
        for written, answer in zip(batch, answers, strict=True):
            if any(written_inverted(hit["_source"].get("text") or "", written[1])
                   for hit in answer.get("hits", {}).get("hits", [])):
                found.add(written)
    return found


def gather_written(client: OpenSearch, indices: Indices, collection: str,
                   forms: dict[tuple[str, str], Counter[str]],
                   documents: dict[tuple[str, str], int]) -> dict[str, int]:
    """The full names of people the recogniser found in few documents -> the documents whose
    text writes them, forename first or surname first ("SOUMARE X", "X, Soumare"), however
    the recogniser read them there: a namesake one letter from a person is written in many
    (``search.name_variants.NAMESAKE_DOCUMENTS``), a variant spelling of his in a few."""
    full = {key: n for (kind, key), n in documents.items() if kind == "person" and is_full_name(key)}
    rare = {key for key, n in full.items() if n < NAMESAKE_DOCUMENTS}
    # And the names a rare one may be a convention's spelling of: their text counts tell.
    spelt = {convention_key(key) for key in rare}
    keys = sorted(rare | {key for key in full if convention_key(key) in spelt})
    written: dict[str, int] = {}
    for at in range(0, len(keys), INVERTED_BATCH):
        batch = keys[at:at + INVERTED_BATCH]
        body: list[dict[str, Any]] = []
        for key in batch:
            words = key.split()
            orders = [key, " ".join((words[-1], *words[:-1]))]
            body += [{"index": indices.pages}, {"size": 0, "query": {"bool": {
                "filter": [{"term": {"collection": collection}}],
                "should": [{"match_phrase": {"text": order}} for order in orders],
                "minimum_should_match": 1}},
                "aggs": {"documents": {"cardinality": {"field": "doc_id"}}}}]
        answers = client.msearch(body=body, request_timeout=120)["responses"]
        for key, answer in zip(batch, answers, strict=True):
            written[key] = answer.get("aggregations", {}).get("documents", {}).get("value", 0)
    return written


def with_stated_people(forms: dict[tuple[str, str], Counter[str]],
                       documents: dict[tuple[str, str], int],
                       apart: list[tuple[str, str]]) -> None:
    """Each full name a statement says is a different person from another ("NB Wilfred Orme,
    a porter, is a different person from Wilfrid Orme") is a person named in full, however
    the recogniser cut it elsewhere ("ORME, Wilfred" read as two names)."""
    for pair in apart:
        for key in pair:
            if is_full_name(key) and ("person", key) not in forms:
                forms[("person", key)] = Counter({key.title(): 1})
                documents[("person", key)] = 1


def as_recognised(bucket: dict[str, Any]) -> tuple[tuple[str, str], dict[str, int]]:
    """A gathered bucket as the recogniser found it: (its kind, its key as written), and its
    written forms. A run turns an organisation that is a person's name into a person and
    writes the name over its text: the recogniser's kind and words (``ner_text``) stand for it
    then, so a second run gathers what the first did (a mention stored before those words
    were kept: its key, in capitals where it was written so)."""
    kind = bucket["key"]["found"] or bucket["key"]["kind"]
    found = {f["key"]: f["doc_count"] for f in bucket["forms"]["buckets"]}
    if kind != bucket["key"]["kind"]:
        recognised = {f["key"]: f["doc_count"] for f in
                      (bucket.get("recognised") or {}).get("buckets", [])}
        untold = sum(found.values()) - sum(recognised.values())
        if untold > 0:
            recognised[bucket["key"]["key"].title()] = \
                recognised.get(bucket["key"]["key"].title(), 0) + untold
        found = recognised
    return (kind, bucket["key"]["key"]), found


def nickname_pairs(authority: Authority) -> list[tuple[str, str]]:
    """(a full name the collection writes, a person it may be the nickname of): the same
    surname, a forename of the same first letter that is not theirs ("ash rafiq", "asif
    rafiq"), whoever the name was filed under."""
    by_surname: dict[str, list[str]] = {}
    for key in authority.people.people:
        by_surname.setdefault(name_parts(key)[-1], []).append(key)
    pairs = []
    for written in {*authority.people.people, *authority.aliases}:
        parts = name_parts(written)
        owner = authority.aliases.get(written, written)
        if len(parts) != 2:
            continue
        pairs += [(written, key) for key in by_surname.get(parts[1], []) if key != owner
                  and name_parts(key)[0][:1] == parts[0][:1] and name_parts(key)[0] != parts[0]]
    return pairs


def stated_nickname(text: str, nickname: str, key: str) -> bool:
    """``text`` states the nickname between the person's forename and surname, in quotes
    ('Asif "Ash" Rafiq', "Malcolm 'Mal' Ferrier")."""
    first, last = name_parts(key)[0], name_parts(key)[-1]
    words = r"(?:\s+\S+)*?\s+" if len(name_parts(key)) > 2 else r"\s+"
    pattern = (rf"\b{re.escape(first)}\s+[\"“'‘]{re.escape(name_parts(nickname)[0])}[\"”'’]"
               rf"{words}{re.escape(last)}\b")
    return re.search(pattern, fold(text), re.IGNORECASE) is not None


def gather_stated_nicknames(client: OpenSearch, indices: Indices, collection: str,
                            authority: Authority) -> None:
    """A nickname the collection states in quotes inside a person's name ('Asif "Ash"
    Rafiq') makes that nickname with the surname theirs ("Ash RAFIQ"), over a nickname
    table's reading ("Ash" for Arshad): read from the pages that hold the three words only."""
    found: dict[str, list[str]] = {}
    for written, key in nickname_pairs(authority):
        words = sorted({name_parts(written)[0], name_parts(key)[0], name_parts(key)[-1]})
        query = {"bool": {"filter": [{"term": {"collection": collection}},
                                     *({"term": {"text": word}} for word in words)]}}
        for hit in helpers.scan(client, index=indices.pages, _source=["text"], size=100,
                                query={"query": query}):
            if stated_nickname(hit["_source"].get("text") or "", written, key):
                found.setdefault(written, []).append(key)
                break
    # Several people with the forename and surname may fit ("Lacey Thorne", "Lacey May
    # Thorne"): the one named as the statement writes the name, else the one named most.
    people = authority.people.people
    stated = {written: min(keys, key=lambda k: (len(name_parts(k)), -people[k].named, k))
              for written, keys in found.items()}
    if stated:
        authority.people = restate_aliases(authority.people, authority.aliases, stated)


INNER_CLAUSES = 500  # forename-surname phrases asked in one request


def gather_inner_nicknames(client: OpenSearch, indices: Indices, collection: str,
                           authority: Authority) -> None:
    """A nickname written inside a person's name in quotes or brackets ("Tamsin 'Tam'
    Pellow", "Tamsin [Bee] Pellow") makes the nickname with the surname theirs, whatever its
    letters: read from the pages that write a person's forename and surname one word apart."""
    names = {key: key for key in authority.people.people}
    names |= {alias: key for alias, key in authority.aliases.items() if key in names}
    ends = sorted({f"{given} {surname}" for n in names for given, surname in nickname_ends(n)})
    stated: dict[str, str] = {}
    used: dict[str, str] = {}  # a first given name not used, with the surname -> the person
    keys = set(authority.people.people)
    index = nickname_index(names)  # once: a collection of thousands of people, many pages
    for at in range(0, len(ends), INNER_CLAUSES):
        phrases = [{"match_phrase": {"text": {"query": pair, "slop": 1}}}
                   for pair in ends[at:at + INNER_CLAUSES]]
        query = {"bool": {"filter": [{"term": {"collection": collection}}], "should": phrases,
                          "minimum_should_match": 1}}
        for hit in helpers.scan(client, index=indices.pages, _source=["text"], size=200,
                                query={"query": query}):
            text = hit["_source"].get("text") or ""
            for nickname, key in stated_inner_nicknames(text, names, index):
                stated.setdefault(nickname, key)
            # The same pages write "First (Used) Surname": the first given name is theirs too.
            for first, key in stated_used_given_names(text, keys):
                used.setdefault(first, key)
    stated = with_used_given_names(stated, used, authority.people.people)
    # A name already another person's other name stays theirs; a person of that very name
    # (the nickname used as a name) is the one stated.
    stated = {nick: key for nick, key in stated.items() if names.get(nick, nick) in (nick, key)}
    stated |= names_with_nickname_inside(stated, set(authority.people.people))
    if stated:
        authority.people = restate_aliases(authority.people, authority.aliases, stated)


def with_used_given_names(stated: dict[str, str], used: dict[str, str],
                          people: dict[str, Person]) -> dict[str, str]:
    """``stated`` (a name -> the person it is) with each first given name written before the
    name used in brackets (``used``: "ottilie tolliver" -> "maren tolliver") the person's, over
    reading the bracket as a nickname of the first; unless the first is named in full more
    often, when the bracket holds a middle name ("Brandon (Lee) Smith")."""
    stated = dict(stated)
    for first, key in used.items():
        if first in people and key in people and people[first].named > people[key].named:
            continue
        if stated.get(key) == first:
            del stated[key]
        stated.setdefault(first, key)
    return stated


def names_with_nickname_inside(stated: dict[str, str], people: set[str]) -> dict[str, str]:
    """The people whose key is another person's name with the nickname stated inside it
    (``stated``: the nickname with the surname -> the person): 'Tamsin Jane "Janey" Pellow',
    its quotes gone, is the key "tamsin jane janey pellow", the same person as "tamsin jane
    pellow" -> that person."""
    found: dict[str, str] = {}
    for written, key in stated.items():
        nickname, parts = name_parts(written)[0], name_parts(key)
        for at in range(1, len(parts)):
            inside = " ".join((*parts[:at], nickname, *parts[at:]))
            if inside in people and inside != key:
                found[inside] = key
    return found


def restate_aliases(people: NameAuthority, aliases: dict[str, str],
                    stated: dict[str, str]) -> NameAuthority:
    """The authority with each ``stated`` name an alias of the person stated, taken from the
    person (or the alias) it was filed as before; ``aliases`` updated."""
    kept = {k: dataclasses.replace(p, aliases=set(p.aliases)) for k, p in people.people.items()}
    folded: dict[str, str] = {}  # a person filed under another by an earlier statement -> that one
    for written, stated_key in stated.items():
        # Statements chain ("Ash" is Asif's, and "Asif" was read as Asif Khan's): a name goes to
        # whoever holds the person now; one about a person the authority does not hold is left.
        key = _holder(stated_key, folded)
        if key not in kept or written == key:
            continue
        if written in kept:
            gone = kept.pop(written)
            folded[written] = key
            kept[key].aliases |= gone.aliases
            kept[key].named += gone.named
            aliases |= {alias: key for alias in gone.aliases}
        for person in kept.values():
            person.aliases.discard(written)
        kept[key].aliases.add(written)
        aliases[written] = key
    return NameAuthority(kept.values())


def _holder(key: str, folded: dict[str, str]) -> str:
    seen = {key}
    while key in folded and folded[key] not in seen:
        key = folded[key]
        seen.add(key)
    return key


STATED_SLOP = 6  # "known to the staff as": words between "known" and "as"


def statement_pages(client: OpenSearch, indices: Indices, collection: str) -> list[str]:
    """The texts of the pages that may state something of names: that two are different
    people ("... is a different person from ..."), or that one goes by another ("also known
    as", "née"); one scan for both (``search.name_statements``)."""
    phrases = [{"match_phrase": {"text": {"query": phrase, "slop": slop}}}
               for phrase in (*APART_PHRASES, *STATEMENT_PHRASES, *NAMING_WORDS)
               for slop in ((STATED_SLOP,) if phrase == "known as" else (0,))]
    query = {"bool": {"filter": [{"term": {"collection": collection}}], "should": phrases,
                      "minimum_should_match": 1}}
    return [hit["_source"].get("text") or "" for hit in helpers.scan(
        client, index=indices.pages, _source=["text"], size=200, query={"query": query})]


def gather_stated_names(texts: list[str], authority: Authority) -> None:
    """Another whole name a page states a person goes by ("also known as", "AKA", "@", "née",
    "formerly": ``search.name_statements``) makes the two names one person, filed under the
    one named more."""
    people = authority.people
    if len(people.people) < 2:
        return
    one_person: dict[str, str] = {}
    keys = set(people.people)
    earlier: list[tuple[str, str]] = []
    real_names: dict[str, str] = {}  # a name no one is known by -> the person it stands for
    surnames = surname_holders(keys)
    for text in filter(may_state_names, texts):
        links = people.find(text)
        # Another whole name is filed under the name the statement is about, the person's own
        # ("Rhys Tapper (a/k/a Rhys Mallon)"), which keeps every form of it.
        for alias, person in stated_aliases(text, links):
            if one_person.get(person) != alias:  # stated both ways: the first read stands
                one_person.setdefault(alias, person)
        earlier += stated_earlier_names(text, links, keys, authority.aliases)
        for name, person in (*stated_real_forenames(text, keys), *stated_lone_nicknames(text, links),
                             *stated_surname_nicknames(text, surnames)):
            (one_person if name in keys else real_names).setdefault(name, person)
    for a, b in earlier:  # two names already read as one person's stay so, in one direction
        if one_person.get(a) != b and one_person.get(b) != a:
            rare, common = sorted((a, b), key=lambda k: (people.people[k].named, k))
            one_person.setdefault(rare, common)
    authority.people = merge_people(people, authority.aliases, one_person)
    if real_names:  # "Bakary X (real name Abubakary)": a form of Abubakary X from now on
        authority.people = restate_aliases(authority.people, authority.aliases, {
            name: authority.aliases.get(key, key) for name, key in real_names.items()
            if authority.aliases.get(key, key) in authority.people.people})


def surname_holders(keys: set[str]) -> dict[str, list[str]]:
    """Each surname -> the people who have it."""
    holders: dict[str, list[str]] = {}
    for key in sorted(keys):
        holders.setdefault(name_parts(key)[-1], []).append(key)
    return holders


@dataclass
class TitlesRead:
    """What pages with a shared surname say: the titles written before each person's full name,
    the pairs that are one person known by a middle name (rarer, usual; in the pages' order),
    and the pages that give a person's address under another full name."""

    titles: dict[str, set[str]] = dataclasses.field(default_factory=dict)
    one_person: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    addressed: Counter[tuple[str, str]] = dataclasses.field(default_factory=Counter)

    def add(self, other: TitlesRead) -> None:
        """Another run of pages, read after these."""
        for key, titles in other.titles.items():
            self.titles.setdefault(key, set()).update(titles)
        self.one_person += other.one_person
        self.addressed.update(other.addressed)


def titles_read(people: NameAuthority, texts: list[str]) -> TitlesRead:
    """A run of pages read through the authority (``gather_titles``)."""
    read = TitlesRead()
    for text in texts:
        links = people.find(text)
        for link in links:
            if link.key and link.title and link.rule in TITLED_RULES:
                read.titles.setdefault(link.key, set()).add(link.title)
            if link.key and (later := known_by_middle_name(link, people, text)
                             or known_by_second_given_name(link, people, text)):
                rare, common = sorted((link.key, later), key=lambda k: (
                    people.people[k].named, k))
                read.one_person.append((rare, common))
        read.addressed.update(set(named_by_address(text, links)))
    return read


def _titles_read_shared(people: Shared, texts: list[str]) -> TitlesRead:
    return titles_read(shared_value(people), texts)


TITLE_PAGES_A_PART = 500  # pages a process reads at a time when the pages are read in parts
TITLE_PARTS = 4  # parts sent together (a round: two a process on two cores)


def gather_titles(client: OpenSearch, indices: Indices, collection: str, authority: Authority,
                  parts: Parts | None = None) -> None:
    """Read from the pages that hold a surname two people share: the titles written before
    their full names ("DC Helen Ashworth"; stored mentions have their titles stripped, and
    elsewhere a title decides nothing), and the two that are one person known by a middle name
    ("Eamon Cathal Doyle" beside "Eamon Doyle" and "Cathal Doyle"). ``parts``: the job's
    processes, which read the pages in runs once there are more than a run's worth."""
    people = authority.people
    surnames = shared_surnames(people)
    if not surnames:
        return
    query = {"bool": {"filter": [{"term": {"collection": collection}},
                                 {"terms": {"text": sorted(surnames)}}]}}
    texts = (hit["_source"].get("text") or "" for hit in helpers.scan(
        client, index=indices.pages, _source=["text"], size=500, query={"query": query}))
    read = _read_in_parts(people, texts, parts)
    one_person: dict[str, str] = {}
    for rare, common in read.one_person:
        one_person.setdefault(rare, common)
    for (name, owner), pages in read.addressed.items():
        if pages >= ADDRESSED_PAGES and (owner, name) not in read.addressed:
            one_person.setdefault(name, owner)
    if read.titles:
        people = with_titles(people, read.titles)
    authority.people = merge_people(people, authority.aliases, one_person)


def _read_in_parts(people: NameAuthority, texts: Iterator[str], parts: Parts | None
                   ) -> TitlesRead:
    """The pages read here, or, once a round of parts' worth is pending, in parts by the job's
    processes (the authority shared once, search.parallel ``shared``), merged in order."""
    read = TitlesRead()
    with ExitStack() as stack:
        handle: Shared | None = None
        for chunk in batched(texts, TITLE_PAGES_A_PART * TITLE_PARTS):
            if parts is None or len(chunk) < TITLE_PAGES_A_PART * TITLE_PARTS:
                read.add(titles_read(people, chunk))  # a few pages: cheaper here than sent
                continue
            if handle is None:
                handle = stack.enter_context(shared(people, parts.folder))
            runs = [(handle, run) for run in batched(chunk, TITLE_PAGES_A_PART)]
            for found in parts.mapper(_titles_read_shared, runs):  # in the pages' order
                read.add(found)
    return read


# A display name and its address in a mail header ('"Jo Hirst (CAIT)" <jo.hirst@...>').
# A quoted display name may be written as an index writes it ('"ASHWORTH, Helen" <h.a@...>').
# A text layer may drop the quotes: a surname of one or two words and a comma before the
# given names ("LASKIN, Mo <m.l@...>") is that index form still.
_ADDRESSED = re.compile(r'(?:"(?P<quoted>[^"<>\n]+)"'
                        r"|(?P<index>(?<![^\s:])[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?,"
                        r"[ \t]*[^\W\d_][^\"<>\n,;:]*?)"
                        r'|(?P<name>[^"<>\n,;:]+?))[ \t]*<(?P<address>[^<>@\s]+)@[^<>\s]+>')
ADDRESSED_PAGES = 1  # pages that must pair a name with another person's address


def named_by_address(text: str, links: list[Link]) -> list[tuple[str, str]]:
    """(a full name, the person whose address it heads) for each mail header that gives a
    person's address under another name with their surname ('"Precious ODUYA" <grace.oduya@'):
    a name the person also goes by, such as a church name."""
    pairs = []
    for match in _addressed_in(text):
        inside = [link for link in links if link.key and link.start >= match.start()
                  and link.end <= match.end()]
        name_end = max(match.end(group) for group in ("quoted", "index", "name"))
        named = [link.key for link in inside if link.end <= name_end
                 and link.rule in TITLED_RULES]
        owner = [link.key for link in inside if link.start >= match.start("address")]
        if (len(named) == 1 and len(owner) == 1 and named[0] != owner[0]
                and _same_surname(named[0], owner[0])):
            pairs.append((named[0], owner[0]))
    return pairs


def _addressed_in(text: str) -> Iterator[re.Match[str]]:
    """``_ADDRESSED``'s matches, sought only on the lines that hold an "@": a match lies within
    one line, and tried from every place of a page the pattern's lazy runs cost a page a
    millisecond and more (a third of gathering the titles over a large collection)."""
    line_end = -1
    at = text.find("@")
    while at != -1:
        if at > line_end:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end == -1 else line_end
            yield from _ADDRESSED.finditer(text, line_start, line_end)
        at = text.find("@", at + 1)


# A first given name's initial just before a full name ("W. Oswy Hebden").
_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"'‘“]))([A-Z])\.?[ \t]+$")


def known_by_second_given_name(link: Link, people: NameAuthority, text: str) -> str | None:
    """The other person a full name of two words is when the initial written before it is
    theirs: "W. Oswy Hebden" beside "Oswy Hebden" and "Wulfric Hebden" is one man, known
    by his second given name. Only where one other person has the surname
    and a forename of that initial, and the initial is not the linked person's own."""
    words = name_parts(link.key or "")
    if len(words) != 2 or link.rule not in ("full", "index"):
        return None
    before = _INITIAL_BEFORE.search(text[max(0, link.start - 4):link.start])
    if before is None or fold(before.group(1)) == words[0][:1]:
        return None
    letter = fold(before.group(1))
    others = [key for key in people.people if key != link.key
              and (parts := name_parts(key))[-1] == words[-1] and len(parts) == 2
              and parts[0][:1] == letter]
    return others[0] if len(others) == 1 else None


def _same_surname(one: str, other: str) -> bool:
    """Whether two full-name keys end in one surname, however its particles are spaced or
    hyphened ("Anne du Pont", "Paul du-Pont"): each key ends in the other's last word."""
    glued = [re.sub(r"[\s'’-]", "", key) for key in (one, other)]
    lasts = [re.sub(r"['’-]", "", name_parts(key)[-1]) for key in (one, other)]
    return glued[0].endswith(lasts[1]) and glued[1].endswith(lasts[0])


# The given name written after an index form's first ("DOYLE, Eamon Cathal").
_NEXT_GIVEN_NAME = re.compile(r"[ \t]+([A-Z][^\W\d_]+)(?![\w'’-])")


def known_by_middle_name(link: Link, people: NameAuthority, text: str = "") -> str | None:
    """The other person a full name of three words is, when its first and last words are
    the linked person and its last two another ("Eamon Cathal Doyle" for "Eamon Doyle"
    and "Cathal Doyle"; "DOYLE, Eamon Cathal" in ``text``, the link's "DOYLE, Eamon")."""
    words = name_parts(person_key(link.text))
    after = _NEXT_GIVEN_NAME.match(text, link.end) if "," in link.text else None
    if after is not None and len(words) == 2 and link.key == " ".join(words):
        words = [words[0], fold(after.group(1)), words[1]]
    if len(words) != 3 or link.key != f"{words[0]} {words[2]}":
        return None
    later = f"{words[1]} {words[2]}"
    return later if later in people.people and later != link.key else None


def merge_people(people: NameAuthority, aliases: dict[str, str],
                 one_person: dict[str, str]) -> NameAuthority:
    """The authority with each ``one_person`` key an alias of the person it names (``aliases``,
    an alias -> its person, updated)."""
    if not one_person:
        return people
    kept = {k: dataclasses.replace(p, aliases=set(p.aliases), titles=set(p.titles))
            for k, p in people.people.items()}
    for rare, common in one_person.items():
        if rare not in kept or common not in kept or common in one_person:
            continue  # a chain of three: left as it was
        gone = kept.pop(rare)
        kept[common].aliases |= {rare, *gone.aliases}
        kept[common].titles |= gone.titles
        kept[common].named += gone.named
        for alias in (rare, *gone.aliases):
            aliases[alias] = common
    # A forename two people seemed to share before the merge ("Bruno Quill", a stated
    # other name of Bruno Tabeko) is one person's now: the word after it in a name of two
    # words ("Bruno Ash") is a middle name of theirs again ("Bruno Ash Tabeko").
    for key, middles in middle_names(kept, kept).items():
        kept[key].middles = kept[key].middles | middles
    return NameAuthority(kept.values())


def _titled(written: str) -> bool:
    """Written after a rank or a title ("PS Declan O'Hara", "Cllr Ruth Mbeki")."""
    first = written.split()[0] if written.split() else ""
    return fold(first.rstrip(".")) in FORM_TITLES


def respelt_people(forms: dict[tuple[str, str], Counter[str]]) -> set[tuple[str, str]]:
    """The organisations and places of two words that are a person's name with the forename
    spelt otherwise ("Kobyn Vasko" as an organisation beside the person "Cobyn Vasko"): the
    surname of a person named in full, after a forename a spelling rule relates to theirs."""
    firsts: dict[str, set[str]] = {}
    for kind, key in forms:
        if kind == "person" and is_full_name(key):
            parts = name_parts(key)
            firsts.setdefault(parts[-1], set()).add(parts[0])
    return {(kind, key) for kind, key in forms if kind in ("org", "place")
            and len(parts := key.split()) == 2 and parts[0] not in firsts.get(parts[1], ())
            and any(forename_rule(parts[0], first) for first in firsts.get(parts[1], ()))}


def named_as_thing(kind: str, key: str, known: set[str], titled: bool = False) -> bool:
    """An organisation or a place that is a person's name ("Darren Kearney" as an
    organisation): a forename (``known``: those of the collection's people as well), or a
    title before it (``titled``), then one or two words, none of them a firm's or a place's."""
    parts = key.split()
    return (kind in ("org", "place") and 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts)
            and (titled or parts[0] in known or parts[0] in forenames()) and is_full_name(key)
            and name_kind("person", key.title())[0] == "person")


def written_as_initials(forms: Counter[str]) -> bool:
    """A name whose usual form has a short word in capitals beside a word that is not ("TL
    Brogan", "McDonagh SF", "Nwosu A.C"): initials the recogniser read as a forename."""
    if not forms:
        return False
    words = max(forms, key=lambda f: forms[f]).replace(".", " ").split()
    short = [w for w in words if w.isalpha() and w.isupper() and len(w) <= 3
             and fold(w) not in FORM_TITLES  # "PS Declan O'Hara": a title
             and fold(w) not in LEADING_WORDS  # "NB Declan O'Hara": a note's first word
             and fold(w) not in ONE_LETTER_PARTICLES]  # "Seán Ó Murchú": a particle
    return bool(short) and any(not w.isupper() for w in words)


def _people_written(forms: dict[tuple[str, str], Counter[str]],
                    documents: dict[tuple[str, str], int], inverted: set[tuple[str, str]],
                    written_in: dict[str, int], things: set[str]
                    ) -> tuple[dict[str, Counter[str]], Counter[str], Counter[str]]:
    """The people ``authority_of`` reads from the names as written: each person's key -> its
    forms (whatever kind the recogniser gave them), the documents that write it in full, and
    the documents whose text writes it however it was recognised."""
    known = {name_parts(key)[0] for kind, key in forms if kind == "person" and is_full_name(key)}
    respelt = respelt_people(forms)
    written: dict[str, Counter[str]] = {}
    in_documents: Counter[str] = Counter()
    in_text: Counter[str] = Counter()
    for (kind, key), found in forms.items():
        as_written = key
        if kind == "person" and key in things:
            continue
        if written_as_initials(found):
            continue  # "TL Brogan", "McDonagh SF": initials, no forename
        titled = False
        # "PS Declan O'Hara" as an organisation (and, after a run, as a person whose key as
        # written is the organisation's), a person's name with the next field's label after it
        # ("Ann Ruddock Signature"): its person key as judged now.
        if found:
            judged, usual = name_kind("person", max(found, key=lambda f: found[f]))
            if judged != "person":
                continue  # "B2 Motors" as an organisation: no person as written, however keyed
            # The name as judged: "Dear OZDEMIR, Huseyin" is Huseyin Ozdemir, no "Dear".
            titled = _titled(usual) or (kind, key) in inverted or (kind, key) in respelt
            key = person_key(usual)
        if (kind == "person" and is_full_name(key)) or named_as_thing(kind, key, known, titled):
            in_text[key] = max(in_text[key], written_in.get(as_written, 0))
            written.setdefault(key, Counter()).update(found)
            in_documents[key] += documents.get((kind, key), sum(found.values()))
    return written, in_documents, in_text


def authority_of(forms: dict[tuple[str, str], Counter[str]],
                 documents: dict[tuple[str, str], int] | None = None,
                 apart: list[tuple[str, str]] | None = None,
                 inverted: set[tuple[str, str]] | None = None,
                 written_in: dict[str, int] | None = None,
                 letterheads: set[str] | None = None) -> Authority:
    """The authority of a collection's names as written (``forms``: (kind, key as written) ->
    its written forms and their mentions; ``documents``: -> how many documents write it;
    ``apart``: names the collection states are two people, never read as one; ``inverted``:
    organisations and places it also writes as a person's index form, "BAYAR, Tselmeg";
    ``written_in``: a full name -> the documents whose text writes it, ``gather_written``;
    ``letterheads``: "people" a page opens with as its letterhead, ``gather_letterheads``)."""
    things = things_as_people(forms, documents or {}) | places_as_people(forms, documents or {})
    things |= common_word_things(forms) | (letterheads or set())
    written, in_documents, in_text = _people_written(forms, documents or {}, inverted or set(),
                                                     written_in or {}, things)
    counts = {key: sum(c.values()) for key, c in written.items()}
    aliases = same_people(counts, dict(in_documents), dict(in_text))
    for rare, key in respelt_names(written, counts).items():
        aliases.setdefault(rare, aliases.get(key, key))
    for name in unmerged_by_statement(aliases, apart or []):
        del aliases[name]
    shared = shared_family_names(counts, aliases)  # "Ruiz Soler" of two Ruiz Solers: no one
    shared |= prefixed_surname_pieces(counts)  # "Gille Mhoire" of "Mac Gille Mhoire": no one
    shared |= names_run_together(counts)  # "Mrema, Nsisong Udo" of a list: two people
    people = {key: Person(key, _display(key, written[key]), named=counts[key],
                          documents=in_documents[key])
              for key in counts if key not in aliases and key not in shared}
    aliases = {slip: key for slip, key in aliases.items() if key in people}
    for slip, key in aliases.items():
        people[key].aliases.add(slip)
        people[key].named += counts[slip]  # how often the person is named, by any full name
        people[key].documents += in_documents[slip]
    places = {key for kind, key in forms if kind == "place"}
    for slip, key in aliases.items():
        if _first_given_name_cut(slip, key, places):  # shown in full, not by its tail
            people[key].display = _display(slip, written[slip])
    for key, slip in fuller_names(aliases, counts).items():
        people[key].display = _display(slip, written[slip])
    for key, middles in middle_names(counts, people).items():
        people[key].middles |= middles
    for key, owner in given_names_alone(people, set(counts)).items():
        gone = people.pop(key)
        people[owner].aliases |= {key, *gone.aliases}
        people[owner].named += gone.named
        people[owner].documents += gone.documents
        aliases |= {alias: owner for alias in (key, *gone.aliases)}
    displays = {(kind, key): _shown(c, kind) for (kind, key), c in forms.items() if c}
    for key, person in people.items():
        displays[("person", key)] = person.display
    return Authority(NameAuthority(people.values()), displays, aliases, things)


def respelt_names(written: dict[str, Counter[str]], counts: dict[str, int]) -> dict[str, str]:
    """Full-name keys that are another's with a letter the index folds to one letter spelt
    as writers spell it ("Yalu Gurrungarra" of "Yalu Gurruŋarra", keyed "gurrunarra")
    -> that key, when written less often."""
    found: dict[str, str] = {}
    for key, forms in written.items():
        spelt = [form for form in forms if any(letter in form for letter in SPELT_LETTERS)]
        if not spelt:
            continue
        respelt = person_key("".join(SPELT_LETTERS.get(ch, ch) for ch in spelt[0]))
        if respelt in counts and respelt != key and counts[respelt] < counts[key]:
            found[respelt] = key
    return found


def fuller_names(aliases: dict[str, str], counts: dict[str, int]) -> dict[str, str]:
    """A person's key -> the full name of theirs to show instead: an alias that is the key with
    given names before it ("y blir nie kdam" of "nie kdam", a name whose given names are
    several words), written at least as often as the key; the longest such, then the most
    written. The person is one either way; the chip and the facet show the name in full, not
    its tail."""
    fuller: dict[str, str] = {}

    def weight(name: str) -> tuple[int, int]:
        return len(name_parts(name)), counts.get(name, 0)

    for slip, key in aliases.items():
        parts, kept = name_parts(slip), name_parts(key)
        if len(kept) < 2 or len(parts) <= len(kept) or parts[-len(kept):] != kept:
            continue
        if counts.get(slip, 0) >= counts.get(key, 0) and (
                key not in fuller or weight(slip) > weight(fuller[key])):
            fuller[key] = slip
    return fuller


def _first_given_name_cut(full: str, key: str, places: set[str]) -> bool:
    """``key`` is ``full`` less its first given name ("grace okoro" of "ada grace okoro"),
    which the recogniser took for a place elsewhere in the collection (a handle or a role
    written before a name is no given name: "Pastor", "boss_man")."""
    parts, kept = name_parts(full), name_parts(key)
    return len(kept) >= 2 and parts[1:] == kept and parts[0] in places


def names_run_together(counts: dict[str, int]) -> set[str]:
    """Keys that are a person's full name with another person's surname after it, written
    far less often than the name ("ann hirst lumb" of a list's "Lumb, Ann Hirst, ..."): two
    names the recogniser or an index reading ran together, no one's."""
    firsts_by_surname: dict[str, set[str]] = {}
    for key in counts:
        parts = name_parts(key)
        if len(parts) >= 2:
            firsts_by_surname.setdefault(parts[-1], set()).add(parts[0])
    run = set()
    for key, count in counts.items():
        parts = name_parts(key)
        name = " ".join(parts[:-1])
        if (len(parts) >= 3 and counts.get(name, 0) >= FRAGMENT_RATIO * count
                and firsts_by_surname.get(parts[-1], set()) - {parts[0]}):
            run.add(key)
    return run


def prefixed_surname_pieces(counts: dict[str, int]) -> set[str]:
    """Two-word keys that are the rest of another key's surname after its prefix ("gill eain"
    of "alasdair mac gill-eain", the recogniser starting at "Gill"): a surname's pieces, no
    person's name."""
    surnames = {re.sub(r"[\s'’-]", "", " ".join(name_parts(key)[1:])) for key in counts
                if len(name_parts(key)) >= 3}
    return {key for key in counts if len(parts := name_parts(key)) == 2 and any(
        prefix + parts[0] + parts[1].replace("-", "") in surnames for prefix in PREFIXES)}


def things_as_people(forms: dict[tuple[str, str], Counter[str]],
                     documents: dict[tuple[str, str], int]) -> set[str]:
    """The person keys that start with a word the collection's firms, buildings and streets
    start with ("Hollinsby High" beside "Hollinsby Division"), a word no forename list knows
    and that ends fewer people's names than it heads things, or that end with one after a
    name of two words or more ("Ann Hirst Hollinsby")."""
    def count(written: tuple[str, str]) -> int:
        return documents.get(written, sum(forms[written].values()))

    names: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    for written in forms:
        names[written[1]] += count(written)
        if written[0] == "person" and is_full_name(written[1]):
            surnames[name_parts(written[1])[-1]] += count(written)
    heads = thing_heads(names, surnames, {key for kind, key in forms if kind == "person"})
    # A surname the recogniser found alone as a person's ("Adeyemi") makes the name a
    # person's whatever its first word heads ("Oyelaran at Hollinsby Police Station").
    alone = {key for kind, key in forms if kind == "person" and len(key.split()) == 1}
    # "Hollinsby High" is the town's school; "Ann Hirst Hollinsby" a person run into the
    # town's name, whom the matcher finds in the text without it.
    return {key for kind, key in forms if kind == "person" and (
        (len(key.split()) >= 2 and key.split()[0] in heads and key.split()[-1] not in alone)
        or (len(key.split()) >= 3 and key.split()[-1] in heads))} | run_into_the_town(forms)


def places_as_people(forms: dict[tuple[str, str], Counter[str]],
                     documents: dict[tuple[str, str], int]) -> set[str]:
    """Two-word "people" that are a place and its state or county run together ("Lakeside
    Oregon is a bit north of the border", tagged as a person): named in one document only, the
    first word no forename list knows, and each word a place the recogniser finds alone in
    more documents than that. Left a person, its words would be a forename and a surname of the
    collection's people, and no document could show either place."""
    def count(written: tuple[str, str]) -> int:
        return documents.get(written, sum(forms[written].values()))

    places = {key: count((kind, key)) for kind, key in forms if kind == "place" and " " not in key}
    return {key for kind, key in forms if kind == "person" and len(words := key.split()) == 2
            and count((kind, key)) == 1 and words[0] not in forenames()
            and all(places.get(word, 0) > 1 for word in words)}


def run_into_the_town(forms: dict[tuple[str, str], Counter[str]]) -> set[str]:
    """Two-word "people" that are a hotel's, a shop's or a stop's name run into the town's
    ("Rest Lodge Hollinsby" read "Lodge Hollinsby"): written one way only, a first word no
    forename list knows and no other person starts with, before a word that ends no person's
    name with a known forename and heads several things of the collection (its council, its
    police), or heads its council or its police and ends several such "people": a town has
    several businesses named so ("Brightfuel Hollinsby", "Jumpworld Hollinsby"), and they do
    not make the town's word a family's surname."""
    people = [key.split() for kind, key in forms if kind == "person" and " " in key]
    firsts = Counter(words[0] for words in people)
    lasts = Counter(words[-1] for words in people if words[0] in forenames())
    heads: Counter[str] = Counter()
    civic: Counter[str] = Counter()
    for kind, key in forms:
        words = key.split()
        if kind != "person" and len(words) >= 2 and names_a_thing(words):
            heads[words[0]] += 1
            civic[words[0]] += words[-1] in CIVIC_WORDS
    businesses = {key: words for (kind, key), found in forms.items() if kind == "person"
                  and len(words := key.split()) == 2 and len(found) == 1
                  and words[0] not in forenames() and firsts[words[0]] == 1
                  and not lasts[words[1]]}
    tails = Counter(words[1] for words in businesses.values())
    return {key for key, words in businesses.items() if heads[words[1]] >= TOWN_THINGS
            or (civic[words[1]] and tails[words[1]] >= TOWN_THINGS)}


def _written_as_person(forms: dict[tuple[str, str], Counter[str]]) -> set[str]:
    """The words the collection writes as a person's surname, whatever the recogniser made
    of the rest: after a title ("Mr Baker"), after an initial ("K Baker"), alone as a person,
    or first and then a comma ("BAKER, Kusum", keyed surname first)."""
    surnames: set[str] = set()
    for (kind, key), found in forms.items():
        parts = key.split()
        for written in found:
            words = [fold(w.strip(".,")) for w in written.split()]
            if len(words) >= 2 and words[0] in TITLES:
                surnames.add(words[-1])
            if len(words) >= 2 and written.split()[0].endswith(","):
                surnames.add(words[0])
        if kind == "person" and (len(parts) == 1 or (len(parts) == 2 and len(parts[0]) == 1)):
            surnames.add(parts[-1])
    return surnames


def _unclaimed_people(forms: dict[tuple[str, str], Counter[str]]) -> list[str]:
    """Person keys the collection writes nothing of as a person's besides: two words or more of
    letters, the first no forename or title, the last never a surname after a title or an
    initial, alone or before a comma, and the key no tail of a longer person's name ("Figueroa
    Rivera" of "Marisol Figueroa Rivera"). What a firm's or a building's name may be."""
    people = sorted(key for kind, key in forms if kind == "person")
    surnames = _written_as_person(forms)
    tails = {" ".join(key.split()[at:]) for key in people for at in range(1, len(key.split()))}
    return [key for key in people if len(parts := key.split()) >= 2
            and all(p.isalpha() for p in parts) and parts[0] not in forenames()
            and parts[0] not in TITLES and parts[-1] not in surnames and key not in tails]


def common_word_things(forms: dict[tuple[str, str], Counter[str]]) -> set[str]:
    """Person keys that are a firm's, a shelter's or a building's name no word list knows
    ("Ashby Scrap Metals", "Holm Night Shelter", "Brightmoor Mobiles"): keys the collection
    writes nothing of as a person's (``_unclaimed_people``) of three words or more, or two with
    a plural noun last, whose last word is an English noun or adjective
    (``search.common_words``) and whose first heads no other name that ends otherwise ("Oswin
    Meager" beside "Oswin Meagher", "Kayleigh Pickles" beside "Kayleigh Broadbent")."""
    given = {parts[0] for _kind, key in forms if len(parts := key.split()) >= 2
             and not is_common_word(parts[-1])}
    # Two words name a firm only with a plural noun last ("Quennby Phones"): the word list
    # holds thousands of surnames ("Allen", "Rice", "Boyle"), and a person written once under a
    # forename no list knows is no firm.
    # Or two words with an adjective first ("Good Food", "Great Service", a review's line):
    # forenames that are adjectives too ("Frank", "Rusty") are on the forename lists.
    return {key for key in _unclaimed_people(forms)
            if ((len(parts := key.split()) > 2 or is_plural_noun(parts[-1])
                 or (len(parts) == 2 and is_adjective(parts[0])))
                and parts[0] not in given and is_common_word(parts[-1]))}


def letterhead_candidates(forms: dict[tuple[str, str], Counter[str]]) -> list[str]:
    """Person keys the collection writes nothing of as a person's (``_unclaimed_people``)
    whose first word heads no other name."""
    heads = Counter(parts[0] for parts in {tuple(key.split()) for _kind, key in forms}
                    if len(parts) >= 2)
    return [key for key in _unclaimed_people(forms) if heads[key.split()[0]] == 1]


def opens_as_letterhead(text: str, key: str) -> bool:
    """Whether the page opens with the name ``key`` (as keyed) before a separator and a heading
    in capitals: the letterhead of the firm or the building it is (``letterhead``)."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end >= 0 else len(text)]
    match = _HEADING_AFTER.search(line)
    return (match is not None and person_key(line[:match.start()]) == key
            and letterhead(text, start, start + match.start()))


def gather_letterheads(client: OpenSearch, indices: Indices, collection: str,
                       forms: dict[tuple[str, str], Counter[str]]) -> set[str]:
    """The "people" a page of the collection opens with as its letterhead ("Quennby Phones -
    SALES RECEIPT"): a firm's or a building's name wherever else the collection writes it
    ("comes home from Quennby Phones"), read from a few pages that hold the name."""
    keys = letterhead_candidates(forms)
    found: set[str] = set()
    for at in range(0, len(keys), INVERTED_BATCH):
        batch = keys[at:at + INVERTED_BATCH]
        body: list[dict[str, Any]] = []
        for key in batch:
            body += [{"index": indices.pages}, {
                "size": INVERTED_PAGES, "_source": ["text"], "query": {"bool": {"filter": [
                    {"term": {"collection": collection}}, {"match_phrase": {"text": key}}]}}}]
        answers = client.msearch(body=body, request_timeout=120)["responses"]
        for key, answer in zip(batch, answers, strict=True):
            if any(opens_as_letterhead(hit["_source"].get("text") or "", key)
                   for hit in answer.get("hits", {}).get("hits", [])):
                found.add(key)
    return found


def given_names_alone(people: dict[str, Person], written: set[str]) -> dict[str, str]:
    """Names that are a person's forename and middle name or patronymic without the surname
    ("Yelena Pavlovna" of "Yelena Pavlovna Orlova", which the collection writes: ``written``),
    or their last given name after their family name ("Ismail Rahmah" of "Siti Rahmah
    Ismail", a capitalised given name read as a surname) -> that person, when one person
    only has them and is named more often."""
    holders: dict[str, set[str]] = {}
    for person in people.values():
        for full in (person.key, *person.aliases):
            parts = name_parts(full)
            for middle in {*person.middles, *parts[1:-1]}:
                if f"{parts[0]} {middle} {parts[-1]}" in written:
                    holders.setdefault(f"{parts[0]} {middle}", set()).add(person.key)
            if len(parts) >= 3:  # "SITI RAHMAH Ismail" read family name first
                holders.setdefault(f"{parts[-1]} {parts[-2]}", set()).add(person.key)
    return {key: owner for key, (owner, *others) in ((k, sorted(h)) for k, h in holders.items())
            if not others and key in people and key != owner
            and people[key].named < people[owner].named}


def _base(record: dict[str, Any], aliases: dict[str, str]) -> LinkedMention | None:
    """A stored mention as the recogniser found it, judged again (search.name_kinds)."""
    kind = record.get("ner_kind")
    if kind == "":
        return None  # added by an earlier run: found again if still right
    kind = kind or record["kind"]
    raw = record.get("raw_key") or record["key"]
    text = record.get("ner_text") or record.get("text") or ""
    recognised = text
    if kind in NAMED_KINDS:
        judged, written = name_kind(kind, text)
        if judged is None:
            return None
        if (judged, written) != (kind, text):
            kind, raw, text = judged, entity_key(judged, written), entity_display(judged, written)
    # The key as written stays the raw key, so the next run gathers the name it merged.
    key = aliases.get(raw, raw) if kind == "person" else raw
    return NamedMention(kind, text, key, record["page"], record["start"], record["end"], raw,
                        ner_kind=record.get("ner_kind") or record["kind"],
                        ner_text=recognised if recognised != text else None)


def _overlaps(m: LinkedMention, page: int, link: Link) -> bool:
    return m.page == page and m.start < link.end and link.start < m.end


def _within_link(m: LinkedMention, link: Link) -> bool:
    return link.start <= m.start and m.end <= link.end


def _apply(mentions: list[LinkedMention], page: int, link: Link) -> list[LinkedMention]:
    """One link laid over the document's mentions."""
    out, covered = [], False
    for m in mentions:
        # A mention the recogniser ran over two names ("Sadia Anjum Research: Stylianou")
        # keeps the first name linked in it; the next is a mention of its own.
        if (m.kind in NAMED_KINDS and _overlaps(m, page, link)
                and not (getattr(m, "rule", "") and not _within_link(m, link))):
            covered = True
            if _named_after(m, link):
                out.append(m)  # "Marston Vale Medical Practice": a firm named after a place
                continue
            # A possible match stays as written: the recogniser's guess within the document
            # ("K. Boateng" beside "Kwami Boateng") is one of the candidates it may not choose.
            kept = m.kind == "person" and m.key not in link.candidates
            key = link.key or (m.key if kept else person_key(link.text))
            ner_kind = getattr(m, "ner_kind", None) or m.kind
            recognised = None if m.kind == "person" else getattr(m, "ner_text", None) or m.text
            m = NamedMention("person", m.text if m.kind == "person" else entity_display(
                "person", link.text), key, m.page, m.start, m.end, m.raw_key, link.rule,
                link.confidence, link.candidates, ner_kind, recognised)
        out.append(m)
    if not covered:
        key = link.key or person_key(link.text)
        out.append(NamedMention("person", entity_display("person", link.text), key, page,
                                link.start, link.end, person_key(link.text), link.rule,
                                link.confidence, link.candidates, ""))
    return out


def _named_after(m: LinkedMention, link: Link) -> bool:
    """Whether organisation or place ``m`` holds ``link`` and goes on past it to a firm's or
    a street's word ("Hollin Brow Medical Practice", "Hollin Brow Close"): a thing named after
    the name, no mention of the person."""
    if m.kind == "person" or not (m.start <= link.start and link.end < m.end):
        return False
    rest = m.text[link.end - m.start:].split()
    if not rest or len(rest) > NAMED_AFTER_WORDS or not all(w[:1].isupper() for w in rest):
        return False  # "X, Y outside Spice Garden Takeaway": a run over a name and a firm
    words = [fold(word) for word in m.text.split()]
    return (words[-1] in FIRM_WORDS or _street_word(words[-1])
            or " ".join(words[-2:]) in _SHOPS_OF_TWO_WORDS)


NAMED_AFTER_WORDS = 3  # "Medical Practice", "Off Licence", "Supported Lodgings Ltd"


def relink(records: list[dict[str, Any]], pages: dict[int, str],
           authority: Authority) -> list[LinkedMention]:
    """A document's mentions with the collection's people linked (see the module docstring)."""
    base = [m for r in records if (m := _base(r, authority.aliases)) is not None
            and not (m.kind == "person" and m.raw_key in authority.things)]
    mentions = link_within_document(base)
    # link_within_document rebuilds what it links: carry the recogniser's kind across.
    mentions = [m if isinstance(m, NamedMention) else NamedMention(
        *dataclasses.astuple(m), ner_kind=b.ner_kind, ner_text=b.ner_text)  # type: ignore[attr-defined]
        for m, b in zip(mentions, base, strict=True)]
    found = {number: authority.people.find(pages[number]) for number in sorted(pages)}
    # A form several people may be is the one the document names in full, if one only.
    named = {link.key for links in found.values() for link in links
             if link.key and link.rule in TITLED_RULES}
    for number, links in found.items():
        for link in links:
            mentions = _apply(mentions, number, link.named_here(named))
    known = {k for m in mentions if m.kind == "person" and is_full_name(m.key)
             for k in (m.key, *name_parts(m.key))}
    # "Siobhan" or "Akhtar" as a place, "Darren Kearney" as an organisation: a person here;
    # a forename or a surname of the collection's people alone is theirs anywhere, and so is
    # a spelling the authority merged into a person ("Tobias Wreηfield" as an organisation).
    people = authority.people
    mentions = [m for m in mentions if m.kind not in ("org", "place") or (
        m.key not in known and m.key not in people.people and m.key not in people.surnames
        and m.key not in people.forenames and m.key not in authority.aliases)]
    mentions = [m for m in mentions if not (m.kind == "person" and m.page in pages and (
        _firm_goes_on(pages[m.page], m.end) or letterhead(pages[m.page], m.start, m.end)))]
    return sorted(mentions, key=lambda m: (m.page, m.start, m.end))


# A page's first line that names who issued it before a separator and the document's heading in
# capitals ("Brookfold Mobiles - TILL RECEIPT No. 1", "Ashgate Coaches | PASSENGER LIST"). A
# separator is whatever rule a template draws, doubled or not ("--", "==", "•", "»"); a comma
# or a full stop is not one ("Ann Hirst, POLICE CONSTABLE" names a person and her post), nor a
# slash (a mail name's unit after it: "Ann Hirst / CHILD PROTECTION").
_HEADING_AFTER = re.compile(r"[ \t]+[-|~–—:=*•·»>+#_]{1,3}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}")


def letterhead(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` opens the page and a heading in capitals follows
    it after a separator: a shop's, a firm's or a building's letterhead, which a recogniser
    takes for a person's name. A person a document is about is named after its heading."""
    return not text[:start].strip() and bool(_HEADING_AFTER.match(text, end))


# The words a firm's name goes on with after a "person" the recogniser cut from it ("Vennard
# Hand | Car Wash"): two or three capitalised words one space apart (a table's next cell is
# further), the last a firm's word, none a title ("Ashworth DC").
_GOES_ON = re.compile(r" ((?:[A-Z][\w'’&-]* ){1,2}[A-Z][\w'’&-]*)")


def _firm_goes_on(text: str, end: int) -> bool:
    """Whether the words after a person's name at ``end`` make it a firm's ("Hand Car Wash"),
    or a street's or a building's ("Vale Cl", "Supported Lodgings")."""
    street = _STREET_AFTER.match(text, end)
    # An abbreviated street word may be wrapped to the next line ("Hollin Brow\nCl"); a
    # word written out there is a heading's or the next line's.
    if street and _street_word(street.group(1)) and (
            "\n" not in street.group(0) or fold(street.group(1)) in PLACE_ABBREVIATIONS):
        return True
    if (one := _ONE_WORD_AFTER.match(text, end)) and fold(one.group(1)) in INSTITUTION_WORDS:
        return True  # "Brantwood High | School": the name of a school, a firm or a church
    after = _GOES_ON.match(text, end)
    if not after:
        return False
    words = [fold(word) for word in after.group(1).split()]
    return ((words[-1] in FIRM_WORDS or _street_word(words[-1])
             or " ".join(words[-2:]) in _SHOPS_OF_TWO_WORDS)
            and not any(word in TITLES for word in words))


_SHOPS_OF_TWO_WORDS = {"off licence", "off license"}
# The one capitalised word after a "person" that ends an institution's or a firm's name, and
# never a person's name or a title after it (where "Police", "Team" or "DC" may be).
_ONE_WORD_AFTER = re.compile(r" ([A-Z][\w'’&-]*)(?![\w'’&-])")
INSTITUTION_WORDS = {"school", "academy", "college", "university", "solicitors", "motors",
                     "garage", "taxis", "cabs", "ltd", "limited", "plc", "llp", "rental",
                     "rentals", "pharmacy", "nursery", "church", "chapel", "mosque", "temple"}


# The capitalised word just after a name, one space away ("Marston Vale Cl", "Ash Rd.").
_STREET_AFTER = re.compile(r"(?: |[ \t]*\n[ \t]*)([A-Z][A-Za-z]*)\.?(?![\w'’-])")
# Abbreviations too short or too common to tell a street by alone ("St" is a saint, "Dr" a
# doctor, "Est." an estimate).
_UNSURE_ABBREVIATIONS = {"st", "dr", "est", "av", "mt", "pl", "gr", "ct", "rm", "hq"}


def _street_word(word: str) -> bool:
    """A word that ends a street's or a building's name, written out or abbreviated."""
    bare = fold(word).rstrip(".")
    if bare in STREET_WORDS or bare == "lodgings":
        return True
    return (bare not in _UNSURE_ABBREVIATIONS
            and PLACE_ABBREVIATIONS.get(bare, "") in STREET_WORDS | PLACE_WORDS | {"garth"})


def _lone_or_initials(key: str) -> bool:
    """A lone name, or initials before a surname or after it ("k boateng", "boateng k")."""
    parts = name_parts(key)
    return len(parts) < 2 or is_initial_form(key) or len(parts[-1]) == 1


def _unresolved_address(mention: LinkedMention) -> bool:
    """An e-mail address's local part the authority left a possible match of several people."""
    return (isinstance(mention, NamedMention) and mention.rule == "email"
            and bool(mention.candidates))


def resolved_facets(mentions: list[LinkedMention], authority: Authority, corrections: Any,
                    collection: str, doc_id: str) -> dict[str, list[str]]:
    """The person, org and place fields: one value per entity, shown as the collection shows
    it; a lone name or initials no person was linked to is no chip of its own."""
    shown = []
    for m in mentions:
        if m.kind == "person" and (_lone_or_initials(m.key) or not is_full_name(m.key)):
            continue  # "Dela Cruz", "Con Dimaculangan": a surname, or a rank before one
        if m.kind == "person" and _unresolved_address(m):
            continue  # "tolliver.om@" that fits two people: an address's words, no name
        display = authority.displays.get((m.kind, m.key))
        shown.append(dataclasses.replace(m, text=display) if display else m)
    return facet_fields(shown, corrections, collection, doc_id, RESOLVED_VALUES)


def link_fields(mention: LinkedMention) -> dict[str, Any]:
    """What a mention record carries of the authority's work."""
    if not isinstance(mention, NamedMention):
        return {}
    fields: dict[str, Any] = {}
    if mention.rule:
        fields.update(link_rule=mention.rule, link_confidence=mention.confidence)
    if mention.candidates:
        fields["candidates"] = list(mention.candidates)
    if mention.ner_kind is not None and (mention.ner_kind != mention.kind or mention.rule):
        fields["ner_kind"] = mention.ner_kind
    if mention.ner_text is not None and mention.ner_text != mention.text:
        fields["ner_text"] = mention.ner_text
    return fields
