"""Generate the nineteenth case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval19.generate [OUT_DIR] [--seed 7141]

Writes about 400 files (duty inspectors' overnight logs as text, call-taker screen prints as PDF,
response deployment sheets as DOCX; crime records as a text record ending in the crime registrar's
audit entries, a DOCX crime file ending in the press office's media line or a two-page PDF whose
second page is the case progression unit's; exhibits and property receipts; voluntary interview
invitations; arresting officers' duty statements and witness appeal response forms; telephone and
vehicle research sheets; education referral forms, GP surgery notifications and children's home
notifications sent by e-mail; youth workers' contact sheets; professionals' meeting records;
e-mails; letters to families; complaints; per force a reinvestigation decision log, review e-mails
naming a case by its operation, and a council audit sample of several children) for 66 invented
cases of three forces and their councils, a tenth of them image-only PDF scans, and
OUT_DIR/manifest.json, which is not part of the collection: ingest OUT_DIR/files only. One seed
always writes the very same bytes.
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
from bench.cases_eval19 import docs
from bench.cases_eval19.layout import page_texts, write, write_scan
from bench.cases_eval19.phrases import closed_sentence, outcome_sentence
from bench.cases_eval19.plants import plant_all
from bench.cases_eval19.truth import manifest
from bench.cases_eval19.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval19-corpus")
DEFAULT_SEED = 7141


def review_register(cases: list[Case]) -> Doc:
    """A force's reinvestigation decision log: one page or section for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=31)
    doc = Doc(f"{force.key}/reinvestigation/decision_log_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(
        f"{force.police} non-recent exploitation reinvestigation team: "
        f"decision log, printed {force.date(day)}"
    )
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"Decision 1 ({operation}): reinvestigate {first}, which was finalised {case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"Decision 2 ({operation}): new crime number {cite(doc, case, case.recrime)} issued; "
                f"it replaces {case.crime.value} for the same offending.",
            )
        doc.line(
            f"Decision 3 ({operation}): terms of reference signed {case.when(case.reopened)}; the girl "
            f"keeps the code {case.subject} in all papers."
        )
        doc.fact(
            case,
            "outcome",
            f"Decision 4 ({operation}). " + outcome_sentence(case, case.outcome_final, case.final_date),
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"Decision 5 ({operation}). " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A reinvestigation team e-mail naming the case only by its operation, in short."""
    force = case.force
    day = case.reopened + timedelta(days=17)
    doc = Doc(f"{force.key}/reinvestigation/records_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Reinvestigation Team <reinvestigation@{force.police_domain}>",
        "To": f"Records Management <records.management@{force.council_domain}>",
        "Subject": f"{name}: please search your archive",
    }
    doc.line(f"For {name} we need every closed children's services file that mentions {case.subject}.")
    doc.line(f"{case.supervisor.officer}, Reinvestigation Team")
    return doc


def risk_tracker(cases: list[Case], day: date) -> Doc:
    """A council's safeguarding partnership audit sample: several children, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/audit_sample.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: safeguarding partnership multi-agency audit, sample drawn {force.date(day)}")
    doc.line("No. | Council reference | Child | Audit grade")
    for n, case in enumerate(cases, 1):
        grade = ("inadequate", "requires improvement", "good")[n % 3]
        doc.line(f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {grade}")
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
    out.append(risk_tracker(listed, date(2013, 3, 11)))
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
