"""The cases stage as a job step: a collection's case register (search.cases) rebuilt from its
documents and written, with its ciphered copy, to the ``cases`` index; and the documents citing
a case given its outcome and flags (``case.outcome``, ``case.flag`` in the query language).

Input: the collection's documents that cite a reference (their pages and their mentions, after
the names stage linked them). Output: one record per case, the cases the collection no longer
has deleted, and the case fields of every document that changed. Failure: a store error fails
the job step; the register is rebuilt whole on the next run, so nothing is left half-written
for long.

Two callers, as the names stage (ingest.job.names): ``finish_job`` runs it over the collections
a job touched, after the names stage; ``docket ingest PATH --stage cases`` runs it as a job of
its own, one ledger entry per planned document (``run_cases_job``).
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from opensearchpy import NotFoundError, OpenSearch, helpers

from config import Settings
from ingest.ciphering import send_updates
from ingest.job.commit import commit_outcomes
from ingest.model import FileTask, Outcome
from search.cases.declarations import formats_of
from search.cases.records import Record, case_records, cipher_case, document_fields
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.sources import redacted_source
from search.cases.vocabulary import DEFAULT_CLOSED_DAYS
from search.ciphers import Cipher, CipherSet, CipherStore
from search.corrections import ROLE, CorrectionStore
from search.indices import Indices, ciphered_name
from search.ledger import DOCUMENT_STATES
from search.parallel import Mapper
from search.redaction_text import MASK, hidden_strings, masked_record
from search.redactions import approved_redactions, collection_redactions
from search.system import SYSTEM, SystemStore

BATCH = 500  # documents read together
CASE_KINDS = ["reference", "person", "anonymised", "vehicle", "phone", "postcode"]
_DOC_FIELDS = ["control", "title", "filename", "date", "force", "path"]
EMPTY_FIELDS = {"case_outcome": [], "case_flag": []}


def _document_ids(client: OpenSearch, indices: Indices, collection: str) -> list[str]:
    """The ids of the collection's documents, every one: any of them may cite a reference
    that no declared shape reads and that the register finds from the labels the collection
    writes (search.cases.codes)."""
    query = {"bool": {"filter": [{"term": {"collection": collection}}]}}
    found = {hit["_id"] for hit in helpers.scan(
        client, index=indices.documents, _source=False, query={"query": query}, size=2000)}
    return sorted(found)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _sources(client: OpenSearch, indices: Indices, doc_ids: list[str]) -> list[SourceDocument]:
    """A batch of documents as the register reads them."""
    found = client.mget(index=indices.documents, body={"ids": doc_ids},
                        _source_includes=_DOC_FIELDS)["docs"]
    documents = {d["_id"]: d["_source"] for d in found if d.get("found")}
    pages: dict[str, dict[int, tuple[str, str]]] = {d: {} for d in documents}
    scanned: dict[str, set[int]] = {d: set() for d in documents}
    query = {"query": {"terms": {"doc_id": list(documents)}}}
    for hit in helpers.scan(client, index=indices.pages, size=500, query=query, _source=[
            "doc_id", "page", "text", "citation", "ocr"]):
        s = hit["_source"]
        pages[s["doc_id"]][s["page"]] = (s.get("text") or "", s.get("citation") or "")
        if s.get("ocr"):
            scanned[s["doc_id"]].add(s["page"])
    mentions: dict[str, list[Mention]] = {d: [] for d in documents}
    query = {"bool": {"filter": [{"terms": {"doc_id": list(documents)}},
                                 {"terms": {"kind": CASE_KINDS}}, {"term": {"wrong": False}}]}}
    for hit in helpers.scan(client, index=indices.mentions, size=2000, query={"query": query}):
        s = hit["_source"]
        mentions[s["doc_id"]].append(Mention(s["kind"], s["key"], s.get("text") or "",
                                             s["page"], s["start"], s["end"]))
    return [SourceDocument(doc_id, doc["control"], doc.get("title") or doc.get("filename") or "",
                           _day(doc.get("date")), doc.get("force"), pages[doc_id],
                           tuple(mentions[doc_id]), doc.get("path") or "",
                           frozenset(scanned[doc_id]))
            for doc_id, doc in documents.items()]


def _collection_record(client: OpenSearch, indices: Indices, collection: str) -> dict:
    try:
        return client.get(index=indices.collections, id=collection)["_source"]
    except NotFoundError:
        return {}


def _closed_days(record: dict) -> int:
    """How soon after the report a closure is flagged, set per collection (its record)."""
    return int(record.get("case_closed_days") or DEFAULT_CLOSED_DAYS)


def set_closed_days(client: OpenSearch, settings: Settings, collection: str, days: int) -> None:
    """Keep, for the collection, how soon after the report a closure is flagged."""
    indices = Indices(settings.index_prefix)
    client.update(index=indices.collections, id=collection, refresh="wait_for",
                  body={"doc": {"case_closed_days": days}})


def _read_documents(client: OpenSearch, indices: Indices, collection: str
                    ) -> list[SourceDocument]:
    """The collection's documents, as the register reads them."""
    doc_ids = _document_ids(client, indices, collection)
    documents: list[SourceDocument] = []
    for start in range(0, len(doc_ids), BATCH):
        documents += _sources(client, indices, doc_ids[start : start + BATCH])
    return documents


