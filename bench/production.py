"""Production throughput: 1,000 pages produced with 10% of them redacted, against a bare pikepdf
copy of the same pages (the cost of stamping and stripping) and bare rendering of the redacted
pages (the floor of burning redactions in), side by side in one run; and the peak RSS.

    .venv/bin/python -m bench.production [--documents 50] [--pages 20] [--every 10]

Synthetic PDFs (reportlab, 40 lines of text a page) are made in a temporary folder; a span
redaction (a phone number) is put on every ``--every``-th page. The proof (ingest.production
.proof) is timed apart: the issue job runs it on every file.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from ingest.production import SourceDocument, leaks, produced_pages, write_pdf
from ingest.production.render import RENDER_DPI

LINE = "Entry {n}: the duty officer noted a call about the heron launch at the quay."
PHONE = "07700 9{n:05d}"


def make(folder: Path, documents: int, pages: int) -> list[tuple[Path, dict[int, str]]]:
    made = []
    for number in range(documents):
        path = folder / f"doc-{number:04d}.pdf"
        pdf = canvas.Canvas(str(path))
        texts = {}
        for page in range(1, pages + 1):
            lines = [f"Caller rang from {PHONE.format(n=number * 1000 + page)} that day."]
            lines += [LINE.format(n=i) for i in range(39)]
            y = 800
            for line in lines:
                pdf.drawString(40, y, line)
                y -= 19
            pdf.showPage()
            texts[page] = "\n".join(lines)
        pdf.save()
        made.append((path, texts))
    return made


def redactions(texts: dict[int, str], every: int) -> list[dict]:
    out = []
    for page, text in texts.items():
        if page % every == 0:
            start = text.index("07700")
            out.append({"id": f"red-{page}", "page": page, "kind": "span", "start": start,
                        "end": start + 12, "reason": "personal data of a third party",
                        "text": text[start:start + 12]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--every", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docket-bench-produce-") as workdir:
        folder = Path(workdir)
        docs = make(folder, args.documents, args.pages)
        total = args.documents * args.pages
        started = time.perf_counter()
        for path, _texts in docs:
            with pikepdf.open(path) as source:
                out = pikepdf.new()
                for page in source.pages:
                    out.pages.append(page)
                out.save(folder / f"copy-{path.name}")
        copy_s = time.perf_counter() - started
        started = time.perf_counter()
        redacted_pages = 0
        for path, texts in docs:
            pdf = pdfium.PdfDocument(str(path))
            for page in sorted(p for p in texts if p % args.every == 0):
                pdf[page - 1].render(scale=RENDER_DPI / 72).to_pil()
                redacted_pages += 1
            pdf.close()
        render_s = time.perf_counter() - started
        started = time.perf_counter()
        outputs = []
        for number, (path, texts) in enumerate(docs, start=1):
            source = SourceDocument(path.stem, "application/pdf", [path], texts)
            out = folder / f"produced-{number:04d}.pdf"
            write_pdf(produced_pages(source, redactions(texts, args.every)),
                      lambda n, u=number: f"BEN{u:06d}/{n}", out)
            outputs.append((out, texts))
        produce_s = time.perf_counter() - started
        started = time.perf_counter()
        for out, texts in outputs:
            assert not leaks(out, [r["text"] for r in redactions(texts, args.every)])
        proof_s = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{total} pages in {args.documents} documents, {redacted_pages} redacted")
    print(f"{'bare pikepdf copy':<34} {total / copy_s:>9.1f} pages/s")
    print(f"{'bare rendering (redacted pages)':<34} {redacted_pages / render_s:>9.1f} pages/s")
    print(f"{'production (render, stamp, strip)':<34} {total / produce_s:>9.1f} pages/s  "
          f"({copy_s / produce_s:.2f} of the copy's rate; {produce_s - render_s:.1f} s more "
          f"than rendering alone)")
    print(f"{'proof':<34} {total / proof_s:>9.1f} pages/s")
    print(f"peak RSS {peak:.0f} MB (bar: 1,536 MB)")


if __name__ == "__main__":
    main()
