"""The names stage as a job step: the collection's authority gathered once, then every given
document's mentions and facets rewritten through the job's commit (``ingest.job.commit``: the
one writer of documents and mentions, which also rewrites their ciphered copies).

Three callers: ``finish_job`` runs it over the documents a job just committed, and over the
older documents that name the people those brought (``affected_documents``), so the authority
grows with the collection; ``docket ingest PATH --stage names`` runs it over the documents of
PATH as a job of its own, one ledger entry per document (``run_names_job``); a new
correction runs it over the documents that hold the corrected names (``update_corrected_names``).
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import orjson
from opensearchpy import OpenSearch, helpers

from config import Settings
from ingest.errors import CollectionStageFailed
from ingest.job.commit import commit_outcomes, index_outcomes
from ingest.job.pool import run_folder
from ingest.mention_records import mention_records
from ingest.model import FileTask, Outcome
from ingest.names import Authority, gather_authority, link_fields, relink, resolved_facets
from search.corrections import EVERY_COLLECTION, Correction, Corrections, ingest_corrections
from search.entity_kinds import FACET_KINDS
from search.indices import Indices
from search.ledger import DOCUMENT_STATES
from search.name_authority import is_full_name
from search.names import name_parts
from search.parallel import Mapper, Parts, Shared, shared, shared_value

BATCH = 100  # documents read, relinked and committed together
_TASK_FIELDS = ["path", "sha256", "size", "mime", "extension", "control", "collection",
                "parent_id", "root_id", "page_count", "date"]
_NAME_FIELDS = [*FACET_KINDS, "mention_count"]  # what the stage writes on a document


def _read(client: OpenSearch, indices: Indices, doc_ids: list[str]
          ) -> tuple[dict[str, list[dict]], dict[str, dict[int, str]]]:
    """The mention records and page texts of a batch of documents, in two scans."""
    mentions: dict[str, list[dict]] = {d: [] for d in doc_ids}
    for hit in helpers.scan(client, index=indices.mentions, size=2000,
                            query={"query": {"terms": {"doc_id": doc_ids}}}):
        mentions[hit["_source"]["doc_id"]].append(hit["_source"])
    pages: dict[str, dict[int, str]] = {d: {} for d in doc_ids}
    for hit in helpers.scan(client, index=indices.pages, size=500, _source=[
            "doc_id", "page", "text"], query={"query": {"terms": {"doc_id": doc_ids}}}):
        source = hit["_source"]
        pages[source["doc_id"]][source["page"]] = source.get("text") or ""
    for records in mentions.values():
        records.sort(key=lambda r: r["id"])
    return mentions, pages


def _outcome(task: FileTask, document: dict, records: list[dict], pages: dict[int, str],
             authority: Authority, corrections: Corrections, indices: Indices) -> Outcome:
    started = time.monotonic()
    count = document.get("page_count") or 0
    pages = {n: t for n, t in pages.items() if n <= count}
    mentions = relink(records, pages, authority)
    sources = mention_records(task.doc_id, task.collection, mentions, document.get("date"),
                              corrections)
    stored = {r["id"]: r for r in records}
    relinked = [{**s, **link_fields(m)} for s, m in zip(sources, mentions, strict=True)]
    # A mention the relinking left as it was is not written again: on a collection's first
    # names stage about half are, and their copies for users without clearance with them.
    actions: list[dict[str, Any]] = [
        {"_index": indices.mentions, "_id": s["id"], "_source": s}
        for s in relinked if not _same_record(stored.get(s["id"]), s)]
    kept = {s["id"] for s in sources}
    # The stage read every mention of the document, so the ones relinking drops (an
    # organisation that was a person's name) are deleted by id in the commit's one bulk: no
    # stale-record look-up and no delete-by-query, which cost more than the relinking itself.
    actions += [{"_op_type": "delete", "_index": indices.mentions, "_id": r["id"]}
                for r in records if r["id"] not in kept]
    fields = {**resolved_facets(mentions, authority, corrections, task.collection, task.doc_id),
              "mention_count": len(mentions)}
    # A document whose fields the stage leaves as they were is not updated: an update indexes
    # the whole document again (its text analysed anew) and its copy for users without
    # clearance, which cost the node more than the stage's reads.
    if _changed_fields(document, fields):
        # Retried when the document changed under it: a bulk the client resent after a timeout
        # can still be running on the node, and its update is the same as this one.
        actions.append({"_op_type": "update", "_index": indices.documents, "_id": task.doc_id,
                        "retry_on_conflict": 3, "doc": fields})
    return Outcome(task=task, state="indexed", stage="names", pages=len(pages), records=actions,
                   duration_ms=int((time.monotonic() - started) * 1000))


def _changed_fields(document: dict[str, Any], fields: dict[str, Any]) -> bool:
    """Whether the stage's fields differ from the document's as read (a list field the
    document lacks is an empty one)."""
    return any(document.get(name, [] if isinstance(value, list) else None) != value
               for name, value in fields.items())


def _same_record(stored: dict[str, Any] | None, record: dict[str, Any]) -> bool:
    """Whether a record as read from the store is the one about to be written (as JSON: the
    store answers lists where the record holds tuples)."""
    return stored is not None and orjson.dumps(stored, option=orjson.OPT_SORT_KEYS) == \
        orjson.dumps(record, option=orjson.OPT_SORT_KEYS)


def _task(job_id: str, doc_id: str, doc: dict) -> FileTask:
    return FileTask(job_id=job_id, collection=doc["collection"], path="", relpath=doc["path"],
                    sha256=doc["sha256"], size=doc.get("size") or 0, mime=doc.get("mime") or "",
                    family="", extension=doc.get("extension") or "", doc_id=doc_id,
                    control=doc["control"], parent_id=doc.get("parent_id"),
                    root_id=doc.get("root_id"))


@dataclass(frozen=True)
class _Batch:
    """A batch of documents as the stage reads them from the store."""

    documents: dict[str, dict]
    mentions: dict[str, list[dict]]
    pages: dict[str, dict[int, str]]
    corrections: Corrections


def _read_batch(client: OpenSearch, indices: Indices, doc_ids: list[str]) -> _Batch:
    """These documents (those that exist), their mentions and pages, and the corrections."""
    corrections = ingest_corrections(client, indices.prefix)
    found = client.mget(index=indices.documents, body={"ids": doc_ids},
                        _source_includes=[*_TASK_FIELDS, *_NAME_FIELDS])["docs"]
    documents = {d["_id"]: d["_source"] for d in found if d.get("found")}
    mentions, pages = _read(client, indices, list(documents))
    return _Batch(documents, mentions, pages, corrections)


def _relinked(batch: _Batch, authority: Authority, job_id: str, indices: Indices) -> list[Outcome]:
    return [_outcome(_task(job_id, doc_id, doc), doc, batch.mentions[doc_id],
                     batch.pages[doc_id], authority, batch.corrections, indices)
            for doc_id, doc in batch.documents.items()]


def _read_round(client: OpenSearch, indices: Indices, batches: list[list[str]]) -> list[_Batch]:
    return [_read_batch(client, indices, doc_ids) for doc_ids in batches]


def _relinked_shared(batch: _Batch, authority: Shared, job_id: str,
                     indices: Indices) -> list[Outcome]:
    return _relinked(batch, shared_value(authority), job_id, indices)


def _relinked_round(read: list[_Batch], authority: Authority, job_id: str, indices: Indices,
                    mapper: Mapper | None, shared: Shared | None) -> list[Outcome]:
    """A round of batches relinked: here when it is one batch or there is no mapper, else a
    batch per part, each naming the authority's file (search.parallel ``shared``)."""
    if mapper is None or shared is None or len(read) == 1:
        return [o for batch in read for o in _relinked(batch, authority, job_id, indices)]
    parts = mapper(_relinked_shared, [(batch, shared, job_id, indices) for batch in read])
    return [o for part in parts for o in part]


