"""The scorer's self-check: the truth scored against itself, and the truth checked in the files.

    python -m bench.cases_eval2.selfcheck [CORPUS]

1. The text of every written file is extracted (pypdfium2 per PDF page, python-docx, the e-mail
   parser, plain text), and every reference citation and outcome sentence of the manifest is
   looked for on its page: a citation the files do not bear out fails the check.
2. A perfect register is built from the manifest (each reference in a written form picked at
   random, suspects as the force writes them, a flag per planted link, early and no-outcome flags)
   and scored by `score.evaluate_register`, the code that scores Docket: every bar must hold, no
   decoy may be linked, every operation name must be held by its case.
3. The manifest's SHA-256 is compared with the frozen one (the default seed only): the generator
   must still write the truth that was frozen.
Exit 0 when all three hold.
"""

from __future__ import annotations

import argparse
import email
import hashlib
import json
import random
import sys
from email import policy
from pathlib import Path
from typing import Any

from bench.cases_eval.adapter import Citation, Flag, RegisterCase, RegisterPerson
from bench.cases_eval.metrics import LINK_FLAG
from bench.cases_eval2.generate import DEFAULT_OUT, DEFAULT_SEED, generate
from bench.cases_eval2.score import evaluate_register, finish
from bench.cases_eval2.truth import squash

# The manifest the frozen generator writes with the default seed (see README.md).
FROZEN_MANIFEST_SHA256 = "f7cb0498b634762b148607d27e77855167ddfc5c4894bb48278e0eba3d35b4dc"


def file_pages(path: Path) -> list[str]:
    """The text of each page of a written file, as an extractor sees it."""
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return [pdf[n].get_textpage().get_text_range().replace("\r\n", "\n") for n in range(len(pdf))]
    if path.suffix == ".docx":
        import docx

        return ["\n".join(p.text for p in docx.Document(str(path)).paragraphs)]
    if path.suffix == ".eml":
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        head = "\n".join(f"{k}: {v}" for k, v in message.items())
        return [head + "\n" + message.get_body().get_content()]
    return [path.read_text(encoding="utf-8")]


def found_on(form: str, text: str) -> bool:
    return form in text if "\n" not in form else squash(form) in squash(text)


def check_files(root: Path, truth: dict) -> list[str]:
    files = root / truth["files_root"]
    pages = {f["file"]: file_pages(files / f["file"]) for f in truth["files"]}
    problems = [
        f"{f['file']}: {len(pages[f['file']])} pages, manifest says {f['pages']}"
        for f in truth["files"]
        if f["format"] == "pdf" and len(pages[f["file"]]) != f["pages"]
    ]
    for case in truth["cases"]:
        for ref in case["references"]:
            for cite in ref["citations"]:
                text = pages[cite["file"]][cite["page"] - 1]
                if not any(found_on(form, text) for form in ref["written"]):
                    problems.append(f"{case['case']}: {ref['value']} not on {cite['file']} p{cite['page']}")
        for cite in case["outcome"]["citations"]:
            if cite["sentence"] not in squash(pages[cite["file"]][cite["page"] - 1]):
                problems.append(f"{case['case']}: outcome sentence not on {cite['file']} p{cite['page']}")
    return problems


def perfect_register(truth: dict, early_days: int, rng: random.Random) -> list[RegisterCase]:
    """What a perfect register would answer, in the adapter's terms."""
    cases = {}
    for c in truth["cases"]:
        cite = Citation(document=c["case"], page=1, path=c["documents"][0]["file"])
        people = [
            RegisterPerson(p["written"] if p["role"] == "suspect" else p["name"], p["role"])
            for p in c["people"]
        ]
        flags = []
        days = c["expected_flags"]["days_report_to_closure"]
        if days is not None and days <= early_days:
            flags.append(Flag("closed_early", f"closed {days} days after the report", [cite], [], ""))
        if c["expected_flags"]["complaint_no_outcome"]:
            flags.append(Flag("no_outcome", "a complaint with no recorded outcome", [cite], [], ""))
        cases[c["case"]] = RegisterCase(
            id=c["case"],
            references=[rng.choice(r["accepted"]) for r in c["references"]],
            force=c["force"],
            outcome=c["outcome"]["value"],
            outcome_citation=cite,
            people=people,
            flags=flags,
        )
    for link in truth["links"]:
        for key in link["flag_on"]:
            cite = Citation(document=key, page=1, path=link["citations"][0]["file"])
            others = [k for k in link["cases"] if k != key]
            cases[key].flags.append(
                Flag(
                    LINK_FLAG[link["kind"]],
                    f"{link['kind']} {link['value']} is also in {', '.join(others)}",
                    [cite],
                    others,
                    link["value"],
                )
            )
    return list(cases.values())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--closed-early-days", type=int, default=14)
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").exists():
        generate(args.corpus)
    truth = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    problems = check_files(args.corpus, truth)
    digest = hashlib.sha256((args.corpus / "manifest.json").read_bytes()).hexdigest()
    if truth["seed"] == DEFAULT_SEED and digest != FROZEN_MANIFEST_SHA256:
        problems.append(f"manifest sha256 {digest} is not the frozen {FROZEN_MANIFEST_SHA256}")
    print(
        f"manifest sha256 {digest} ({'the frozen one' if digest == FROZEN_MANIFEST_SHA256 else 'NOT frozen'})"
    )
    print(f"files: {len(truth['files'])} read, {len(problems)} citations not borne out")
    for problem in problems[:20]:
        print(f"  {problem}")
    result = evaluate_register(
        truth, perfect_register(truth, args.closed_early_days, random.Random(7)), args.closed_early_days
    )
    report: dict[str, Any] = {}
    code = finish(result, truth, report)
    extra_ok = (
        not result["links"]["decoys_flagged"]
        and result["operations"]["held_by_their_case"] == result["operations"]["operations"]
        and all(
            result["flags"][k]["recall"] == 1.0 == result["flags"][k]["precision"]
            for k in ("closed_early", "no_outcome")
        )
    )
    ok = code == 0 and not problems and extra_ok
    print("self-check: " + ("every bar holds, the files bear out the truth" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
