"""The third set's self-check: the manifest against the files, and the scorer against the truth.

    python -m bench.names_eval3.selfcheck [--corpus /tmp/names-eval3-corpus]

No Docket is involved. It proves that the manifest is the files' own record:
- every written form, ambiguous mention, code and non-person of a document occurs in its text
  (the truth text the generator kept, checked against its SHA-256), and, for born-digital
  files, in the text that pypdfium2, python-docx or the e-mail parser read from the file itself;
- each measured form is the person's only form in at least 25 documents;
- each decoy is named in full (forename and surname) in every document that names them, in
  at least 5 documents;
then runs the second set's checks of the scorer (a perfect system scores 1.0 everywhere, a
system linking the ambiguous mentions is caught, and the first set's judge accepts every
written form as naming its person and none as a full form of someone else).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bench.names_eval2.selfcheck import run_self_check
from bench.names_eval3.cast import folded

MIN_ONLY_FORM_DOCUMENTS = 25
MIN_DECOY_DOCUMENTS = 5


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def file_text(path: Path) -> str:
    """The text a reader of the file gets: the text layer, paragraphs and cells, or headers."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    if path.suffix == ".docx":
        import docx

        word = docx.Document(str(path))
        cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
        return "\n".join([*(p.text for p in word.paragraphs), *cells])
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    headers = [f"{key}: {message[key]}" for key in ("From", "To", "Cc", "Subject") if message[key]]
    body = message.get_body(preferencelist=("plain",))
    return "\n".join([*headers, body.get_content() if body else ""])


def _strings(doc: dict[str, Any]) -> list[str]:
    """Every string the manifest says the document contains."""
    return [*(w for entry in doc["people"].values() for w in entry["written"]),
            *(m["written"] for m in doc["ambiguous"]), *(c["code"] for c in doc["codes"]),
            *(n["text"] for n in doc["non_persons"])]


def check_texts(corpus: Path, manifest: dict[str, Any]) -> list[str]:
    """Every recorded string is in the truth text and in what the born-digital file yields."""
    altered, in_truth, in_file, total, files_read = 0, 0, 0, 0, 0
    for doc in manifest["documents"]:
        truth = (corpus / "truth" / f"{doc['path']}.txt").read_text(encoding="utf-8")
        altered += hashlib.sha256(truth.encode()).hexdigest() != doc["text_sha256"]
        read = None if doc["scan"] else _squeeze(file_text(corpus / "files" / doc["path"]))
        files_read += read is not None
        for written in _strings(doc):
            total += 1
            in_truth += _squeeze(written) in _squeeze(truth)
            in_file += read is None or _squeeze(written) in read
    return [_line(not altered, f"{len(manifest['documents']) - altered} truth texts match their "
                               "SHA-256"),
            _line(in_truth == total, f"{in_truth} of {total} recorded strings in the truth text"),
            _line(in_file == total, f"{in_file} of {total} recorded strings in the text read "
                                    f"from the {files_read} born-digital files (scans: truth only)")]


def check_counts(manifest: dict[str, Any]) -> list[str]:
    only = Counter(v["only_form"] for d in manifest["documents"] for v in d["people"].values()
                   if v["only_form"])
    short = [form for form in manifest["forms"] if only[form] < MIN_ONLY_FORM_DOCUMENTS]
    counts = ", ".join(f"{form} {only[form]}" for form in manifest["forms"])
    return [_line(not short, f"each form the only form in >= {MIN_ONLY_FORM_DOCUMENTS} "
                             f"documents ({counts})")]


def check_decoys(manifest: dict[str, Any]) -> list[str]:
    """Each decoy is written with forename and surname wherever named, in enough documents."""
    lines = []
    for person in (p for p in manifest["people"] if p["decoy_of"]):
        name = person["canonical"]
        entries = [d["people"][name] for d in manifest["documents"] if name in d["people"]]
        parts = {folded(person["forename"]), folded(person["surname"])}
        in_full = all(parts <= set(folded(w.replace(",", " ")).split())
                      for entry in entries for w in entry["written"])
        enough = len(entries) >= MIN_DECOY_DOCUMENTS
        lines.append(_line(in_full and enough, f"decoy {manifest['people'].index(person) + 1}: "
                                               f"named in full in all {len(entries)} documents"))
    return lines


def _line(passed: bool, what: str) -> str:
    return f"{'ok  ' if passed else 'FAIL'} {what}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval3-corpus"))
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    lines = [*check_texts(args.corpus, manifest), *check_counts(manifest),
             *check_decoys(manifest), run_self_check(manifest)]
    result = "\n".join(lines)
    print(result)
    if "FAIL" in result:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