def name_outcomes(client: OpenSearch, settings: Settings, authority: Authority, job_id: str,
                  doc_ids: list[str]) -> list[Outcome]:
    """The names stage's outcome for each of these documents (those that exist)."""
    indices = Indices(settings.index_prefix)
    return _relinked(_read_batch(client, indices, doc_ids), authority, job_id, indices)


class NamesNotWritten(CollectionStageFailed):
    """The names stage could not write some documents' names, even on a second try."""


def update_names(client: OpenSearch, settings: Settings, collection: str, job_id: str,
                 doc_ids: list[str], mapper: Mapper | None = None) -> int:
    """The names stage over documents already in the ledger (no entries written); returns the
    number of documents rewritten. ``mapper``: the job's processes, where batches are
    relinked side by side (search.parallel; here, when None). A document whose names the node
    refused is tried once more after the others (a fault that passed); if it fails again the
    stage raises, naming it."""
    if not doc_ids:
        return 0
    parts = Parts(mapper, run_folder(settings)) if mapper is not None else None
    authority = gather_authority(client, Indices(settings.index_prefix), collection, parts)
    done, failed = _relink_and_commit(client, settings, authority, job_id, doc_ids, mapper)
    if failed:
        again, failed = _relink_and_commit(client, settings, authority, job_id,
                                           [o.task.doc_id for o in failed], mapper)
        done += again
    if failed:
        raise NamesNotWritten(
            f"the names of {len(failed)} document(s) of {collection} could not be written; "
            f"`docket ingest PATH --stage names` redoes them. "
            + "; ".join(str(o.error_message) for o in failed[:5]))
    return done


