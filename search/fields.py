"""The document fields: one declaration per field a user sees, searches or filters on.

A ``Field`` says, in one place, how the field is stored (its OpenSearch mapping), how the query
language searches it (``name:value``, with aliases), which facets it has in the search sidebar and
in ``filter=``, its label on the page, and, when its value follows from other fields of the record,
how it is derived at ingest. Everything else is derived from ``DOCUMENT_FIELDS``:

- the documents index's properties (``document_properties``, merged into config/mappings'
  ``documents.json`` by ``search.indices.index_specs``; that file keeps the settings and the
  internal fields, such as hashes, family links and near-duplicate signatures);
- the facets and their filter aliases (``search.facets``);
- the query language's fields and aliases (``search.query_fields``);
- the ingest-time values (``ingest.records`` applies every ``derive`` in one loop);
- the sidebar of the page, served by ``GET /api/fields``;
- the review index's coding values and the coding export columns (``search.coding``), for the
  fields that declare ``coding``.

A coding field (``coding.relevance``, ``coding.issue``...) is declared here like any other, with
its ``Coding`` kind; its values live in the review index, per collection (search.coding), not on
the document, and each collection's coding scheme (set by an admin) says which coding fields it
uses and their lists of values.

Adding a field is adding one ``Field`` here. A new field is added to a live index in place
(``search.indices.ensure_index``); documents indexed before it have no value until re-ingested.
Changing the mapping of an existing field needs the documents index's version raised in
``documents.json`` (a reindex).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Literal

from search.entity_kinds import FACET_KINDS

Dsl = dict[str, Any]
Record = Mapping[str, Any]
FacetKind = Literal["terms", "year", "month", "bool", "tag", "star", "coding"]
SearchKind = Literal["text", "keyword", "date", "bool", "person", "tag", "coding"]
CodingKind = Literal["single", "multi", "date", "text"]
CODING_PREFIX = "coding."


@dataclass(frozen=True)
class Facet:
    """One facet of a field: a section of the search sidebar and a ``filter=name:value``."""

    kind: FacetKind = "terms"
    """terms (the field's values), year or month (of a date), bool (yes/no), tag (the caller's
    tags, from the annotations index), star (the caller's stars) or coding (a choice coding
    field's values, from the review index)."""

    name: str = ""
    """The facet's name in ``filter=`` and in the answer's ``facets``; the field's name if empty.
    A date has two facets, ``year`` and ``month``."""

    label: str = ""
    """The heading of its sidebar section; the field's label if empty."""

    field: str = ""
    """The documents-index field counted (filled in from the declaring ``Field``)."""


@dataclass(frozen=True)
class Search:
    """How the query language searches a field written ``name:value``."""

    kind: SearchKind
    """text (analysed words), keyword (whole values, case-insensitive), date (YYYY[-MM[-DD]] and
    ranges), bool (yes/no), person (a name and its spelling variants), tag (the caller's tag) or
    coding (a coding field's values in the review index: a value, a date or a date range, words)."""

    fields: tuple[str, ...] = ()
    """The documents-index fields searched; the field's own if empty. ``to:`` searches To and Cc.
    For a coding field, its own name (its values are looked up in the review index)."""

    page_fields: tuple[str, ...] = ()
    """Pages-index fields its words are found and highlighted in (a person's name in the text)."""


@dataclass(frozen=True)
class Coding:
    """What makes a field a coding field: the kind of value a reviewer gives it."""

    kind: CodingKind
    """single (one value from the scheme's list), multi (any of the list), date (YYYY-MM-DD) or
    text (free text)."""

    choices: tuple[str, ...] = ()
    """The list of values a scheme gets when its admin gives none (single and multi only)."""

    @property
    def has_choices(self) -> bool:
        return self.kind in ("single", "multi")


@dataclass(frozen=True)
class Field:
    """One user-facing field of a document. Facets and searched fields come out resolved: a
    consumer reads ``facet.name``, ``facet.label``, ``facet.field`` and ``search.fields`` as they
    are."""

    name: str
    """Its name in the query language, in ``filter=`` (when it has one facet) and in the API."""

    label: str
    """How the page names it (the sidebar heading, the filter chips)."""

    mapping: Dsl | None = None
    """Its OpenSearch mapping on the documents index; None for what lives elsewhere (tags and
    stars are in the annotations index, per user)."""

    source: str = ""
    """The documents-index field it is stored in; its name if empty (``from`` is ``email_from``)."""

    search: Search | None = None
    """How ``name:value`` searches it; None if the query language does not know it."""

    facets: tuple[Facet, ...] = ()
    """Its facets, in sidebar order. The sidebar lists facets in the order fields are declared."""

    aliases: tuple[str, ...] = ()
    """Other names accepted for it in the query language and in ``filter=`` (``sender``)."""

    derive: Callable[[Record], Any] | None = None
    """Its value at ingest, from the document record built so far (``path``, ``filename``,
    ``mime``, ``type``... and the fields declared before it); None if ingestion fills it some
    other way. Must be pure: no store, no settings, no clock."""

    coding: Coding | None = None
    """For a coding field (named ``coding.<key>``): its kind of value; None for any other."""

    @property
    def coding_key(self) -> str:
        """A coding field's key in the review index's ``values`` (``issue`` of coding.issue)."""
        return self.name.removeprefix(CODING_PREFIX)

    def __post_init__(self) -> None:
        source = self.source or (self.name if self.mapping is not None else "")
        facets = tuple(dataclasses.replace(f, name=f.name or self.name, label=f.label or self.label,
                                           field=source) for f in self.facets)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "facets", facets)
        if self.search is not None and not self.search.fields and source:
            object.__setattr__(self, "search", dataclasses.replace(self.search, fields=(source,)))
        if self.coding is not None:
            if not self.name.startswith(CODING_PREFIX) or self.mapping is not None:
                raise ValueError(f"coding field '{self.name}' is named coding.<key>, unmapped")
            # The facet and the query name the coding field itself (search.coding resolves it).
            object.__setattr__(self, "facets", tuple(dataclasses.replace(f, field=self.name)
                                                     for f in self.facets))
            if self.search is not None:
                object.__setattr__(self, "search", dataclasses.replace(self.search,
                                                                       fields=(self.name,)))