def _register(client: OpenSearch, indices: Indices, collection: str,
              documents: list[SourceDocument], mapper: Mapper | None = None) -> list[Record]:
    corrections = CorrectionStore(client, indices.prefix).load(SYSTEM)
    corrected = {(case_id, c.key): (c.target, c.user) for c in corrections.of_action(
        ROLE, collection) for case_id in c.doc_ids}
    # The reference formats the collection declares are read with the built-in ones: a
    # declaration regroups the cases at the next run of this stage, without re-ingesting.
    record = _collection_record(client, indices, collection)
    return case_records(collection, build_cases(collection, documents, formats_of(record),
                                                mapper), _closed_days(record), corrected)


def build_register(client: OpenSearch, indices: Indices, collection: str) -> list[Record]:
    """The collection's case records, read and built (nothing written)."""
    return _register(client, indices, collection, _read_documents(client, indices, collection))


def _copied_register(client: OpenSearch, indices: Indices, collection: str,
                     documents: list[SourceDocument], records: list[Record] | None,
                     ciphers: CipherSet, mapper: Mapper | None = None) -> list[Record]:
    """The register users without clearance read: built again from the redacted documents
    when the collection has approved redactions (so what they took out makes no case, item,
    role or link), ciphered, and with the redacted words masked where a case quotes them
    (titles, paths, sentences of other documents). ``records``: the register of the original
    documents, when the caller has built it (None: built here if it is needed)."""
    reader = SystemStore(client, indices)
    redacted = collection_redactions(reader, collection)
    applied = approved_redactions(reader, [d.doc_id for d in documents])
    if applied:
        records = _register(client, indices, collection, [
            redacted_source(d, applied[d.doc_id]) if d.doc_id in applied else d
            for d in documents], mapper)
    elif records is None:
        records = _register(client, indices, collection, documents, mapper)
    masks = [Cipher(name, MASK) for name in sorted(redacted.names)]
    ciphers = CipherSet([*ciphers.entries, *masks]) if masks else ciphers
    strings = hidden_strings(redacted.texts)
    return [masked_record(cipher_case(r, ciphers), strings, redacted.whole_pages)
            for r in records]


def _replace(client: OpenSearch, index: str, collection: str, records: list[Record],
             stamp: dict[str, Any] | None = None) -> None:
    """The collection's cases in ``index`` made ``records`` (each with ``stamp``): written, and
    the cases it no longer has deleted."""
    actions = [{"_index": index, "_id": r["id"], "_source": {**r, **(stamp or {})}}
               for r in records]
    helpers.bulk(client, actions, chunk_size=200, request_timeout=120)
    stale = {"bool": {"filter": [{"term": {"collection": collection}}],
                      "must_not": [{"ids": {"values": [r["id"] for r in records]}}]}}
    client.delete_by_query(index=index, body={"query": stale}, conflicts="proceed",
                           refresh=True, ignore_unavailable=True)


def _write_cases(client: OpenSearch, indices: Indices, collection: str, records: list[Record],
                 documents: list[SourceDocument], mapper: Mapper | None = None
                 ) -> list[Record] | None:
    """The records, their copy for users without clearance when the collection has one, and
    the cases the collection no longer has deleted from both; returns the copy (None: none)."""
    _replace(client, indices.cases, collection, records)
    protection = _protection(client, indices, collection)
    copied = None
    if protection is not None:
        copied = _write_copy(client, indices, collection, documents, records, protection,
                             mapper)
    else:  # no copy now: none of an earlier one may stay
        _replace(client, ciphered_name(indices.cases), collection, [])
    client.indices.refresh(index=f"{indices.cases},{ciphered_name(indices.cases)}")
    return copied


def _protection(client: OpenSearch, indices: Indices, collection: str
                ) -> tuple[CipherSet, int] | None:
    """The collection's ciphers and their version, when it has a copy for users without
    clearance (None: it has none)."""
    return CipherStore(client, indices.prefix).protections([collection]).get(collection)


