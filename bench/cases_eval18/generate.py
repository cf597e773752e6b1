"""Generate the eighteenth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval18.generate [OUT_DIR] [--seed 5923]

Writes about 400 files (radio channel logs as text, emergency call transcripts as PDF, front counter
enquiry books as DOCX; crime records as a text record ending in the texts sent to the carer, a DOCX
records store retention slip or a two-page PDF handover note; records of searches of premises;
pre-interview disclosure notes; arrest notes and house-to-house questionnaires; ANPR and subscriber
check returns; schools' safeguarding referrals, housing officers' concerns and out-of-hours duty
logs sent by e-mail; pharmacy safeguarding checklists; school attendance and welfare meeting notes;
e-mails; letters to carers; complaints; per force a cold case review schedule, review e-mails naming
a case by its operation, and a council dashboard of several children) for 66 invented cases of
three forces and their councils, a tenth of them image-only PDF scans, and OUT_DIR/manifest.json,
which is not part of the collection: ingest OUT_DIR/files only. One seed always writes the very
same bytes.
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
from bench.cases_eval18 import docs
from bench.cases_eval18.layout import page_texts, write, write_scan
from bench.cases_eval18.phrases import closed_sentence, outcome_sentence
from bench.cases_eval18.plants import plant_all
from bench.cases_eval18.truth import manifest
from bench.cases_eval18.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval18-corpus")
DEFAULT_SEED = 5923


def review_register(cases: list[Case]) -> Doc:
    """A force's cold case review schedule: one page or section for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=23)
    doc = Doc(f"{force.key}/cold_case/schedule_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police} cold case review board: schedule of reinvestigations, as at {force.date(day)}")
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"{operation} takes up again {first}, first closed {case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}: recorded afresh as {cite(doc, case, case.recrime)}; the old number "
                f"{case.crime.value} is the same matter.",
            )
        doc.line(
            f"{operation}: board approved the reinvestigation {case.when(case.reopened)}; "
            f"she is referred to as {case.subject} throughout."
        )
        doc.fact(
            case, "outcome", f"{operation}. " + outcome_sentence(case, case.outcome_final, case.final_date)
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation}. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A cold case review e-mail naming the case only by its operation, in short."""
    force = case.force
    day = case.reopened + timedelta(days=12)
    doc = Doc(f"{force.key}/cold_case/request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Cold Case Review Board <cold.case@{force.police_domain}>",
        "To": f"Information Governance <info.governance@{force.council_domain}>",
        "Subject": f"{name} - archived social care records wanted",
    }
    doc.line(f"Under {name} we ask for all archived social care records about {case.subject}.")
    doc.line(f"{case.supervisor.officer}, Cold Case Review Board")
    return doc


def risk_tracker(cases: list[Case], day: date) -> Doc:
    """A council's exploitation dashboard extract: several children, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/dashboard_extract.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: child exploitation dashboard, extract taken {force.date(day)}")
    doc.line("Line | Council number | Young person | RAG")
    for n, case in enumerate(cases, 1):
        level = ("red", "amber", "green")[n % 3]
        doc.line(f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {level}")
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_register(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.referral and not c.reopened][:6]
    out.append(risk_tracker(listed, date(2012, 6, 18)))
    return out


def build(seed: int) -> tuple[World, list[Doc], set[str]]:
    """The world, its documents and which of them are scans, without writing anything."""
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
