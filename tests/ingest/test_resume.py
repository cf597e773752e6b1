"""Resumable and idempotent: re-runs skip what is done, ``--resume`` finishes queued files with
the numbers planned for them, ``--stage entities`` replaces mentions and sweeps stale records,
near-duplicates share a group."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

import pytest

from ingest.blobs import keep_staged, stage_blob
from ingest.job import finish_job, resume_job, run_local, start_job
from ingest.model import SourceFile
from ingest.stages import WORK, plan_stage
from tests.ingest.test_hostile import ingest
from tests.ingest.test_job import ledger

pytestmark = pytest.mark.integration

MEMO = ("Memo from Margaret Okafor to the board of Harrow Transport Limited in Manchester. "
        "The depot inspection found the fuel ledger incomplete for the whole of March, and the "
        "keys to the gatehouse were signed out twice without a name. Margaret Okafor asks the "
        "board to appoint an auditor before the next meeting in London, and to suspend the "
        "night shift rota until the records are complete and checked by two managers.\n")


def test_rerun_skips_containers_and_their_children(store, settings, indices,  # noqa: ANN001
                                                   tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "notes.zip", "w") as zf:
        zf.writestr("a.txt", "First note about the depot.\n")
        zf.writestr("b.txt", "Second note about the gatehouse.\n")
    _first, counts = ingest(store, settings, tmp_path, "resume-rerun")
    assert counts["indexed"] == 1
    before = store.get(index=indices.collections, id="resume-rerun")["_source"]["next_control"]
    again, counts = ingest(store, settings, tmp_path, "resume-rerun")
    assert (counts["skipped"], counts["indexed"]) == (1, 0)
    assert ledger(store, indices, again)["notes.zip"]["error_class"] == "AlreadyIndexed"
    after = store.get(index=indices.collections, id="resume-rerun")["_source"]["next_control"]
    assert after == before


def test_resume_runs_queued_files_with_their_planned_numbers(store, settings, indices,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("A note that waited in the queue.\n")
    (tmp_path / "two.txt").write_text("Another note that waited in the queue.\n")
    plan = start_job(store, settings, [tmp_path], "resume-queued", mode="local")
    planned = {t.relpath: t.control for t in plan.tasks}
    # The job's workers never ran (stopped, machine restarted): both files are still queued.
    resumed = resume_job(store, settings, plan.job_id)
    assert {t.relpath: t.control for t in resumed.tasks} == planned
    run_local(store, settings, resumed)
    counts = finish_job(store, settings, plan.job_id)
    assert (counts["indexed"], counts["queued"]) == (2, 0)
    entries = ledger(store, indices, plan.job_id)
    assert {path: entries[path]["control"] for path in planned} == planned



def test_resume_finds_an_upload_in_the_blob_store(store, settings, indices) -> None:  # noqa: ANN001
    """An upload is planned from its blob, under the name it was sent with; a resumed job
    reads it from there."""
    data = f"A statement uploaded and left queued, reference {uuid.uuid4().hex}.\n".encode()
    blob = keep_staged(settings.blob_dir, stage_blob(settings.blob_dir, [data]))
    upload = SourceFile(path=blob, relpath="statement.txt", size=len(data))
    plan = start_job(store, settings, [], "resume-upload", mode="local", named=[upload])
    resumed = resume_job(store, settings, plan.job_id)
    assert [(t.relpath, t.path) for t in resumed.tasks] == [("statement.txt", str(blob))]
    run_local(store, settings, resumed)
    counts = finish_job(store, settings, plan.job_id)
    assert (counts["indexed"], counts["queued"]) == (1, 0)
    assert ledger(store, indices, plan.job_id)["statement.txt"]["state"] == "indexed"

def _mentions(store, indices, doc_id: str) -> list[dict]:  # noqa: ANN001
    store.indices.refresh(index=indices.mentions)
    result = store.search(index=indices.mentions, body={
        "size": 1000, "query": {"term": {"doc_id": doc_id}}, "sort": [{"id": "asc"}]})
    return [hit["_source"] for hit in result["hits"]["hits"]]


def test_stage_entities_replaces_mentions_and_sweeps_stale_records(
    store, settings, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    (tmp_path / "memo.txt").write_text(MEMO)
    job_id, _counts = ingest(store, settings, tmp_path, "resume-stage")
    doc_id = ledger(store, indices, job_id)["memo.txt"]["doc_id"]
    before = _mentions(store, indices, doc_id)
    assert any(m["kind"] == "person" for m in before)
    # Records a bad earlier run could have left: a mention and a page past the counts.
    stale_mention = {**before[0], "id": f"{doc_id}-m000900", "text": "Stale Person",
                     "key": "stale person"}
    # Refreshed, as a bad run's records long since are: the indices refresh every second, and
    # a re-run that checks for stale records sooner would not see an unrefreshed one.
    store.index(index=indices.mentions, id=stale_mention["id"], body=stale_mention, refresh=True)
    store.index(index=indices.pages, id=f"{doc_id}-00099", body={
        "id": f"{doc_id}-00099", "doc_id": doc_id, "collection": "resume-stage", "page": 99,
        "text": "a stale page"}, refresh=True)
    store.update(index=indices.documents, id=doc_id, body={"doc": {"person": ["Stale Person"]}},
                 refresh=True)
    plan = plan_stage(store, settings, [tmp_path], "resume-stage", "entities")
    assert [t.doc_id for t in plan.tasks] == [doc_id]
    run_local(store, settings, plan, work=WORK["entities"])
    counts = finish_job(store, settings, plan.job_id)
    assert (counts["indexed"], sum(counts.values())) == (1, 1)
    after = _mentions(store, indices, doc_id)
    assert [m["id"] for m in after] == [m["id"] for m in before]
    assert not store.exists(index=indices.pages, id=f"{doc_id}-00099")
    doc = store.get(index=indices.documents, id=doc_id)["_source"]
    assert "Stale Person" not in doc["person"]
    assert any("Okafor" in person for person in doc["person"])
    assert doc["mention_count"] == len(after)


def test_near_duplicates_share_a_group(store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "memo-draft.txt").write_text(MEMO)
    (tmp_path / "memo-final.txt").write_text(MEMO.replace("twice", "three times"))
    (tmp_path / "other.txt").write_text(
        "Minutes of the residents' association: the bins will be collected on Thursdays from "
        "April, the play area reopens after repairs, and the treasurer reported a small surplus "
        "from the summer fair which will pay for new benches along the canal path.\n")
    job_id, _counts = ingest(store, settings, tmp_path, "resume-neardup")
    entries = ledger(store, indices, job_id)
    docs = {path: store.get(index=indices.documents, id=entries[path]["doc_id"])["_source"]
            for path in ("memo-draft.txt", "memo-final.txt", "other.txt")}
    group = docs["memo-draft.txt"].get("near_dup_group")
    assert group and group == docs["memo-final.txt"].get("near_dup_group")
    assert group in (docs["memo-draft.txt"]["control"], docs["memo-final.txt"]["control"])
    assert docs["other.txt"].get("near_dup_group") is None


def test_near_duplicate_groups_reach_the_ciphered_copy(store, settings, indices,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    """Uncleared users read the ciphered copy: it carries the same group as the record."""
    from search.ciphers import CipherStore
    from search.indices import ciphered_name

    CipherStore(store, settings.index_prefix).add("resume-neardup-ciphered", "Margaret Okafor",
                                                  "Witness 1")
    (tmp_path / "memo-draft.txt").write_text(MEMO)
    (tmp_path / "memo-final.txt").write_text(MEMO.replace("twice", "three times"))
    job_id, _counts = ingest(store, settings, tmp_path, "resume-neardup-ciphered")
    entries = ledger(store, indices, job_id)
    ids = [entries[path]["doc_id"] for path in ("memo-draft.txt", "memo-final.txt")]
    groups = {index: {store.get(index=index, id=doc_id)["_source"].get("near_dup_group")
                      for doc_id in ids}
              for index in (indices.documents, ciphered_name(indices.documents))}
    assert len(groups[indices.documents]) == 1 and None not in groups[indices.documents]
    assert groups[ciphered_name(indices.documents)] == groups[indices.documents]
