"""A commit's round trips (ingest.job.commit): for files planning saw as new, one ``_msearch``
(no stale-record checks, only the cipher protections) and one bulk carrying the records and the
ledger entries; an entry whose records then fail is written again, saying so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.integration
TEXTS = {
    "alpha.txt": "Note by Ambrose Kettleworth on the quarry lease, 4 April 1994.\n",
    "bravo.txt": "Letter from Perpetua Ollerenshaw about the quarry gate, 9 May 1994.\n",
    "charlie.txt": "Minutes of the quarry committee, Ambrose Kettleworth in the chair.\n",
}


def _recorded(client: Any) -> tuple[list[tuple[str, str, Any]], Any]:
    calls: list[tuple[str, str, Any]] = []
    send = client.transport.perform_request

    def recorded(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        calls.append((method, url.split("?")[0], kwargs.get("body")))
        return send(method, url, *args, **kwargs)

    client.transport.perform_request = recorded
    return calls, send


def test_new_files_commit_in_one_msearch_and_one_bulk_and_a_failure_is_corrected(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    from ingest.job import commit_outcomes, start_job
    from ingest.worker import process_file, work_context
    from search.system import SystemStore

    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    plan = start_job(store, settings, [tmp_path], "commit-rt", mode="local")
    assert plan.tasks and all(task.planned_new for task in plan.tasks)
    context = work_context(settings)
    outcomes = [process_file(task, context) for task in plan.tasks]
    assert {o.state for o in outcomes} == {"indexed"}
    broken = outcomes[0]
    document = next(a for a in broken.records if a["_id"] == broken.task.doc_id)
    document["_source"]["page_count"] = "not a number"  # refused by the mapping

    calls, send = _recorded(store)
    try:
        commit_outcomes(store, settings, outcomes, wait=True)
    finally:
        store.transport.perform_request = send
    kinds = [url.rsplit("/", 1)[-1] for _method, url, _body in calls]
    # The look-up, the records with the ledger, then the failed file's entry written again.
    assert kinds == ["_msearch", "_bulk", "_bulk"], kinds
    looked_up = [json.loads(line) for line in _lines(calls[0][2])]
    assert [line["index"] for line in looked_up[::2]] == [f"{settings.index_prefix}-ciphers"]

    indices = SystemStore(store, _indices(settings))
    found = indices.search(indices.indices.ledger, {
        "size": 10, "query": {"term": {"job_id": plan.job_id}}})["hits"]["hits"]
    states = {hit["_source"]["path"]: hit["_source"]["state"] for hit in found}
    assert states == {broken.task.relpath: "failed",
                      **{o.task.relpath: "indexed" for o in outcomes[1:]}}
    failed = next(h["_source"] for h in found if h["_source"]["state"] == "failed")
    assert failed["error_class"] == "IndexingError"


def _lines(body: Any) -> list[str]:
    text = body.decode() if isinstance(body, bytes) else body
    if isinstance(text, list):
        return [json.dumps(item) for item in text]
    return [line for line in str(text).splitlines() if line.strip()]


def _indices(settings):  # noqa: ANN001
    from search.indices import Indices

    return Indices(settings.index_prefix)


def test_the_names_stage_commits_in_one_bulk_and_deletes_the_mentions_it_drops(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    """The names stage read every mention of its documents: a mention relinking drops (a
    person's name the recogniser took for an organisation) is deleted by id in the same bulk,
    with no stale-record look-up and no delete-by-query."""
    from ingest.job.names import update_names
    from tests.ingested import documents_of, town_of_texts

    town_of_texts(store, settings, tmp_path, TEXTS, "names-rt")
    indices = _indices(settings)
    alpha = documents_of(store, indices, "names-rt")["alpha.txt"]["id"]
    mentions = store.search(index=indices.mentions, body={"size": 100, "query": {"term": {
        "doc_id": alpha}}})["hits"]["hits"]
    person = next(h["_source"] for h in mentions if h["_source"]["kind"] == "person")
    planted = {**person, "id": f"{alpha}-m000900", "kind": "org", "ner_kind": "org"}
    store.index(index=indices.mentions, id=planted["id"], body=planted, refresh=True)

    calls, send = _recorded(store)
    try:
        assert update_names(store, settings, "names-rt", "names-rerun", [alpha]) == 1
    finally:
        store.transport.perform_request = send
    kinds = [url.rsplit("/", 1)[-1] for _method, url, _body in calls]
    assert "_delete_by_query" not in kinds, kinds
    assert kinds.count("_bulk") == 1, kinds

    store.indices.refresh(index=indices.mentions)
    after = store.search(index=indices.mentions, body={"size": 100, "query": {"term": {
        "doc_id": alpha}}})["hits"]["hits"]
    assert planted["id"] not in {h["_id"] for h in after}
    assert not [h for h in after if h["_source"]["kind"] == "org"
                and h["_source"]["key"] == person["key"]]
    document = store.get(index=indices.documents, id=alpha)["_source"]
    assert document["mention_count"] == len(after)


def test_the_names_stage_writes_only_the_mentions_its_relinking_changes(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    """A mention or a document the relinking leaves as it was is not written again: a second
    run over the same documents, with nothing new in the collection, writes one mention and
    one document, each changed behind its back (a link the stage would not make, a person
    facet it would not show), back as they were."""
    from ingest.job.names import update_names
    from tests.ingested import documents_of, town_of_texts

    town_of_texts(store, settings, tmp_path, TEXTS, "names-same")
    indices = _indices(settings)
    ids = sorted(d["id"] for d in documents_of(store, indices, "names-same").values())
    update_names(store, settings, "names-same", "names-same-1", ids)
    store.indices.refresh(index=indices.mentions)
    person = next(h["_source"] for h in store.search(index=indices.mentions, body={
        "size": 1, "query": {"bool": {"filter": [{"term": {"kind": "person"}}, {"terms": {
            "doc_id": ids}}]}}})["hits"]["hits"])
    store.update(index=indices.mentions, id=person["id"], refresh=True,
                 body={"doc": {"link_rule": "planted"}})
    facets = store.get(index=indices.documents, id=ids[0])["_source"]["person"]
    store.update(index=indices.documents, id=ids[0], refresh=True,
                 body={"doc": {"person": [*facets, "Planted Person"]}})

    calls, send = _recorded(store)
    try:
        assert update_names(store, settings, "names-same", "names-same-2", ids) == len(ids)
    finally:
        store.transport.perform_request = send
    written = [json.loads(line) for _m, url, body in calls if url.endswith("_bulk")
               for line in _lines(body)]
    targets = [w[op]["_index"] for w in written for op in ("index", "update", "delete")
               if op in w]
    assert targets.count(indices.mentions) == 1, targets
    assert [w["update"]["_id"] for w in written if "update" in w] == [ids[0]], targets
    store.indices.refresh(index=indices.mentions)
    restored = store.get(index=indices.mentions, id=person["id"])["_source"]
    assert restored["link_rule"] == person["link_rule"]
    assert store.get(index=indices.documents, id=ids[0])["_source"]["person"] == facets


def test_a_later_stage_whose_update_conflicts_fails_naming_the_file(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    """Only a document's create can lose to another writer's. A later stage's update that the
    node refuses as a conflict (here: written against an older version of the document) leaves
    that file failed, with the node's reason; the batch's other files are committed."""
    from ingest.job.commit import index_outcomes
    from ingest.job.names import name_outcomes
    from ingest.names import gather_authority
    from tests.ingested import documents_of, town_of_texts

    town_of_texts(store, settings, tmp_path, TEXTS, "names-409")
    indices = _indices(settings)
    ids = {path: d["id"] for path, d in documents_of(store, indices, "names-409").items()}
    # A mention count the stage will correct: otherwise it would leave the document as it is.
    store.update(index=indices.documents, id=ids["alpha.txt"], refresh=True,
                 body={"doc": {"mention_count": 0}})
    authority = gather_authority(store, indices, "names-409")
    outcomes = name_outcomes(store, settings, authority, "names-409-rerun", sorted(ids.values()))
    stale = next(o for o in outcomes if o.task.doc_id == ids["alpha.txt"])
    update = next(a for a in stale.records if a["_id"] == ids["alpha.txt"])
    update.pop("retry_on_conflict", None)  # a compare-and-write is never retried
    update.update(if_seq_no=0, if_primary_term=999, doc={"mention_count": 999})

    index_outcomes(store, settings, outcomes)

    assert stale.state == "failed" and stale.error_class == "IndexingError"
    assert stale.error_message.startswith("alpha.txt: ") and "version" in stale.error_message
    assert {o.task.relpath: o.state for o in outcomes if o is not stale} == {
        "bravo.txt": "indexed", "charlie.txt": "indexed"}
    assert store.get(index=indices.documents, id=ids["alpha.txt"])["_source"][
        "mention_count"] != 999


def test_a_names_stage_that_cannot_write_says_which_documents_and_why(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    """The names stage tries a refused document once more, then stops with an error naming the
    files, the node's reason and the command that redoes them; nothing is dropped silently."""
    from ingest.job.names import NamesNotWritten, update_names
    from tests.ingested import documents_of, town_of_texts

    town_of_texts(store, settings, tmp_path, TEXTS, "names-refused")
    indices = _indices(settings)
    ids = sorted(d["id"] for d in documents_of(store, indices, "names-refused").values())
    for doc_id in ids:  # counts the stage must correct, or it would leave the documents be
        store.update(index=indices.documents, id=doc_id, body={"doc": {"mention_count": 0}})
    store.indices.put_settings(index=indices.documents, body={"index.blocks.write": True})
    try:
        with pytest.raises(NamesNotWritten) as refused:
            update_names(store, settings, "names-refused", "names-refused-rerun", ids)
    finally:
        store.indices.put_settings(index=indices.documents, body={"index.blocks.write": None})
    message = str(refused.value)
    assert message.startswith("the names of 3 document(s) of names-refused could not be written")
    assert "--stage names" in message
    assert all(name in message for name in TEXTS) and "blocked" in message


def test_the_same_bytes_committed_by_two_workers_make_one_document_and_a_duplicate(
        store, settings, tmp_path: Path) -> None:  # noqa: ANN001
    """Two workers that found no document for the same bytes both create it: the second create
    loses, and its file becomes a duplicate of the winner, its path added to the document."""
    import dataclasses

    from ingest.job import start_job
    from ingest.job.commit import index_outcomes
    from ingest.worker import process_file, work_context

    (tmp_path / "alpha.txt").write_text(TEXTS["alpha.txt"], encoding="utf-8")
    plan = start_job(store, settings, [tmp_path], "commit-race", mode="local")
    first = process_file(plan.tasks[0], work_context(settings))
    index_outcomes(store, settings, [first])
    task = dataclasses.replace(first.task, relpath="copy/alpha.txt", control=first.task.control + "X")
    second = dataclasses.replace(first, task=task, records=[
        {**a, "_source": {**a["_source"], "control": task.control}} if "control" in a["_source"]
        else a for a in first.records])

    index_outcomes(store, settings, [second])

    assert (first.state, second.state, second.stage) == ("indexed", "duplicate", "dedup")
    assert second.error_message.startswith("copy/alpha.txt: same bytes as ")
    document = store.get(index=_indices(settings).documents, id=first.task.doc_id)["_source"]
    assert document["control"] == first.task.control
    assert "copy/alpha.txt" in str(document.get("paths"))
