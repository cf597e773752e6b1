"""Generate the seventh case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval7.generate [OUT_DIR] [--seed 2127]

Writes about 400 files (call records as XML, UTF-16 text or an ODS spreadsheet; crime records as
a migrated Windows-1252 text record, an occurrence enquiry log in DOCX or a two-page crime summary
PDF; one council's chronologies; statements as PDF, DOCX or UTF-8 text; pocket-notebook and
intelligence entries; council contact records as ODS, XML or DOCX; strategy discussions as PPTX
slides, PDF or DOCX; e-mails as quoted replies, text-and-HTML messages or with a disclaimer;
letters to families; complaints, one force's by e-mail; per force a legacy review (PPTX slides,
DOCX or ODS), a review-team e-mail naming a case by its operation, and a council tracking sheet of
several cases) for 66 invented cases of three forces and their councils, a tenth of them
image-only scans (PDF, multi-page TIFF or a JPEG of one page), and OUT_DIR/manifest.json. The
manifest is not a file of the collection: ingest OUT_DIR/files only. The same seed gives the same
files, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval2.generate import pin_zip_times
from bench.cases_eval7 import docs
from bench.cases_eval7.layout import page_texts, write, write_scan
from bench.cases_eval7.phrases import closed_sentence, outcome_sentence
from bench.cases_eval7.plants import plant_all
from bench.cases_eval7.truth import manifest
from bench.cases_eval7.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval7-corpus")
DEFAULT_SEED = 2127
SCAN_SHARE = 0.1
SCANNABLE = ("statement", "letter", "complaint", "minutes", "notebook", "chronology")
ZIPPED = ("docx", "pptx")


def review_report(cases: list[Case]) -> Doc:
    """A force's legacy review: a slide, a section or rows per reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=30)
    doc = Doc(f"{force.key}/historic_review/review_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police} - historic investigations review - position at {force.date(day)}")
    for case in cases:
        if fmt == "pptx":
            doc.new_page()
        operation = docs.cite(doc, case, case.operation)
        first = docs.cite(doc, case, case.crime)
        doc.fact(case, "tie", f"{operation} | re-examines {first} (first closed {case.when(case.closed)})")
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation} | re-crimed as {docs.cite(doc, case, case.recrime)}, "
                f"replacing {case.crime.value}",
            )
        doc.line(f"{operation} | reopened {case.when(case.reopened)} | {case.subject}")
        doc.fact(
            case, "outcome", f"{operation} | " + outcome_sentence(case, case.outcome_final, case.final_date)
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation} | " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review-team e-mail that names the case by its operation only, in short."""
    force = case.force
    day = case.reopened + timedelta(days=11)
    doc = Doc(f"{force.key}/historic_review/request_{number:02d}.eml", "eml", "e-mail", day)
    name = docs.cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Historic Review Team <historic.review@{force.police_domain}>",
        "To": f"Data Protection Officer <dpo@{force.council_domain}>",
        "Subject": f"{name}: disclosure request",
    }
    doc.line(f"For {name} please send everything held about {case.subject}, from any year.")
    doc.line(f"{case.supervisor.officer}, Historic Review Team")
    return doc


def tracking_sheet(cases: list[Case], day: date) -> Doc:
    """A council's tracking sheet of children at risk: several cases, one row each (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/risk_tracker.ods", "ods", "tracker", day)
    doc.line(f"{force.council} | children at risk of exploitation | {force.date(day)}")
    doc.line("No. | Contact | Child | Risk")
    for n, case in enumerate(cases, 1):
        doc.line(
            f"{n} | {docs.cite(doc, case, case.referral)} | "
            f"{case.subject} | {('low', 'medium', 'high')[n % 3]}"
        )
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_report(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.referral and not c.reopened][:6]
    out.append(tracking_sheet(listed, date(2016, 3, 14)))
    return out


def choose_scans(documents: list[Doc], seed: int) -> set[str]:
    """A tenth of the files become image-only scans: PDF, multi-page TIFF, or a JPEG of a one-page file."""
    candidates = sorted((d for d in documents if d.kind in SCANNABLE and not d.headers), key=lambda d: d.name)
    chosen = random.Random(seed + 2).sample(candidates, round(SCAN_SHARE * len(documents)))
    for n, doc in enumerate(sorted(chosen, key=lambda d: d.name)):
        fmt = ("pdf", "tiff", "jpg")[n % 3]
        if fmt == "jpg" and len(doc.pages) > 1:
            fmt = "tiff"
        doc.name, doc.fmt = f"{doc.name.rsplit('.', 1)[0]}.{fmt}", fmt
    return {d.name for d in chosen}


def build(seed: int) -> tuple[World, list[Doc], set[str]]:
    """The world, its documents and the names of the scans: everything but the files."""
    world = World(seed)
    world.build()
    plant_all(world)
    rng = random.Random(seed + 1)
    documents = [
        doc for force in FORCES for doc in force_documents([c for c in world.cases if c.force is force], rng)
    ]
    return world, documents, choose_scans(documents, seed)


def generate(root: Path, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    world, documents, scanned = build(seed)
    pages = {doc.name: page_texts(doc) for doc in documents}
    truth = manifest(world, documents, pages, seed, scanned)  # checks every citation before writing
    files = root / "files"
    if files.exists():
        shutil.rmtree(files)
    for doc in documents:
        if doc.name in scanned:
            write_scan(doc, files / doc.name, pages[doc.name])
            continue
        write(doc, files)
        if doc.fmt in ZIPPED:
            pin_zip_times(files / doc.name, doc.day)
    text = json.dumps(truth, indent=1, ensure_ascii=False) + "\n"
    (root / "manifest.json").write_text(text, encoding="utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    truth = generate(args.out, args.seed)
    counts: dict[str, int] = defaultdict(int)
    for case in truth["cases"]:
        counts[case["outcome"]["value"]] += 1
    scans = sum(f["scanned"] for f in truth["files"])
    print(
        f"{len(truth['files'])} files ({scans} scans), {len(truth['cases'])} cases, "
        f"{len(truth['links'])} planted links, {len(truth['lookalikes'])} look-alike pairs, "
        f"{len(truth['decoys'])} decoys -> {args.out}/files, {args.out}/manifest.json"
    )
    print("outcomes: " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES if counts[o]))


if __name__ == "__main__":
    main()