def _write_copy(client: OpenSearch, indices: Indices, collection: str,
                documents: list[SourceDocument], records: list[Record] | None,
                protection: tuple[CipherSet, int], mapper: Mapper | None = None
                ) -> list[Record]:
    """The register's copy written under the collection's ``protection``; returns it."""
    ciphers, version = protection
    copied = _copied_register(client, indices, collection, documents, records, ciphers, mapper)
    _replace(client, ciphered_name(indices.cases), collection, copied,
             {"cipher_version": version})
    return copied


def _has_cases(client: OpenSearch, indices: Indices, collection: str) -> bool:
    query = {"query": {"term": {"collection": collection}}}
    return bool(client.count(index=indices.cases, body=query)["count"])


def _field_updates(client: OpenSearch, index: str, collection: str,
                   fields: dict[str, Record]) -> list[dict]:
    """Updates of the documents of ``index`` whose case fields change: those citing a case,
    and those that carried case fields and cite none now."""
    query = {"bool": {"filter": [{"term": {"collection": collection}}], "should": [
        {"exists": {"field": "case_outcome"}}, {"exists": {"field": "case_flag"}}],
        "minimum_should_match": 1}}
    before = {hit["_id"] for hit in helpers.scan(client, index=index, _source=False,
                                                 query={"query": query})}
    changes = {**{doc_id: EMPTY_FIELDS for doc_id in before - set(fields)}, **fields}
    return [{"_op_type": "update", "_index": index, "_id": doc_id, "doc": values}
            for doc_id, values in changes.items()]


def update_cases(client: OpenSearch, settings: Settings, collection: str,
                 mapper: Mapper | None = None) -> list[Record]:
    """The cases stage over one collection: its register rebuilt and written (its documents
    read in parts by ``mapper``, when given: search.parallel). Returns it."""
    indices = Indices(settings.index_prefix)
    documents = _read_documents(client, indices, collection)
    records = _register(client, indices, collection, documents, mapper)
    if not records and not _has_cases(client, indices, collection):
        return records  # a collection that cites no reference, and never did: nothing to write
    copied = _write_cases(client, indices, collection, records, documents, mapper)
    # The copy's documents carry the outcomes and flags of the copy's register (labels, no
    # names): a flag the redactions took away is not a facet there either.
    _write_document_fields(client, indices, collection, {
        indices.documents: records,
        ciphered_name(indices.documents): records if copied is None else copied})
    return records


def _write_document_fields(client: OpenSearch, indices: Indices, collection: str,
                           registers: dict[str, list[Record]]) -> None:
    """The case fields of the documents of each index (index -> the register its documents
    follow) brought up to date, and made visible."""
    updates = [update for index, records in registers.items()
               for update in _field_updates(client, index, collection, document_fields(records))]
    send_updates(client, indices, updates)
    client.indices.refresh(index=",".join(registers))


def update_case_copy(client: OpenSearch, settings: Settings, collection: str) -> None:
    """After redactions change: the register's copy for users without clearance rebuilt from
    the redacted documents, and the copy's documents given its outcomes and flags. The register
    itself reads the original text, which redactions do not change, so it is left as it is (a
    whole rebuild would build the register twice and write it again for nothing)."""
    indices = Indices(settings.index_prefix)
    protection = _protection(client, indices, collection)
    if protection is None:
        return  # no copy to rebuild: its documents are not read
    documents = _read_documents(client, indices, collection)
    copied = _write_copy(client, indices, collection, documents, None, protection)
    client.indices.refresh(index=ciphered_name(indices.cases))
    _write_document_fields(client, indices, collection, {ciphered_name(indices.documents): copied})


def run_cases_job(client: OpenSearch, settings: Settings, job_id: str, collection: str,
                  tasks: list[FileTask], mapper: Mapper | None = None) -> None:
    """``--stage cases``: the collection's register rebuilt (see ``update_cases``), and an
    entry for each planned document."""
    started = time.monotonic()
    update_cases(client, settings, collection, mapper)
    took = int((time.monotonic() - started) * 1000)
    outcomes = [Outcome(task=t, state="indexed", stage="cases", duration_ms=took) for t in tasks]
    commit_outcomes(client, settings, outcomes)


def update_job_cases(client: OpenSearch, settings: Settings, job_id: str,
                     mapper: Mapper | None = None) -> int:
    """After a job: the cases stage over each collection it indexed documents in (``mapper``:
    the job's processes, see ``update_cases``); returns the number of cases written."""
    indices = Indices(settings.index_prefix)
    query = {"bool": {"filter": [{"term": {"job_id": job_id}},
                                 {"terms": {"state": list(DOCUMENT_STATES)}}]}}
    found = client.search(index=indices.ledger, body={"size": 0, "query": query, "aggs": {
        "collections": {"terms": {"field": "collection", "size": 1000}}}})
    collections = [b["key"] for b in found["aggregations"]["collections"]["buckets"]]
    return sum(len(update_cases(client, settings, c, mapper)) for c in collections)
