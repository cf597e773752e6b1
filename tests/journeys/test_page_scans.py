"""A scanned case file filed one page per file (``D0020_p1.png``, ``D0020_p2.png``,
``D0020_p10.png``), loaded through the API as an archivist does: one document with a page per
file in page-number order, each page OCR'd and cited, every file's ledger entry naming the rule
and the document; a lone ``notes_p1.png`` stays a document of its own. With the rule switched
off, four documents; a job run again adds nothing; an unreadable page file makes the document
partial, with that file's reason; and a stopped job resumes the scan whole."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ingest.job import finish_job, resume_job, run_local, start_job
from ingest.scans import RULE
from search.ledger import entries
from search.system import SystemStore
from tests.ingest.test_scans import render_page, truncate
from tests.journeys.jobs import admin_client, app_with_roots, ingest_path, wait_for_job

pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(shutil.which("tesseract") is None,
                                 reason="tesseract is not installed")]

PAGES = {"D0020_p1.png": "Harbour ledger opened", "D0020_p2.png": "Quayside warrant served",
         "D0020_p10.png": "Tolworth signed receipt"}
LONE = ("notes_p1.png", "Lantern inventory checked")
SCAN = ["D0020_p1.png", "D0020_p2.png", "D0020_p10.png"]


@dataclass(frozen=True)
class Loaded:
    client: TestClient
    folder: Path
    report: dict


def ledger_of(store, indices, job_id: str) -> dict[str, dict]:  # noqa: ANN001
    return {e["path"]: e for e in entries(SystemStore(store, indices), job_id)}


def documents(client: TestClient, collection: str) -> list[dict]:
    response = client.get("/api/search", params={"collection": collection, "size": 50})
    assert response.status_code == 200, response.text
    return [client.get(f"/api/documents/{hit['id']}").json() for hit in response.json()["hits"]]


def start(client: TestClient, folder: Path, collection: str, group_pages: bool) -> dict:
    started = client.post("/api/ingest/path", json={
        "path": str(folder), "collection": collection, "group_pages": group_pages})
    assert started.status_code == 202, started.text
    return wait_for_job(client, started.json()["job_id"])


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scans-root")
    for name, text in [*PAGES.items(), LONE]:
        render_page(root / "box" / name, text)
    return root


@pytest.fixture(scope="module")
def loaded(store, settings, admin_token: str, root: Path) -> Loaded:  # noqa: ANN001
    client = admin_client(app_with_roots(store, settings, root), admin_token)
    folder = root / "box"
    return Loaded(client, folder, ingest_path(client, folder, "scans-grouped"))


def test_the_pages_of_a_scan_are_one_document_in_page_order(loaded: Loaded) -> None:
    assert loaded.report["received"] == 4
    assert loaded.report["counts"]["indexed"] == 4
    assert loaded.report["group_pages"] is True
    by_path = {d["path"]: d for d in documents(loaded.client, "scans-grouped")}
    assert sorted(by_path) == ["D0020_p1.png", LONE[0]]
    scan = by_path["D0020_p1.png"]
    assert scan["title"] == "D0020" and scan["paths"] == SCAN
    assert scan["page_count"] == 3 and scan["ocr"] is True
    for number, name in enumerate(SCAN, start=1):
        page = loaded.client.get(f"/api/documents/{scan['id']}/pages/{number}").json()
        assert PAGES[name].split()[0] in page["html"], (number, page)
        assert page["citation"] == f"{scan['control']}-{number:04d}"
    hits = loaded.client.get("/api/search", params={
        "q": '"Quayside warrant"', "collection": "scans-grouped"}).json()["hits"]
    assert [h["id"] for h in hits] == [scan["id"]]
    assert {s["page"] for s in hits[0]["snippets"]} == {2}
    assert by_path[LONE[0]]["page_count"] == 1 and by_path[LONE[0]]["paths"] == [LONE[0]]


def test_each_pages_original_file_can_be_downloaded(loaded: Loaded) -> None:
    scan = next(d for d in documents(loaded.client, "scans-grouped") if d["title"] == "D0020")
    for number, name in enumerate(SCAN, start=1):
        response = loaded.client.get(f"/api/documents/{scan['id']}/file",
                                     params={"page": number})
        assert response.status_code == 200, response.text
        assert response.content == (loaded.folder / name).read_bytes()
        assert name in response.headers["content-disposition"]
    first = loaded.client.get(f"/api/documents/{scan['id']}/file")
    assert first.content == (loaded.folder / SCAN[0]).read_bytes()


def test_the_ledger_names_the_rule_and_the_document_for_each_file(
        loaded: Loaded, store, indices) -> None:  # noqa: ANN001
    ledger = ledger_of(store, indices, loaded.report["id"])
    scan = next(d for d in documents(loaded.client, "scans-grouped") if d["title"] == "D0020")
    for number, name in enumerate(SCAN, start=1):
        entry = ledger[name]
        assert entry["state"] == "indexed"
        assert (entry["rule"], entry["group"], entry["group_page"]) == (RULE, "D0020", number)
        assert (entry["doc_id"], entry["control"]) == (scan["id"], scan["control"])
    assert "rule" not in ledger[LONE[0]]


def test_a_job_run_again_adds_nothing(loaded: Loaded, store, indices) -> None:  # noqa: ANN001
    report = ingest_path(loaded.client, loaded.folder, "scans-grouped")
    assert report["received"] == 4 and report["counts"]["skipped"] == 4
    ledger = ledger_of(store, indices, report["id"])
    assert {ledger[name]["error_class"] for name in SCAN} == {"AlreadyIndexed"}
    assert {ledger[name]["rule"] for name in SCAN} == {RULE}
    assert len(documents(loaded.client, "scans-grouped")) == 2


def test_with_the_rule_off_each_file_is_a_document(loaded: Loaded) -> None:
    report = start(loaded.client, loaded.folder, "scans-apart", group_pages=False)
    assert report["group_pages"] is False
    assert report["received"] == 4 and report["counts"]["indexed"] == 4
    apart = documents(loaded.client, "scans-apart")
    assert sorted(d["path"] for d in apart) == sorted([*SCAN, LONE[0]])
    assert {d["page_count"] for d in apart} == {1}


def test_an_unreadable_page_file_makes_the_document_partial(
        store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    for name, text in PAGES.items():
        render_page(tmp_path / name, text)
    truncate(tmp_path / "D0020_p2.png")
    plan = start_job(store, settings, [tmp_path], "scans-partial", mode="local")
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    assert (counts["indexed"], counts["partial"], counts["failed"]) == (2, 1, 0)
    ledger = ledger_of(store, indices, plan.job_id)
    bad = ledger["D0020_p2.png"]
    assert bad["state"] == "partial" and bad["error_class"] == "CorruptFile"
    assert bad["rule"] == RULE and bad["doc_id"] == ledger["D0020_p1.png"]["doc_id"]
    doc = store.get(index=indices.documents, id=bad["doc_id"])["_source"]
    assert doc["page_count"] == 3 and "Tolworth" in doc["content"]


def test_a_stopped_job_resumes_the_scan_whole(
        store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    for name, text in PAGES.items():
        render_page(tmp_path / name, text)
    planned = start_job(store, settings, [tmp_path], "scans-resumed", mode="local")
    # Stopped before any worker ran: every file is still queued.
    plan = resume_job(store, settings, planned.job_id)
    assert len(plan.tasks) == 1 and plan.received == 3
    (task,) = plan.tasks
    assert task.doc_id == planned.tasks[0].doc_id and task.control == planned.tasks[0].control
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    assert counts["indexed"] == 3 and counts["queued"] == 0
    doc = store.get(index=indices.documents, id=task.doc_id)["_source"]
    assert doc["title"] == "D0020" and doc["paths"] == SCAN


def test_stage_ocr_reads_each_page_again_from_its_own_file(
        loaded: Loaded, store, settings, indices) -> None:  # noqa: ANN001
    from ingest.stages import WORK, plan_stage

    plan = plan_stage(store, settings, [loaded.folder], "scans-grouped", "ocr")
    assert plan.received == 2  # the scan and the lone file: documents, not files
    run_local(store, settings, plan, work=WORK["ocr"])
    counts = finish_job(store, settings, plan.job_id, names=False, cases=False)
    assert counts["indexed"] == 2, ledger_of(store, indices, plan.job_id)
    scan = next(d for d in documents(loaded.client, "scans-grouped") if d["title"] == "D0020")
    page = loaded.client.get(f"/api/documents/{scan['id']}/pages/2").json()
    assert "Quayside" in page["html"] and page["ocr"] is True


def test_a_scan_left_half_settled_is_not_resumed_as_another_document(
        store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    from ingest.job.ledger import write_entries

    for name, text in PAGES.items():
        render_page(tmp_path / name, text)
    planned = start_job(store, settings, [tmp_path], "scans-half", mode="local")
    first = ledger_of(store, indices, planned.job_id)["D0020_p1.png"]
    write_entries(store, indices, [{**first, "state": "indexed", "stage": "index"}])
    plan = resume_job(store, settings, planned.job_id)
    assert plan.tasks == []
    ledger = ledger_of(store, indices, planned.job_id)
    assert {ledger[name]["error_class"] for name in SCAN[1:]} == {"ScanIncomplete"}
    assert {ledger[name]["rule"] for name in SCAN} == {RULE}
