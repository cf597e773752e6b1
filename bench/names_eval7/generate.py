"""Generate the frozen seventh names evaluation set: 300 case files of a seventh town, and their truth.

    python -m bench.names_eval7.generate [OUT_DIR]     (default /tmp/names-eval7-corpus)

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
from collections import Counter
from pathlib import Path
from typing import Any

from bench.names_eval import render as first_render
from bench.names_eval2 import render as pdf_render
from bench.names_eval3 import render as scan_render
from bench.names_eval7 import render
from bench.names_eval7.cast import CAST, CODES, FORMS, Person
from bench.names_eval7.doc import Doc, Planner
from bench.names_eval7.templates import TEMPLATES

SEED = 20137
DEFAULT_OUT = Path("/tmp/names-eval7-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "mg11_statement": (40, ("pdf", "docx", "txt")),
    "abe_summary": (34, ("docx", "pdf")),
    "mase_minutes": (36, ("docx", "pdf", "txt")),
    "antecedents": (30, ("txt", "pdf")),
    "disclosure_schedule": (30, ("pdf", "docx", "txt")),
    "hospital_notification": (34, ("pdf", "txt", "docx")),
    "email": (56, ("eml",)),
    "letter": (40, ("docx", "pdf", "txt")),
}
SCANNABLE = ("mg11_statement", "antecedents", "disclosure_schedule", "hospital_notification",
             "letter")
SCANS = 30
FOLDERS = {"mg11_statement": "HXP MG forms/MG11", "abe_summary": "HXP MG forms/ABE (summaries)",
           "mase_minutes": "HMBC/MASE panel; minutes", "antecedents": "HXP intel/PNC prints",
           "disclosure_schedule": "CPS #disclosure/MG6C", "hospital_notification":
           "NHS/A&E safeguarding", "email": "mailbox export/Inbox", "letter": "post/out & in"}
FIRST_DAY, LAST_DAY = dt.date(1996, 1, 1), dt.date(2014, 12, 31)
FIRST_EMAIL_DAY = dt.date(1998, 3, 1)  # the council and force had no e-mail before then


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
        return f"scans/box {number % 7 + 1}/IMG_{date:%y%m%d}_{number:04d}.{fmt}"
    stem = {"mg11_statement": f"MG11 #{number} ({date:%d-%m-%Y})",
            "abe_summary": f"ABE summary - {number:03d} - {date:%Y.%m.%d}",
            "mase_minutes": f"MASE {date:%B %Y} [{number}]",
            "antecedents": f"pnc_print={number:05d}@{date:%Y%m%d}",
            "disclosure_schedule": f"MG6C & MG6D; {date:%d %b %y} {{{number}}}",
            "hospital_notification": f"notification no {number} of {date:%Y}",
            "email": f"msg {number:05d} {date:%Y-%m-%d}",
            "letter": f"{date:%Y-%m-%d} letter ({number})"}[kind]
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
        "seed": SEED, "root": "files", "collection_hint": "names-eval7", "forms": list(FORMS),
        "people": [_person_entry(p) for p in CAST],
        "codes": CODES,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    return manifest


def _person_entry(person: Person) -> dict[str, Any]:
    """The first set's person fields, then this set's own (which the scorers ignore)."""
    entry: dict[str, Any] = {key: getattr(person, key) for key in (
        "forename", "surname", "middle", "group", "title", "collar", "role", "nickname",
        "email", "decoy_of")}
    entry["canonical"] = person.canonical
    entry["variant_forenames"] = list(person.variant_forenames)
    entry["variant_surnames"] = list(person.variant_surnames)
    entry["translit"] = list(person.translit)
    entry["punctuation_variants"] = list(person.punctuation)
    entry["given"] = person.given
    entry["alias"] = person.alias
    entry["married"] = person.married
    entry["married_on"] = person.married_on.isoformat() if person.married_on else ""
    entry["family_first"] = person.family_first
    return entry


def summarise(manifest: dict[str, Any]) -> str:
    """Counts that show the set covers what it should (counts only: no names)."""
    docs = manifest["documents"]
    only = Counter(v["only_form"] for d in docs for v in d["people"].values() if v["only_form"])
    per_person = Counter(name for d in docs for name in d["people"])
    decoys = [p["canonical"] for p in manifest["people"] if p["decoy_of"]]
    kinds = Counter(n["kind"] for d in docs for n in d["non_persons"])
    return "\n".join([
        f"documents: {len(docs)}  scans: {sum(d['scan'] for d in docs)}  "
        f"formats: {dict(Counter(d['format'] for d in docs))}",
        f"kinds: {dict(Counter(d['kind'] for d in docs))}",
        f"documents per person: min {min(per_person.values())} max {max(per_person.values())} "
        f"({len(per_person)} people of {len(manifest['people'])}); decoys: "
        f"{sorted(per_person[d] for d in decoys)}",
        "documents where a form is the person's only form: "
        + ", ".join(f"{form} {only[form]}" for form in FORMS),
        f"ambiguous mentions: {sum(len(d['ambiguous']) for d in docs)} in "
        f"{sum(bool(d['ambiguous']) for d in docs)} documents",
        f"non-person mentions by kind: {dict(kinds)}; distinct "
        f"{len({n['text'] for d in docs for n in d['non_persons']})}; codes in "
        f"{sum(bool(d['codes']) for d in docs)} documents"])


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
