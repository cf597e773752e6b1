"""The sample corpus must be deterministic and must really contain what its manifest declares."""

from __future__ import annotations

import csv
import email
import hashlib
import html
import io
import os
import re
import shutil
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageSequence

from ingest.samples import SampleFile, SampleManifest, generate_sample_corpus
from ingest.samples.corpus import documents
from ingest.samples.render_pdf import render_pdf

TEXT_FORMATS = {"pdf", "docx", "html", "txt", "csv", "eml"}
SCANNED = {"scanned_letter", "scanned_memo"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> SampleManifest:
    return generate_sample_corpus(tmp_path_factory.mktemp("harwick"))


def squash(text: str) -> str:
    return " ".join(text.split())


def digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def pdf_pages(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [squash(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    finally:
        pdf.close()


def docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def extract(f: SampleFile, data: bytes) -> str:
    """The text a reader of the file sees, got back with ordinary libraries."""
    if f.format == "pdf":
        return " ".join(pdf_pages(data))
    if f.format == "docx":
        return docx_text(data)
    if f.format == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", data.decode("utf-8")))
    if f.format == "eml":
        msg = email.message_from_bytes(data, policy=policy.default)
        heads = [str(msg[h] or "") for h in ("From", "To", "Cc")]
        parts = [msg.get_body(("plain",)).get_content()]
        for att in msg.iter_attachments():
            payload = att.get_content()
            if att.get_content_type() == "text/plain":
                parts.append(payload.decode() if isinstance(payload, bytes) else payload)
            elif att.get_filename().endswith(".docx"):
                parts.append(docx_text(payload))
            else:
                parts.append(" ".join(pdf_pages(payload)))
        return "\n".join(heads + parts)
    return data.decode(f.encoding or "utf-8")


def texts(corpus: SampleManifest) -> dict[str, str]:
    return {f.path: extract(f, (corpus.root / f.path).read_bytes())
            for f in corpus.files if f.format in TEXT_FORMATS and f.kind not in SCANNED}


def test_same_seed_gives_byte_identical_files(corpus: SampleManifest, tmp_path: Path) -> None:
    again = generate_sample_corpus(tmp_path / "again")
    assert digests(again.root) == digests(corpus.root)
    assert again.files == corpus.files


def test_other_seeds_vary_wording_but_keep_the_cast_and_stay_valid() -> None:
    base = documents(7)[0]
    for seed in (1, 2, 3, 8, 99):
        docs, scans = documents(seed)
        assert [d.kind for d in docs] == [d.kind for d in base]
        changed = sum(a.text != b.text for a, b in zip(base, docs, strict=True))
        assert changed > len(docs) // 2, seed
        for doc in docs:
            if doc.fmt == "pdf" and doc.kind != "exhibit_index":
                # render_pdf raises if any phrase would straddle a page break.
                assert 2 <= render_pdf(doc).page_count <= 6, (seed, doc.path)
        assert {d.kind for d in scans} == SCANNED


def test_exactly_the_declared_files_are_written(corpus: SampleManifest) -> None:
    on_disk = set(digests(corpus.root))
    assert on_disk == {f.path for f in corpus.files}
    for f in corpus.files:
        path = corpus.root / f.path
        assert path.stat().st_size > 0, f.path
        stamped = datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()
        assert stamped == f.date, f.path


def test_corpus_has_the_promised_shape(corpus: SampleManifest) -> None:
    assert 40 <= len(corpus.files) <= 60
    assert {f.custodian for f in corpus.files} == {"police", "council", "email", "scans", "misc"}
    formats = Counter(f.format for f in corpus.files)
    assert set(formats) >= {"pdf", "docx", "html", "eml", "png", "tiff", "txt", "csv"}
    kinds = Counter(f.kind for f in corpus.files)
    assert kinds["police_log"] >= 2 and kinds["council_minutes"] >= 6 and kinds["email"] >= 10
    years = {int(f.date[:4]) for f in corpus.files}
    assert min(years) == 1994 and max(years) == 2006
    assert len(corpus.people) == 12 and len(corpus.places) == 6
    assert len(corpus.phones) == 5 and len(corpus.vehicles) == 4
    assert len(corpus.organisations) == 3
    assert all(f.phrases and set(f.page_of_phrase) == set(f.phrases) for f in corpus.files)
    police = [f.page_count for f in corpus.files if f.custodian == "police"]
    assert len(police) >= 10 and all(2 <= n <= 6 for n in police) and max(police) >= 5


def test_text_pdfs_have_declared_pages_and_phrases_on_them(corpus: SampleManifest) -> None:
    later_pages = 0
    for f in corpus.files:
        if f.format != "pdf" or f.kind in SCANNED:
            continue
        pages = pdf_pages((corpus.root / f.path).read_bytes())
        assert len(pages) == f.page_count, f.path
        for phrase, page in f.page_of_phrase.items():
            where = [n for n, text in enumerate(pages, start=1) if squash(phrase) in text]
            assert where == [page], (f.path, phrase, where)
            later_pages += page >= 2
    assert later_pages >= 10


def test_people_and_phrases_are_really_in_the_text(corpus: SampleManifest) -> None:
    surnames = {p.name: p.surname for p in corpus.people}
    for path, text in texts(corpus).items():
        f = corpus.file(path)
        flat = squash(text)
        for phrase in f.phrases:
            assert squash(phrase) in flat, (path, phrase)
        found = {n for n, s in surnames.items() if re.search(rf"\b{s}\b", text, re.IGNORECASE)}
        assert found == set(f.people), path


def test_names_appear_in_varied_forms(corpus: SampleManifest) -> None:
    everything = "\n".join(texts(corpus).values())
    for person in corpus.people[:2] + [p for p in corpus.people if p.name in corpus.associates]:
        forms = [v for v in person.variants if v in everything]
        assert len(forms) >= 3, (person.name, forms)


def test_associates_co_occur_in_many_documents(corpus: SampleManifest) -> None:
    first, second = (p.split()[-1] for p in corpus.associates)
    together = [p for p, t in texts(corpus).items()
                if first.lower() in t.lower() and second.lower() in t.lower()]
    assert len(together) >= 15
    assert set(together) <= {f.path for f in corpus.mentioning(*corpus.associates)}
    custodians = {corpus.file(p).custodian for p in together}
    assert custodians >= {"police", "council", "email", "misc"}


def test_emails_form_threads_with_attachments(corpus: SampleManifest) -> None:
    msgs = {}
    for f in corpus.of_kind("email"):
        msg = email.message_from_bytes((corpus.root / f.path).read_bytes(), policy=policy.default)
        msgs[msg["Message-ID"]] = (f, msg)
        assert 2000 <= msg["Date"].datetime.year <= 2009
    roots: Counter[str] = Counter()
    for mid, (_, msg) in msgs.items():
        parent = msg["In-Reply-To"]
        if parent is None:
            roots[mid] += 1
            continue
        refs = str(msg["References"]).split()
        assert parent in msgs and refs[-1] == parent
        roots[refs[0]] += 1
    assert sum(n >= 3 for n in roots.values()) >= 3
    attached = {}
    for f, msg in msgs.values():
        declared = {a.name: a for a in f.attachments}
        found = {a.get_filename(): a for a in msg.iter_attachments()}
        assert set(found) == set(declared), f.path
        attached.update(found)
    suffixes = {name.rsplit(".", 1)[-1] for name in attached}
    assert suffixes >= {"txt", "docx", "pdf"}
    pdf = next(a for n, a in attached.items() if n.endswith(".pdf"))
    assert pdf.get_content().startswith(b"%PDF-")


def test_draft_attachment_differs_from_final_minutes(corpus: SampleManifest) -> None:
    final = next(f for f in corpus.of_kind("council_minutes") if f.date == "2004-10-14")
    mail = next(f for f in corpus.of_kind("email")
                if any(a.format == "docx" for a in f.attachments))
    msg = email.message_from_bytes((corpus.root / mail.path).read_bytes(), policy=policy.default)
    draft = docx_text(next(msg.iter_attachments()).get_content())
    assert "DRAFT" in draft and "Canal Street garages" in draft
    assert "Bramley Road lay-by" in docx_text((corpus.root / final.path).read_bytes())


def test_cp1252_note_is_not_utf8(corpus: SampleManifest) -> None:
    note = next(f for f in corpus.files if f.encoding == "cp1252")
    raw = (corpus.root / note.path).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    assert "£" in text and "é" in text and b"\r\n" in raw
    assert all(phrase in text for phrase in note.phrases)


def test_dat_file_is_really_a_pdf(corpus: SampleManifest) -> None:
    dat = [f for f in corpus.files if f.path.endswith(".dat")]
    assert len(dat) == 1 and dat[0].format == "pdf"
    raw = (corpus.root / dat[0].path).read_bytes()
    assert raw[:5] == b"%PDF-"
    assert len(pdf_pages(raw)) == dat[0].page_count


def test_csv_logs_use_the_cast_identifiers(corpus: SampleManifest) -> None:
    registrations = {v.registration for v in corpus.vehicles}
    numbers = {p.number for p in corpus.phones}
    for f in (f for f in corpus.files if f.format == "csv"):
        rows = list(csv.reader(io.StringIO((corpus.root / f.path).read_text("utf-8"))))
        assert len(rows) > 20 and len({len(r) for r in rows}) == 1
        values = {cell for row in rows[1:] for cell in row}
        assert values & (registrations | numbers), f.path


def test_identifiers_stay_in_fictional_ranges(corpus: SampleManifest) -> None:
    everything = "\n".join(texts(corpus).values())
    phones = set(re.findall(r"\b0\d{4} \d{6}\b", everything))
    assert phones and all(re.fullmatch(r"01632 960\d{3}|07700 900\d{3}", p) for p in phones)
    assert phones == {p.number for p in corpus.phones}
    postcodes = set(re.findall(r"\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\b", everything))
    assert postcodes and all(p.startswith("HW") for p in postcodes)
    plates = set(re.findall(r"\b(?:[A-Z]\d{3} [A-Z]{3}|[A-Z]{2}\d{2} [A-Z]{3})\b", everything))
    assert plates == {v.registration for v in corpus.vehicles}
    assert all("Q" in plate.split()[1] for plate in plates)


def test_scans_are_images_without_text(corpus: SampleManifest) -> None:
    scans = [f for f in corpus.files if f.kind in SCANNED]
    assert {f.format for f in scans} == {"png", "tiff", "pdf"}
    for f in scans:
        raw = (corpus.root / f.path).read_bytes()
        if f.format == "pdf":
            assert all(not text for text in pdf_pages(raw)), "image-only PDF has a text layer"
            assert len(pdfium.PdfDocument(raw)) == f.page_count
            continue
        with Image.open(io.BytesIO(raw)) as img:
            assert img.format == f.format.upper()
            frames = [frame.size for frame in ImageSequence.Iterator(img)]
        assert len(frames) == f.page_count
        assert all(1500 <= w <= 1800 and 2100 <= h <= 2400 for w, h in frames)
    assert any(f.format == "tiff" and f.page_count >= 2 for f in scans)


def _ocr(image: Image.Image, path: Path) -> str:
    image.save(path)
    # One thread per tesseract, since the pages are already read in parallel.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out = subprocess.run(["tesseract", str(path), "-"], capture_output=True, text=True,
                         check=True, timeout=120, env=env)
    return squash(out.stdout).lower()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scans_ocr_back_to_their_phrases(corpus: SampleManifest, tmp_path: Path) -> None:
    jobs: list[tuple[str, str, Image.Image]] = []
    for f in (f for f in corpus.files if f.kind in SCANNED):
        raw = (corpus.root / f.path).read_bytes()
        if f.format == "pdf":
            pdf = pdfium.PdfDocument(raw)
            pages = [pdf[i].render(scale=200 / 72).to_pil() for i in range(len(pdf))]
        else:
            with Image.open(io.BytesIO(raw)) as img:
                pages = [frame.copy() for frame in ImageSequence.Iterator(img)]
        jobs += [(f.path, phrase, pages[page - 1]) for phrase, page in f.page_of_phrase.items()]
    assert sum(path.endswith(".png") for path, _, _ in jobs) >= 3
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        read = pool.map(_ocr, [image for _, _, image in jobs],
                        [tmp_path / f"page{n}.png" for n in range(len(jobs))])
        for (path, phrase, _), text in zip(jobs, read, strict=True):
            assert squash(phrase).lower() in text, (path, phrase, text)


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("stale")
    with pytest.raises(FileExistsError):
        generate_sample_corpus(tmp_path)