def _relink_and_commit(client: OpenSearch, settings: Settings, authority: Authority,
                       job_id: str, doc_ids: list[str], mapper: Mapper | None = None
                       ) -> tuple[int, list[Outcome]]:
    """Documents relinked and committed in batches (with ``mapper``, a batch per worker side
    by side); returns how many were written and the outcomes that were not."""
    indices = Indices(settings.index_prefix)
    width = max(1, settings.workers) if mapper is not None else 1
    batches = [doc_ids[start : start + BATCH] for start in range(0, len(doc_ids), BATCH)]
    rounds = [batches[start : start + width] for start in range(0, len(batches), width)]
    if not rounds:
        return 0, []
    done, failed = 0, []
    # While this process (or the workers) relinks a round of batches, the next one is read and
    # the one before committed: the node reads and indexes while the relinking runs. One read
    # and one commit at a time keep three rounds in memory.
    with ExitStack() as stack:
        share = None
        if mapper is not None and len(batches) > 1:
            share = stack.enter_context(shared(authority, run_folder(settings)))
        with ThreadPoolExecutor(1, thread_name_prefix="names-read") as reader, \
                ThreadPoolExecutor(1, thread_name_prefix="names-commit") as committer:
            reading = reader.submit(_read_round, client, indices, rounds[0])
            committing: Future[list[Outcome]] | None = None
            for index in range(len(rounds)):
                read = reading.result()
                if index + 1 < len(rounds):
                    reading = reader.submit(_read_round, client, indices, rounds[index + 1])
                outcomes = _relinked_round(read, authority, job_id, indices, mapper, share)
                if committing is not None:
                    failed += committing.result()
                committing = committer.submit(_commit, client, settings, outcomes)
                done += len(outcomes)
            if committing is not None:
                failed += committing.result()
    return done - len(failed), failed


def _commit(client: OpenSearch, settings: Settings, outcomes: list[Outcome]) -> list[Outcome]:
    index_outcomes(client, settings, outcomes)
    return [o for o in outcomes if o.state == "failed"]


def run_names_job(client: OpenSearch, settings: Settings, job_id: str, collection: str,
                  tasks: list[FileTask]) -> None:
    """``--stage names``: the planned documents' outcomes committed with their ledger entries."""
    authority = gather_authority(client, Indices(settings.index_prefix), collection)
    for start in range(0, len(tasks), BATCH):
        batch = tasks[start : start + BATCH]
        outcomes = name_outcomes(client, settings, authority, job_id, [t.doc_id for t in batch])
        by_id = {o.task.doc_id: o for o in outcomes}
        for task in batch:
            if task.doc_id in by_id:
                by_id[task.doc_id].task = task  # the planned task names the ledger entry
            if task.doc_id not in by_id:
                outcomes.append(Outcome(task=task, state="failed", stage="names",
                                        error_class="NotFoundError",
                                        error_message=f"{task.relpath}: no such document"))
        commit_outcomes(client, settings, outcomes, wait=start + BATCH >= len(tasks))


