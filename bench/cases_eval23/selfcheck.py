"""The twenty-third set's self-check: the manifest matches the files, the scorer scores it perfect, and
nothing of the earlier sets recurs.

    python -m bench.cases_eval23.selfcheck [CORPUS]

1. Every file of the manifest is on disk and no other: the right format and page count, scans
   with no text layer (the third set's `files_on_disk`).
2. The text of every born-digital file is extracted (`layout.file_pages`: pypdfium2 per PDF page,
   python-docx with its tables, the e-mail parser's text part in its charset, ISO 8859-2, code
   page 858 or Windows-1253 text, CRLF read as line ends); for a scan, the text the generator drew
   on it. The generator is run again in memory and its page texts must equal the extracted ones.
   Every reference citation is looked for on its page in one of the reference's written forms,
   and every outcome, date and tie sentence on its page (the third set's `check_citations`).
3. A perfect register built from the manifest is scored by the scorer's code (the eighth set's
   `perfect_scores`, each suspect's name less what a force adds: the complexion, the marital
   status, the piercing): every bar must hold, no decoy may be linked, the closed-early and
   no-outcome flags must score precision and recall 1, and every scanned file must be listed by
   its case.
4. Nothing recurs from case sets 1-22 nor from names sets 1-22: no name, street, town, force,
   station, operation or subject code of this set is a word of their sources; no reference layout
   (letters as A, digits as 9) of this set is one the case sets' forces write; and no run of five
   words of this set's document text (the string literals of `docs`, `phrases`, `generate` and
   `world`) is in their sources.
5. The manifest's SHA-256 is compared with the frozen one (the default seed only).
Exit 0 when all five hold.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import re
import sys
from datetime import date
from pathlib import Path

from bench.cases_eval3.selfcheck import check_citations, files_on_disk, same_text
from bench.cases_eval5.selfcheck import literals, samples, shape, word_runs
from bench.cases_eval8 import selfcheck as eighth_set
from bench.cases_eval9 import selfcheck as ninth_set
from bench.cases_eval22 import selfcheck as twenty_second_set
from bench.cases_eval23 import plants, world
from bench.cases_eval23.generate import DEFAULT_OUT, DEFAULT_SEED, build, generate
from bench.cases_eval23.layout import file_pages, page_texts

# The manifest the frozen generator writes with the default seed (see README.md).
FROZEN_MANIFEST_SHA256 = "0cac0c48b05bb2a350d7d2f104589f3f350eafb1ef2660680dd6f3fa6b6a327e"
EARLIER_SETS = (*twenty_second_set.EARLIER_SETS, "cases_eval22")
NAMES_SETS = ("names_eval", *(f"names_eval{n}" for n in range(2, 23)))  # the names issue's sets 1-22
HERE = Path(__file__).resolve().parent
TEXT_MODULES = ("docs.py", "phrases.py", "generate.py", "world.py")
# What a force adds to a suspect's name: the complexion, the marital status, a piercing.
NAME_EXTRAS = re.compile(r"\s*\(complexion: [^)]+\)$|\s*- marital status: [a-z]+$|\s*/ piercing: [a-z ]+$")


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


def perfect_scores(truth: dict, early_days: int) -> bool:
    """The eighth set's perfect register, each name read less what this set's forces add."""
    eighth_set.NAME_EXTRAS = NAME_EXTRAS
    return eighth_set.perfect_scores(truth, early_days)


def earlier_text() -> str:
    """The sources and READMEs of the earlier case sets and of the names sets."""
    return "\n".join(
        p.read_text(encoding="utf-8")
        for s in (*EARLIER_SETS, *NAMES_SETS)
        for p in sorted((HERE.parent / s).glob("*"))
        if p.suffix in (".py", ".md")
    )


def vocabulary() -> list[str]:
    """Every proper name this set invents."""
    words = [
        word
        for names in world.NAMES.values()
        for group in names
        for name in group
        for word in name.split()
        if word not in world.PARTICLES
    ]
    words += [*world.STAFF_FORENAMES, *world.STAFF_SURNAMES]
    words += [*world.STREET_STEMS, *world.OPERATIONS, *world.SUBJECT_CODES]
    words += [
        w for spec in plants.NAMESAKES for name in spec[2:5] for w in name.split() if w not in world.PARTICLES
    ]
    for force in world.FORCES:
        words += [force.town, force.postcode, force.key.title()]
        words.append(force.station.split(",")[1].split()[0])
    return sorted(set(words))


def recurring_names(text: str) -> list[str]:
    return [w for w in vocabulary() if re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", text, re.I)]


def recurring_layouts() -> list[str]:
    """This set's reference layouts that an earlier case set's force also writes (sample serials):
    sets 1-7 as the ninth set's self-check gathers them, and sets 8-22 by their forces."""
    day = date(2003, 2, 3)
    theirs = ninth_set.earlier_shapes(day)
    for n in range(8, 23):
        module = importlib.import_module(f"bench.cases_eval{n}.world")
        theirs |= {shape(r) for r in samples(module, day)}
    return sorted({r for r in samples(world, day) if shape(r) in theirs})


def recurring_phrases(text: str) -> list[str]:
    """Runs of five words of this set's document text that an earlier set also writes."""
    theirs = word_runs(text)
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
    text = earlier_text()
    names, layouts, phrases = recurring_names(text), recurring_layouts(), recurring_phrases(text)
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
    for problem in problems[:60]:
        print(f"  {problem}")
    perfect = perfect_scores(truth, args.closed_early_days)
    ok = perfect and not problems
    print("self-check: " + ("every bar holds, the files bear out the truth" if ok else "FAILED"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
