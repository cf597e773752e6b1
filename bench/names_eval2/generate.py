"""Generate the frozen second names evaluation set: 300 case files of another town, and their truth.

    python -m bench.names_eval2.generate [OUT_DIR]     (default /tmp/names-eval2-corpus)

Writes the files under OUT_DIR/files/ (the folder to ingest) and the truth to
OUT_DIR/manifest.json, in the layout of the first set (bench/names_eval), whose writers for
text, Word and scans it reuses (PDFs are written with an embedded font: see render.py). The
seed is fixed: the set is frozen at the commit that holds this file. It was written from
issue 13 and PRODUCT.md alone, without reading Docket's code.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import shutil
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bench.names_eval import render
from bench.names_eval2 import render as unicode_render
from bench.names_eval2.cast import CAST, CODES, COUNCIL_DOMAIN, FORMS
from bench.names_eval2.doc import Doc, Planner
from bench.names_eval2.templates import TEMPLATES

SEED = 20132
DEFAULT_OUT = Path("/tmp/names-eval2-corpus")

# Documents per kind, and the born-digital formats each kind comes in.
PLAN: dict[str, tuple[int, tuple[str, ...]]] = {
    "occurrence_log": (48, ("txt", "pdf")),
    "statement": (52, ("pdf", "docx")),
    "minutes": (36, ("docx", "pdf")),
    "chronology": (50, ("docx", "pdf", "txt")),
    "email": (72, ("eml",)),
    "letter": (42, ("pdf", "docx")),
}
SCANNABLE = ("occurrence_log", "statement", "chronology", "letter")
SCANS = 30
FOLDERS = {"occurrence_log": "constabulary/occurrences", "statement": "constabulary/s9",
           "minutes": "mbc/subgroup", "chronology": "mbc/childrens_services",
           "email": "exchange", "letter": "post"}
FIRST_DAY, LAST_DAY = dt.date(1997, 1, 1), dt.date(2014, 12, 31)


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
        return f"scanned/batch_{number % 3 + 1:02d}/SCN{number:05d}.{fmt}"
    stem = {"occurrence_log": f"OCC-{date:%Y-%m-%d}-{number:03d}", "statement": f"S9-{number:03d}",
            "minutes": f"CSE-SG-{date:%Y%m%d}-{number:03d}", "chronology": f"CHRON-{number:03d}",
            "email": f"msg{number:03d}", "letter": f"{date:%Y}-{number:03d}"}[kind]
    return f"{FOLDERS[kind]}/{stem}.{fmt}"


def write_eml(doc: Doc, path: Path, number: int) -> None:
    """An RFC 5322 message whose From/To/Cc carry display names in the document's forms."""
    msg = EmailMessage()
    msg["From"] = doc.meta["from"]
    msg["To"] = ", ".join(doc.meta["to"])
    if doc.meta["cc"]:
        msg["Cc"] = ", ".join(doc.meta["cc"])
    msg["Subject"] = doc.meta["subject"]
    when = dt.datetime.combine(doc.date, dt.time(8 + number % 9, number % 60), tzinfo=dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<ne2-{number:04d}@{COUNCIL_DOMAIN}>"
    msg.set_content(doc.text())
    path.write_bytes(bytes(msg))


def _write(doc: Doc, path: Path, number: int, scanned: bool, rng: random.Random) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # The first set's writers take its Doc; ours has the same blocks, text(), date, kind and meta.
    if scanned:
        render.write_scan(doc, path, rng)  # type: ignore[arg-type]
    elif path.suffix == ".txt":
        render.write_txt(doc, path)  # type: ignore[arg-type]
    elif path.suffix == ".pdf":
        unicode_render.write_pdf(doc, path)
    elif path.suffix == ".docx":
        render.write_docx(doc, path)  # type: ignore[arg-type]
    else:
        write_eml(doc, path, number)


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
        "seed": SEED, "root": "files", "collection_hint": "names-eval2",
        "forms": list(FORMS),
        "people": [_person_entry(p) for p in CAST],
        "codes": CODES,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    return manifest


def _person_entry(person: Any) -> dict[str, Any]:
    """The first set's person fields, then this set's extra ones (which its scorer ignores)."""
    entry = {key: getattr(person, key) for key in (
        "forename", "surname", "middle", "group", "title", "collar", "role", "nickname",
        "email", "decoy_of")}
    entry["canonical"] = person.canonical
    entry["variant_forenames"] = list(person.variant_forenames)
    entry["variant_surnames"] = list(person.variant_surnames)
    entry["punctuation_variants"] = list(person.punctuation)
    entry["given"] = person.given
    entry["ambiguous_with"] = person.ambiguous_with
    assert set(entry) >= {f.name for f in dataclasses.fields(person)} - {"punctuation"}
    return entry


def summarise(manifest: dict[str, Any]) -> str:
    """Counts that show the set covers what it should (counts only: no names)."""
    docs = manifest["documents"]
    only = Counter(v["only_form"] for d in docs for v in d["people"].values() if v["only_form"])
    per_person = Counter(name for d in docs for name, v in d["people"].items()
                         if set(v["forms"]) - {"forename"})
    kinds = Counter(n["kind"] for d in docs for n in d["non_persons"])
    return "\n".join([
        f"documents: {len(docs)}  scans: {sum(d['scan'] for d in docs)}  "
        f"formats: {dict(Counter(d['format'] for d in docs))}",
        f"documents per person: min {min(per_person.values())} max {max(per_person.values())} "
        f"({len(per_person)} people of {len(manifest['people'])})",
        "documents where a form is the person's only form: "
        + ", ".join(f"{form} {only[form]}" for form in FORMS),
        f"ambiguous mentions: {sum(len(d['ambiguous']) for d in docs)} in "
        f"{sum(bool(d['ambiguous']) for d in docs)} documents",
        f"non-person mentions by kind: {dict(kinds)}; distinct "
        f"{len({n['text'] for d in docs for n in d['non_persons']})}; codes used in "
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
