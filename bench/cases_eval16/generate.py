"""Generate the sixteenth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval16.generate [OUT_DIR] [--seed 7151]

Writes about 400 files (ISO-week call logs as text, CAD incident cards as DOCX, dispatch tickets
as PDF; crime records as a text status history, a two-page PDF crime occurrence record or a DOCX
question-and-answer file review form; detention logs; interview precis; witness statements; ANPR
and subscriber check reports; multi-agency referral forms, child in need records and initial
contact records sent by e-mail; school safeguarding log entries; CSE sub-group notes; e-mails;
letters to carers; complaints; per force a cold case review schedule, review e-mails naming a case
by its operation, and a council RAG list of several children) for 66 invented cases of three
forces and their councils, a tenth of them image-only PDF scans, and OUT_DIR/manifest.json, which
is not part of the collection: ingest OUT_DIR/files only. One seed always writes the very same
bytes.
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
from bench.cases_eval16 import docs
from bench.cases_eval16.layout import page_texts, write, write_scan
from bench.cases_eval16.phrases import closed_sentence, outcome_sentence
from bench.cases_eval16.plants import plant_all
from bench.cases_eval16.truth import manifest
from bench.cases_eval16.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval16-corpus")
DEFAULT_SEED = 7151


def review_report(cases: list[Case]) -> Doc:
    """A force's cold case review schedule: one page or section for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=21)
    doc = Doc(f"{force.key}/cold_case/review_schedule_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police} cold case review team: schedule of reinvestigations, {force.date(day)}")
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"{operation} is the reinvestigation of {first}, finalised on {case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}: the reinvestigation was recorded afresh as {cite(doc, case, case.recrime)}, "
                f"replacing {case.crime.value}.",
            )
        doc.line(
            f"{operation}: reinvestigation began {case.when(case.reopened)}; "
            f"the young person is still referred to as {case.subject}."
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
    day = case.reopened + timedelta(days=11)
    doc = Doc(f"{force.key}/cold_case/records_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Cold Case Review <cold.case@{force.police_domain}>",
        "To": f"Information Governance <info.governance@{force.council_domain}>",
        "Subject": f"{name} - request for archived social care records",
    }
    doc.line(f"{name} requests all social care files held on {case.subject}, archived ones too.")
    doc.line(f"{case.supervisor.officer}, Cold Case Review")
    return doc


def rag_list(cases: list[Case], day: date) -> Doc:
    """A council's RAG list of children at risk: several children, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/rag_list.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: RAG list of girls thought exploited, as of {force.date(day)}")
    doc.line("No. | Council number | Young person | Rating")
    for n, case in enumerate(cases, 1):
        doc.line(
            f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {('Red', 'Amber', 'Green')[n % 3]}"
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
    out.append(rag_list(listed, date(2011, 3, 14)))
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
