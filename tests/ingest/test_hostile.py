"""Hostile input, generated here: every file ends in a terminal state with a reason naming it,
and the job's received count is the sum of those states.

Limits under test (ingest.containers.limits): a member expanding past 100x its compressed size
(past 10 MB) is a bomb; containers are unpacked 10 deep; 50,000 members in all per top-level
file. The zip of 10,000 files is within the limits and is indexed in full.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from ingest.job import finish_job, run_local, start_job
from ingest.model import TERMINAL_STATES
from search.ledger import child_state_counts
from search.system import SystemStore
from tests.ingest.test_job import ledger, make_encrypted_pdf

pytestmark = pytest.mark.integration

MB = 1 << 20
LEDGER_CSV = ("date,payee,amount,note\n2021-03-01,Café Rouge,£12.50,lunch with Zoë\n"
              "2021-03-02,Crème Brûlée Ltd,£8.00,naïve estimate\n"
              "2021-03-03,Façade Repairs,£310.00,paid in full — résumé attached\n")


def ingest(store, settings, folder: Path, collection: str) -> tuple[str, dict]:  # noqa: ANN001
    plan = start_job(store, settings, [folder], collection, mode="local")
    run_local(store, settings, plan)
    counts = finish_job(store, settings, plan.job_id)
    assert counts["queued"] == 0
    assert sum(counts[s] for s in TERMINAL_STATES) == plan.received
    return plan.job_id, counts


def make_zip_bomb(path: Path, size: int = 1024 * MB) -> None:
    """1 GB of zeros, streamed into the archive a megabyte at a time (never held in memory)."""
    zeros = bytes(MB)
    with (zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf,
          zf.open("zeros.bin", "w", force_zip64=True) as member):
        for _ in range(size // MB):
            member.write(zeros)


def make_nested_zip(path: Path, depth: int) -> None:
    """``depth`` zips, each holding a note of its level and the next zip."""
    inner: bytes | None = None
    for level in range(depth, 0, -1):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(f"level-{level:02d}.txt", f"Note found at nesting level {level}.\n")
            if inner is not None:
                zf.writestr(f"nested-{level + 1:02d}.zip", inner)
        inner = buffer.getvalue()
    path.write_bytes(inner or b"")


def make_damaged_zip(path: Path) -> None:
    """Two members; the second's local header is overwritten, as a bad sector or a cut-and-paste
    of an archive would leave it. The directory at the end still lists both."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("good.txt", "The minutes of the licensing committee, 4 March 1998.")
        zf.writestr("bad.txt", "This member's header is damaged.")
    data = bytearray(buffer.getvalue())
    second = data.find(b"PK\x03\x04", 4)
    data[second:second + 4] = b"XXXX"
    path.write_bytes(bytes(data))


def make_encrypted_docx(path: Path) -> None:
    import docx
    import msoffcrypto.format.ooxml

    plain = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Minutes of the closed session.")
    document.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("secret", out)


@pytest.fixture(scope="module")
def hostile(store, settings, tmp_path_factory) -> dict:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    make_encrypted_pdf(folder / "locked.pdf")
    make_encrypted_docx(folder / "locked.docx")
    make_nested_zip(folder / "deep.zip", 20)
    make_zip_bomb(folder / "bomb.zip")
    make_damaged_zip(folder / "damaged.zip")
    # A PDF named as a Word file: judged by its bytes.
    (folder / "report.docx").write_bytes(_small_pdf())
    (folder / "ledger.csv").write_bytes(LEDGER_CSV.encode("cp1252"))
    job_id, counts = ingest(store, settings, folder, "hostile-input")
    return {"job_id": job_id, "counts": counts, "folder": folder}


def _small_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Inspection report for the Harrow depot, signed by the duty manager.")
    pdf.save()
    return buffer.getvalue()


def test_every_hostile_file_ends_in_a_terminal_state(hostile: dict) -> None:
    assert sum(hostile["counts"][s] for s in TERMINAL_STATES) == 9


