"""Generate the frozen twenty-second names evaluation set: 300 case files of a new town, and their truth.

    python -m bench.names_eval22.generate [OUT_DIR]     (default /tmp/names-eval22-corpus)

Writes the files to ingest under OUT_DIR/files/, the truth to OUT_DIR/manifest.json (the earlier
sets' layout) and, for the self-check, the plain text of each document under OUT_DIR/truth/
(outside the folder Docket ingests). The seed is fixed: the set is frozen at the commit that
holds this file. Written from issue 13 and PRODUCT.md alone, without reading Docket's code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
from pathlib import Path
from typing import Any

# The seventh set's manifest entry of a person and its summary of counts fit this set as they are.
from bench.names_eval7.generate import _person_entry, summarise
from bench.names_eval9 import generate as ninth
from bench.names_eval10.reuse import bound
from bench.names_eval22 import render
from bench.names_eval22.cast import CAST, CODES, FORMS
from bench.names_eval22.doc import Doc, Planner
from bench.names_eval22.templates import TEMPLATES

SEED = 220613
DEFAULT_OUT = Path("/tmp/names-eval22-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "pool_log": (32, ("txt", "pdf", "docx")),
    "fair_book": (30, ("pdf", "txt")),
    "paper_rounds": (32, ("docx", "pdf", "txt")),
    "truancy_sweep": (32, ("pdf", "docx")),
    "video_ledger": (32, ("txt", "docx", "pdf")),
    "door_log": (32, ("docx", "txt", "pdf")),
    "email": (60, ("eml",)),
    "letter": (50, ("txt", "pdf", "docx")),
}
SCANNABLE = ("pool_log", "fair_book", "paper_rounds", "truancy_sweep", "door_log", "letter")
SCANS = 30
FOLDERS = {"pool_log": "Baths ✚ poolside",
           "fair_book": "Fair ⌘ ride book",
           "paper_rounds": "Paper rounds ☂ sheets",
           "truancy_sweep": "Sweeps ♜ truancy",
           "video_ledger": "Video ⚑ ledger",
           "door_log": "Door ✦ log",
           "email": "Entourage ☰ Inbox",
           "letter": "Letters № Ħamrun, Għargħur, Ŵyddgrug, Kuldīga, Ĉefurbo, Tórshavn, Ľubietová, Győr"}
FIRST_DAY, LAST_DAY = dt.date(1991, 1, 1), dt.date(2013, 12, 31)
FIRST_EMAIL_DAY = dt.date(2001, 1, 15)  # the council and force had no e-mail before then


def _relative_path(kind: str, date: dt.date, number: int, scanned: bool, fmt: str) -> str:
    if scanned:
        return f"Scanned ☂ batch {number % 5 + 1}/IMG ✚ {date:%d%m%Y} ✚ {number:04d}.{fmt}"
    stem = {"pool_log": f"poolside ✚{number}✚ {date:%Y-%m-%d}",
            "fair_book": f"ridebook ⌘{number:03d} {date:%d.%m.%Y}",
            "paper_rounds": f"rounds ☂{number}☂ w-e {date:%d %b %Y}",
            "truancy_sweep": f"sweep ♜{number} {date:%Y%m%d}",
            "video_ledger": f"ledger ⚑{number} {date:%b %Y}",
            "door_log": f"doorlog ✦{number:04d} {date:%y-%m-%d}",
            "email": f"msg ☰{number:04d}☰ {date:%Y-%m-%d}",
            "letter": f"letter №{number} {date:%d.%m.%Y} ő"}[kind]
    return f"{FOLDERS[kind]}/{date:%Y}/{stem}.{fmt}"


# The ninth set's steps, over this set's plan, kinds, writer and templates: the schedule of kinds,
# dates and scans; writing one file in its format; one document, its file, truth text and entry
# (OCR slips only where a text layer could have been made by OCR: born-digital PDFs and text
# files dated before 2009).
_schedule = bound(ninth._schedule, PLAN=PLAN, SCANNABLE=SCANNABLE, SCANS=SCANS,
                  FIRST_DAY=FIRST_DAY, LAST_DAY=LAST_DAY, FIRST_EMAIL_DAY=FIRST_EMAIL_DAY)
_write = bound(ninth._write, render=render)
_document = bound(ninth._document, Doc=Doc, PLAN=PLAN, TEMPLATES=TEMPLATES,
                  _relative_path=_relative_path, _write=_write, render=render)


def generate(out: Path) -> dict[str, Any]:
    """Write the set under `out` and return its manifest."""
    rng = random.Random(SEED)
    planner = Planner(rng)
    for folder in ("files", "truth"):
        if (out / folder).exists():
            shutil.rmtree(out / folder)
    documents = [_document(number, kind, date, scanned, rng, planner, out)
                 for number, (kind, date, scanned) in enumerate(_schedule(rng), start=1)]
    manifest = {
        "seed": SEED, "root": "files", "collection_hint": "names-eval22", "forms": list(FORMS),
        "people": [_person_entry(p) for p in CAST],
        "codes": CODES,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    return manifest


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
