"""Split archives (ingest.containers.volumes): an archive written across several files is read
from the volume a reader opens, with 7-Zip, and its members are the set's documents; every other
volume is settled ``skipped``, its reason naming the volume its members come from, so the
ledger accounts for every file. A volume alone is read as any file is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.ingest.test_containers import family, search_ids
from tests.ingest.test_hostile import ingest
from tests.ingest.test_job import ledger

pytestmark = pytest.mark.integration
NOTE = "The night manager at Gallowfield depot kept the keys to the garages in 1998."


def seven_zip() -> str:
    tool = shutil.which("7zz") or shutil.which("7z")
    if tool is None:
        pytest.skip("7-Zip is not installed (scripts/setup.sh installs it)")
    return tool


def make_numbered_set(folder: Path) -> list[str]:
    """A 7z archive in 8 KB volumes (set.7z.001, .002 ...), stored without compression, of a
    note and a longer log, so that the set spans several volumes."""
    source = folder.parent / f"{folder.name}-source"
    source.mkdir()
    (source / "note.txt").write_text(NOTE)
    (source / "log.txt").write_text("".join(f"Entry {n}: patrol passed the depot gates.\n"
                                            for n in range(600)))
    subprocess.run([seven_zip(), "a", "-v8k", "-mx0", str(folder / "set.7z"), str(source)],
                   check=True, stdout=subprocess.DEVNULL)
    return sorted(p.name for p in folder.iterdir())


def test_a_numbered_7z_set_is_read_from_its_first_volume(store, settings, indices,  # noqa: ANN001
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "backup"
    folder.mkdir()
    volumes = make_numbered_set(folder)
    assert volumes[0] == "set.7z.001" and len(volumes) >= 3
    job_id, counts = ingest(store, settings, folder, "split-7z")
    entries = ledger(store, indices, job_id)
    assert entries["set.7z.001"]["state"] == "indexed"
    for name in volumes[1:]:
        assert entries[name]["state"] == "skipped"
        assert entries[name]["error_message"] == (
            f"{name}: a volume of the split archive set.7z.001, whose members are read from "
            "that file")
    assert counts["skipped"] == len(volumes) - 1
    found = search_ids(store, indices, "split-7z", "night manager at Gallowfield")
    assert found == {"set.7z.001/backup-source/note.txt"}


def test_a_volume_alone_is_read_as_any_file(store, settings, indices, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "backup"
    folder.mkdir()
    volumes = make_numbered_set(folder)
    for name in volumes[:-1]:
        (folder / name).unlink()  # the last volume only: no set beside it
    job_id, _counts = ingest(store, settings, folder, "split-alone")
    entry = ledger(store, indices, job_id)[volumes[-1]]
    assert entry["state"] != "skipped"
    assert "volume of the split archive" not in entry.get("error_message", "")


def test_a_spanned_zip_from_the_corpus(store, settings, indices, corpus: Path,  # noqa: ANN001
                                       tmp_path: Path) -> None:
    seven_zip()
    for suffix in ("z01", "zip"):
        shutil.copy(corpus / f"tika/tika-parser-pkg-module/test-documents-spanned.{suffix}",
                    tmp_path)
    job_id, _counts = ingest(store, settings, tmp_path, "split-zip")
    entries = ledger(store, indices, job_id)
    assert entries["test-documents-spanned.zip"]["state"] == "indexed"
    assert entries["test-documents-spanned.z01"]["state"] == "skipped"
    members = family(store, indices, entries["test-documents-spanned.zip"]["doc_id"])
    assert {"test-documents-spanned.zip/testPDF.pdf",
            "test-documents-spanned.zip/testWORD.doc"} <= set(members)
