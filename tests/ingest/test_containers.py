"""Containers end to end: every child a document of its own, linked to its parent and root,
searchable, with its own control number and ledger entry."""

from __future__ import annotations

import io
import mailbox
import shutil
import stat
import tarfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from search.ledger import child_state_counts
from search.system import SystemStore
from tests.ingest.test_hostile import ingest
from tests.ingest.test_job import ledger

pytestmark = pytest.mark.integration


def family(store, indices, root_id: str) -> dict[str, dict]:  # noqa: ANN001
    store.indices.refresh(index=indices.documents)
    result = store.search(index=indices.documents, body={
        "size": 100, "query": {"term": {"root_id": root_id}}})
    return {hit["_source"]["path"]: hit["_source"] for hit in result["hits"]["hits"]}


def search_ids(store, indices, collection: str, text: str) -> set[str]:  # noqa: ANN001
    result = store.search(index=indices.documents, body={"query": {"bool": {
        "must": [{"match_phrase": {"content": text}}],
        "filter": [{"term": {"collection": collection}}]}}})
    return {hit["_source"]["path"] for hit in result["hits"]["hits"]}


def docx_bytes(text: str) -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(text)
    document.save(buffer)
    return buffer.getvalue()


def message(number: int, body: str, replying_to: list[int] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alice Rowe <alice.rowe@example.org>"
    msg["To"] = "Ben Hale <ben.hale@example.org>"
    msg["Subject"] = "Depot inspection" if number == 1 else "Re: Depot inspection"
    msg["Date"] = f"Mon, 0{number} Mar 2021 09:00:00 +0000"
    msg["Message-ID"] = f"<m{number}@example.org>"
    if replying_to:
        msg["In-Reply-To"] = f"<m{replying_to[-1]}@example.org>"
        msg["References"] = " ".join(f"<m{n}@example.org>" for n in replying_to)
    msg.set_content(body)
    return msg


def test_eml_with_two_attachments_makes_three_linked_documents(
    store, settings, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    msg = message(1, "Please find the notes and the fuel ledger attached.")
    msg.add_attachment(b"The blue Transit van was parked behind the depot on Tuesday.\n",
                       maintype="text", subtype="plain", filename="notes.txt")
    msg.add_attachment(docx_bytes("Quarterly fuel ledger for the Harrow depot."),
                       maintype="application", filename="ledger.docx",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    (tmp_path / "inspection.eml").write_bytes(msg.as_bytes())
    job_id, counts = ingest(store, settings, tmp_path, "containers-eml")
    assert (counts["indexed"], sum(counts.values())) == (1, 1)
    entries = ledger(store, indices, job_id)
    root = entries["inspection.eml"]
    assert root["children"] == 2
    docs = family(store, indices, root["doc_id"])
    assert set(docs) == {"inspection.eml", "inspection.eml/notes.txt", "inspection.eml/ledger.docx"}
    for path in ("inspection.eml/notes.txt", "inspection.eml/ledger.docx"):
        assert docs[path]["parent_id"] == root["doc_id"]
        assert docs[path]["control"] != root["control"]
        assert entries[path]["state"] == "indexed"
        assert entries[path]["container"] == "inspection.eml"
    assert docs["inspection.eml"]["thread_id"] == "<m1@example.org>"
    assert search_ids(store, indices, "containers-eml", "blue Transit van") == {
        "inspection.eml/notes.txt"}
    assert search_ids(store, indices, "containers-eml", "fuel ledger for the Harrow depot") == {
        "inspection.eml/ledger.docx"}


def test_zip_of_an_mbox_of_a_thread(store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    box_path = tmp_path / "archive.mbox"
    box = mailbox.mbox(str(box_path))
    box.add(message(1, "The inspection is on Friday at the Harrow depot."))
    box.add(message(2, "Friday suits me; I will bring the keys.", replying_to=[1]))
    box.add(message(3, "Keys collected from the gatehouse.", replying_to=[1, 2]))
    box.flush()
    box.close()
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "mail.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(box_path, "exports/archive.mbox")
    job_id, counts = ingest(store, settings, folder, "containers-mbox")
    assert counts["indexed"] == 1
    entries = ledger(store, indices, job_id)
    docs = family(store, indices, entries["mail.zip"]["doc_id"])
    mbox = docs["mail.zip/exports/archive.mbox"]
    assert mbox["parent_id"] == entries["mail.zip"]["doc_id"]
    messages = [docs[f"mail.zip/exports/archive.mbox/message-0000{n}.eml"] for n in (1, 2, 3)]
    assert {m["parent_id"] for m in messages} == {mbox["id"]}
    assert {m["type"] for m in messages} == {"email"}
    assert {m["thread_id"] for m in messages} == {"<m1@example.org>"}
    assert "gatehouse" in messages[2]["content"]


def test_pst_from_the_corpus(store, settings, indices, corpus: Path, tmp_path: Path) -> None:  # noqa: ANN001
    if shutil.which("pffexport") is None:
        pytest.skip("pffexport (pff-tools) is not installed")
    shutil.copy(corpus / "tika/tika-parser-microsoft-module/testPST.pst", tmp_path)
    job_id, _counts = ingest(store, settings, tmp_path, "containers-pst")
    entries = ledger(store, indices, job_id)
    assert entries["testPST.pst"]["state"] in ("indexed", "partial"), entries["testPST.pst"]
    docs = family(store, indices, entries["testPST.pst"]["doc_id"])
    messages = [d for p, d in docs.items() if p.endswith(".eml")]
    assert len(messages) >= 7
    assert any(d.get("thread_id") for d in messages)
    assert any("PreviousMapFeatureGenerator" in d["content"] for d in messages)
    attached = [d for p, d in docs.items() if p.endswith("1_attachment.docx")]
    assert len(attached) == 1 and attached[0]["parent_id"] != entries["testPST.pst"]["doc_id"]


def test_msg_with_an_attached_msg_from_the_corpus(store, settings, indices, corpus: Path,  # noqa: ANN001
                                                  tmp_path: Path) -> None:
    shutil.copy(corpus / "tika/tika-parser-microsoft-module/testMSG_att_msg.msg", tmp_path)
    job_id, _counts = ingest(store, settings, tmp_path, "containers-msg")
    entries = ledger(store, indices, job_id)
    docs = family(store, indices, entries["testMSG_att_msg.msg"]["doc_id"])
    assert docs["testMSG_att_msg.msg"]["thread_id"]
    assert "testMSG_att_msg.msg/Test Attachment.msg" in docs
    assert "testMSG_att_msg.msg/smbprn.00009008.KdcPjl.pdf" in docs


def _tar_entry(tar: tarfile.TarFile, name: str, kind: bytes, linkname: str = "",
               data: bytes | None = None) -> None:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.mtime = kind, linkname, 1_600_000_000
    if kind == tarfile.CHRTYPE:
        info.devmajor, info.devminor = 1, 3  # /dev/null's numbers
    info.size = len(data) if data is not None else 0
    tar.addfile(info, io.BytesIO(data) if data is not None else None)


def test_archive_members_that_are_not_files_are_skipped_by_rule(
    store, settings, indices, tmp_path: Path  # noqa: ANN001
) -> None:
    """Links, devices and FIFOs are not extracted, and each still has a ledger entry naming the
    rule; a container whose only non-indexed members are such skips stays indexed."""
    folder = tmp_path / "in"
    folder.mkdir()
    with tarfile.open(folder / "box.tar", "w") as tar:
        _tar_entry(tar, "docs", tarfile.DIRTYPE)
        _tar_entry(tar, "docs/minutes.txt", tarfile.REGTYPE,
                   data=b"Minutes of the depot committee: the gate code was changed.\n")
        _tar_entry(tar, "docs/latest", tarfile.SYMTYPE, linkname="minutes.txt")
        _tar_entry(tar, "docs/shadow", tarfile.SYMTYPE, linkname="/etc/shadow")
        _tar_entry(tar, "docs/copy.txt", tarfile.LNKTYPE, linkname="docs/minutes.txt")
        _tar_entry(tar, "docs/pipe", tarfile.FIFOTYPE)
        _tar_entry(tar, "docs/null", tarfile.CHRTYPE)
        _tar_entry(tar, "docs/disk", tarfile.BLKTYPE)
    with zipfile.ZipFile(folder / "links.zip", "w") as zf:
        zf.writestr("readme.txt", "The keys are kept at the gatehouse.")
        link = zipfile.ZipInfo("readme-link")
        link.create_system, link.external_attr = 3, (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "readme.txt")
    job_id, counts = ingest(store, settings, folder, "containers-special")
    assert counts["indexed"] == 2
    entries = ledger(store, indices, job_id)
    assert entries["box.tar"]["state"] == "indexed"
    assert entries["box.tar"]["children"] == 7  # every member but the directory
    assert entries["links.zip"]["state"] == "indexed"
    assert entries["links.zip"]["children"] == 2
    assert entries["box.tar/docs/minutes.txt"]["state"] == "indexed"
    assert entries["links.zip/readme.txt"]["state"] == "indexed"
    expected = {
        "box.tar/docs/latest": "a symbolic link to minutes.txt",
        "box.tar/docs/shadow": "a symbolic link to /etc/shadow",
        "box.tar/docs/copy.txt": "a hard link to docs/minutes.txt",
        "box.tar/docs/pipe": "a FIFO (named pipe)",
        "box.tar/docs/null": "a character device",
        "box.tar/docs/disk": "a block device",
        "links.zip/readme-link": "a symbolic link to readme.txt",
    }
    for path, kind in expected.items():
        entry = entries[path]
        assert (entry["state"], entry["error_class"], entry["stage"]) == (
            "skipped", "NotAFile", "unpack"), path
        assert entry["error_message"] == f"{path}: {kind}, not a file: not extracted"
        assert entry["container"] == path.split("/")[0]
    assert len([p for p in entries if p.startswith("box.tar/")]) == 7
    children = child_state_counts(SystemStore(store, indices), job_id)
    assert {state: n for state, n in children.items() if n} == {"indexed": 2, "skipped": 7}
    assert search_ids(store, indices, "containers-special", "gate code was changed") == {
        "box.tar/docs/minutes.txt"}
