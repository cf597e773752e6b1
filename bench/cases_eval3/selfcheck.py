"""The third set's self-check: the manifest matches the files, and the scorer scores it perfect.

    python -m bench.cases_eval3.selfcheck [CORPUS]

1. Every file of the manifest is on disk and no other: the right format and page count, scans
   with no text layer.
2. The text of every born-digital file is extracted (the second set's `file_pages`: pypdfium2 per
   PDF page, python-docx, the e-mail parser, plain text); for a scan, the text the generator drew
   on it. Every reference citation is looked for on its page in one of the reference's written
   forms, and every outcome, date and tie sentence on its page: a citation the files do not bear
   out fails the check. The generator is run again in memory, and its page texts must equal the
   extracted ones, so the scans' drawn text is that of the files frozen.
3. A perfect register built from the manifest (the second set's `perfect_register`, with each
   case's documents) is scored by `score`'s code: every bar must hold, no decoy may be linked,
   the closed-early and no-outcome flags must score precision and recall 1, and every scanned
   file must be listed by its case.
4. The manifest's SHA-256 is compared with the frozen one (the default seed only).
Exit 0 when all four hold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from bench.cases_eval.adapter import Citation
from bench.cases_eval2.generate import page_texts
from bench.cases_eval2.score import evaluate_register, finish
from bench.cases_eval2.selfcheck import file_pages, found_on, perfect_register
from bench.cases_eval2.truth import squash
from bench.cases_eval3.generate import DEFAULT_OUT, DEFAULT_SEED, build, generate
from bench.cases_eval3.score import scanned_documents

# The manifest the frozen generator writes with the default seed (see README.md).
FROZEN_MANIFEST_SHA256 = "7a07cd740ac1eb0f28ec629493b08e63d13d782d09de3278293ff8b55d788ac1"


def files_on_disk(root: Path, truth: dict) -> list[str]:
    files = root / truth["files_root"]
    listed = {f["file"] for f in truth["files"]}
    present = {str(p.relative_to(files)) for p in files.rglob("*") if p.is_file()}
    return [f"on disk, not in the manifest: {f}" for f in sorted(present - listed)] + [
        f"in the manifest, not on disk: {f}" for f in sorted(listed - present)
    ]


def read_pages(root: Path, truth: dict) -> tuple[dict[str, list[str]], list[str]]:
    """Each file's page texts (a scan's: the generator's), and what does not match the manifest."""
    _, documents, scanned = build(truth["seed"])
    drawn = {doc.name: page_texts(doc) for doc in documents}
    pages, problems = {}, []
    for entry in truth["files"]:
        name, path = entry["file"], root / truth["files_root"] / entry["file"]
        extracted = file_pages(path)
        if entry["format"] == "pdf" and len(extracted) != entry["pages"]:
            problems.append(f"{name}: {len(extracted)} pages, manifest says {entry['pages']}")
        if entry["scanned"] != (name in scanned):
            problems.append(f"{name}: scanned is {entry['scanned']}, the generator says otherwise")
        if entry["scanned"]:
            if any(text.strip() for text in extracted):
                problems.append(f"{name}: a scan with a text layer")
            pages[name] = drawn.get(name, [])
            continue
        if not same_text(extracted, drawn.get(name, [])):
            problems.append(f"{name}: the text is not the generator's")
        pages[name] = extracted
    return pages, problems


def same_text(extracted: list[str], drawn: list[str]) -> bool:
    """Every line the generator drew is on the same page of the file (an e-mail adds headers)."""
    if len(extracted) != len(drawn):
        return False
    return all(
        squash(line) in squash(page)
        for page, lines in zip(extracted, drawn, strict=True)
        for line in lines.split("\n")
    )


def check_citations(truth: dict, pages: dict[str, list[str]]) -> list[str]:
    problems = []

    def sentence_on(cite: dict[str, Any]) -> bool:
        texts = pages.get(cite["file"], [])
        return cite["page"] <= len(texts) and cite["sentence"] in squash(texts[cite["page"] - 1])

    for case in truth["cases"]:
        for ref in case["references"]:
            for cite in ref["citations"]:
                text = pages[cite["file"]][cite["page"] - 1]
                if not any(found_on(form, text) for form in ref["written"]):
                    problems.append(f"{case['case']}: {ref['value']} not on {cite['file']} p{cite['page']}")
        sentences = [*case["outcome"]["citations"], *case["ties"], *case["reported"]["citations"]]
        sentences += case["closed"]["citations"] if case["closed"] else []
        problems += [
            f"{case['case']}: sentence not on {c['file']} p{c['page']}"
            for c in sentences
            if not sentence_on(c)
        ]
        if case["outcome"]["value"] != "unknown" and not case["outcome"]["citations"]:
            problems.append(f"{case['case']}: a stated outcome with no citation")
    return problems


def perfect_scores(truth: dict, early_days: int) -> bool:
    register = perfect_register(truth, early_days, random.Random(7))
    files = {c["case"]: c["documents"] for c in truth["cases"]}
    for case in register:
        case.documents = [Citation(path=f"files/{d['file']}", page=d["pages"][0]) for d in files[case.id]]
    result = evaluate_register(truth, register, early_days)
    code = finish(result, truth, {})
    scans = scanned_documents(truth, register)
    print(
        f"  scanned documents listed by their case: {scans['listed_by_their_case']}/"
        f"{scans['scanned_case_documents']}"
    )
    return (
        code == 0
        and scans["listed_by_their_case"] == scans["scanned_case_documents"] > 0
        and not result["links"]["decoys_flagged"]
        and result["operations"]["held_by_their_case"] == result["operations"]["operations"]
        and all(
            result["flags"][k]["recall"] == 1.0 == result["flags"][k]["precision"]
            for k in ("closed_early", "no_outcome")
        )
    )


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
    problems = files_on_disk(args.corpus, truth)
    pages, unread = read_pages(args.corpus, truth)
    problems += unread + check_citations(truth, pages)
    digest = hashlib.sha256((args.corpus / "manifest.json").read_bytes()).hexdigest()
    frozen = digest == FROZEN_MANIFEST_SHA256
    if truth["seed"] == DEFAULT_SEED and not frozen:
        problems.append(f"manifest sha256 {digest} is not the frozen {FROZEN_MANIFEST_SHA256}")
    print(f"manifest sha256 {digest} ({'the frozen one' if frozen else 'NOT frozen'})")
    print(f"files: {len(truth['files'])} read, {len(problems)} problems")
    for problem in problems[:20]:
        print(f"  {problem}")
    perfect = perfect_scores(truth, args.closed_early_days)
    ok = perfect and not problems
    print("self-check: " + ("every bar holds, the files bear out the truth" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
