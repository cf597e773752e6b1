"""Generate the fifth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval5.generate [OUT_DIR] [--seed 2125]

Writes about 370 files (incident histories as text or an HTML export, crime records, witness
statements, custody records, intelligence submissions, council contact records as HTML or a DOCX
table, multi-agency meeting notes, e-mail threads that quote the message they answer, letters to
families, complaints to the force or the council, one force's crime-system audit trails, and per
force a 2014-16 re-examination report, review-team e-mails and a disclosure schedule of several
cases) for 63 invented cases of three forces and their councils, a tenth of them image-only
scans, and OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest
OUT_DIR/files only. The same seed gives the same files, byte for byte.
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
from bench.cases_eval5 import docs
from bench.cases_eval5.layout import write
from bench.cases_eval5.phrases import closed_sentence, outcome_sentence
from bench.cases_eval5.plants import plant_all
from bench.cases_eval5.truth import manifest
from bench.cases_eval5.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval5-corpus")
DEFAULT_SEED = 2125
SCAN_SHARE = 0.1
SCANNABLE = ("statement", "letter", "complaint", "minutes", "custody record")


def review_report(cases: list[Case]) -> Doc:
    """A force's 2014-16 re-examination report: a summary page, then a page per reopened case."""
    force = cases[0].force
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=21)
    doc = Doc(f"{force.key}/police/review/re_examination_report.pdf", "pdf", "review", day)
    doc.line(f"{force.police} - Historic Exploitation Re-examination Team")
    doc.line(f"Closing report dated {force.date(day)}. Investigations the team reopened:")
    for n, case in enumerate(cases, 1):
        doc.line(f"{n}. {docs.cite(doc, case, case.operation)} - young person {case.subject}")
    for case in cases:
        doc.new_page()
        doc.fact(
            case,
            "tie",
            f"{docs.cite(doc, case, case.operation)} took over crime {docs.cite(doc, case, case.crime)}, "
            f"first closed on {case.when(case.closed)}.",
        )
        doc.line(
            f"Reopened on {case.when(case.reopened)} by the re-examination's senior investigating officer."
        )
        doc.line("Latest position of the reinvestigation:")
        doc.fact(case, "outcome", outcome_sentence(case, case.outcome_final, case.final_date))
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review-team e-mail that names the case by its operation only, in short."""
    force = case.force
    day = case.reopened + timedelta(days=12)
    doc = Doc(f"{force.key}/police/review/team_mail_{number:02d}.eml", "eml", "e-mail", day)
    name = docs.cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Re-examination Team <reexamination@{force.police_domain}>",
        "To": f"Records Management <records@{force.council_domain}>",
        "Subject": f"{name}: records held by your service",
    }
    doc.line(
        f"For {name} we would be grateful for copies of all files about {case.subject} from 1996 onwards."
    )
    doc.line(f"{case.supervisor.officer}, Re-examination Team")
    return doc


def disclosure_schedule(cases: list[Case], day: date) -> Doc:
    """A schedule of material disclosed to the inquiry: several cases, one line each (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/police/disclosure/schedule_of_material.pdf", "pdf", "schedule", day)
    doc.line(f"{force.police.upper()} - SCHEDULE OF MATERIAL DISCLOSED TO THE INQUIRY")
    doc.line(f"Prepared {force.date(day)}. Item / crime reference / description:")
    for n, case in enumerate(cases, 1):
        doc.line(
            f"Item {n:02d} | {docs.cite(doc, case, case.crime)} | crime record and papers ({case.subject})"
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
    listed = [c for c in force_cases if c.crime and not c.reopened][5:12]
    out.append(disclosure_schedule(listed, date(2016, 9, 5)))
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
