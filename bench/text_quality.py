"""Which pages of the dev corpus's PDFs the text-quality judge sends to OCR, and why.

    python bench/text_quality.py [--corpus PATH]

Reads each PDF's text layer with PDFium (no OCR is run) and tallies, per page, the judge's
verdict (ingest.extract.pdf): kept, or sent to OCR for no text, too little text, unmapped glyphs,
letter-spacing or symbol soup; prints the tallies and the pages judged garbage, with a sample.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def verdict(text: str) -> str:
    from ingest.extract.pdf import garbage_reason, is_usable

    if not text.strip():
        return "OCR: no text"
    reason = garbage_reason(text)
    if reason:
        return f"OCR: {reason}"
    return "kept" if is_usable(text) else "OCR if scanned: too little text"


def main() -> int:
    import pypdfium2 as pdfium

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    garbage: list[str] = []
    pdfs = sorted(p for p in args.corpus.rglob("*") if p.is_file() and p.read_bytes()[:5] == b"%PDF-")
    for path in pdfs:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            tally["file refused by PDFium"] += 1
            continue
        for index in range(min(len(pdf), 50)):  # the first 50 pages of each file
            page = pdf[index]
            text = page.get_textpage().get_text_bounded()
            judged = verdict(text)
            tally[judged] += 1
            if judged.startswith("OCR: ") and judged != "OCR: no text":
                sample = " ".join(text.split())[:60]
                garbage.append(f"  {judged:32} {path.relative_to(args.corpus)} p{index + 1}: {sample!r}")
        pdf.close()
    print(f"{len(pdfs)} PDFs; pages by verdict:")
    for name, count in tally.most_common():
        print(f"  {name:40} {count}")
    print("\npages judged garbage:")
    print("\n".join(garbage))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
