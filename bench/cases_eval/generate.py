"""Generate the case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval.generate [OUT_DIR] [--seed 2121]

Writes about 300 files (incident logs, crime reports, MG11 statements, council referrals,
strategy-meeting minutes, e-mails, letters, 2011-12 review papers) for 66 invented cases of three
forces, and OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest
OUT_DIR/files only.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.cases_eval import docs
from bench.cases_eval.docs import Doc
from bench.cases_eval.render import write
from bench.cases_eval.truth import manifest
from bench.cases_eval.world import CLOSED_OUTCOMES, FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval-corpus")
DEFAULT_SEED = 2121
VERSION = 1


def case_documents(case: Case, counter: dict[str, int], rng: random.Random) -> list[Doc]:
    """The files one case leaves behind; which ones depends on its references and people."""
    def number(kind: str) -> int:
        counter[kind] += 1
        return counter[kind]

    out: list[Doc] = []
    if case.incident:
        out.append(docs.incident_log(case, number("log"), rng))
    if case.crime:
        out.append(docs.crime_report(case, number("crime"), rng))
    if case.crime and any(p.evidence in ("arrested", "charged") for p in case.suspects):
        out.append(docs.statement(case, number("mg11"), case.officer, rng))
    if case.witness and (case.crime or case.incident):
        out.append(docs.statement(case, number("mg11"), case.witness, rng))
    if case.referral:
        out.append(docs.referral(case, number("referral"), rng))
    if rng.random() < 0.8:
        out.append(docs.email(case, number("email"), rng))
    if case.crime and case.outcome_initial in CLOSED_OUTCOMES and rng.random() < 0.55:
        out.append(docs.letter(case, number("letter")))
    if rng.random() < 0.5 or (case.referral and not case.crime):
        out.append(docs.minutes(case, number("minutes"), rng))
    return out


def review_paper(cases: list[Case]) -> Doc:
    """A force's 2011-12 review of closed cases: a cover page, then a page per reopened case."""
    force = cases[0].force
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=14)
    doc = Doc(f"{force.key}/police/reviews/operation_kestrel_review.pdf", "pdf", "review", day)
    doc.line(f"{force.police.upper()} - OPERATION KESTREL - REVIEW OF HISTORIC CSE INVESTIGATIONS")
    doc.line(f"Prepared {docs.long_date(day)}. Cases reopened following the review:")
    for case in cases:
        doc.line(f"- {case.crime} ({case.subject})")
    for case in cases:
        doc.new_page()
        doc.line(f"Case {case.crime}: originally finalised on {docs.uk(case.closed)}.")
        if case.outcome_final == "charged":
            suspect = case.suspect_name(case.suspects[0])
            doc.fact(case, "outcome", "Following the review the case was reopened on "
                                      f"{docs.uk(case.reopened)}, and on {docs.uk(case.final_date)} "
                                      f"{suspect} was charged with "
                                      f"{case.offence}.")
            doc.fact(case, "closed", f"Date finalised after review: {docs.uk(case.final_date)}")
        else:
            doc.fact(case, "outcome", f"The case was reopened on {docs.uk(case.reopened)}; as at "
                                      f"{docs.uk(case.final_date)} the investigation remains open.")
    return doc


def build_documents(cases: list[Case], seed: int) -> list[Doc]:
    rng = random.Random(seed + 1)
    out: list[Doc] = []
    for force in FORCES:
        counter: dict[str, int] = defaultdict(int)
        for case in (c for c in cases if c.force is force):
            out.extend(case_documents(case, counter, rng))
        out.append(review_paper([c for c in cases if c.force is force and c.reopened]))
    return out


def generate(root: Path, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    world = World(seed)
    cases = world.build()
    documents = build_documents(cases, seed)
    files = root / "files"
    if files.exists():
        shutil.rmtree(files)
    for doc in documents:
        write(doc, files)
    truth = manifest(world, documents, seed)
    text = json.dumps(truth, indent=1, ensure_ascii=False) + "\n"
    (root / "manifest.json").write_text(text, encoding="utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    truth = generate(args.out, args.seed)
    counts = defaultdict(int)
    for case in truth["cases"]:
        counts[case["outcome"]["value"]] += 1
    print(f"{len(truth['files'])} files, {len(truth['cases'])} cases, {len(truth['links'])} planted links, "
          f"{len(truth['lookalikes'])} look-alike pairs -> {args.out}/files, {args.out}/manifest.json")
    print("outcomes: " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES if counts[o]))


if __name__ == "__main__":
    main()
