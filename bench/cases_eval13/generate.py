"""Generate the thirteenth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval13.generate [OUT_DIR] [--seed 5309]

Writes about 400 files (CAD event chronologies as PDF, control room occurrence sheets as text,
front counter enquiry slips as DOCX; crime records as a DOCX crime finalisation record, a two-page
PDF crime review panel sheet or a text investigation status print; custody record extracts;
interview precis; MG11 statements; 3x5x2 intelligence submissions; council MASH enquiry forms,
early help assessments and SERAF screening e-mails; missing episode debriefs; MACE panel minutes;
e-mails; Victims' Code update letters; complaints; per force a reinvestigation closing summary, a
reinvestigation team e-mail naming a case by its operation, and a council exploitation tracker of
several cases) for 66 invented cases of three forces and their councils, a tenth of them
image-only PDF scans, and OUT_DIR/manifest.json. The manifest is not a file of the collection:
ingest OUT_DIR/files only. The same seed gives the same files, byte for byte.
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
from bench.cases_eval13 import docs
from bench.cases_eval13.layout import page_texts, write, write_scan
from bench.cases_eval13.phrases import closed_sentence, outcome_sentence
from bench.cases_eval13.plants import plant_all
from bench.cases_eval13.truth import manifest
from bench.cases_eval13.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval13-corpus")
DEFAULT_SEED = 5309
SCAN_SHARE = 0.1
SCANNABLE = (
    "statement",
    "letter",
    "complaint",
    "minutes",
    "notebook",
    "return interview",
    "interview record",
)


def review_report(cases: list[Case]) -> Doc:
    """A force's reinvestigation closing summary: a page or a section per reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=30)
    doc = Doc(f"{force.key}/reinvestigation/closing_summary_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(
        f"{force.police}: non-recent child exploitation reinvestigations, "
        f"closing summary of {force.date(day)}"
    )
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"{operation} reinvestigated {first}, which had been finalised on {case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}: the allegations were recorded afresh as {cite(doc, case, case.recrime)}, "
                f"superseding {case.crime.value}.",
            )
        doc.line(
            f"{operation}: reinvestigation began {case.when(case.reopened)}; the victim is {case.subject}."
        )
        doc.fact(
            case, "outcome", f"{operation}. " + outcome_sentence(case, case.outcome_final, case.final_date)
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation}. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A reinvestigation team e-mail that names the case by its operation only, in short."""
    force = case.force
    day = case.reopened + timedelta(days=9)
    doc = Doc(f"{force.key}/reinvestigation/disclosure_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Reinvestigation Team <reinvestigation@{force.police_domain}>",
        "To": f"Records Management <records@{force.council_domain}>",
        "Subject": f"{name}: social care disclosure",
    }
    doc.line(f"For {name}, kindly send us all children's services records on {case.subject}, of any date.")
    doc.line(f"{case.supervisor.officer}, Reinvestigation Team")
    return doc


def rag_list(cases: list[Case], day: date) -> Doc:
    """A council's exploitation tracker: several cases, one row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/exploitation_tracker.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: child exploitation tracker, position on {force.date(day)}")
    doc.line("Line | Ref (council) | Young person | RAG status")
    for n, case in enumerate(cases, 1):
        doc.line(
            f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {('red', 'amber', 'green')[n % 3]}"
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
    out.append(rag_list(listed, date(2019, 11, 18)))
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
