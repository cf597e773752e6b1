"""The completeness report on a slice of the third-party corpus with containers: ZIPs (one of
ZIPs, one encrypted), MSGs with an attached document and an attached message, an e-mail with
attachments, an MBOX and, where pffexport is installed, a PST; one e-mail copied to a second
path. Families and duplicates must agree with the ledger, file by file. Skips without the
corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from search.completeness import Completeness
from search.ledger import state_counts
from search.system import SystemStore
from tests.ingested import ingest_folder

pytestmark = pytest.mark.integration

COLLECTION = "completeness-corpus"
SLICE = ("tika/tika-parser-pkg-module/testEmbedded.zip",
         "tika/tika-parser-pkg-module/test-zip-of-zip.zip",
         "tika/tika-parser-pkg-module/testZipEncrypted.zip",
         "tika/tika-parser-microsoft-module/testMSG_att_msg.msg",
         "tika/tika-parser-microsoft-module/testMSG_att_doc.msg",
         "tika/tika-parser-mail-module/testRFC822_multipart_attachments.eml",
         "tika/tika-parser-mail-module/testMBOX_complex.mbox")
PST = "tika/tika-parser-microsoft-module/testPST.pst"
COPIED = "testRFC822_multipart_attachments.eml"


@pytest.fixture(scope="module")
def loaded(store, settings, corpus: Path, tmp_path_factory) -> tuple[str, dict]:  # noqa: ANN001
    root = tmp_path_factory.mktemp("corpus-slice")
    for path in SLICE + ((PST,) if shutil.which("pffexport") else ()):
        shutil.copy(corpus / path, root)
    (root / "copies").mkdir()
    shutil.copy(root / COPIED, root / "copies" / COPIED)
    return ingest_folder(store, settings, root, COLLECTION)


def test_families_and_duplicates_agree_with_the_ledger(store, indices,  # noqa: ANN001
                                                       loaded: tuple[str, dict]) -> None:
    job_id, counts = loaded
    system = SystemStore(store, indices)
    report = Completeness(system)
    summary = report.summary(COLLECTION)
    assert summary["files"]["counts"] == counts == state_counts(system, job_id)
    entries = {hit["_source"]["path"]: hit["_source"] for hit in system.scan(
        indices.ledger, {"query": {"term": {"job_id": job_id}}})}
    families = {row["path"]: row for row in report.rows(COLLECTION, "families")}
    assert set(families) == {p for p, e in entries.items() if (e.get("children") or 0) > 0}
    assert {"testEmbedded.zip", "test-zip-of-zip.zip", "testMSG_att_doc.msg", COPIED,
            "testMBOX_complex.mbox"} <= set(families)
    for path, row in families.items():
        members = [e for p, e in entries.items() if p.startswith(f"{path}/")]
        assert row["members"] == len(members), path
        locked_or_failed = {e["path"] for e in members
                            if e["state"] in ("failed", "password_protected")}
        assert {m["path"] for m in row["broken_members"]} == locked_or_failed, path
        assert (row["status"] == "broken") == bool(locked_or_failed) or row["state"] != "indexed"
    copies = {c["path"] for row in report.rows(COLLECTION, "duplicates") for c in row["copies"]}
    assert copies == {p for p, e in entries.items() if e["state"] == "duplicate"}
    assert f"copies/{COPIED}" in copies
