"""Inputs of the pipeline benchmarks, built from the fictional sample corpus (ingest.samples).

Text PDFs: every text document of the corpus (police logs, reports, minutes, mail, notes) laid
out as a PDF by the corpus's own renderer, over as many seeds as the count needs; each file gets
a bundle stamp so that no two share bytes (Docket would settle copies as duplicates, unprocessed).

Mixed set: the corpus as generated (PDF, DOCX, HTML, EML, TXT, CSV) without its scans, which
measure OCR rather than the pipeline and which plain ``partition()`` cannot read either.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from pathlib import Path, PurePosixPath

from ingest.samples import generate_sample_corpus
from ingest.samples.corpus import documents
from ingest.samples.doc import Block
from ingest.samples.render_pdf import render_pdf


def write_text_pdfs(out_dir: Path, count: int) -> list[Path]:
    """``count`` distinct text PDFs under ``out_dir``, one folder per seed (a custodian)."""
    written: list[Path] = []
    for seed in itertools.count(1):
        texts, _scans = documents(seed)
        for item, doc in enumerate(texts):
            if len(written) == count:
                return written
            stamp = Block("para", f"Bundle {seed:03d}, item {item + 1:03d}")
            pdf = render_pdf(dataclasses.replace(doc, blocks=[*doc.blocks, stamp]))
            target = out_dir / f"bundle-{seed:03d}" / PurePosixPath(doc.path).with_suffix(".pdf").name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf.data)
            written.append(target)
    raise AssertionError("unreachable")


def write_mixed_corpus(out_dir: Path, seeds: range) -> list[Path]:
    """The sample corpus for each seed, scans and repeated bytes removed; returns the files left.
    (A few files are the same under every seed: both pipelines get each content once.)"""
    files: dict[str, Path] = {}
    for seed in seeds:
        root = out_dir / f"seed-{seed:03d}"
        generate_sample_corpus(root, seed)
        _texts, scans = documents(seed)
        for scan in scans:
            (root / scan.path).unlink()
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in files:
                path.unlink()
            else:
                files[digest] = path
    return list(files.values())
