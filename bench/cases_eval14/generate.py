"""Generate the fourteenth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval14.generate [OUT_DIR] [--seed 7741]

Writes about 400 files (999 call summaries as text, Storm log extracts as DOCX, ICAD dispatch
records as PDF; crime records as a DOCX crime occurrence form, a two-page PDF investigation log or a
text closure checklist; detention logs; short descriptive notes of interviews; section 9 statements;
community intelligence forms; council referral and assessment records, child in need referrals and
exploitation screening e-mails; independent return conversations; complex strategy meeting notes;
e-mails; letters to families; complaints; per force a non-recent abuse review closure report, review
team e-mails naming a case by its operation, and a council hub list of several cases) for 66
invented cases of three forces and their councils, a tenth of them image-only PDF scans, and
OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest OUT_DIR/files only. The
same seed gives the same files, byte for byte.
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
from bench.cases_eval13.generate import choose_scans
from bench.cases_eval14 import docs
from bench.cases_eval14.layout import page_texts, write, write_scan
from bench.cases_eval14.phrases import closed_sentence, outcome_sentence
from bench.cases_eval14.plants import plant_all
from bench.cases_eval14.truth import manifest
from bench.cases_eval14.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval14-corpus")
DEFAULT_SEED = 7741


def review_report(cases: list[Case]) -> Doc:
    """A force's non-recent abuse review team closure report: a page or a section per reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=21)
    doc = Doc(f"{force.key}/review_team/closure_report_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police}, non-recent abuse review team: closure report dated {force.date(day)}")
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case, "tie", f"{operation} looked again at {first}, first closed on {case.when(case.closed)}."
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}: a new crime, {cite(doc, case, case.recrime)}, was raised in place of "
                f"{case.crime.value}.",
            )
        doc.line(
            f"{operation}: review opened {case.when(case.reopened)}; the young person is {case.subject}."
        )
        doc.fact(
            case, "outcome", f"{operation}. " + outcome_sentence(case, case.outcome_final, case.final_date)
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation}. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review team e-mail that names the case by its operation only, in short."""
    force = case.force
    day = case.reopened + timedelta(days=12)
    doc = Doc(f"{force.key}/review_team/records_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Review Team <review.team@{force.police_domain}>",
        "To": f"Information Governance <info.gov@{force.council_domain}>",
        "Subject": f"{name} - records request",
    }
    doc.line(f"On {name}, please let us have every social care file you hold on {case.subject}, however old.")
    doc.line(f"{case.supervisor.officer}, Review Team")
    return doc


def hub_list(cases: list[Case], day: date) -> Doc:
    """A council's weekly exploitation hub list: several cases, one row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/hub_list.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: exploitation hub weekly list, as at {force.date(day)}")
    doc.line("No. | Council number | Child | Risk level")
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
    out.append(hub_list(listed, date(2010, 3, 22)))
    return out


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
