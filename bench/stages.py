"""Stage benchmarks: each of Docket's costly stages against the bare library it is built on.

    python -m bench.stages [--quick]        (or: python -m bench.run --only stages)

- NER: ``find_mentions`` (spaCy + person rules + patterns + linking) against bare ``nlp.pipe``
  over the same page texts with the same loaded pipeline; words/s.
- PDF text: ``extract_pdf`` against bare pypdfium2 (``get_text_range`` per page) and against
  pdfminer.six's ``extract_text``, on PDFs whose every page has a usable text layer; pages/s.
- OCR: Docket's image extractor in a process pool of ``workers`` processes against the same
  number of bare ``tesseract`` processes at once, on 300 dpi page images; pages/s.

Each pair runs in alternating rounds so that the load other work puts on the machine falls on
both sides alike; the ratio is the median of the rounds' ratios.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
from pebble import ProcessPool
from PIL import Image, ImageDraw, ImageFont

from bench.common import Row, rate, timed
from config.settings import get_settings
from ingest.entities import find_mentions, load_nlp
from ingest.extract import ExtractContext
from ingest.extract.image import extract_image
from ingest.extract.pdf import extract_pdf, is_usable
from ingest.model import Page
from ingest.nercache import NerCache
from ingest.patterns import clear_key_caches
from ingest.samples.corpus import documents
from ingest.samples.render_pdf import render_pdf
from search.name_kinds import name_kind
from search.names import fold, person_display, person_key, plausible_person
from search.variants import ocr_skeleton

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PAGE_CHARS = 3_000  # a typed A4 page of a report or statement
OCR_DPI = 300
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


# --- inputs ----------------------------------------------------------------------------------

def _paginate(text: str) -> list[Page]:
    """Split a document's text into pages of about PAGE_CHARS at paragraph breaks."""
    pages: list[str] = [""]
    for line in text.split("\n"):
        if len(pages[-1]) + len(line) > PAGE_CHARS and pages[-1]:
            pages.append("")
        pages[-1] += line + "\n"
    return [Page(number=i, text=t) for i, t in enumerate(pages, start=1)]


def sample_texts(seeds: range) -> list[str]:
    """The texts of the fictional case files (reports, statements, minutes, mail, letters)."""
    texts = []
    for seed in seeds:
        typed, scanned = documents(seed)
        texts += [doc.text for doc in (*typed, *scanned) if doc.text.strip()]
    return texts


def _page_texts(path: Path) -> list[str] | None:
    """The text layer of each page, or None when pypdfium2 cannot open the file."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


@cache
def _corpus_text_pdfs() -> list[tuple[Path, int]]:
    """(path, pages) of the corpus PDFs whose every page has a usable text layer: Docket runs
    no OCR on them."""
    found = []
    for path in sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else ():
        if "language-docs" in path.parts:
            continue  # NER reads these pages too; keep the text English
        texts = _page_texts(path)
        if texts and all(is_usable(t) for t in texts):
            found.append((path, len(texts)))
    return sorted(found, key=lambda item: item[1])


def corpus_text_pdfs(max_pages: int, longest: int) -> list[tuple[Path, int]]:
    """Text PDFs of the corpus of at most ``longest`` pages, smallest first, up to ``max_pages``
    pages in all."""
    chosen, total = [], 0
    for path, pages in _corpus_text_pdfs():
        if pages > longest:
            continue
        if total + pages > max_pages:
            break
        chosen.append((path, pages))
        total += pages
    return chosen


def generated_text_pdfs(folder: Path, seeds: range) -> list[tuple[Path, int]]:
    """Text PDFs of the fictional case files: the inputs when the shared corpus is absent."""
    made = []
    for seed in seeds:
        for doc in documents(seed)[0]:
            rendered = render_pdf(doc)
            path = folder / f"{seed}-{len(made)}.pdf"
            path.write_bytes(rendered.data)
            made.append((path, rendered.page_count))
    return made


def render_page_image(text: str, path: Path) -> None:
    """A typed A4 page at 300 dpi, 11 pt serif, as a grey-scale PNG: what a clean scan gives."""
    width, height, margin = int(8.27 * OCR_DPI), int(11.69 * OCR_DPI), OCR_DPI
    font = ImageFont.truetype(str(FONT), 46) if FONT.exists() else ImageFont.load_default(size=46)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = margin
    for line in _wrapped(text, font, width - 2 * margin):
        if y > height - margin:
            break
        draw.text((margin, y), line, font=font, fill=0)
        y += 64
    image.save(path, dpi=(OCR_DPI, OCR_DPI))


def _wrapped(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> Iterator[str]:
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if line and font.getlength(f"{line} {word}") > width:
                yield line
                line = word
            else:
                line = f"{line} {word}".strip()
        yield line


# --- measurement -----------------------------------------------------------------------------

def side_by_side(docket: Callable[[], float], references: list[Callable[[], float]], rounds: int,
                 ) -> tuple[float, list[tuple[float, float]]]:
    """Docket's median rate, and each reference's median rate and median ratio of Docket to it;
    a round runs Docket, then each reference in turn."""
    ours: list[float] = []
    theirs: list[list[float]] = [[] for _ in references]
    for _ in range(rounds):
        ours.append(docket())
        for samples, reference in zip(theirs, references, strict=True):
            samples.append(reference())
    return statistics.median(ours), [
        (statistics.median(samples), statistics.median(a / b for a, b in zip(ours, samples, strict=True)))
        for samples in theirs]


def paired(docket: Callable[[], float], reference: Callable[[], float], rounds: int,
           ) -> tuple[float, float, float]:
    """Median rate of each side over alternating rounds, and the median of the rounds' ratios."""
    ours, [(theirs, ratio)] = side_by_side(docket, [reference], rounds)
    return ours, theirs, ratio