def custodian_of(record: Record) -> str:
    """The custodian: the top folder of the file's path in its upload ("" for a file at the top)."""
    parts = PurePosixPath(record["path"]).parts
    return parts[0] if len(parts) > 1 else ""


# A folder named for a police force or a council: "Merseyside Police", "Kent Constabulary",
# "Wirral Borough Council", "Royal Borough of Greenwich", the demo's "police" and "council".
FORCE_OR_COUNCIL = re.compile(r"\b(police|constabulary|council|borough)\b", re.IGNORECASE)


def force_of(record: Record) -> str | None:
    """The organisation that produced the file, a police force or a council: the first folder of
    its path in the upload, from the top, whose name says it is one, as written (underscores read
    as spaces). A custodian's folder usually is that organisation ("Kent Police/...") or sits
    under it ("Kent Police/DC Smith/..."); a path with no such folder has none."""
    for folder in PurePosixPath(record["path"]).parts[:-1]:
        name = " ".join(folder.replace("_", " ").split())
        if FORCE_OR_COUNCIL.search(name):
            return name
    return None


# Mappings shared by several fields.
FACETED_KEYWORD: Dsl = {"type": "keyword", "eager_global_ordinals": True}
FOLDED_KEYWORD: Dsl = {"type": "keyword", "normalizer": "folded"}
ENTITY_NAMES: Dsl = {"type": "keyword", "eager_global_ordinals": True,
                     "fields": {"text": {"type": "text", "analyzer": "docket_text"}}}
TERMS = (Facet(),)
CODING_FACET = (Facet("coding"),)
RELEVANCE = ("relevant", "not relevant", "needs second look")

