"""Archives an archivist meets in an old desktop's backups besides ZIP and TAR: Windows cabinet
files, LZ4 frames, bare zlib streams and Java archives are unpacked, their documents indexed
and searchable; a zlib bomb fails on the ratio limit, and a damaged archive's reason is
libarchive's words without its return codes and pointers."""

from __future__ import annotations

import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.ingest.test_containers import family, search_ids
from tests.ingest.test_hostile import MB, ingest
from tests.ingest.test_job import ledger

pytestmark = pytest.mark.integration
PKG = "tika/tika-parser-pkg-module"
NOTE = "The depot keys were handed to the night manager at Gallowfield on 3 March 1998."


@pytest.fixture(scope="module")
def loaded(store, settings, tmp_path_factory) -> dict:  # noqa: ANN001
    folder: Path = tmp_path_factory.mktemp("more-archives")
    (folder / "note.txt.zlib").write_bytes(zlib.compress(NOTE.encode()))
    # 300 MB of zeros in about 300 KB: the ratio limit stops it, a chunk at a time.
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(bytes(MB)) for _ in range(300)) + packer.flush()
    (folder / "zeros.zlib").write_bytes(bomb)
    with zipfile.ZipFile(folder / "tools.jar", "w") as jar:
        jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
        jar.writestr("docs/handover.txt", NOTE.replace("depot", "garage"))
    job_id, _counts = ingest(store, settings, folder, "more-archives")
    return {"job_id": job_id, "folder": folder}


def test_a_zlib_stream_is_its_one_document(store, indices, loaded) -> None:  # noqa: ANN001
    entries = ledger(store, indices, loaded["job_id"])
    assert entries["note.txt.zlib"]["state"] == "indexed"
    assert "note.txt.zlib/note.txt" in search_ids(store, indices, "more-archives", "night manager")


def test_a_zlib_bomb_fails_on_the_ratio_limit(store, indices, loaded) -> None:  # noqa: ANN001
    bomb = ledger(store, indices, loaded["job_id"])["zeros.zlib"]
    assert bomb["state"] == "failed"
    assert bomb["error_class"] == "CompressionRatioExceeded"


def test_a_java_archive_is_read_as_the_zip_it_is(store, indices, loaded) -> None:  # noqa: ANN001
    entries = ledger(store, indices, loaded["job_id"])
    assert entries["tools.jar"]["state"] == "indexed"
    docs = family(store, indices, entries["tools.jar"]["doc_id"])
    assert "GARAGE keys".lower() in docs["tools.jar/docs/handover.txt"]["content"].lower()


def test_cabinet_and_lz4_files_from_the_corpus(store, settings, indices, corpus: Path,  # noqa: ANN001
                                               tmp_path: Path) -> None:
    for name in ("test-documents.cab", "testLZ4-framed.lz4", "testZ_oom.Z"):
        shutil.copy(corpus / PKG / name, tmp_path)
    job_id, _counts = ingest(store, settings, tmp_path, "more-archives-corpus")
    entries = ledger(store, indices, job_id)
    assert entries["test-documents.cab"]["state"] == "indexed"
    members = family(store, indices, entries["test-documents.cab"]["doc_id"])
    assert {"test-documents.cab/testPDF.pdf", "test-documents.cab/testEXCEL.xls"} <= set(members)
    assert entries["testLZ4-framed.lz4"]["state"] == "indexed"
    damaged = entries["testZ_oom.Z"]
    assert damaged["state"] == "failed" and damaged["error_class"] == "CorruptFile"
    assert damaged["error_message"] == "testZ_oom.Z: not a readable archive (Invalid compressed data)"