def test_damaged_zip_member_fails_as_corrupt_and_the_rest_is_indexed(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    assert entries["damaged.zip/good.txt"]["state"] == "indexed"
    bad = entries["damaged.zip/bad.txt"]
    assert (bad["state"], bad["error_class"]) == ("failed", "CorruptFile")
    assert bad["error_message"].startswith("damaged.zip/bad.txt:")
    assert "Bad magic number" in bad["error_message"]
    archive = entries["damaged.zip"]
    assert (archive["state"], archive["error_class"]) == ("partial", "CorruptFile")


def test_empty_truncated_and_encrypted_pdfs(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    assert entries["empty.pdf"]["state"] == "skipped"
    assert entries["empty.pdf"]["error_message"] == "empty.pdf: zero-byte file"
    assert entries["truncated.pdf"]["state"] == "failed"
    assert entries["truncated.pdf"]["error_message"].startswith("truncated.pdf:")
    assert entries["locked.pdf"]["state"] == "password_protected"
    assert entries["locked.pdf"]["error_message"].startswith("locked.pdf:")


def test_encrypted_files_get_a_metadata_only_document(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    for name in ("locked.pdf", "locked.docx"):
        entry = entries[name]
        assert entry["state"] == "password_protected", entry
        assert entry["error_message"].startswith(f"{name}:")
        doc = store.get(index=indices.documents, id=entry["doc_id"])["_source"]
        assert (doc["filename"], doc["path"], doc["page_count"]) == (name, name, 0)
        assert doc["control"] == entry["control"] and doc["sha256"] == entry["sha256"]
        assert doc["size"] > 0 and doc["mime"]


def test_wrong_extension_and_non_utf8_csv_are_read(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    report = store.get(index=indices.documents, id=entries["report.docx"]["doc_id"])["_source"]
    assert report["type"] == "pdf" and "Harrow depot" in report["content"]
    csv = store.get(index=indices.documents, id=entries["ledger.csv"]["doc_id"])["_source"]
    assert "Café Rouge,£12.50" in csv["content"] and "résumé" in csv["content"]


def test_zip_bomb_fails_naming_the_ratio_limit(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    bomb = entries["bomb.zip"]
    assert bomb["state"] == "failed"
    assert bomb["error_class"] == "CompressionRatioExceeded"
    assert bomb["error_message"].startswith("bomb.zip:")
    assert "bomb.zip/zeros.bin" in bomb["error_message"]
    assert "100 times its compressed size" in bomb["error_message"]
    member = entries["bomb.zip/zeros.bin"]
    assert (member["state"], member["container"]) == ("failed", "bomb.zip")


def test_zip_nested_20_deep_is_unpacked_10_deep(store, indices, hostile) -> None:  # noqa: ANN001
    entries = ledger(store, indices, hostile["job_id"])
    deep = entries["deep.zip"]
    assert deep["state"] == "partial"
    assert deep["error_class"] == "NestingTooDeep"
    assert "nested more than 10 deep" in deep["error_message"]
    tenth = "deep.zip/" + "/".join(f"nested-{n:02d}.zip" for n in range(2, 11))
    assert entries[f"{tenth}/level-10.txt"]["state"] == "indexed"
    assert entries[f"{tenth}/nested-11.zip"]["state"] == "failed"
    assert entries[f"{tenth}/nested-11.zip"]["depth"] == 10
    assert not any("level-11" in path for path in entries)


def test_children_are_counted_apart_from_received(store, indices, hostile) -> None:  # noqa: ANN001
    children = child_state_counts(SystemStore(store, indices), hostile["job_id"])
    # bomb.zip: 1 member; deep.zip: 10 notes + 10 nested zips; damaged.zip: 2 members.
    assert sum(children.values()) == 23
    assert children["failed"] == 3


def test_zip_of_ten_thousand_files_is_indexed_in_full(store, settings, indices,  # noqa: ANN001
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    with zipfile.ZipFile(folder / "many.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for number in range(10_000):
            zf.writestr(f"notes/note-{number:05d}.txt", f"Note {number} of the shift log.\n")
    job_id, counts = ingest(store, settings, folder, "hostile-many")
    assert counts["indexed"] == 1
    children = child_state_counts(SystemStore(store, indices), job_id)
    assert children["indexed"] == 10_000
    store.indices.refresh(index=indices.documents)
    found = store.count(index=indices.documents, body={"query": {"bool": {"filter": [
        {"term": {"collection": "hostile-many"}}, {"exists": {"field": "parent_id"}}]}}})
    assert found["count"] == 10_000


def test_failure_report_as_csv_from_the_api_and_the_cli(api, hostile) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from api.cli import app

    job_id = hostile["job_id"]
    response = api.get(f"/api/jobs/{job_id}/failures.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["path", "state", "stage", "error_class", "error_message"]
    by_path = {row[0]: row for row in rows[1:]}
    assert by_path["bomb.zip"][1:4] == ["failed", "unpack", "CompressionRatioExceeded"]
    assert by_path["bomb.zip/zeros.bin"][1] == "failed"
    assert by_path["locked.docx"][1] == "password_protected"
    assert by_path["deep.zip"][1] == "partial"
    assert "empty.pdf" not in by_path  # skipped with its rule, not a failure
    report = api.get(f"/api/jobs/{job_id}").json()
    assert sum(report["counts"].values()) == report["received"] == 9
    assert report["child_counts"]["failed"] == 3
    assert api.get("/api/jobs/20000101-000000-abcdef/failures.csv").status_code == 404
    result = CliRunner().invoke(app, ["jobs", job_id, "--csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.replace("\r\n", "\n") == response.text.replace("\r\n", "\n")
    for mistyped in (["jobs", "list"], ["jobs", "20000101-000000-abcdef", "--csv"]):
        refused = CliRunner().invoke(app, mistyped)
        assert refused.exit_code == 1  # not a job that received nothing
        assert f"no job '{mistyped[1]}'" in refused.output
        assert "received" not in refused.output