def ner_documents(quick: bool) -> list[list[str]]:
    """The NER row's documents, each a list of its pages' texts: the sample corpus's and the
    shared corpus's text PDFs."""
    texts = sample_texts(range(1, 2) if quick else range(1, 4))
    texts += ["\n\n".join(t) for p, _n in corpus_text_pdfs(20 if quick else 60, 20)
              if (t := _page_texts(p))]
    return [[p.text for p in _paginate(text) if p.text.strip()] for text in texts]


def clear_name_caches() -> None:
    """Docket's name caches and its pattern kinds' validated texts emptied: a worker meets a
    document's names and numbers for the first time, not for the third time as a repeated round
    would."""
    for cached in (fold, person_display, person_key, plausible_person, name_kind, ocr_skeleton):
        cached.cache_clear()
    clear_key_caches()


def ner_rows(quick: bool) -> list[Row]:
    """Docket's entity stage against bare ``nlp.pipe`` called as Docket calls it (once per
    document: the bar) and called once over every page of every document (what batching across
    documents would add, beyond what one worker handling one file at a time can use)."""
    settings = get_settings()
    nlp = load_nlp(settings.spacy_model)
    docs = ner_documents(quick)
    words = sum(len(t.split()) for doc in docs for t in doc)
    as_pages = [[Page(n, t) for n, t in enumerate(doc, start=1)] for doc in docs]

    def docket() -> float:
        clear_name_caches()
        seconds, _ = timed(lambda: [find_mentions(doc, nlp, settings.max_entity_chars) for doc in as_pages])
        return rate(words, seconds)

    def per_document() -> float:
        return rate(words, timed(lambda: [list(nlp.pipe(doc)) for doc in docs])[0])

    def all_at_once() -> float:
        return rate(words, timed(lambda: list(nlp.pipe(t for doc in docs for t in doc)))[0])

    def reusing() -> float:
        # A cache of the round's own (as a job's workers share one): only what this set
        # repeats is reused, never what an earlier round saw.
        cache = NerCache()
        clear_name_caches()
        seconds, _ = timed(lambda: [find_mentions(doc, nlp, settings.max_entity_chars, cache=cache)
                                    for doc in as_pages])
        reused.append(cache.savings.share)
        return rate(words, seconds)

    # Warm-up: spaCy's vocabulary and Docket's name tables fill on first use.
    [find_mentions([Page(1, doc[0])], nlp, settings.max_entity_chars) for doc in docs[:20]]
    rounds = 2 if quick else 3
    ours, (same_calls, across) = side_by_side(docket, [per_document, all_at_once], rounds)
    reused: list[float] = []
    with_cache, [(bare, reuse_ratio)] = side_by_side(reusing, [per_document], rounds)
    what = (f"{len(docs)} documents, {sum(map(len, docs))} pages, {words:,} words; "
            f"components {'+'.join(nlp.pipe_names)}")
    return [
        Row("NER vs bare nlp.pipe", f"{ours:,.0f} words/s", f"{same_calls[0]:,.0f} words/s",
            same_calls[1], 0.9, f"{what}; reference: nlp.pipe once per document, doing nothing else"),
        Row("NER vs nlp.pipe across documents", f"{ours:,.0f} words/s", f"{across[0]:,.0f} words/s",
            across[1], None, "reference: one nlp.pipe over every page of every document"),
        Row("NER with reuse vs bare nlp.pipe", f"{with_cache:,.0f} words/s", f"{bare:,.0f} words/s",
            reuse_ratio, None, f"Docket with a paragraph cache over the set (ingest.nercache), "
            f"fresh each round: {statistics.median(reused):.1%} of the words were a paragraph "
            "seen before"),
    ]


