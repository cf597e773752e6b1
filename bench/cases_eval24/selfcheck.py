"""The twenty-fourth set's self-check: the manifest matches the files, the scorer scores it perfect, and
nothing of the earlier sets recurs.

    python -m bench.cases_eval24.selfcheck [CORPUS]

1. Every file of the manifest is on disk and no other: the right format and page count, scans
   with no text layer (the third set's `files_on_disk`).
2. The text of every born-digital file is extracted (`layout.file_pages`: pypdfium2 per PDF page,
   python-docx with its tables, the e-mail parser's text part in its charset, ISO 8859-10, ISO
   8859-9 or code page 866 text, CRLF and CR read as line ends); for a scan, the text the
   generator drew on it. The generator is run again in memory and its page texts must equal the
   extracted ones.
   Every reference citation is looked for on its page in one of the reference's written forms,
   and every outcome, date and tie sentence on its page (the third set's `check_citations`).
3. A perfect register built from the manifest is scored by the scorer's code (the eighth set's
   `perfect_scores`, each suspect's name less what a force adds: his spectacles, his
   clothing, his voice): every bar must hold, no decoy may be linked, the closed-early and
   no-outcome flags must score precision and recall 1, and every scanned file must be listed by
   its case.
4. Nothing recurs from case sets 1-23 nor from names sets 1-23: no name, street, town, force,
   station, operation or subject code of this set is a word of their sources; no reference layout
   (letters as A, digits as 9) of this set is one the case sets' forces write; and no run of five
   words of this set's document text (the string literals of `docs`, `phrases`, `generate` and
   `world`) is in their sources.
5. The set's own traps are what they claim: each force's text files keep its line end, and those
   with a byte above ASCII do not read as UTF-8; the early closures (0-3 days) and every other
   closed case that was not reopened (95 days or more, the thirteenth set's
   `LATE`) are apart; each look-alike pair is two
   different references sharing a serial, each held by its own case alone; and no two of this
   set's nine layouts share a shape in any written form.
6. The manifest's SHA-256 is compared with the frozen one (the default seed only).
Exit 0 when all six hold.
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
from bench.cases_eval13.plants import LATE
from bench.cases_eval23 import selfcheck as twenty_third_set
from bench.cases_eval24 import plants, world
from bench.cases_eval24.generate import DEFAULT_OUT, DEFAULT_SEED, build, generate
from bench.cases_eval24.layout import TEXT_STYLE, file_pages, page_texts

# The manifest the frozen generator writes with the default seed (see README.md).
FROZEN_MANIFEST_SHA256 = "3dd70ec2338c1e4028819f69597c71faf84d738780278ceb1aa8304f6a2db0e0"
EARLIER_SETS = (*twenty_third_set.EARLIER_SETS, "cases_eval23")
NAMES_SETS = ("names_eval", *(f"names_eval{n}" for n in range(2, 24)))  # the names issue's sets 1-23
HERE = Path(__file__).resolve().parent
TEXT_MODULES = ("docs.py", "phrases.py", "generate.py", "world.py")
# What a force adds to a suspect's name: his spectacles, his clothing, his voice.
NAME_EXTRAS = re.compile(r"\s*\(spectacles: [^)]+\)$|\s*\[clothing: [^\]]+\]$|\s*~ voice: [a-z]+$")


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
    sets 1-7 as the ninth set's self-check gathers them, and sets 8-23 by their forces."""
    day = date(2003, 2, 3)
    theirs = ninth_set.earlier_shapes(day)
    for n in range(8, 24):
        module = importlib.import_module(f"bench.cases_eval{n}.world")
        theirs |= {shape(r) for r in samples(module, day)}
    return sorted({r for r in samples(world, day) if shape(r) in theirs})


def recurring_phrases(text: str) -> list[str]:
    """Runs of five words of this set's document text that an earlier set also writes."""
    theirs = word_runs(text)
    ours = set().union(*(word_runs(s) for m in TEXT_MODULES for s in literals(HERE / m)))
    return sorted(" ".join(run) for run in ours & theirs)


def text_file_problems(root: Path, truth: dict) -> list[str]:
    """Each force's text files are in its own encoding and line end, and those with a byte above
    ASCII are not UTF-8, so a reader that assumes UTF-8 meets the trap the set means to set."""
    problems, foreign = [], 0
    for entry in truth["files"]:
        if entry["format"] != "txt":
            continue
        data = (root / truth["files_root"] / entry["file"]).read_bytes()
        encoding, end = TEXT_STYLE[entry["file"].split("/")[0]]
        rest = data.replace(end.encode(), b"")
        if b"\r" in rest or b"\n" in rest:
            problems.append(f"{entry['file']}: a line end other than {end!r}")
        if any(byte > 127 for byte in data):
            foreign += 1
            try:
                data.decode("utf-8")
                problems.append(f"{entry['file']}: its {encoding} bytes read as UTF-8 too")
            except UnicodeDecodeError:
                pass
    if not foreign:
        problems.append("no text file has a byte above ASCII: the encodings are not exercised")
    return problems


def closure_problems(truth: dict) -> list[str]:
    """The early closures (0-3 days) and the other closed cases (the thirteenth set's `LATE` days or
    more, reopened cases aside) are apart, so any N from 4 to LATE - 1 separates them."""
    problems = []
    for case in truth["cases"]:
        days = case["expected_flags"]["days_report_to_closure"]
        if days is None or case["reopened"]:
            continue
        if 3 < days < LATE:
            problems.append(f"{case['case']}: closed {days} days after the report, inside the gap")
    early = sum(
        1
        for c in truth["cases"]
        if not c["reopened"] and c["expected_flags"]["days_report_to_closure"] in (0, 1, 2, 3)
    )
    if early != len(plants.EARLY):
        problems.append(f"{early} early closures, {len(plants.EARLY)} planted")
    return problems


def lookalike_problems(truth: dict) -> list[str]:
    """Each look-alike pair: two different references sharing their serial, each its own case's."""
    values = {c["case"]: {r["value"] for r in c["references"]} for c in truth["cases"]}
    problems = []
    for pair in truth["lookalikes"]:
        (one, two), (a, b) = pair["references"], pair["cases"]
        if one == two or a == b:
            problems.append(f"look-alike {one} / {two}: not two references of two cases")
        if not set(re.findall(r"\d{4,}", one)) & set(re.findall(r"\d{4,}", two)):
            problems.append(f"look-alike {one} / {two}: no serial in common")
        if one not in values[a] or two not in values[b] or one in values[b] or two in values[a]:
            problems.append(f"look-alike {one} / {two}: not held by its own case alone")
    return problems


def own_layouts_apart() -> list[str]:
    """No two of this set's nine layouts share a shape (sample serials), in any written form."""
    day, seen, problems = date(2003, 2, 3), {}, []
    for force in world.FORCES:
        for kind in ("crime", "incident", "referral"):
            for serial in (4567, 45678):
                ref = (
                    force.crime_ref(serial, 2003)
                    if kind == "crime"
                    else force.incident_ref(serial, day)
                    if kind == "incident"
                    else force.referral_ref(serial, 2003)
                )
                for form in (ref.value, *(f for _, f in ref.variants)):
                    owner = seen.setdefault(shape(form), (force.key, kind))
                    if owner != (force.key, kind):
                        problems.append(f"{form} ({force.key} {kind}) has the shape of a {owner} layout")
    return problems


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
    problems += text_file_problems(args.corpus, truth) + closure_problems(truth)
    problems += lookalike_problems(truth) + own_layouts_apart()
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
