"""Uploads that run real jobs: ``POST /api/ingest`` with a PDF, a DOCX, an e-mail with an
attachment and a corrupt file, then the job's ledger, the files found by search, and the corrupt
file's reason in the failures CSV; and the same through ``POST /api/ingest/path`` under a
configured ingest root."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.journeys.jobs import (
    admin_client,
    app_with_roots,
    documents,
    failure_rows,
    found_paths,
    ingest_path,
    ledger,
    wait_for_job,
)

pytestmark = pytest.mark.integration

PDF_PHRASE = "a pallet of copper cable behind unit nine"
DOCX_PHRASE = "the night porter logged the van at ten past two"
MAIL_PHRASE = "bring the gate keys to the Lowther depot"
ATTACHMENT_PHRASE = "inventory of the seized radios"
CORRUPT = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 4


def pdf_bytes(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, f"Statement: we saw {text}.")
    page.save()
    return buffer.getvalue()


def docx_bytes(text: str) -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(f"Log entry: {text}.")
    document.save(buffer)
    return buffer.getvalue()


def eml_bytes() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Nadia Crewe <nadia.crewe@example.org>"
    msg["To"] = "Tom Ashby <tom.ashby@example.org>"
    msg["Subject"] = "Depot keys"
    msg["Date"] = "Tue, 04 May 2021 10:00:00 +0000"
    msg["Message-ID"] = "<keys-1@example.org>"
    msg.set_content(f"Please {MAIL_PHRASE} before Friday.")
    msg.add_attachment(f"Attached: the {ATTACHMENT_PHRASE}.\n".encode(), maintype="text",
                       subtype="plain", filename="radios.txt")
    return msg.as_bytes()


def upload_set() -> dict[str, bytes]:
    return {"statement.pdf": pdf_bytes(PDF_PHRASE), "porter-log.docx": docx_bytes(DOCX_PHRASE),
            "keys.eml": eml_bytes(), "damaged.pdf": CORRUPT}


def test_an_upload_runs_a_job_whose_files_are_found(api, store, settings) -> None:  # noqa: ANN001
    files = [("files", (name, data, "application/octet-stream"))
             for name, data in upload_set().items()]
    started = api.post("/api/ingest", data={"collection": "up-multipart"}, files=files)
    assert started.status_code == 202, started.text
    assert started.json()["received"] == 4
    report = wait_for_job(api, started.json()["job_id"])
    assert report["received"] == 4
    assert {k: v for k, v in report["counts"].items() if v} == {"indexed": 3, "failed": 1}
    assert report["child_counts"]["indexed"] == 1  # radios.txt, out of keys.eml
    assert found_paths(api, f'"{PDF_PHRASE}"', "up-multipart") == ["statement.pdf"]
    assert found_paths(api, f'"{DOCX_PHRASE}"', "up-multipart") == ["porter-log.docx"]
    assert found_paths(api, f'"{MAIL_PHRASE}"', "up-multipart") == ["keys.eml"]
    assert found_paths(api, f'"{ATTACHMENT_PHRASE}"', "up-multipart") == ["keys.eml/radios.txt"]
    rows = failure_rows(api, report["id"])
    assert [(r["path"], r["state"]) for r in rows] == [("damaged.pdf", "failed")], rows
    row = rows[0]
    assert row["error_class"] and row["error_message"], row
    entries = ledger(store, settings, report["id"])
    assert entries["keys.eml/radios.txt"]["container"] == "keys.eml"
    assert entries["damaged.pdf"]["error_message"] == row["error_message"]


def test_a_path_under_an_ingest_root_runs_a_job(store, settings, admin_token: str,  # noqa: ANN001
                                                tmp_path: Path) -> None:
    root = tmp_path / "evidence-root"
    batch = root / "batch-07"
    batch.mkdir(parents=True)
    for name, data in upload_set().items():
        (batch / name).write_bytes(data)
    client = admin_client(app_with_roots(store, settings, root), admin_token)
    outside = client.post("/api/ingest/path", json={"path": str(tmp_path), "collection": "x"})
    assert outside.status_code == 403
    report = ingest_path(client, batch, "up-path")
    assert {k: v for k, v in report["counts"].items() if v} == {"indexed": 3, "failed": 1}
    docs = documents(client, "up-path")
    assert set(docs) == {"statement.pdf", "porter-log.docx", "keys.eml", "keys.eml/radios.txt"}
    assert docs["keys.eml/radios.txt"]["parent_id"] == docs["keys.eml"]["id"]
    assert found_paths(client, f'"{DOCX_PHRASE}"', "up-path") == ["porter-log.docx"]
    assert [r["path"] for r in failure_rows(client, report["id"])] == ["damaged.pdf"]
