"""Generate the ninth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval9.generate [OUT_DIR] [--seed 2363]

Writes about 400 files (occurrence logs as CRLF text, a PDF call sheet or a DOCX table; crime
records as a DOCX screen print, a text decision log or a two-page PDF with victim
updates; custody record extracts; records of taped interview; statements as PDF, DOCX or UTF-8 text;
intelligence reports; council referrals as a DOCX letter, a trust's e-mail or a PDF form;
strategy meetings as a PDF transcript, DOCX or text minutes; e-mails; letters to families;
complaints, one force's by e-mail; per force a historic review (PDF, DOCX or text), a
review-team e-mail naming a case by its operation, and a council panel list of several cases)
for 66 invented cases of three forces and their councils, a tenth of them image-only PDF scans,
and OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest OUT_DIR/files
only. The same seed gives the same files, byte for byte.
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
from bench.cases_eval2.docs import cite
from bench.cases_eval2.generate import pin_zip_times
from bench.cases_eval9 import docs
from bench.cases_eval9.layout import page_texts, write, write_scan
from bench.cases_eval9.phrases import closed_sentence, outcome_sentence
from bench.cases_eval9.plants import plant_all
from bench.cases_eval9.truth import manifest
from bench.cases_eval9.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval9-corpus")
DEFAULT_SEED = 2363
SCAN_SHARE = 0.1
SCANNABLE = ("statement", "letter", "complaint", "minutes", "custody record", "interview record")


def review_report(cases: list[Case]) -> Doc:
    """A force's historic review: a page or a section per reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=21)
    doc = Doc(f"{force.key}/review/closed_case_review_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(
        f"{force.police} - review of child exploitation investigations closed too early - {force.date(day)}"
    )
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(case, "tie", f"{operation} re-examines {first}, first closed {case.when(case.closed)}.")
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}: re-recorded as {cite(doc, case, case.recrime)}, "
                f"superseding {case.crime.value}.",
            )
        doc.line(
            f"{operation}: reinvestigation began {case.when(case.reopened)}; victim code {case.subject}."
        )
        doc.fact(
            case, "outcome", f"{operation} - " + outcome_sentence(case, case.outcome_final, case.final_date)
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation} - " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review-team e-mail that names the case by its operation only, in short."""
    force = case.force
    day = case.reopened + timedelta(days=9)
    doc = Doc(f"{force.key}/review/disclosure_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Historic Review Team <historic.review@{force.police_domain}>",
        "To": f"Records Management <records@{force.council_domain}>",
        "Subject": f"{name}: disclosure request",
    }
    doc.line(f"For {name} please send us all files held about {case.subject}, irrespective of date.")
    doc.line(f"{case.supervisor.officer}, Historic Review Team")
    return doc


def panel_list(cases: list[Case], day: date) -> Doc:
    """A council's exploitation panel agenda: several cases, one row each (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/panel_agenda.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: exploitation panel, children to be discussed, {force.date(day)}")
    doc.line("Item | Council reference | Child | Risk")
    for n, case in enumerate(cases, 1):
        doc.line(
            f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {('high', 'medium', 'low')[n % 3]}"
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
    out.append(panel_list(listed, date(2018, 3, 7)))
    return out


def choose_scans(documents: list[Doc], seed: int) -> set[str]:
    """A tenth of the files become image-only PDF scans."""
    candidates = sorted((d for d in documents if d.kind in SCANNABLE and not d.headers), key=lambda d: d.name)
    chosen = random.Random(seed + 2).sample(candidates, round(SCAN_SHARE * len(documents)))
    for doc in chosen:
        doc.name, doc.fmt = f"{doc.name.rsplit('.', 1)[0]}.pdf", "pdf"
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
            (files / doc.name).parent.mkdir(parents=True, exist_ok=True)
            write_scan(doc, files / doc.name, pages[doc.name])
            continue
        write(doc, files)
        if doc.fmt == "docx":
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
