"""The eighth set's self-check: the manifest matches the files, the scorer scores it perfect, and
nothing of the earlier sets recurs.

    python -m bench.cases_eval8.selfcheck [CORPUS]

1. Every file of the manifest is on disk and no other: the right format and page count, scans
   with no text layer (the third set's `files_on_disk`).
2. The text of every born-digital file is extracted (`layout.file_pages`: pypdfium2 per PDF page,
   python-docx with its tables, ODP slides, the e-mail parser's decoded text part, plain text in
   its force's encoding); for a scan (PDF or PNG), the
   text the generator drew on it. The generator is run again in memory and
   its page texts must equal the extracted ones. Every reference citation is looked for on its
   page in one of the reference's written forms, and every outcome, date and tie sentence on its
   page (the third set's `check_citations`).
3. A perfect register built from the manifest (the second set's `perfect_register`, with each
   case's documents, and each suspect's name as written less what a force adds: a birthplace, an
   interpreter or a nationality) is scored by the scorer's code: every bar must hold, no decoy may be linked,
   the closed-early and no-outcome flags must score precision and recall 1, and every scanned
   file must be listed by its case.
4. Nothing recurs from sets 1-7: no name, street, town, force, operation or subject code of this
   set is a word of their sources; no reference layout (letters as A, digits as 9) of this set is
   one their forces write; and no run of five words of this set's document text (the string
   literals of `docs`, `phrases`, `generate` and `world`) is in their sources.
5. The manifest's SHA-256 is compared with the frozen one (the default seed only).
Exit 0 when all five hold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from bench.cases_eval.adapter import Citation
from bench.cases_eval2.score import evaluate_register, finish
from bench.cases_eval2.selfcheck import perfect_register
from bench.cases_eval3.score import scanned_documents
from bench.cases_eval3.selfcheck import check_citations, files_on_disk, same_text
from bench.cases_eval5.selfcheck import literals, samples, shape, word_runs
from bench.cases_eval8 import plants, world
from bench.cases_eval8.generate import DEFAULT_OUT, DEFAULT_SEED, build, generate
from bench.cases_eval8.layout import file_pages, page_texts

# The manifest the frozen generator writes with the default seed (see README.md).
FROZEN_MANIFEST_SHA256 = "09db7e7a19b46504d8accd31745d9c664ee932d732afc9d358c3075937485389"
EARLIER_SETS = (
    "cases_eval", "cases_eval2", "cases_eval3", "cases_eval4", "cases_eval5", "cases_eval6", "cases_eval7",
)  # fmt: skip
HERE = Path(__file__).resolve().parent
TEXT_MODULES = ("docs.py", "phrases.py", "generate.py", "world.py")


def read_pages(root: Path, truth: dict) -> tuple[dict[str, list[str]], list[str]]:
    """Each file's page texts (a scan's: the generator's), and what does not match the manifest."""
    _, documents, scanned = build(truth["seed"])
    drawn = {doc.name: page_texts(doc) for doc in documents}
    pages, problems = {}, []
    for entry in truth["files"]:
        name, path = entry["file"], root / truth["files_root"] / entry["file"]
        extracted = file_pages(path)
        if entry["format"] in ("pdf", "png", "odp") and len(extracted) != entry["pages"]:
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


NAME_EXTRAS = re.compile(r"\s*\((?:born [^)]*|\w+ national)\)$|\s*\[interpreter: [^\]]*\]$")


def plain_name(written: str) -> str:
    """A suspect's name as written, less what a force adds: a birthplace, an interpreter, a nationality."""
    return NAME_EXTRAS.sub("", written)


def perfect_scores(truth: dict, early_days: int) -> bool:
    """A perfect register scores every bar, links no decoy and lists every scan by its case."""
    register = perfect_register(truth, early_days, random.Random(7))
    files = {c["case"]: c["documents"] for c in truth["cases"]}
    for case in register:
        case.documents = [Citation(path=f"files/{d['file']}", page=d["pages"][0]) for d in files[case.id]]
        case.people = [replace(p, name=plain_name(p.name)) for p in case.people]
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


def earlier_text() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for s in EARLIER_SETS
        for p in sorted((HERE.parent / s).glob("*"))
        if p.suffix in (".py", ".md")
    )


def vocabulary() -> list[str]:
    """Every proper name this set invents."""
    words = [name for names in world.NAMES.values() for group in names for name in group]
    words += [p for places in world.BIRTHPLACES.values() for p in places]
    words += [*world.STAFF_FORENAMES, *world.STAFF_SURNAMES]
    words += [*world.STREET_STEMS, *world.OPERATIONS, *world.SUBJECT_CODES]
    words += [w for spec in plants.NAMESAKES for w in (*spec[2:4], *spec[4], *spec[5])]
    for force in world.FORCES:
        words += [force.town, force.council.split()[0], force.postcode, force.key.title()]
    words.append("Fothby")
    return sorted(set(words))


def recurring_names() -> list[str]:
    text = earlier_text()
    return [w for w in vocabulary() if re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", text, re.I)]


def recurring_layouts() -> list[str]:
    """This set's reference layouts that an earlier set's force also writes (sample serials)."""
    from bench.cases_eval import world as first
    from bench.cases_eval2 import world as second
    from bench.cases_eval3 import world as third
    from bench.cases_eval4 import world as fourth
    from bench.cases_eval5 import world as fifth
    from bench.cases_eval6 import world as sixth
    from bench.cases_eval7 import world as seventh

    day, theirs = date(2003, 2, 3), set()
    for force in first.FORCES:
        for serial in (456, 4567, 45678):
            for sector in ("A1", "B"):
                theirs.add(shape(force.crime_ref(serial, 2003, sector)))
            theirs |= {shape(force.incident_ref(serial, day)), shape(force.referral_ref(serial, 2003))}
    for module in (second, third, fourth, fifth, sixth, seventh):
        theirs |= {shape(f) for f in samples(module, day)}
    return sorted({r for r in samples(world, day) if shape(r) in theirs})


def recurring_phrases() -> list[str]:
    """Runs of five words of this set's document text that an earlier set also writes."""
    theirs = word_runs(earlier_text())
    ours = set().union(*(word_runs(s) for m in TEXT_MODULES for s in literals(HERE / m)))
    return sorted(" ".join(run) for run in ours & theirs)


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
    names, layouts, phrases = recurring_names(), recurring_layouts(), recurring_phrases()
    problems += [f"a name of an earlier set recurs: {w}" for w in names]
    problems += [f"a reference layout of an earlier set recurs: {r}" for r in layouts]
    problems += [f"a phrase of an earlier set recurs: {p}" for p in phrases]
    digest = hashlib.sha256((args.corpus / "manifest.json").read_bytes()).hexdigest()
    frozen = digest == FROZEN_MANIFEST_SHA256
    if truth["seed"] == DEFAULT_SEED and not frozen:
        problems.append(f"manifest sha256 {digest} is not the frozen {FROZEN_MANIFEST_SHA256}")
    print(f"manifest sha256 {digest} ({'the frozen one' if frozen else 'NOT frozen'})")
    print(
        f"files: {len(truth['files'])} read; recurring names {len(names)}, layouts {len(layouts)}, "
        f"phrases {len(phrases)}; {len(problems)} problems"
    )
    for problem in problems[:40]:
        print(f"  {problem}")
    perfect = perfect_scores(truth, args.closed_early_days)
    ok = perfect and not problems
    print("self-check: " + ("every bar holds, the files bear out the truth" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