DOCUMENT_FIELDS: tuple[Field, ...] = (
    # The faceted fields first, in the order of the sidebar.
    Field("star", "Starred", facets=(Facet("star"),), aliases=("starred",)),
    Field("tag", "Tag", search=Search("tag"), facets=(Facet("tag"),), aliases=("tags",)),
    Field("collection", "Collection", FACETED_KEYWORD, search=Search("keyword"), facets=TERMS),
    Field("type", "Type", FACETED_KEYWORD, search=Search("keyword"), facets=TERMS),
    Field("date", "Date", {"type": "date"}, search=Search("date"),
          facets=(Facet("year", "year", "Year"), Facet("month", "month", "Month"))),
    Field("person", "Person", ENTITY_NAMES, facets=TERMS, aliases=("people", "name"),
          search=Search("person", ("person.text",), page_fields=("text",))),
    Field("org", "Organisation", ENTITY_NAMES, search=Search("text", ("org.text",)),
          facets=TERMS, aliases=("organisation", "organization")),
    Field("place", "Place", ENTITY_NAMES, search=Search("text", ("place.text",)), facets=TERMS,
          aliases=("location",)),
    Field("from", "Sender", {**FOLDED_KEYWORD, "eager_global_ordinals": True}, source="email_from",
          search=Search("keyword"), facets=TERMS, aliases=("sender",)),
    Field("to", "Recipient", {**FOLDED_KEYWORD, "eager_global_ordinals": True}, source="email_to",
          search=Search("keyword", ("email_to", "email_cc")), facets=TERMS, aliases=("recipient",)),
    Field("language", "Language", FACETED_KEYWORD, search=Search("keyword"), facets=TERMS,
          aliases=("lang",)),
    Field("ocr", "OCR'd", {"type": "boolean"}, search=Search("bool"), facets=(Facet("bool"),),
          aliases=("ocred",)),
    Field("custodian", "Custodian", FACETED_KEYWORD, search=Search("keyword"), facets=TERMS,
          derive=custodian_of),
    Field("force", "Force / council", FACETED_KEYWORD, search=Search("keyword"), facets=TERMS,
          aliases=("council",), derive=force_of),
    # Searched by name, not faceted.
    # An e-mail's title is its subject line: reviewers type "subject:" for it.
    Field("title", "Title", {"type": "text", "analyzer": "docket_text", "fields": {
        "raw": {"type": "keyword", "ignore_above": 512}}}, search=Search("text"),
          aliases=("subject",)),
    Field("content", "Text", {"type": "text", "analyzer": "docket_text", "fields": {
        "stemmed": {"type": "text", "analyzer": "docket_stemmed"}}}, search=Search("text")),
    Field("filename", "File name", {"type": "text", "analyzer": "docket_path", "fields": {
        "raw": {"type": "keyword", "normalizer": "folded", "ignore_above": 1024}}},
          search=Search("text"), aliases=("file",)),
    Field("cc", "Copied to", FOLDED_KEYWORD, source="email_cc", search=Search("keyword")),
    Field("bcc", "Blind copied to", FOLDED_KEYWORD, source="email_bcc", search=Search("keyword")),
    # Every party of a message's From, To, Cc and Bcc as written: "Jane Doe <jane@example.org>".
    # Its words are searched, so party:doe finds the sender whose name is only in the header.
    Field("party", "Party", {**FOLDED_KEYWORD, "ignore_above": 1024, "fields": {
        "text": {"type": "text", "analyzer": "docket_text"}}}, source="email_parties",
          search=Search("text", ("email_parties.text",)), aliases=("parties",)),
    Field("author", "Author", FOLDED_KEYWORD, search=Search("keyword")),
    Field("control", "Control number", {"type": "keyword"}, search=Search("keyword")),
    Field("extension", "Extension", {"type": "keyword"}, search=Search("keyword")),
    Field("thread", "Thread", {"type": "keyword"}, source="thread_id", search=Search("keyword")),
    # Of the cases the document cites (search.cases), written by the cases stage: "nfa" and
    # "nfa insufficient evidence"; "closed early", "linked"... (search.cases.vocabulary).
    Field("case.outcome", "Case outcome", FACETED_KEYWORD, source="case_outcome",
          search=Search("keyword"), aliases=("case.outcomes",)),
    Field("case.flag", "Case flag", FACETED_KEYWORD, source="case_flag", search=Search("keyword"),
          aliases=("case.flags",)),
    # Coding by reviewers, per collection (search.coding): each collection's scheme lists the
    # coding fields it uses and their values. The choice fields are faceted.
    Field("coding.relevance", "Relevance", search=Search("coding"), facets=CODING_FACET,
          coding=Coding("single", RELEVANCE)),
    Field("coding.issue", "Issue", search=Search("coding"), facets=CODING_FACET,
          aliases=("coding.issues",), coding=Coding("multi")),
    Field("coding.sensitivity", "Sensitivity", search=Search("coding"), facets=CODING_FACET,
          coding=Coding("single")),
    Field("coding.event_date", "Date of event", search=Search("coding"),
          aliases=("coding.event",), coding=Coding("date")),
    Field("coding.note", "Coding note", search=Search("coding"), aliases=("coding.notes",),
          coding=Coding("text")),
)
BY_NAME: dict[str, Field] = {field.name: field for field in DOCUMENT_FIELDS}
# The fields of a stored document (declared here or internal, config/mappings' documents.json)
# that hold identifiers, codes, numbers or dates, never text a person wrote. The ciphered and
# redacted copies (search.cipher_records, search.redaction_text) rewrite every other field, so
# a field added later (a path, a party, a title) is hidden by default rather than forgotten.
NOT_TEXT = frozenset({
    "id", "control", "collection", "job_id", "sha256", "extension", "mime", "type", "parent_id",
    "root_id", "near_dup_group", "near_dup_bands", "minhash", "extractor", "language", "date",
    "ingested_at", "thread_id", "doc_id", "citation", "kind", "page_files"})
