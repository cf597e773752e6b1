"""Stage: index an outcome's records, then write its ledger entry (the job's one writer of
documents, pages, mentions and ledger entries).

Order, so that a file is never half-indexed:

1. stale pages and mentions of the document beyond the new counts are deleted (a re-run that
   finds fewer pages leaves none of the old ones behind; ids are stable, so the rest are
   overwritten);
2. pages and mentions are indexed, the document record last, with ``create``: the document
   becomes visible only with its pages in place, and two workers that meet the same new bytes at
   once (the same attachment in two mailboxes) cannot both own it: the loser's file becomes a
   path on the winner's document, and its pages are rewritten with the winner's control number;
3. the ledger entry is written last, so a crash before it leaves the file queued, to be retried:
   at the end of the same bulk when its state is known before it (the file is new to the
   collection, and the collection protects no names), after the records otherwise; an entry
   whose records then fail is written again with the failure.

A commit reads once before it writes (``look_up``: the stale-record checks of documents that
planning did not see as new, and the collection's cipher protections, in one ``_msearch``)
and then sends one bulk, unless records failed or are stale. The Celery path's copies look-up
(``merge_copies``) must follow the document's creation, so it stays a request of its own.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from opensearchpy import ConflictError, NotFoundError, OpenSearch, helpers

from config import Settings
from ingest.ciphering import write_ciphered_copies
from ingest.job.ledger import outcome_entries, write_entries
from ingest.model import Outcome
from ingest.records import page_citation
from search.ciphers import CipherSet, protections_body, read_protections
from search.indices import Indices, alias_name
from search.ledger import DOCUMENT_STATES, copies_of
from search.system import SystemStore

STALE_BATCH = 200  # documents per delete-by-query, within the node's clause limit


def add_paths(client: OpenSearch, indices: Indices, doc_id: str, paths: list[str]) -> None:
    """Append paths to a document, safe against concurrent writers (the node has no scripting,
    so this is a read and a conditional write, retried on conflict)."""
    for _attempt in range(20):
        current = client.get(index=indices.documents, id=doc_id, _source_includes=["paths"])
        known = current["_source"].get("paths", [])
        merged = list(dict.fromkeys([*known, *paths]))
        if merged == known:
            return
        try:
            client.update(index=indices.documents, id=doc_id, body={"doc": {"paths": merged}},
                          if_seq_no=current["_seq_no"], if_primary_term=current["_primary_term"])
            return
        except ConflictError:
            continue
    raise ConflictError(409, "paths kept changing", {"_id": doc_id})


def _stale_queries(indices: Indices, batch: list[tuple[str, tuple[int, int]]]) -> dict[str, dict]:
    """Per index, the query for a batch's records beyond their documents' new counts."""
    pages = [{"bool": {"filter": [{"term": {"doc_id": doc}}, {"range": {"page": {"gt": n}}}]}}
             for doc, (n, _m) in batch]
    # Mention ids are zero-padded, so "beyond the new count" is a keyword range.
    mentions = [{"bool": {"filter": [{"term": {"doc_id": doc}},
                                     {"range": {"id": {"gte": f"{doc}-m{m:06d}"}}}]}}
                for doc, (_n, m) in batch]
    return {index: {"bool": {"should": should}}
            for index, should in ((indices.pages, pages), (indices.mentions, mentions))}


def needs_stale_check(outcome: Outcome) -> bool:
    """Whether old records of the document may lie beyond its new counts: not for bytes that
    planning found no document for."""
    return outcome.replaces is not None and not outcome.task.planned_new


@dataclass
class LookedUp:
    """What a commit reads before it writes, in one ``_msearch``: the stale-record checks (each
    (index, query) that found something) and the cipher protections of the collections."""

    stale: list[tuple[str, dict]]
    protections: dict[str, tuple[CipherSet, int]]


def look_up(client: OpenSearch, indices: Indices, outcomes: list[Outcome]) -> LookedUp:
    stale = [(o.task.doc_id, o.replaces) for o in outcomes if needs_stale_check(o)]
    checks = [item for start in range(0, len(stale), STALE_BATCH)
              for item in _stale_queries(indices, stale[start:start + STALE_BATCH]).items()]
    collections = sorted({o.task.collection for o in outcomes if o.records})
    searches = [(index, {"size": 0, "track_total_hits": 1, "query": query})
                for index, query in checks]
    if collections:
        searches.append((alias_name(indices.prefix, "ciphers"), protections_body(collections)))
    # New documents have nothing stale. One request that finds nothing is much cheaper than a
    # delete-by-query per index (a scroll, a task, and a queue wait each on a busy node).
    found = SystemStore(client, indices).msearch(searches)
    protections: dict[str, tuple[CipherSet, int]] = {}
    if collections:
        answer = found.pop()
        if "error" in answer:
            raise RuntimeError(f"the ciphers index could not be read: {answer['error']}")
        protections = read_protections(answer)
    return LookedUp([check for check, result in zip(checks, found, strict=True)
                     if "error" in result or result["hits"]["total"]["value"]], protections)


def delete_stale(client: OpenSearch, stale: list[tuple[str, dict]]) -> None:
    for index, query in stale:
        client.delete_by_query(index=index, body={"query": query}, conflicts="proceed",
                               request_timeout=300)


# What a commit reads of a bulk's answer: each item's id, status and error. The rest (index,
# version, shards, sequence numbers) was most of the answer's bytes, decoded for nothing.
BULK_ANSWER = "items.*._id,items.*.status,items.*.error"


def _bulk(client: OpenSearch, settings: Settings, actions: list[dict],
          wait_from: int | None = None) -> dict[str, dict]:
    """Errors by id. ``wait_from``: the actions from there on (the ledger entries) are sent in
    the last request, which waits for a refresh, so they are visible on return; the requests
    before it do not wait, so a long commit waits once."""
    errors: dict[str, dict] = {}
    tail = len(actions)
    if wait_from is not None and actions:
        tail = min(len(actions) - (len(actions) - 1) % settings.bulk_chunk - 1, wait_from)
    for part, refresh in ((actions[:tail], False), (actions[tail:], "wait_for")):
        if not part:
            continue
        for ok, item in helpers.streaming_bulk(
            client, part, chunk_size=settings.bulk_chunk, raise_on_error=False,
            max_retries=3, request_timeout=120, refresh=refresh, filter_path=BULK_ANSWER,
        ):
            operation, info = next(iter(item.items()))
            # A record to delete that is already gone is what the delete asked for.
            if not ok and not (operation == "delete" and info.get("status") == 404):
                errors[str(info.get("_id", ""))] = info
    return errors


def _document_create(outcome: Outcome) -> dict | None:
    """The outcome's create of its document, if it has one: only a create can lose to another
    writer's; a later stage's update that conflicts has failed, with the error the node gave."""
    return next((a for a in outcome.records
                 if a["_id"] == outcome.task.doc_id and a.get("_op_type") == "create"), None)


def _resolve_conflict(client: OpenSearch, indices: Indices, outcome: Outcome,
                      document: dict) -> None:
    task = outcome.task
    winner = client.get(index=indices.documents, id=task.doc_id)["_source"]
    if winner.get("control") == task.control:
        # Our own record from an attempt that died before its ledger entry: overwrite it.
        client.index(index=indices.documents, id=task.doc_id, body=document["_source"])
        return
    add_paths(client, indices, task.doc_id, [task.relpath, *task.other_paths])
    control = winner["control"]
    pages = [{**a, "_op_type": "index", "_source": {
        **a["_source"], "control": control, "citation": page_citation(control, a["_source"]["page"])}}
        for a in outcome.records if a["_index"] == indices.pages]
    helpers.bulk(client, pages, request_timeout=120)
    outcome.state, outcome.stage = "duplicate", "dedup"
    outcome.error_message = (f"{task.relpath}: same bytes as {winner.get('path')} "
                             "(indexed at the same time by another worker)")
    outcome.task = dataclasses.replace(task, control=control)


def commit_outcomes(
    client: OpenSearch, settings: Settings, outcomes: list[Outcome], wait: bool = True,
    entries: list[dict] | None = None,
) -> None:
    """Index the records of the outcomes and write every outcome to the ledger, after
    ``entries`` (children settled without a worker: duplicates, skips, unreadable members).

    The ledger entries whose state is known before the bulk go at its end: the settled
    children, and the outcomes with no stale records to delete and no ciphered copy to write
    (the copy is written after the bulk, and the entry must not say "indexed" before it). An
    entry whose records then fail, or whose document another writer created first, is
    written again with its new state; the others are written after the records.

    ``wait`` makes the ledger entries visible before returning (a Celery worker counts them
    next to close the job). ``wait=False`` leaves them to the next refresh, for a writer that
    waits on a later commit: waiting costs up to a refresh interval per call."""
    indices = Indices(settings.index_prefix)
    looked = look_up(client, indices, outcomes)
    early = [o for o in outcomes
             if not needs_stale_check(o) and o.task.collection not in looked.protections]
    decided = {id(o): (o.state, o.stage) for o in early}
    ledger = [*(entries or []), *(e for o in early for e in outcome_entries(o))]
    unwritten = index_outcomes(client, settings, outcomes, looked=looked, ledger=ledger,
                               wait=wait)
    late = [e for o in outcomes
            if id(o) not in decided or decided[id(o)] != (o.state, o.stage)
            for e in outcome_entries(o)]
    rewritten = {e["id"] for e in late}
    # Children's entries first: a container's entry is written after its children's.
    again = [e for e in ledger if e["id"] in unwritten and e["id"] not in rewritten]
    write_entries(client, indices, [*again, *late], wait=wait)


def index_outcomes(client: OpenSearch, settings: Settings, outcomes: list[Outcome],
                   looked: LookedUp | None = None, ledger: list[dict] | None = None,
                   wait: bool = False) -> set[str]:
    """Index the records of the outcomes, and ``ledger`` entries after them in the same bulk;
    an outcome whose records could not all be indexed, or whose document another writer
    created first, has its state changed to say so. Returns the ids of the ledger entries
    that could not be written."""
    indices = Indices(settings.index_prefix)
    looked = looked or look_up(client, indices, outcomes)
    delete_stale(client, looked.stale)
    owners: dict[str, Outcome] = {a["_id"]: o for o in outcomes for a in o.records}
    entries = [{"_index": indices.ledger, "_id": e["id"], "_source": e} for e in ledger or []]
    records = [a for o in outcomes for a in o.records]
    errors = _bulk(client, settings, [*records, *entries],
                   wait_from=len(records) if wait and entries else None)
    for record_id, info in errors.items():
        outcome = owners.get(record_id)
        if outcome is None or outcome.state == "failed":
            continue
        document = _document_create(outcome) if info.get("status") == 409 else None
        if document is not None:
            try:
                _resolve_conflict(client, indices, outcome, document)
                continue
            except (ConflictError, NotFoundError) as exc:
                info = {"error": f"concurrent writers: {exc}"}
        outcome.state, outcome.stage = "failed", "index"
        outcome.error_class = "IndexingError"
        outcome.error_message = f"{outcome.task.relpath}: {str(info.get('error'))[:500]}"
    # Users without clearance read the ciphered copy of a collection that protects names: it is
    # written with the records, so no document is ever searchable in clear only.
    write_ciphered_copies(client, indices, [a for o in outcomes if o.state not in (
        "failed", "duplicate") for a in o.records], looked.protections)
    return {e["_id"] for e in entries if e["_id"] in errors}


def merge_copies(client: OpenSearch, indices: Indices, outcomes: list[Outcome]) -> None:
    """For Celery workers, which share no memory: paths of children found to be copies of a
    file of this job before that file's document existed; their ledger entries name the
    document. A child writes its entry (visible at once) and then tries to add its path; this
    runs after the document is created: between the two, every path is added at least once.
    (A local job keeps those paths in memory, ingest.job.run.JobRun.)"""
    ids = [o.task.doc_id for o in outcomes if o.state in DOCUMENT_STATES]
    for doc_id, paths in copies_of(SystemStore(client, indices), ids).items():
        add_paths(client, indices, doc_id, paths)
