"""Generate the fourth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval4.generate [OUT_DIR] [--seed 2124]

Writes about 340 files (incident prints, crime reports, s.9 statements, referral records,
strategy-discussion minutes, e-mails, letters to families, complaints, Crown Court result sheets,
one force's closure forms, and per force a 2013-15 review, review-team e-mails and a tasking
list of several cases) for 60 invented cases of three forces, a tenth of them image-only scans,
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
from bench.cases_eval.render import write
from bench.cases_eval2.generate import page_texts, pin_zip_times
from bench.cases_eval3.scan import write_scan
from bench.cases_eval4 import docs
from bench.cases_eval4.phrases import closed_sentence, outcome_sentence
from bench.cases_eval4.plants import plant_all
from bench.cases_eval4.truth import manifest
from bench.cases_eval4.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval4-corpus")
DEFAULT_SEED = 2124
SCAN_SHARE = 0.1
SCANNABLE = ("s.9 statement", "letter", "complaint", "minutes", "closure form")


def review_paper(cases: list[Case]) -> Doc:
    """A force's 2013-15 review: a cover page, then a page per reopened case and its operation."""
    force = cases[0].force
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=30)
    doc = Doc(f"{force.key}/police/review/historic_cases_review.pdf", "pdf", "review", day)
    doc.line(f"{force.police.upper()} - RE-EXAMINATION OF HISTORIC EXPLOITATION INVESTIGATIONS")
    doc.line(f"Final report, {force.date(day)}. Investigations reopened:")
    for case in cases:
        doc.line(
            f"({cases.index(case) + 1}) {docs.cite(doc, case, case.operation)}, concerning {case.subject}"
        )
    for case in cases:
        doc.new_page()
        doc.fact(
            case,
            "tie",
            f"{docs.cite(doc, case, case.operation)} reinvestigates crime "
            f"{docs.cite(doc, case, case.crime)}, originally closed {case.when(case.closed)}.",
        )
        doc.line(
            f"The investigation was reopened on {case.when(case.reopened)} by the review's gold commander."
        )
        doc.fact(case, "outcome", outcome_sentence(case, case.outcome_final, case.final_date))
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review-team e-mail that names the case by its operation only, abbreviated and in capitals."""
    force = case.force
    day = case.reopened + timedelta(days=9)
    doc = Doc(f"{force.key}/police/review/review_team_{number:02d}.eml", "eml", "e-mail", day)
    name = docs.cite(doc, case, case.operation, "caps")
    doc.headers = {
        "From": f"Historic Review Team <review.team@{force.police_domain}>",
        "To": f"Information Governance <foi@{force.council_domain}>",
        "Subject": f"{name} - request for your records",
    }
    doc.line(f"{name}: we ask for every record your authority holds about {case.subject}, 1995 to date.")
    doc.line(f"{case.supervisor.officer}, Historic Review Team")
    return doc


def tasking_list(cases: list[Case], day: date) -> Doc:
    """A tasking meeting's list: several cases, one line each, in one document (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/police/tasking/tasking_list.pdf", "pdf", "tasking list", day)
    doc.line(f"{force.police.upper()} - FORTNIGHTLY TASKING - EXPLOITATION CASES")
    doc.line(f"{force.date(day)}. Crime / young person / OIC:")
    for case in cases:
        doc.line(f"{docs.cite(doc, case, case.crime)} | {case.subject} | {case.officer.officer}")
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_paper(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.crime and not c.reopened][4:10]
    out.append(tasking_list(listed, max(c.reported for c in listed) + timedelta(days=6)))
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
