"""Page-per-file scans (ingest.scans): which names are pages of one scan, and reading a scan's
files as one document's pages (real tesseract); and the ledger entries of a scan's files
(ingest.job.ledger), one per file, each with its own state."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.extract import ExtractContext
from ingest.job.ledger import outcome_entries, queued_entries
from ingest.model import FileTask, Outcome, ScanPage, SourceFile
from ingest.scans import RULE, page_groups, page_name, read_scan

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def render_page(path: Path, text: str) -> Path:
    """A page image holding ``text`` in large, clean type (what tesseract reads back)."""
    image = Image.new("L", (1600, 400), 255)
    font = ImageFont.truetype(str(FONT), 64) if FONT.exists() else ImageFont.load_default(64)
    ImageDraw.Draw(image).text((60, 150), text, fill=0, font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def truncate(path: Path) -> Path:
    """The image cut short: still a PNG by its bytes, no longer readable."""
    path.write_bytes(path.read_bytes()[:200])
    return path


def groups_of(*names: str, images: set[str] | None = None) -> list[tuple[str, list[str]]]:
    files = [SourceFile(Path(name), name, 100) for name in names]
    is_image = (lambda f: True) if images is None else (lambda f: f.relpath in images)
    return [(g.title, [f.relpath for f in g.files]) for g in page_groups(files, is_image)]


@pytest.mark.parametrize(("name", "stem", "number"), [
    ("D0020_p1.png", "D0020", 1), ("D0020_p10.png", "D0020", 10), ("D0020-P02.tif", "D0020", 2),
    ("D0020 page 3.png", "D0020", 3), ("D0020_page_4.png", "D0020", 4),
    ("D0020.pg5.jpg", "D0020", 5), ("statement-001.tif", "statement", 1),
    ("statement_2.tif", "statement", 2), ("ABC0001.003.tif", "ABC0001", 3),
    ("letter (2).jpg", "letter", 2), ("letter(3).jpg", "letter", 3),
    ("Witness statement - p4.png", "Witness statement -", 4),
])
def test_names_that_carry_a_page_number(name: str, stem: str, number: int) -> None:
    parsed = page_name(f"box/{name}")
    assert parsed is not None and (parsed.stem, parsed.number) == (stem, number)
    assert parsed.key[0] == "box"


@pytest.mark.parametrize("name", [
    "letter.jpg", "D0020.png", "ABC000123.tif", "IMG_0001.jpg", "DSC_0042.JPG", "img-0003.png",
    "PXL_20240101_120000.jpg", "scan.png", "p1.png",
])
def test_names_that_carry_no_page_number(name: str) -> None:
    assert page_name(name) is None


def test_pages_are_ordered_by_number_not_by_name() -> None:
    assert groups_of("D0020_p10.png", "D0020_p1.png", "D0020_p2.png") == [
        ("D0020", ["D0020_p1.png", "D0020_p2.png", "D0020_p10.png"])]


def test_a_lone_page_is_an_ordinary_file() -> None:
    assert groups_of("notes_p1.png", "D0020_p1.png", "D0020_p2.png") == [
        ("D0020", ["D0020_p1.png", "D0020_p2.png"])]
    assert groups_of("notes_p1.png") == []


def test_years_are_not_pages() -> None:
    assert groups_of("report_2019.png", "report_2020.png") == []
    assert groups_of("report_1.png", "report_2019.png") == []
    assert groups_of("minutes_3.png", "minutes_7.png") == []


def test_bare_numbers_are_pages_only_in_a_gapless_run_from_one() -> None:
    assert groups_of("statement-003.tif", "statement-001.tif", "statement-002.tif") == [
        ("statement", ["statement-001.tif", "statement-002.tif", "statement-003.tif"])]
    assert groups_of("scan_0.png", "scan_1.png") == [("scan", ["scan_0.png", "scan_1.png"])]
    assert groups_of("statement-001.tif", "statement-003.tif") == []


def test_a_marked_number_may_skip_a_page() -> None:
    # A missing page file does not make the others separate documents.
    assert groups_of("D0020_p1.png", "D0020_p3.png") == [
        ("D0020", ["D0020_p1.png", "D0020_p3.png"])]


def test_copies_in_brackets_follow_the_bare_name() -> None:
    assert groups_of("letter (3).jpg", "letter.jpg", "letter (2).jpg") == [
        ("letter", ["letter.jpg", "letter (2).jpg", "letter (3).jpg"])]


def test_files_of_different_folders_or_namings_are_not_one_scan() -> None:
    assert groups_of("a/D0020_p1.png", "b/D0020_p2.png") == []
    assert groups_of("D0020_p1.png", "D0020-p2.png") == []
    assert groups_of("D0020_p1.png", "D0020_2.png") == []


def test_only_images_are_pages() -> None:
    # A text file beside each page image (an OCR sidecar) is an ordinary file.
    names = ("s-001.tif", "s-001.txt", "s-002.tif", "s-002.txt")
    assert groups_of(*names, images={"s-001.tif", "s-002.tif"}) == [
        ("s", ["s-001.tif", "s-002.tif"])]
    assert groups_of("D0020_p1.png", "D0020_p2.pdf", images={"D0020_p1.png"}) == []


def test_empty_files_are_no_pages() -> None:
    files = [SourceFile(Path("x_p1.png"), "x_p1.png", 100),
             SourceFile(Path("x_p2.png"), "x_p2.png", 0)]
    assert page_groups(files, lambda f: True) == []


def scan_task(folder: Path, names: list[str]) -> FileTask:
    pages = tuple(ScanPage(str(folder / n), n, f"{i:064x}", 10) for i, n in enumerate(names, 1))
    return FileTask(job_id="j", collection="c", path=pages[0].path, relpath=names[0],
                    sha256="f" * 64, size=30, mime="image/png", family="image",
                    extension="png", doc_id="c-doc", control="C-000001",
                    other_paths=tuple(names[1:]), group="D0020", group_pages=pages)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_scan_is_read_page_by_page_and_an_unreadable_file_leaves_an_empty_page(
        tmp_path: Path) -> None:
    render_page(tmp_path / "D0020_p1.png", "Harbour ledger opened")
    truncate(render_page(tmp_path / "D0020_p2.png", "Never read"))
    render_page(tmp_path / "D0020_p10.png", "Tolworth signed receipt")
    task = scan_task(tmp_path, ["D0020_p1.png", "D0020_p2.png", "D0020_p10.png"])
    extraction, errors = read_scan(task, ExtractContext("eng"))
    assert [p.number for p in extraction.pages] == [1, 2, 3]
    assert "Harbour ledger" in extraction.pages[0].text
    assert extraction.pages[1].text == ""
    assert "Tolworth" in extraction.pages[2].text
    assert extraction.title == "D0020" and extraction.ocr
    assert list(errors) == ["D0020_p2.png"]
    assert errors["D0020_p2.png"][0] == "CorruptFile"
    assert "page 2 of the scan D0020 is empty" in errors["D0020_p2.png"][1]


def test_each_file_of_a_scan_has_its_own_ledger_entry(tmp_path: Path) -> None:
    task = scan_task(tmp_path, ["D0020_p1.png", "D0020_p2.png", "D0020_p10.png"])
    queued = queued_entries(task)
    assert [(e["path"], e["state"], e["group_page"]) for e in queued] == [
        ("D0020_p1.png", "queued", 1), ("D0020_p2.png", "queued", 2),
        ("D0020_p10.png", "queued", 3)]
    assert {(e["rule"], e["group"], e["doc_id"], e["control"]) for e in queued} == {
        (RULE, "D0020", "c-doc", "C-000001")}
    assert len({e["id"] for e in queued}) == 3
    reason = ("CorruptFile", "D0020_p2.png: not a readable image")
    partial = Outcome(task=task, state="partial", stage="index", error_class=reason[0],
                      error_message=reason[1], page_errors={"D0020_p2.png": reason})
    entries = {e["path"]: e for e in outcome_entries(partial)}
    assert [entries[p]["state"] for p in ("D0020_p1.png", "D0020_p2.png", "D0020_p10.png")] == [
        "indexed", "partial", "indexed"]
    assert entries["D0020_p2.png"]["error_message"] == reason[1]
    assert "error_class" not in entries["D0020_p1.png"]
    assert all(e["doc_id"] == "c-doc" and e["rule"] == RULE for e in entries.values())
    failed = Outcome(task=task, state="failed", stage="extract", error_class="CorruptFile",
                     error_message="x", page_errors={
                         p.relpath: ("CorruptFile", f"{p.relpath}: unreadable")
                         for p in task.group_pages})
    assert {e["state"] for e in outcome_entries(failed)} == {"failed"}
    assert all("doc_id" not in e for e in outcome_entries(failed))


def test_a_scan_task_crosses_the_queue_as_json(tmp_path: Path) -> None:
    from ingest.job.tasks import file_task, task_payload

    task = scan_task(tmp_path, ["D0020_p1.png", "D0020_p2.png"])
    payload = json.loads(json.dumps(task_payload(task)))
    assert payload == task_payload(task)
    assert file_task(payload) == task