def _job_documents(client: OpenSearch, indices: Indices, job_id: str) -> dict[str, str]:
    """doc_id -> collection of the documents a job indexed."""
    query = {"bool": {"filter": [{"term": {"job_id": job_id}},
                                 {"terms": {"state": list(DOCUMENT_STATES)}},
                                 {"exists": {"field": "doc_id"}}]}}
    return {hit["_source"]["doc_id"]: hit["_source"]["collection"] for hit in helpers.scan(
        client, index=indices.ledger, _source=["doc_id", "collection"], query={"query": query})}


def _new_people(client: OpenSearch, indices: Indices, collection: str,
                doc_ids: list[str]) -> set[str]:
    """Full names of people these documents name that no other document of the collection did."""
    def keys(scope: dict) -> set[str]:
        body = {"size": 0, "query": {"bool": {"filter": [
            {"term": {"collection": collection}}, {"term": {"kind": "person"}}, scope]}},
            "aggs": {"keys": {"terms": {"field": "key", "size": 65_000}}}}
        found = client.search(index=indices.mentions, body=body)["aggregations"]["keys"]
        return {b["key"] for b in found["buckets"] if is_full_name(b["key"])}

    named = keys({"terms": {"doc_id": doc_ids}})
    if not named:
        return set()
    before = keys({"bool": {"must_not": [{"terms": {"doc_id": doc_ids}}],
                            "filter": [{"terms": {"key": sorted(named)}}]}})
    return named - before


def affected_documents(client: OpenSearch, indices: Indices, collection: str,
                       doc_ids: list[str]) -> list[str]:
    """Older documents whose names the job's new people may change: those that hold one of
    their surnames (a new "H. Ashworth" link, or one no longer sure)."""
    surnames = sorted({name_parts(k)[-1] for k in _new_people(client, indices, collection, doc_ids)})
    if not surnames:
        return []
    query = {"bool": {"filter": [{"term": {"collection": collection}},
                                 {"terms": {"content": surnames}}],
                      "must_not": [{"ids": {"values": doc_ids}}]}}
    return [hit["_id"] for hit in helpers.scan(client, index=indices.documents, _source=False,
                                               query={"query": query})]


def update_job_names(client: OpenSearch, settings: Settings, job_id: str,
                     mapper: Mapper | None = None) -> int:
    """After a job: the names stage over its documents and the older ones they affect
    (``mapper``: the job's processes, see ``update_names``)."""
    indices = Indices(settings.index_prefix)
    done = 0
    by_collection: dict[str, list[str]] = {}
    for doc_id, collection in _job_documents(client, indices, job_id).items():
        by_collection.setdefault(collection, []).append(doc_id)
    for collection, doc_ids in by_collection.items():
        older: list[str] = []
        for start in range(0, len(doc_ids), 10_000):
            older += affected_documents(client, indices, collection, doc_ids[start:start + 10_000])
        done += update_names(client, settings, collection, job_id, doc_ids + sorted(set(older)),
                             mapper)
    return done


def update_corrected_names(client: OpenSearch, settings: Settings, correction: Correction) -> int:
    """After a correction: the names stage over the documents that hold either of its names (as
    a mention, as written, or among a possible match's candidates), in its collection or in
    every collection; returns the number of documents rewritten."""
    indices = Indices(settings.index_prefix)
    keys = sorted({correction.key, correction.target} - {""})
    scope: list[dict[str, Any]] = [{"term": {"kind": correction.kind}}, {"bool": {"should": [
        {"terms": {field: keys}} for field in ("key", "raw_key", "candidates")],
        "minimum_should_match": 1}}]
    if correction.collection != EVERY_COLLECTION:
        scope.append({"term": {"collection": correction.collection}})
    by_collection: dict[str, set[str]] = {}
    for hit in helpers.scan(client, index=indices.mentions, _source=["doc_id", "collection"],
                            query={"query": {"bool": {"filter": scope}}}):
        source = hit["_source"]
        by_collection.setdefault(source["collection"], set()).add(source["doc_id"])
    return sum(update_names(client, settings, collection, "correction", sorted(doc_ids))
               for collection, doc_ids in by_collection.items())
