"""Generate the frozen twelfth names evaluation set: 300 case files of a twelfth town, and their truth.

    python -m bench.names_eval12.generate [OUT_DIR]     (default /tmp/names-eval12-corpus)

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
from bench.names_eval12 import render
from bench.names_eval12.cast import CAST, CODES, FORMS
from bench.names_eval12.doc import Doc, Planner
from bench.names_eval12.templates import TEMPLATES

SEED = 60719
DEFAULT_OUT = Path("/tmp/names-eval12-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "housing_visit": (30, ("docx", "pdf", "txt")),
    "social_media_log": (28, ("pdf", "docx")),
    "board_minutes": (34, ("docx", "pdf")),
    "s9_statement": (40, ("pdf", "docx", "txt")),
    "ward_casework": (30, ("txt", "docx", "pdf")),
    "detached_session": (28, ("txt", "pdf")),
    "email": (60, ("eml",)),
    "letter": (50, ("docx", "pdf", "txt")),
}
SCANNABLE = ("housing_visit", "s9_statement", "ward_casework", "detached_session", "letter")
SCANS = 30
FOLDERS = {"housing_visit": "Housing (tenancy visits)", "social_media_log": "Digital/captures #SM",
           "board_minutes": "LSCB sub-group + notes", "s9_statement": "MG11s {s.9}",
           "ward_casework": "Members' casework @ward", "detached_session": "Youth work ~ detached",
           "email": "Notes mail (NSF export)", "letter": "Post-in Ærøskøbing+ letters"}
FIRST_DAY, LAST_DAY = dt.date(1997, 1, 1), dt.date(2014, 12, 31)
FIRST_EMAIL_DAY = dt.date(2000, 3, 1)  # the council and force had no e-mail before then


def _relative_path(kind: str, date: dt.date, number: int, scanned: bool, fmt: str) -> str:
    if scanned:
        return f"Scanned post {{tray {number % 5 + 1}}}/SCAN{number:05d}_{date:%d%m%y}.{fmt}"
    stem = {"housing_visit": f"TV{number:04d} + {date:%Y-%m-%d}",
            "social_media_log": f"capture #{number} {date:%b-%Y}",
            "board_minutes": f"sub-group {date:%Y%m%d} (note {number}) ~v{number % 4 + 1}",
            "s9_statement": f"s.9 {{{number}}} {date:%d%m%Y}",
            "ward_casework": f"case @{number:03d} {date:%Y_%m}",
            "detached_session": f"session log {number} ~ {date:%a %d %b %y}",
            "email": f"msg {number:05d} ({date:%Y%m%d})",
            "letter": f"brev {number} — {date:%Y.%m.%d} (ø)"}[kind]
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
        "seed": SEED, "root": "files", "collection_hint": "names-eval12", "forms": list(FORMS),
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
