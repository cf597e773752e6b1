"""Jobs against a real OpenSearch node: every file accounted for, dedup, re-runs, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.job import finish_job, run_local, start_job
from ingest.model import TERMINAL_STATES
from search.ledger import failures
from search.system import SystemStore

pytestmark = pytest.mark.integration


def ingest_folder(store, settings, folder: Path, collection: str) -> tuple[str, dict]:  # noqa: ANN001
    plan = start_job(store, settings, [folder], collection, mode="local")
    run_local(store, settings, plan)
    return plan.job_id, finish_job(store, settings, plan.job_id)


def ledger(store, indices, job_id: str) -> dict[str, dict]:  # noqa: ANN001
    result = store.search(index=indices.ledger, body={
        "size": 1000, "query": {"term": {"job_id": job_id}}})
    return {hit["_source"]["path"]: hit["_source"] for hit in result["hits"]["hits"]}


def test_every_sample_file_ends_in_a_terminal_state(sample_job: dict, sample_corpus) -> None:  # noqa: ANN001
    counts = sample_job["counts"]
    assert counts["queued"] == 0
    assert sample_job["received"] == len(sample_corpus.files)
    assert sum(counts[state] for state in TERMINAL_STATES) == sample_job["received"]
    assert counts["indexed"] == len(sample_corpus.files)


def test_file_type_comes_from_content_not_extension(store, indices, sample_job) -> None:  # noqa: ANN001
    result = store.search(index=indices.documents, body={
        "query": {"bool": {"filter": [{"term": {"path": "misc/archive_0413.dat"}},
                                      {"term": {"collection": "sample"}}]}}})
    (hit,) = result["hits"]["hits"]
    assert hit["_source"]["type"] == "pdf"
    assert hit["_source"]["page_count"] >= 1


def test_rerun_skips_done_files_and_hands_out_no_new_numbers(
    store, settings, indices, sample_job, sample_corpus  # noqa: ANN001
) -> None:
    before = store.get(index=indices.collections, id="sample")["_source"]["next_control"]
    job_id, counts = ingest_folder(store, settings, sample_corpus.root, "sample")
    assert counts["skipped"] == len(sample_corpus.files)
    assert counts["indexed"] == 0
    entry = next(iter(ledger(store, indices, job_id).values()))
    assert entry["error_class"] == "AlreadyIndexed"
    assert store.get(index=indices.collections, id="sample")["_source"]["next_control"] == before


def test_same_bytes_at_two_paths_is_one_document_with_both_paths(
    store, settings, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "note.txt").write_text("The blue Transit van was seen at the depot.\n")
    shutil.copy(tmp_path / "a" / "note.txt", tmp_path / "b" / "copy-of-note.txt")
    job_id, counts = ingest_folder(store, settings, tmp_path, "dups")
    assert (counts["indexed"], counts["duplicate"]) == (1, 1)
    entries = ledger(store, indices, job_id)
    assert entries["b/copy-of-note.txt"]["state"] == "duplicate"
    assert "a/note.txt" in entries["b/copy-of-note.txt"]["error_message"]
    doc_id = entries["a/note.txt"]["doc_id"]
    paths = store.get(index=indices.documents, id=doc_id)["_source"]["paths"]
    assert sorted(paths) == ["a/note.txt", "b/copy-of-note.txt"]


def make_encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)


def test_bad_input_ends_in_the_right_state_with_a_reason(
    store, settings, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    make_encrypted_pdf(tmp_path / "locked.pdf")
    (tmp_path / "mystery.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("A note that is fine.\n")
    job_id, counts = ingest_folder(store, settings, tmp_path, "hostile")
    entries = ledger(store, indices, job_id)
    assert entries["empty.pdf"]["state"] == "skipped"
    assert "zero-byte" in entries["empty.pdf"]["error_message"]
    assert entries["truncated.pdf"]["state"] == "failed"
    assert entries["truncated.pdf"]["error_class"] == "CorruptFile"
    assert entries["truncated.pdf"]["error_message"].startswith("truncated.pdf:")
    assert entries["locked.pdf"]["state"] == "password_protected"
    assert entries["mystery.bin"]["state"] == "failed"
    assert entries["mystery.bin"]["error_class"] == "UnsupportedFormat"
    assert entries["good.txt"]["state"] == "indexed"
    assert sum(counts[s] for s in TERMINAL_STATES) == 5
    reported = {entry["path"] for entry in failures(SystemStore(store, indices), job_id)}
    assert reported == {"truncated.pdf", "locked.pdf", "mystery.bin"}


def test_a_failing_names_stage_still_closes_the_job_and_builds_the_register(
        store, settings, indices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A defect in the names stage (its gathering raised on one collection's statements) left
    the job "running", the register unbuilt and a traceback; the files are indexed, so the job
    is closed, the case register is built, and the reason says how to run the stage again."""
    import ingest.job.run
    from ingest.errors import CollectionStageFailed

    def broken(*_args: object, **_kwargs: object) -> bool:
        raise KeyError("a person the authority does not hold")

    monkeypatch.setattr(ingest.job.run, "update_job_names", broken)
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "log.txt").write_text("Crime number 41/12345/09: Dean Holt was arrested.\n")
    plan = start_job(store, settings, [folder], "stage-fault", mode="local")
    run_local(store, settings, plan)
    with pytest.raises(CollectionStageFailed) as failed:
        finish_job(store, settings, plan.job_id)
    assert "the names stage failed (KeyError" in str(failed.value)
    assert "--stage names" in str(failed.value)
    job = store.get(index=indices.jobs, id=plan.job_id)["_source"]
    assert job["status"] == "finished"
    store.indices.refresh(index=indices.cases)
    cases = store.search(index=indices.cases, body={
        "query": {"term": {"collection": "stage-fault"}}})["hits"]["hits"]
    assert cases, "the cases stage ran after the names stage failed"