CODING_FIELDS: tuple[Field, ...] = tuple(f for f in DOCUMENT_FIELDS if f.coding is not None)
# (documents-index field, derivation) of each derived field, in declaration order.
DERIVATIONS: tuple[tuple[str, Callable[[Record], Any]], ...] = tuple(
    (field.source, field.derive) for field in DOCUMENT_FIELDS if field.derive is not None)
# Lower-case letters; a field of a related record is named through it ("case.outcome").
_NAME = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)?$")


def document_properties() -> dict[str, Dsl]:
    """The documents index's properties of the declared fields (a copy: callers may change it)."""
    return {field.source: copy.deepcopy(field.mapping) for field in DOCUMENT_FIELDS
            if field.mapping is not None}


CODING_MAPPINGS: dict[CodingKind, Dsl] = {
    "single": {"type": "keyword"}, "multi": {"type": "keyword"}, "date": {"type": "date"},
    "text": {"type": "text", "analyzer": "docket_text"}}


def coding_properties() -> dict[str, Dsl]:
    """The review index's ``values`` properties: one per coding field, by its key."""
    return {field.coding_key: dict(CODING_MAPPINGS[field.coding.kind])
            for field in CODING_FIELDS if field.coding is not None}


def check_registry(fields: tuple[Field, ...] = DOCUMENT_FIELDS) -> None:
    """Refuse a registry whose names collide: each field, facet and alias is one name of one
    thing, in the query language and in ``filter=``."""
    names: dict[str, str] = {}
    for field in fields:
        own = {field.name, *(facet.name for facet in field.facets), *field.aliases}
        for name in own:
            if not _NAME.match(name):
                raise ValueError(f"field name '{name}' must be lower-case letters")
            if names.setdefault(name, field.name) != field.name:
                raise ValueError(f"'{name}' names both {names[name]} and {field.name}")
        sources = [f.source for f in fields if f.source and f.source == field.source]
        if len(sources) > 1:
            raise ValueError(f"two fields are stored in '{field.source}'")
    # An entity kind declared a facet (search.entity_kinds) is written on documents by ingest
    # under its own name: it must be a field here, or its facet would count nothing.
    declared = {field.name for field in fields}
    missing = [kind for kind in FACET_KINDS if kind not in declared]
    if missing:
        raise ValueError(f"entity kinds {missing} are facets but not document fields")


check_registry()