def _pdfium_pages(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def _pdfminer_reads(path: Path) -> bool:
    from pdfminer.high_level import extract_text

    try:
        extract_text(str(path))
    except Exception:  # pdfminer's errors have no common base; a file it cannot read is dropped
        return False
    return True


def pdf_rows(quick: bool) -> list[Row]:
    from pdfminer.high_level import extract_text

    # pdfminer logs a warning per damaged stream of the corpus's odd files; the table is the output
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = corpus_text_pdfs(100 if quick else 400, 20 if quick else 100)
        source = "text PDFs of the shared corpus"
        if not inputs:
            inputs = generated_text_pdfs(Path(tmp), range(1, 4) if quick else range(1, 11))
            source = "generated text PDFs (no shared corpus)"
        pages = sum(n for _p, n in inputs)
        context = ExtractContext(ocr_languages=get_settings().ocr_languages)

        def docket_on(files: list[tuple[Path, int]]) -> Callable[[], float]:
            count = sum(n for _p, n in files)
            return lambda: rate(count, timed(lambda: [extract_pdf(p, context) for p, _n in files])[0])

        def pdfium_all() -> float:
            return rate(pages, timed(lambda: [_pdfium_pages(p) for p, _n in inputs])[0])

        ours, theirs, ratio = paired(docket_on(inputs), pdfium_all, 7 if quick else 11)
        rows = [Row("PDF text vs bare pypdfium2", f"{ours:,.1f} pages/s", f"{theirs:,.1f} pages/s",
                    ratio, None, f"{len(inputs)} {source}, {pages} pages, no OCR needed")]
        # pdfminer runs at a twentieth of the speed: a subset keeps the run short. Its first pass
        # finds the files it reads and is the warm-up of that pair.
        subset = inputs[::3]  # every size of file, fewer of them
        readable = [(p, n) for p, n in subset if _pdfminer_reads(p)]
        count = sum(n for _p, n in readable)

        def pdfminer_all() -> float:
            return rate(count, timed(lambda: [extract_text(str(p)) for p, _n in readable])[0])

        ours, theirs, ratio = paired(docket_on(readable), pdfminer_all, 2 if quick else 3)
        rows.append(Row("PDF text vs pdfminer.six", f"{ours:,.1f} pages/s", f"{theirs:,.1f} pages/s",
                        ratio, None, f"{len(readable)} of those files pdfminer reads, {count} pages"))
    return rows


def _docket_ocr_worker_init() -> None:
    # What the job's workers have loaded before their first file: the extractor's imports.
    import ingest.extract.image  # noqa: F401


def ocr_row(quick: bool) -> Row:
    settings = get_settings()
    workers = max(1, settings.workers)
    context = ExtractContext(ocr_languages=settings.ocr_languages)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread per process: N processes fill N cores
    with tempfile.TemporaryDirectory() as tmp:
        texts = [p.text for t in sample_texts(range(1, 2)) for p in _paginate(t)]
        texts = sorted(texts, key=len, reverse=True)[: workers if quick else 2 * workers]  # ~10 s a page here
        images = []
        for number, text in enumerate(texts):
            images.append(Path(tmp) / f"page-{number}.png")
            render_page_image(text, images[-1])
        with ProcessPool(max_workers=workers, initializer=_docket_ocr_worker_init) as pool:

            def docket() -> float:
                futures = [pool.schedule(extract_image, args=(path, context)) for path in images]
                return rate(len(images), timed(lambda: [f.result() for f in futures])[0])

            def tesseract_one(path: Path) -> None:
                subprocess.run(["tesseract", str(path), "stdout", "-l", settings.ocr_languages,
                                "--psm", "3", "tsv"], env=env, check=True, capture_output=True)

            def bare() -> float:
                with ThreadPoolExecutor(workers) as threads:
                    return rate(len(images), timed(lambda: list(threads.map(tesseract_one, images)))[0])

            ours, theirs, ratio = paired(docket, bare, 2 if quick else 3)
    return Row("OCR vs bare parallel tesseract", f"{ours:.2f} pages/s", f"{theirs:.2f} pages/s", ratio,
               0.8, f"{len(images)} A4 pages at {OCR_DPI} dpi, {workers} processes each side, "
               f"lang {settings.ocr_languages}, psm 3, tsv output")


def run(quick: bool) -> list[Row]:
    return [*ner_rows(quick), *pdf_rows(quick), ocr_row(quick)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs: under 3 minutes")
    parser.add_argument("--only", choices=("ner", "pdf", "ocr"), help="one stage only")
    args = parser.parse_args(argv)
    stages = {"ner": lambda: ner_rows(args.quick), "pdf": lambda: pdf_rows(args.quick),
              "ocr": lambda: [ocr_row(args.quick)]}
    for name, measure in stages.items():
        if args.only in (None, name):
            for row in measure():
                print(f"{row.name}: Docket {row.docket}, reference {row.reference}, "
                      f"ratio {row.ratio:.2f} (bar {row.bar}) - {row.note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
