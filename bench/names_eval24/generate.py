"""Generate the frozen twenty-fourth names evaluation set: 300 case files of a new town, and their truth.

    python -m bench.names_eval24.generate [OUT_DIR]     (default /tmp/names-eval24-corpus)

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
from bench.names_eval24 import render
from bench.names_eval24.cast import CAST, CODES, FORMS
from bench.names_eval24.doc import Doc, Planner
from bench.names_eval24.templates import TEMPLATES

SEED = 241207
DEFAULT_OUT = Path("/tmp/names-eval24-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "kennel_log": (32, ("pdf", "txt", "docx")),
    "pigeon_clock": (32, ("txt", "docx")),
    "market_rents": (30, ("docx", "pdf", "txt")),
    "angling_permits": (32, ("pdf", "txt")),
    "sunbed_log": (32, ("txt", "pdf", "docx")),
    "ticket_office": (32, ("docx", "pdf")),
    "email": (60, ("eml",)),
    "letter": (50, ("pdf", "docx", "txt")),
}
SCANNABLE = ("kennel_log", "market_rents", "angling_permits", "ticket_office", "pigeon_clock",
             "letter")
SCANS = 30
FOLDERS = {"kennel_log": "Kennels 🐕 bookings",
           "pigeon_clock": "Pigeons 🕊 clock sheets",
           "market_rents": "Market ⚑ rent book",
           "angling_permits": "Angling 🎣 permits",
           "sunbed_log": "Tanning ☀ sessions",
           "ticket_office": "Tickets ⚽ office",
           "email": "Horde ✎ Zimbra",
           "letter": "Letters ✍ Ærøskøbing, Ğazipaşa, Ñuñoa, Ŝtupa, Ũlkə, Żyrardów, Đà Lạt"}
FIRST_DAY, LAST_DAY = dt.date(1993, 1, 1), dt.date(2012, 12, 31)
FIRST_EMAIL_DAY = dt.date(2002, 3, 4)  # the council's webmail opened then


def _relative_path(kind: str, date: dt.date, number: int, scanned: bool, fmt: str) -> str:
    if scanned:
        return f"Scanned 🖨 batch {number % 5 + 1}/img {date:%d%m%Y} 🖨 {number:03d}.{fmt}"
    stem = {"kennel_log": f"kennels 🐕{number} {date:%d.%m.%Y}",
            "pigeon_clock": f"clock 🕊{number:03d} {date:%Y_%m_%d}",
            "market_rents": f"rents ⚑{number} {date:%b %d %Y}",
            "angling_permits": f"permits 🎣{number} {date:%Y-%b}",
            "sunbed_log": f"sessions ☀{number:04d} {date:%d%m%y}",
            "ticket_office": f"tickets ⚽{number} {date:%Y %m %d}",
            "email": f"msg ✎{number:04d}✎ {date:%d-%m-%Y}",
            "letter": f"letter ✍{number} {date:%Y.%m.%d} ğ"}[kind]
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
        "seed": SEED, "root": "files", "collection_hint": "names-eval24", "forms": list(FORMS),
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
