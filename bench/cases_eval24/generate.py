"""Generate the twenty-fourth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval24.generate [OUT_DIR] [--seed 8117]

Writes about 400 files (pharmacy safeguarding alerts as text, street pastors' night patrol logs as
PDF, railway station staff handover sheets as DOCX; crime records as a text record ending in the
PNC bureau's result updates, a DOCX crime file ending in the exploitation co-ordinator's closure
entry or a two-part PDF whose second part is the evidence review officer's conclusion; digital
media examination requests; appointment cards for voluntary interviews; early morning arrest
debriefs and door-to-door enquiry returns; financial and subscriber checks; faith group,
leisure centre and school attendance referrals (the last sent by e-mail); licensing officers'
hotel visit notes; MACE meetings; e-mails; letters to the children's home manager; complaints;
per force a non-recent abuse review unit's log, e-mails naming a case by its operation, and a
council's exploitation screening waiting list of several children) for 66 invented cases of
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
from bench.cases_eval24 import docs
from bench.cases_eval24.layout import page_texts, write, write_scan
from bench.cases_eval24.phrases import closed_sentence, outcome_sentence
from bench.cases_eval24.plants import plant_all
from bench.cases_eval24.truth import manifest
from bench.cases_eval24.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval24-corpus")
DEFAULT_SEED = 8117


def review_tracker(cases: list[Case]) -> Doc:
    """A force's non-recent abuse review unit's log: one part or page for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=23)
    doc = Doc(f"{force.key}/non_recent_review/review_log_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police} non-recent abuse review unit: log of re-examined crimes, {force.date(day)}")
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"{operation}, entry A: re-examines {first}, first resulted on {case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}, entry B: recorded afresh as {cite(doc, case, case.recrime)}, "
                f"which supersedes {case.crime.value}.",
            )
        doc.line(
            f"{operation}, entry C: re-examination opened {case.when(case.reopened)}; the child's code "
            f"remains {case.subject}."
        )
        doc.fact(
            case,
            "outcome",
            f"{operation}, entry D. " + outcome_sentence(case, case.outcome_final, case.final_date),
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation}, entry E. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review unit's e-mail naming the case only by its operation, in short."""
    force = case.force
    day = case.reopened + timedelta(days=26)
    doc = Doc(f"{force.key}/non_recent_review/archive_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Non-Recent Review Unit <non.recent.review@{force.police_domain}>",
        "To": f"Archives Team <archives@{force.council_domain}>",
        "Subject": f"{name}: old case files wanted",
    }
    doc.line(
        f"For {name}, could you send every archived record from children's social care naming {case.subject}?"
    )
    doc.line(f"{case.supervisor.officer}, Non-Recent Review Unit")
    return doc


def backlog_list(cases: list[Case], day: date) -> Doc:
    """A council's list of children still waiting for an exploitation risk screening, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/screening_waiting_list.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: children awaiting an exploitation risk screening, as at {force.date(day)}")
    doc.line("Row | Council reference | Child's code | Why waiting")
    for n, case in enumerate(cases, 1):
        note = ("no worker free", "family not answering", "school records awaited")[n % 3]
        doc.line(f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {note}")
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_tracker(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.referral and not c.reopened][:6]
    out.append(backlog_list(listed, date(2018, 6, 11)))
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
