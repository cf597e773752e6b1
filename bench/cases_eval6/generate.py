"""Generate the sixth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval6.generate [OUT_DIR] [--seed 2126]

Writes about 330 files (call-handling exports as CSV, fixed-width text or a spreadsheet; crime
records as a PDF with a running header, an RTF or a DOCX finalisation form; statements as RTF, PDF
or ODT; pocket-notebook entries, intelligence entries, council referrals as ODT, CSV or RTF,
strategy-meeting minutes, one force's case-review minutes, HTML-only e-mails and forwarded
chains, letters to families, complaints, and per force a historic-review report, a review-team
e-mail naming a case by its operation and a council tracking sheet of several cases) for 63
invented cases of three forces and their councils, a tenth of them image-only scans, and
OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest OUT_DIR/files only.
The same seed gives the same files, byte for byte.
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
from bench.cases_eval2.generate import page_texts, pin_zip_times
from bench.cases_eval3.scan import write_scan
from bench.cases_eval6 import docs
from bench.cases_eval6.layout import write
from bench.cases_eval6.phrases import closed_sentence, outcome_sentence
from bench.cases_eval6.plants import plant_all
from bench.cases_eval6.truth import manifest
from bench.cases_eval6.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval6-corpus")
DEFAULT_SEED = 2126
SCAN_SHARE = 0.1
SCANNABLE = ("statement", "letter", "complaint", "minutes", "notebook")


def review_report(cases: list[Case]) -> Doc:
    """A force's historic-review report: a section per reopened case (rows, in the spreadsheet)."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=30)
    doc = Doc(f"{force.key}/legacy_cases/team_report.{fmt}", fmt, "review", day)
    doc.line(f"{force.police}: legacy case team, report of {force.date(day)}")
    for case in cases:
        if fmt == "pdf":
            doc.new_page()
        operation = docs.cite(doc, case, case.operation)
        doc.fact(
            case,
            "tie",
            f"{operation} | reinvestigates {docs.cite(doc, case, case.crime)}, "
            f"first closed {case.when(case.closed)}",
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
    day = case.reopened + timedelta(days=9)
    doc = Doc(f"{force.key}/legacy_cases/team_mail_{number:02d}.eml", "eml", "e-mail", day)
    name = docs.cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Legacy Case Team <legacy.cases@{force.police_domain}>",
        "To": f"Information Governance <foi@{force.council_domain}>",
        "Subject": f"{name} - request for council files",
    }
    doc.line(f"{name} asks for every record you hold on {case.subject}, whatever its date.")
    doc.line(f"{case.supervisor.officer}, Legacy Case Team")
    return doc


def tracking_sheet(cases: list[Case], day: date) -> Doc:
    """A council's tracking sheet of young people at risk: several cases, one row each (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/tracking_sheet.csv", "csv", "tracker", day)
    doc.line(f"{force.council} | exploitation tracking sheet | {force.date(day)}")
    doc.line("Row | Referral | Young person | RAG")
    for n, case in enumerate(cases, 1):
        doc.line(f"{n} | {docs.cite(doc, case, case.referral)} | {case.subject} | {'RAG'[n % 3]}")
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_report(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.referral and not c.reopened][:7]
    out.append(tracking_sheet(listed, date(2015, 6, 19)))
    return out


def choose_scans(documents: list[Doc], seed: int) -> set[str]:
    """A tenth of the files become image-only PDFs, chosen from the kinds that are printed and signed."""
    candidates = sorted((d for d in documents if d.kind in SCANNABLE), key=lambda d: d.name)
    chosen = random.Random(seed + 2).sample(candidates, round(SCAN_SHARE * len(documents)))
    for doc in chosen:
        doc.name, doc.fmt = doc.name.rsplit(".", 1)[0] + ".pdf", "pdf"
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
        if doc.fmt in ("docx", "xlsx"):
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
