"""Generate the twenty-second case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval22.generate [OUT_DIR] [--seed 6271]

Writes about 420 files (front counter enquiry slips as text, non-emergency call transcripts as
PDF, school-based officers' contact records as DOCX; crime records as a text record ending in the
Victims' Code contact entries, a DOCX crime file ending in the crime registrar's finalisation or a
two-sheet PDF whose second sheet is the detective inspector's closing minute; property seizure
records; pre-charge bail notices; arresting officers' MG11 statements and witnesses' statements
taken at work; ANPR and phone subscriber checks; school nurses' referrals, children's home
incident reports and housing officers' referrals sent by e-mail; late-night food licensing visit
notes; exploitation panel notes; e-mails; letters to parents; complaints; per force a non-recent
abuse team's register, e-mails naming a case by its operation, and a council's missing-from-care
panel list of several children) for 66 invented cases of three forces and their councils, a
tenth of them image-only PDF scans, and OUT_DIR/manifest.json, which is not part of the
collection: ingest OUT_DIR/files only. One seed always writes the very same bytes.
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
from bench.cases_eval22 import docs
from bench.cases_eval22.layout import page_texts, write, write_scan
from bench.cases_eval22.phrases import closed_sentence, outcome_sentence
from bench.cases_eval22.plants import plant_all
from bench.cases_eval22.truth import manifest
from bench.cases_eval22.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval22-corpus")
DEFAULT_SEED = 6271


def review_register(cases: list[Case]) -> Doc:
    """A force's non-recent abuse team's register: one sheet or section for each reopened case."""
    force = cases[0].force
    fmt = docs.FORMATS[force.key]["review"]
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=33)
    doc = Doc(f"{force.key}/non_recent/team_register_{day:%Y%m%d}.{fmt}", fmt, "review", day)
    doc.line(f"{force.police} non-recent abuse team: register of re-examined cases, {force.date(day)}")
    for n, case in enumerate(cases):
        if fmt == "pdf" and n:
            doc.new_page()
        operation = cite(doc, case, case.operation)
        first = cite(doc, case, case.crime)
        doc.fact(
            case,
            "tie",
            f"[{operation}] item a: re-examination opened into {first}, first finalised "
            f"{case.when(case.closed)}.",
        )
        if case.recrime:
            doc.fact(
                case,
                "tie",
                f"[{operation}] item b: re-recorded under {cite(doc, case, case.recrime)}, which "
                f"supersedes {case.crime.value}.",
            )
        doc.line(
            f"[{operation}] item c: work started {case.when(case.reopened)}; the victim's code "
            f"remains {case.subject}."
        )
        doc.fact(
            case,
            "outcome",
            f"[{operation}] item d. " + outcome_sentence(case, case.outcome_final, case.final_date),
        )
        if case.outcome_final in CLOSED_OUTCOMES:
            doc.fact(case, "closed", f"[{operation}] item e. " + closed_sentence(case, case.final_date))
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A non-recent abuse team's e-mail naming the case only by its operation, in short."""
    force = case.force
    day = case.reopened + timedelta(days=23)
    doc = Doc(f"{force.key}/non_recent/archive_request_{number:02d}.eml", "eml", "e-mail", day)
    name = cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Non-Recent Abuse Team <non.recent@{force.police_domain}>",
        "To": f"Information Governance <info.governance@{force.council_domain}>",
        "Subject": f"{name}: archived children's files wanted",
    }
    doc.line(f"For {name} we need every archived social care file that refers to {case.subject}.")
    doc.line(f"{case.supervisor.officer}, Non-Recent Abuse Team")
    return doc


def risk_tracker(cases: list[Case], day: date) -> Doc:
    """A council's missing-from-care panel list: several children, a row each."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/missing_panel_list.docx", "docx", "tracker", day)
    doc.line(f"{force.council}: missing from care panel, children on the list {force.date(day)}")
    doc.line("Row | CSC number | Child's code | Why listed")
    for n, case in enumerate(cases, 1):
        reason = ("three missing episodes", "found in a stranger's flat", "excluded from school")[n % 3]
        doc.line(f"{n} | {cite(doc, case, case.referral)} | {case.subject} | {reason}")
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
    out.append(risk_tracker(listed, date(2016, 9, 14)))
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
