"""Generate the frozen names evaluation set: ~300 case files of an invented town, and their truth.

    python -m bench.names_eval.generate [OUT_DIR]     (default /tmp/names-eval-corpus)

Writes the files under OUT_DIR/files/ (the folder to ingest) and the ground truth to
OUT_DIR/manifest.json. The seed is fixed: the set is frozen at the commit that holds this file.
It was written from issue 13 and PRODUCT.md alone, without reading Docket's name rules.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from bench.names_eval import render
from bench.names_eval.cast import CAST, CODES, FORMS
from bench.names_eval.doc import Doc, Planner
from bench.names_eval.templates import TEMPLATES

SEED = 20131
DEFAULT_OUT = Path("/tmp/names-eval-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "police_log": (58, ("txt", "pdf")),
    "witness_statement": (46, ("pdf", "docx")),
    "minutes": (42, ("docx", "pdf")),
    "case_note": (54, ("txt", "docx")),
    "email": (60, ("eml",)),
    "letter": (40, ("pdf", "docx")),
}
SCANNABLE = ("police_log", "witness_statement", "case_note", "letter")
SCANS = 30
FOLDERS = {"police_log": "police/incident_logs", "witness_statement": "police/statements",
           "minutes": "council/strategy_meetings", "case_note": "social_care/case_notes",
           "email": "mail", "letter": "correspondence"}
FIRST_DAY, LAST_DAY = dt.date(1995, 1, 1), dt.date(2012, 12, 31)


def _schedule(rng: random.Random) -> list[tuple[str, dt.date, bool]]:
    """(kind, date, scanned) for every document, in a shuffled but fixed order."""
    kinds = [kind for kind, (count, _) in PLAN.items() for _ in range(count)]
    rng.shuffle(kinds)
    span = (LAST_DAY - FIRST_DAY).days
    dates = [FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1)) for _ in kinds]
    scannable = [i for i, kind in enumerate(kinds) if kind in SCANNABLE]
    scanned = set(rng.sample(scannable, SCANS))
    return [(kind, dates[i], i in scanned) for i, kind in enumerate(kinds)]


def _relative_path(kind: str, date: dt.date, number: int, scanned: bool, fmt: str) -> str:
    if scanned:
        return f"scans/box{number % 4 + 1}/IMG_{number:04d}.{fmt}"
    stem = {"police_log": f"IL{date:%Y%m%d}_{number:04d}", "witness_statement": f"MG11_{number:04d}",
            "minutes": f"SM_{date:%Y-%m-%d}_{number:04d}", "case_note": f"CN_{number:04d}",
            "email": f"{number:04d}", "letter": f"L_{number:04d}"}[kind]
    return f"{FOLDERS[kind]}/{stem}.{fmt}"


def _write(doc: Doc, path: Path, number: int, scanned: bool, rng: random.Random) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if scanned:
        render.write_scan(doc, path, rng)
    elif path.suffix == ".txt":
        render.write_txt(doc, path)
    elif path.suffix == ".pdf":
        render.write_pdf(doc, path)
    elif path.suffix == ".docx":
        render.write_docx(doc, path)
    else:
        render.write_eml(doc, path, number)


def generate(out: Path) -> dict[str, Any]:
    """Write the set under `out` and return its manifest."""
    rng = random.Random(SEED)
    planner = Planner(rng)
    files = out / "files"
    if files.exists():
        shutil.rmtree(files)
    documents = []
    for number, (kind, date, scanned) in enumerate(_schedule(rng), start=1):
        doc = Doc(kind=kind, date=date, rng=rng, planner=planner)
        TEMPLATES[kind](doc)
        fmt = rng.choice(("png", "pdf")) if scanned else rng.choice(PLAN[kind][1])
        relative = _relative_path(kind, date, number, scanned, fmt)
        _write(doc, files / relative, number, scanned, rng)
        entry = doc.manifest(relative, fmt, scanned)
        entry["text_sha256"] = hashlib.sha256(doc.text().encode()).hexdigest()
        documents.append(entry)
    manifest = {
        "seed": SEED, "root": "files", "collection_hint": "names-eval",
        "forms": list(FORMS),
        "people": [_person_entry(p) for p in CAST],
        "codes": CODES,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    return manifest


def _person_entry(person: Any) -> dict[str, Any]:
    return {"canonical": person.canonical, "forename": person.forename, "surname": person.surname,
            "middle": person.middle, "group": person.group, "title": person.title,
            "collar": person.collar, "role": person.role, "nickname": person.nickname,
            "variant_forenames": list(person.variant_forenames), "email": person.email,
            "decoy_of": person.decoy_of}


def summarise(manifest: dict[str, Any]) -> str:
    """Counts that show the set covers what it should."""
    docs = manifest["documents"]
    only = Counter(v["only_form"] for d in docs for v in d["people"].values() if v["only_form"])
    per_person = Counter(name for d in docs for name, v in d["people"].items()
                         if set(v["forms"]) - {"forename"})
    lines = [f"documents: {len(docs)}  scans: {sum(d['scan'] for d in docs)}  "
             f"formats: {dict(Counter(d['format'] for d in docs))}",
             f"documents per person: min {min(per_person.values())} max {max(per_person.values())}"
             f" ({len(per_person)} people)",
             "documents where a form is the person's only form: " + ", ".join(
                 f"{form} {only[form]}" for form in FORMS),
             f"non-persons: {len({n['text'] for d in docs for n in d['non_persons']})} distinct; "
             f"codes used in {sum(bool(d['codes']) for d in docs)} documents"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    manifest = generate(args.out)
    print(f"wrote {args.out / 'files'} and {args.out / 'manifest.json'}")
    print(summarise(manifest))


if __name__ == "__main__":
    main()
