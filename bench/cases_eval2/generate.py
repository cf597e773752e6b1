"""Generate the second case-register evaluation collection and its ground truth (manifest.json).

    python -m bench.cases_eval2.generate [OUT_DIR] [--seed 2122]

Writes about 300 files (occurrence and incident logs, crime records, MG11 statements, council
referrals, strategy-meeting minutes, e-mails, letters, a multi-case panel list and a 2011-13
review per force, and e-mails about the review's operations) for 66 invented cases of three
forces, and OUT_DIR/manifest.json. The manifest is not a file of the collection: ingest
OUT_DIR/files only. The same seed gives the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import textwrap
import zipfile
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval.render import write
from bench.cases_eval2 import docs
from bench.cases_eval2.phrases import outcome_sentence
from bench.cases_eval2.plants import plant_all
from bench.cases_eval2.truth import manifest
from bench.cases_eval2.world import FORCES, OUTCOMES, Case, World

DEFAULT_OUT = Path("/tmp/cases-eval2-corpus")
DEFAULT_SEED = 2122
PDF_WIDTH = 95  # the first set's renderer wraps PDF lines at this width


def review_paper(cases: list[Case]) -> Doc:
    """A force's 2011-13 review: a cover page, then a page per reopened case and its operation."""
    force = cases[0].force
    day = max(c.final_date for c in cases if c.final_date) + timedelta(days=14)
    doc = Doc(f"{force.key}/police/reviews/historic_cse_review.pdf", "pdf", "review", day)
    doc.line(f"{force.police.upper()} - REVIEW OF HISTORIC CSE INVESTIGATIONS")
    doc.line(f"Prepared {force.date(day)}. Investigations reopened following the review:")
    for case in cases:
        doc.line(f"- {docs.cite(doc, case, case.operation)} ({case.subject})")
    for case in cases:
        doc.new_page()
        doc.fact(
            case,
            "tie",
            f"{docs.cite(doc, case, case.operation)} re-examines crime "
            f"{docs.cite(doc, case, case.crime)}, finalised on {case.when(case.closed)}.",
        )
        if case.outcome_final == "charged":
            doc.fact(
                case,
                "outcome",
                f"The investigation was reopened on {case.when(case.reopened)}. "
                + outcome_sentence(case, "charged", case.final_date),
            )
            doc.fact(case, "closed", f"Date finalised after review: {case.when(case.final_date)}")
        else:
            doc.fact(
                case,
                "outcome",
                f"The investigation was reopened on {case.when(case.reopened)}. "
                + outcome_sentence(case, "open", case.final_date),
            )
    return doc


def operation_email(case: Case, number: int) -> Doc:
    """A review-team e-mail that names the case by its operation's short name only."""
    force = case.force
    day = case.reopened + timedelta(days=10)
    doc = Doc(f"{force.key}/police/reviews/review_team_{number:02d}.eml", "eml", "e-mail", day)
    short = docs.cite(doc, case, case.operation, "short")
    doc.headers = {
        "From": f"Review Team <cse.review@{force.police_domain}>",
        "To": f"{case.professional.plain} <{case.professional.forename.lower()}."
        f"{case.professional.surname.lower()}@{force.council_domain}>",
        "Subject": f"{short} - request for records",
    }
    doc.line(
        f"{short}: please send us everything your service holds on {case.subject}, including any "
        "contact records from the original investigation."
    )
    doc.line(f"{case.supervisor.officer}, historic review team")
    return doc


def panel_list(cases: list[Case], day: Any) -> Doc:
    """A multi-agency panel's list: several cases, one line each, in one document (not one case)."""
    force = cases[0].force
    doc = Doc(f"{force.key}/council/minutes/cse_panel_list.pdf", "pdf", "panel list", day)
    doc.line(f"{force.council.upper()} - MULTI-AGENCY CSE PANEL - CASES FOR DISCUSSION")
    doc.line(f"Meeting of {force.date(day)}. One line per case: police reference, young person, officer.")
    for case in cases:
        doc.line(f"{docs.cite(doc, case, case.crime)}    {case.subject}    {case.officer.officer}")
    return doc


def force_documents(force_cases: list[Case], rng: random.Random) -> list[Doc]:
    counter: dict[str, int] = defaultdict(int)
    out: list[Doc] = []
    for case in force_cases:
        out.extend(docs.case_documents(case, counter, rng))
    reopened = [c for c in force_cases if c.reopened]
    out.append(review_paper(reopened))
    out.extend(operation_email(case, n + 1) for n, case in enumerate(reopened))
    listed = [c for c in force_cases if c.crime and not c.reopened][3:9]
    out.append(panel_list(listed, max(c.reported for c in listed) + timedelta(days=21)))
    return out


def build_documents(cases: list[Case], seed: int) -> list[Doc]:
    rng = random.Random(seed + 1)
    return [doc for force in FORCES for doc in force_documents([c for c in cases if c.force is force], rng)]


def page_texts(doc: Doc) -> list[str]:
    """Each page's text as the file holds it: PDF lines wrapped as rendered, e-mail headers on page 1."""
    pages = []
    for lines in doc.pages:
        if doc.fmt == "pdf":
            lines = [part for line in lines for part in (textwrap.wrap(line, PDF_WIDTH) or [""])]
        pages.append("\n".join(lines))
    if doc.headers:
        pages[0] = "\n".join(f"{k}: {v}" for k, v in doc.headers.items()) + "\n" + pages[0]
    return pages


def pin_zip_times(path: Path, day: date) -> None:
    """Rewrite a DOCX with every member stamped with the document's day, so the bytes repeat.

    python-docx stamps the zip members with the time of writing; the text was already the same.
    """
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    stamp = (day.year, day.month, day.day, 9, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            pinned = zipfile.ZipInfo(info.filename, date_time=stamp)
            pinned.compress_type, pinned.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            target.writestr(pinned, data)


def generate(root: Path, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    world = World(seed)
    world.build()
    plant_all(world)
    documents = build_documents(world.cases, seed)
    pages = {doc.name: page_texts(doc) for doc in documents}
    truth = manifest(world, documents, pages, seed)  # checks every citation before a file is written
    files = root / "files"
    if files.exists():
        shutil.rmtree(files)
    for doc in documents:
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
    print(
        f"{len(truth['files'])} files, {len(truth['cases'])} cases, {len(truth['links'])} planted links, "
        f"{len(truth['lookalikes'])} look-alike pairs, {len(truth['decoys'])} decoys -> "
        f"{args.out}/files, {args.out}/manifest.json"
    )
    print("outcomes: " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES if counts[o]))


if __name__ == "__main__":
    main()
