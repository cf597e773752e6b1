"""The fourth set's self-check: the manifest against the files, and the scorer against the truth.

    python -m bench.names_eval4.selfcheck [--corpus /tmp/names-eval4-corpus]

No Docket is involved. It proves that the manifest is the files' own record, with the third
set's checks (reused by import):
- every written form, ambiguous mention, code and non-person of a document occurs in its text
  (the truth text the generator kept, checked against its SHA-256) and, for born-digital files,
  in the text that pypdfium2, python-docx or the e-mail parser read from the file itself;
- each measured form is the person's only form in at least 25 documents;
then, with this set's own check, that each decoy is named in full (every word of forename and
surname) in every document that names them, in at least 5 documents; and last the second set's
checks of the scorer (a perfect system scores 1.0 everywhere, a system linking the ambiguous
mentions is caught, the first set's judge accepts every written form as naming its person and
none as a full form of someone else).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.names_eval2.selfcheck import run_self_check
from bench.names_eval3.selfcheck import check_counts, check_texts
from bench.names_eval4.cast import folded

MIN_DECOY_DOCUMENTS = 5


def _words(text: str) -> set[str]:
    return set(folded(text.replace(",", " ")).split())


def check_decoys(manifest: dict[str, Any]) -> list[str]:
    """Each decoy is written with forename and surname wherever named, in enough documents."""
    lines = []
    for number, person in enumerate(manifest["people"], start=1):
        if not person["decoy_of"]:
            continue
        name = person["canonical"]
        entries = [d["people"][name] for d in manifest["documents"] if name in d["people"]]
        parts = _words(f"{person['forename']} {person['surname']}")
        in_full = all(parts <= _words(w) for entry in entries for w in entry["written"])
        only_full = all(set(entry["forms"]) <= {"canonical", "upper", "surname_comma"}
                        for entry in entries)
        passed = in_full and only_full and len(entries) >= MIN_DECOY_DOCUMENTS
        lines.append(f"{'ok  ' if passed else 'FAIL'} decoy (person {number}): named in full "
                     f"in all {len(entries)} documents that name them")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval4-corpus"))
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
