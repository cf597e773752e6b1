"""Document ids made with a keyed hash (search.document_ids), and no digest or size of an
original for a reader without clearance (search.scoped, OF_THE_ORIGINAL).

A document's id used to be its collection and the first half of its original's SHA-256, shown
to every reader: for a plain text file in a collection that protects a name, a reader without
clearance could put a guessed name back where the cipher stands and confirm it against the id,
the ``sha256`` or the ``size``. Here: what an archivist relies on still holds (the same file
loaded twice is one document), ids are keyed by the deployment's secret and a salt of the
collection's own, a changed secret stops
ingestion instead of duplicating a collection, a collection made before keyed ids keeps its
plain ids and ``docket doctor`` says so, and the reader gets no digest or byte count while a
cleared reviewer does.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from config import Settings
from search.document_ids import document_id, ids_of_record, new_collection_fields
from tests.security.conftest import client_for, reviewers_of

pytestmark = pytest.mark.integration
RUN = os.getpid()
STATEMENT = ("Statement taken at Larchfield Lodge on 3 June 1995.\n"
             "Imogen Saltcoats said the grey minibus came for her at night.\n")
PROTECTED, CIPHER = "Imogen Saltcoats", "K7"


def _folder(root: Path, name: str, files: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _ingest(store, settings: Settings, folder: Path, collection: str) -> dict[str, int]:  # noqa: ANN001
    """A job run in this process, as the security fixtures run theirs; its ledger counts."""
    from ingest.job import JobRun, finish_job, start_job
    from ingest.worker import process_file, work_context

    plan = start_job(store, settings, [folder], collection, mode="local")
    run = JobRun(store, settings, plan)
    for task in plan.tasks:
        assert not run.receive(process_file(task, work_context(settings)))
    run.commit(wait=True)
    return {k: v for k, v in finish_job(store, settings, plan.job_id).items() if v}


def _documents(store, indices, collection: str) -> list[dict]:  # noqa: ANN001
    store.indices.refresh(index=indices.documents)
    found = store.search(index=indices.documents, body={
        "query": {"term": {"collection": collection}}, "size": 100})
    return [hit["_source"] for hit in found["hits"]["hits"]]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# ---------------------------------------------------------------- the id itself


def test_ids_are_keyed_by_the_deployments_secret_and_the_collection() -> None:
    sha = _sha(STATEMENT)
    ours, theirs = document_id("inquiry", sha, "secret-one"), document_id("inquiry", sha,
                                                                         "secret-two")
    assert ours != theirs
    assert ours == document_id("inquiry", sha, "secret-one")  # stable: re-ingestion finds it
    assert document_id("other", sha, "secret-one").removeprefix("other-") != \
        ours.removeprefix("inquiry-")  # one file's ids in two collections cannot be matched
    for made in (ours, theirs):
        digits = made.removeprefix("inquiry-")
        assert len(digits) == 32 and sha[:32] != digits and digits not in sha


def test_the_same_file_loaded_twice_is_one_document_with_a_keyed_id(
        store, indices, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    collection = f"keyed-twice-{RUN}"
    folder = _folder(tmp_path, "box", {"statement.txt": STATEMENT, "copy.txt": STATEMENT})
    assert _ingest(store, settings, folder, collection) == {"indexed": 1, "duplicate": 1}
    assert _ingest(store, settings, folder, collection) == {"skipped": 2}
    (document,) = _documents(store, indices, collection)
    record = store.get(index=indices.collections, id=collection)["_source"]
    assert document["id"] == ids_of_record(record, settings.secret_key).of(_sha(STATEMENT))
    assert _sha(STATEMENT)[:32] not in document["id"]
    assert sorted(document["paths"]) == ["copy.txt", "statement.txt"]


def test_knowing_the_secret_and_the_name_does_not_give_the_ids(
        store, indices, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    """A deployment on one machine may keep the default secret, which anyone can read in the
    source: the collection's own salt, which no answer holds, keeps its ids unguessable. Two
    collections of one name made apart (a collection dropped and made again) share no id."""
    collection = f"keyed-salted-{RUN}"
    folder = _folder(tmp_path, "box", {"statement.txt": STATEMENT})
    _ingest(store, settings, folder, collection)
    (document,) = _documents(store, indices, collection)
    guesses = {document_id(collection, _sha(STATEMENT), secret)
               for secret in (settings.secret_key, "change-me")}
    assert document["id"] not in guesses
    record = store.get(index=indices.collections, id=collection)["_source"]
    again = {**record, **new_collection_fields(settings.secret_key, collection)}
    assert ids_of_record(again, settings.secret_key).of(_sha(STATEMENT)) != document["id"]


def test_a_changed_secret_stops_ingestion_naming_the_collection(
        store, indices, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    from ingest.job import start_job
    from search.errors import IdKeyMismatch

    collection = f"keyed-secret-{RUN}"
    folder = _folder(tmp_path, "box", {"statement.txt": STATEMENT})
    assert _ingest(store, settings, folder, collection) == {"indexed": 1}
    jobs_before = store.count(index=indices.jobs, body={"query": {"term": {
        "collection": collection}}})["count"]
    moved = settings.model_copy(update={"secret_key": "a-new-deployment-secret"})
    with pytest.raises(IdKeyMismatch) as stopped:
        start_job(store, moved, [folder], collection, mode="local")
    assert f"'{collection}'" in str(stopped.value)
    assert "DOCKET_SECRET_KEY" in str(stopped.value)
    assert "duplicate" in str(stopped.value)
    store.indices.refresh(index=indices.jobs)
    assert store.count(index=indices.jobs, body={"query": {"term": {
        "collection": collection}}})["count"] == jobs_before  # no job was opened
    assert len(_documents(store, indices, collection)) == 1


def test_the_api_answers_a_changed_secret_with_409(
        store, indices, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    from search.users import UserStore
    from tests.security.conftest import make_app

    # The collection is made under another secret, and the API asked under this one: the
    # other way round, the API's audit records would be sealed with a key the suite's audit
    # chain does not hold, and every later check of the chain would fail.
    collection = f"keyed-api-{RUN}"
    before = settings.model_copy(update={"secret_key": "an-earlier-deployment-secret"})
    assert _ingest(store, before, _folder(tmp_path, "box", {"a.txt": STATEMENT}),
                   collection) == {"indexed": 1}
    token = UserStore(store, indices, settings.secret_key).add(f"keyed-admin-{RUN}", "admin",
                                                               ["*"])
    admin = client_for(make_app(store, settings), token)
    try:
        answer = admin.post("/api/ingest", data={"collection": collection},
                            files=[("files", ("b.txt", b"another statement\n", "text/plain"))])
        assert answer.status_code == 409, answer.text
        assert collection in answer.json()["detail"]
    finally:  # doctor would fail the suite's deployment for it from now on
        store.delete(index=indices.collections, id=collection, refresh=True)


# ---------------------------------------------------------------- collections made before


def _legacy_collection(store, indices, name: str) -> None:  # noqa: ANN001
    """A collection record as Docket wrote it before keyed ids: no id scheme."""
    store.index(index=indices.collections, id=name, refresh=True, body={
        "name": name, "prefix": "LEG", "description": "", "next_control": 1,
        "created_at": "2025-01-01T00:00:00+00:00"})


def test_a_legacy_collection_keeps_plain_ids_and_doctor_reports_it(
        store, indices, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    from api.doctor import check_document_ids

    collection = f"keyed-legacy-{RUN}"
    _legacy_collection(store, indices, collection)
    folder = _folder(tmp_path, "box", {"statement.txt": STATEMENT})
    assert _ingest(store, settings, folder, collection) == {"indexed": 1}
    assert _ingest(store, settings, folder, collection) == {"skipped": 1}  # still idempotent
    (document,) = _documents(store, indices, collection)
    assert document["id"] == f"{collection}-{_sha(STATEMENT)[:32]}"
    reported = [c for c in check_document_ids(settings) if f"'{collection}'" in c.detail]
    assert len(reported) == 1, reported
    assert reported[0].ok and reported[0].warning
    assert "SHA-256" in reported[0].detail and "Remedy" in reported[0].detail


def test_doctor_fails_a_collection_made_with_another_secret(
        store, settings: Settings, tmp_path: Path) -> None:  # noqa: ANN001
    from api.doctor import check_document_ids

    collection = f"keyed-doctor-{RUN}"
    assert _ingest(store, settings, _folder(tmp_path, "box", {"a.txt": STATEMENT}),
                   collection) == {"indexed": 1}
    assert not [c for c in check_document_ids(settings) if f"'{collection}'" in c.detail]
    moved = settings.model_copy(update={"secret_key": "a-new-deployment-secret"})
    reported = [c for c in check_document_ids(moved) if f"'{collection}'" in c.detail]
    assert [(c.ok, c.warning) for c in reported] == [(False, False)], reported


# ---------------------------------------------------------------- what a reader without clearance gets


@pytest.fixture(scope="module")
def protected(store, indices, settings: Settings, sec_app,  # noqa: ANN001, ANN201
              tmp_path_factory: pytest.TempPathFactory):
    """A collection protecting PROTECTED as CIPHER; a reviewer without clearance and one with."""
    from api.cli import app as cli

    collection = f"keyed-cipher-{RUN}"
    folder = _folder(tmp_path_factory.mktemp("keyed"), "box", {"statement.txt": STATEMENT})
    assert _ingest(store, settings, folder, collection) == {"indexed": 1}
    added = CliRunner().invoke(cli, ["ciphers", "add", collection, PROTECTED, CIPHER])
    assert added.exit_code == 0, added.output
    reader, cleared = reviewers_of(sec_app, store, indices, settings, collection, f"keyed-{RUN}")
    (document,) = _documents(store, indices, collection)
    return collection, document["id"], reader, cleared


def _original_fields(value: object) -> list[tuple[str, object]]:
    """Every sha256 or size (of any depth) with a value, in a JSON answer."""
    if isinstance(value, dict):
        return [*((k, v) for k, v in value.items() if k in ("sha256", "size") and v is not None),
                *(pair for v in value.values() for pair in _original_fields(v))]
    if isinstance(value, list):
        return [pair for v in value for pair in _original_fields(v)]
    return []


def _answers(client, collection: str, doc: str) -> dict[str, object]:  # noqa: ANN001
    search = {"collection": collection, "q": "minibus"}
    return {
        "document": client.get(f"/api/documents/{doc}").json(),
        "search": client.get("/api/search", params=search).json(),
        "export": client.get("/api/export", params={**search, "format": "json"}).json(),
        "files": client.get(f"/api/collections/{collection}/completeness/files").json(),
    }


def test_a_reader_without_clearance_gets_no_hash_or_size_a_cleared_reviewer_does(
        protected) -> None:  # noqa: ANN001
    collection, doc, reader, cleared = protected
    sha, size = _sha(STATEMENT), len(STATEMENT.encode())
    theirs = _answers(reader, collection, doc)
    assert theirs["search"]["total"] == 1 and len(theirs["export"]) == 1, theirs
    assert CIPHER in json.dumps(theirs["document"]), theirs["document"]
    for where, answer in theirs.items():
        assert not _original_fields(answer), (where, _original_fields(answer))
        assert sha[:16] not in json.dumps(answer), where
    ours = _answers(cleared, collection, doc)
    assert (ours["document"]["sha256"], ours["document"]["size"]) == (sha, size)
    for where in ("export", "files"):
        assert ("sha256", sha) in _original_fields(ours[where]), (where, ours[where])
    csv = reader.get("/api/export", params={"collection": collection, "format": "csv"}).text
    assert sha[:16] not in csv and str(size) not in csv.split("\n", 1)[1], csv
    assert sha[:16] in cleared.get("/api/export", params={"collection": collection,
                                                          "format": "csv"}).text


def test_the_reader_gets_no_original_and_no_length_of_it(protected) -> None:  # noqa: ANN001
    _collection, doc, reader, cleared = protected
    refused = reader.get(f"/api/documents/{doc}/file")
    assert refused.status_code == 403, refused.text
    assert refused.headers["content-length"] == str(len(refused.content))
    assert refused.headers["content-length"] != str(len(STATEMENT.encode()))
    served = cleared.get(f"/api/documents/{doc}/file")
    assert served.status_code == 200 and served.content == STATEMENT.encode()
