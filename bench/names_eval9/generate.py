"""Generate the frozen ninth names evaluation set: 300 case files of a ninth town, and their truth.

    python -m bench.names_eval9.generate [OUT_DIR]     (default /tmp/names-eval9-corpus)

Writes the files to ingest under OUT_DIR/files/, the truth to OUT_DIR/manifest.json (the earlier
sets' layout) and, for the self-check, the plain text of each document under OUT_DIR/truth/
(outside the folder Docket ingests). The seed is fixed: the set is frozen at the commit that
holds this file. Written from issue 13 and PRODUCT.md alone, without reading Docket's code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
from pathlib import Path
from typing import Any

from bench.names_eval import render as first_render
from bench.names_eval2 import render as pdf_render
from bench.names_eval3 import render as scan_render

# The seventh set's manifest entry of a person and its summary of counts fit this set as they are.
from bench.names_eval7.generate import _person_entry, summarise
from bench.names_eval9 import render
from bench.names_eval9.cast import CAST, CODES, FORMS
from bench.names_eval9.doc import Doc, Planner
from bench.names_eval9.templates import TEMPLATES

SEED = 30917
DEFAULT_OUT = Path("/tmp/names-eval9-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "pnc_nominal": (36, ("txt", "pdf", "docx")),
    "call_transcript": (32, ("docx", "txt", "pdf")),
    "phone_download": (30, ("pdf", "docx")),
    "visitor_register": (32, ("docx", "pdf", "txt")),
    "tasking_actions": (34, ("docx", "pdf")),
    "press_cutting": (30, ("pdf", "txt")),
    "email": (60, ("eml",)),
    "letter": (46, ("docx", "pdf", "txt")),
}
SCANNABLE = ("pnc_nominal", "visitor_register", "press_cutting", "call_transcript", "letter")
SCANS = 30
FOLDERS = {"pnc_nominal": "LXP/PNC prints #intel", "call_transcript": "LXP/Control Room/transcripts",
           "phone_download": "DFU, phone exams/reports", "visitor_register": "Cragvale Lodge [visitors]",
           "tasking_actions": "MACSE tasking = actions", "press_cutting": "press cuttings – Courier",
           "email": "mail export/Inbox", "letter": "post@registry/incoming"}
FIRST_DAY, LAST_DAY = dt.date(1994, 1, 1), dt.date(2013, 12, 31)
FIRST_EMAIL_DAY = dt.date(1998, 6, 1)  # the council and force had no e-mail before then


def _schedule(rng: random.Random) -> list[tuple[str, dt.date, bool]]:
    """(kind, date, scanned) for every document, in a shuffled but fixed order."""
    kinds = [kind for kind, (count, _) in PLAN.items() for _ in range(count)]
    rng.shuffle(kinds)
    dates = []
    for kind in kinds:
        first = FIRST_EMAIL_DAY if kind == "email" else FIRST_DAY
        dates.append(first + dt.timedelta(days=rng.randrange((LAST_DAY - first).days + 1)))
    scannable = [i for i, kind in enumerate(kinds) if kind in SCANNABLE]
    scanned = set(rng.sample(scannable, SCANS))
    return [(kind, dates[i], i in scanned) for i, kind in enumerate(kinds)]


def _relative_path(kind: str, date: dt.date, number: int, scanned: bool, fmt: str) -> str:
    if scanned:
        return f"scans/box {number % 6 + 1}/IMG_{date:%Y%m%d}_{number:04d}.{fmt}"
    stem = {"pnc_nominal": f"PNC print, {date:%d-%m-%Y} #{number}",
            "call_transcript": f"call {date:%y%m%d} [{number:03d}]",
            "phone_download": f"Exhibit {number:03d} @ {date:%Y-%m-%d}",
            "visitor_register": f"visitors book p{number} = {date:%b %Y}",
            "tasking_actions": f"tasking {date:%Y.%m.%d}, actions #{number}",
            "press_cutting": f"Courier {date:%d %b %Y} – p{number % 19 + 1}",
            "email": f"Re, msg {number:05d} {date:%Y%m%d}",
            "letter": f"ltr {number} [{date:%Y-%m}]"}[kind]
    return f"{FOLDERS[kind]}/{date:%Y}/{stem}.{fmt}"


def _write(doc: Doc, path: Path, number: int, scanned: bool, rng: random.Random) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # The earlier sets' writers take their own Doc; ours has the same blocks, text(), date, kind.
    if scanned:
        scan_render.write_scan(doc, path, rng)  # type: ignore[arg-type]
    elif path.suffix == ".txt":
        first_render.write_txt(doc, path)  # type: ignore[arg-type]
    elif path.suffix == ".pdf":
        pdf_render.write_pdf(doc, path)  # type: ignore[arg-type]
    elif path.suffix == ".docx":
        first_render.write_docx(doc, path)  # type: ignore[arg-type]
    else:
        render.write_eml(doc, path, number)


def _document(number: int, kind: str, date: dt.date, scanned: bool, rng: random.Random,
              planner: Planner, out: Path) -> dict[str, Any]:
    fmt = rng.choice(("png", "pdf")) if scanned else rng.choice(PLAN[kind][1])
    # OCR slips only where a text layer could have been made by OCR: old born-digital PDFs
    # and text files (a scan is OCR'd by Docket itself, e-mails and Word files are typed).
    ocr_ok = fmt in ("txt", "pdf") and not scanned and date.year < 2009
    doc = Doc(kind=kind, date=date, rng=rng, planner=planner, ocr_ok=ocr_ok)
    TEMPLATES[kind](doc)
    relative = _relative_path(kind, date, number, scanned, fmt)
    _write(doc, out / "files" / relative, number, scanned, rng)
    text = render.email_text(doc) if kind == "email" else doc.text()
    truth = out / "truth" / f"{relative}.txt"
    truth.parent.mkdir(parents=True, exist_ok=True)
    truth.write_text(text, encoding="utf-8")
    entry = doc.manifest(relative, fmt, scanned)
    entry["text_sha256"] = hashlib.sha256(text.encode()).hexdigest()
    return entry


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
        "seed": SEED, "root": "files", "collection_hint": "names-eval9", "forms": list(FORMS),
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
