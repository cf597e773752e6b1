"""Generate the twenty-third case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval23.generate [OUT_DIR] [--seed 7043]

Writes about 420 files (online crime report forms as text, hospital liaison call notes as PDF,
neighbourhood officers' beat diaries as DOCX; crime records as a text record ending in the senior
investigating officer's policy file, a DOCX crime file ending in the quality assurance sign-off or
a two-part PDF whose second part is the archive transfer sheet; forensic submission forms;
voluntary interview invitations; search warrant execution logs and witnesses' first accounts on
body-worn video; cell-site and vehicle keeper research; GP practices' referrals, youth offending
workers' referrals and sexual health clinics' referrals sent by e-mail; trading standards visit
notes; contextual safeguarding location meetings; e-mails; letters to foster carers; complaints;
per force a historic case review team's tracker, e-mails naming a case by its operation, and a
council's return-home-interview backlog list of several children) for 66 invented cases of three
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
from bench.cases_eval23 import docs
from bench.cases_eval23.layout import page_texts, write, write_scan
from bench.cases_eval23.phrases import closed_sentence, outcome_sentence
from bench.cases_eval23.plants import plant_all
from bench.cases_eval23.truth import manifest
from bench.cases_eval23.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval23-corpus")
DEFAULT_SEED = 7043


def review_tracker(cases: list[Case]) -> Doc:
    """A force's historic case review team's tracker: one part or page for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=29)
    doc = Doc(f"{force.key}/historic_review/review_tracker_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(
        f"{force.police} historic case review team: tracker of reviewed investigations, {force.date(day)}"
    )
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"{operation}, line 1: fresh look taken at {first}, whose first result was recorded "
            f"{case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"{operation}, line 2: now held under the new number {cite(doc, case, case.recrime)}, "
                f"replacing {case.crime.value}.",
            )
        doc.line(
            f"{operation}, line 3: review began {case.when(case.reopened)}; the girl's code "
            f"stays {case.subject}."
        )
        doc.fact(
            case,
            "outcome",
            f"{operation}, line 4. " + outcome_sentence(case, case.outcome_final, case.final_date),
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"{operation}, line 5. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A historic case review team's e-mail naming the case only by its operation, in short."""
    force = case.force
    day = case.reopened + timedelta(days=19)
    doc = Doc(f"{force.key}/historic_review/records_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Historic Case Review Team <historic.review@{force.police_domain}>",
        "To": f"Records Management <records@{force.council_domain}>",
        "Subject": f"{name}: please retrieve old children's records",
    }
    doc.line(f"For {name} we ask for all stored social work records mentioning {case.subject}.")
    doc.line(f"{case.supervisor.officer}, Historic Case Review Team")
    return doc


def backlog_list(cases: list[Case], day: date) -> Doc:
    """A council's list of return home interviews still to be done: several children, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/return_interview_backlog.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: return home interviews outstanding at {force.date(day)}")
    doc.line("No. | Council case number | Code used for the child | Note")
    for n, case in enumerate(cases, 1):
        note = ("two episodes unvisited", "worker on leave", "refused to speak to us")[n % 3]
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
    out.append(backlog_list(listed, date(2017, 3, 22)))
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
