"""The worker is a function: a task and a context in, an outcome out, and no store call. A
container's members come back as references into the blob store, one level down, for the job to
queue; they are not processed by the worker that opened the container."""

from __future__ import annotations

import hashlib
import io
import pickle
import zipfile
from pathlib import Path

import pytest

from ingest.job import new_task
from ingest.model import FileTask
from ingest.worker import WorkContext, process_file
from search.document_ids import document_id
from tests.ingest.test_hostile import make_damaged_zip


@pytest.fixture
def no_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any request to OpenSearch fails the test."""
    from opensearchpy.transport import Transport

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the worker called the store")

    monkeypatch.setattr(Transport, "perform_request", refuse)


def context(tmp_path: Path) -> WorkContext:
    return WorkContext(index_prefix="dkt-worker-unit", blob_dir=tmp_path / "blobs",
                       work_dir=tmp_path / "work")


def task_for(path: Path) -> FileTask:
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    return new_task("job-1", "unit", path, path.name, sha, path.stat().st_size, "UNIT-000001",
                    doc_id=document_id("unit", sha, "test-secret"))


def test_a_zip_comes_back_with_its_members_not_their_contents(tmp_path: Path,
                                                               no_store: None) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("deeper.txt", "Found two levels down.\n")
    archive = tmp_path / "outer.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("notes/a.txt", "The first note.\n")
        zf.writestr("empty.txt", "")
        zf.writestr("inner.zip", inner.getvalue())
    work = context(tmp_path)
    pickle.dumps(work)  # it crosses into pool processes and is rebuilt in Celery workers
    outcome = process_file(task_for(archive), work)
    assert (outcome.state, outcome.unpacked, outcome.stopped) == ("indexed", True, None)
    members = {m.name: m for m in outcome.members}
    assert set(members) == {"notes/a.txt", "empty.txt", "inner.zip"}
    note = members["notes/a.txt"]
    assert Path(str(note.path)).read_text() == "The first note.\n"
    assert note.sha256 == hashlib.sha256(b"The first note.\n").hexdigest()
    assert Path(str(note.path)).parent.parent == work.blob_dir  # content-addressed
    assert (members["empty.txt"].size, members["empty.txt"].path) == (0, None)
    # One level only: the inner zip's member is the inner zip's task's to find.
    assert "deeper.txt" not in {m.name for m in outcome.members}
    document = outcome.records[-1]
    assert document["_op_type"] == "create"
    assert "notes/a.txt" in document["_source"]["content"]
    assert not any((tmp_path / "work").iterdir())  # the unpacking folder is gone


def test_an_unreadable_member_comes_back_with_its_reason(tmp_path: Path, no_store: None) -> None:
    make_damaged_zip(tmp_path / "damaged.zip")
    outcome = process_file(task_for(tmp_path / "damaged.zip"), context(tmp_path))
    members = {m.name: m for m in outcome.members}
    assert members["good.txt"].error_class is None
    bad = members["bad.txt"]
    assert (bad.error_class, bad.error_state, bad.path) == ("CorruptFile", "failed", None)
    assert "Bad magic number" in str(bad.error_message)


def test_a_container_too_deep_is_not_opened(tmp_path: Path, no_store: None) -> None:
    from dataclasses import replace

    with zipfile.ZipFile(tmp_path / "deep.zip", "w") as zf:
        zf.writestr("a.txt", "Never read.\n")
    task = replace(task_for(tmp_path / "deep.zip"), depth=10, container="top.zip",
                   parent_path="top.zip")
    outcome = process_file(task, context(tmp_path))
    assert outcome.members == []
    assert outcome.stopped is not None and outcome.stopped[0] == "NestingTooDeep"


def test_a_fault_reading_entities_keeps_the_text_and_says_why(
    tmp_path: Path, no_store: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fault in the recogniser or a pattern (injected here: no known text triggers one now)
    costs the file its entities, not its text: indexed as partial, with the reason."""
    import ingest.worker

    def fault(*_args: object, **_kwargs: object) -> list:
        raise ValueError("invalid literal for int() with base 10: 'L05'")

    monkeypatch.setattr(ingest.worker, "find_mentions", fault)
    note = tmp_path / "panel sheet.txt"
    note.write_text("Crime review panel.\n\nThe panel decided to take no further action.\n")
    from dataclasses import replace

    from config import get_settings

    work = replace(context(tmp_path), spacy_model=get_settings().spacy_model)
    outcome = process_file(task_for(note), work)
    assert (outcome.state, outcome.error_class) == ("partial", "EntitiesUnread")
    assert outcome.error_message.startswith("panel sheet.txt: ")
    assert "invalid literal" in outcome.error_message and "--stage entities" in outcome.error_message
    pages = [r["_source"] for r in outcome.records if "-pages" in r["_index"]]
    assert pages and "no further action" in pages[0]["text"]


def test_a_reason_names_the_file_never_the_server_s_folders(tmp_path: Path,
                                                            no_store: None) -> None:
    """Pillow's reason names the path it opened ("cannot identify image file '/srv/...'"): the
    ledger's reason names the file alone."""
    kept = tmp_path / "evidence" / "box 12"
    kept.mkdir(parents=True)
    raw = kept / "camera.arw"
    raw.write_bytes(b"II*\x00\x08\x00\x00\x00" + bytes(range(256)) * 4)
    outcome = process_file(task_for(raw), context(tmp_path))
    assert outcome.state == "failed" and outcome.error_class == "CorruptFile"
    assert "camera.arw" in str(outcome.error_message)
    assert str(kept) not in str(outcome.error_message)
