"""The eighteenth set's self-check: the manifest against the files, and the scorer against the truth.

    python -m bench.names_eval18.selfcheck [--corpus /tmp/names-eval18-corpus]

No Docket is involved. It runs the fifth set's self-check on this set, by import:
- the third set's: every written form, ambiguous mention, code and non-person of a document
  occurs in its text (the truth text the generator kept, checked against its SHA-256) and, for
  born-digital files, in the text that pypdfium2, python-docx or the e-mail parser read from the
  file itself; each measured form is the person's only form in at least 25 documents;
- the fourth set's: each decoy is named in full (every word of forename and surname), and only
  in full forms, in every document that names them, in at least 5 documents;
- the fifth set's: the married surname is used only on or after the marriage, and the files
  state the link between each person's two names (the old surname beside the new one, and
  "also known as") in at least three documents each;
- the second set's checks of the scorer: a perfect system scores 1.0 everywhere, a system
  linking the ambiguous mentions is caught, the first set's judge accepts every written form as
  naming its person and none as a full form of someone else.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.names_eval2.selfcheck import run_self_check
from bench.names_eval3.selfcheck import check_counts, check_texts
from bench.names_eval4.selfcheck import check_decoys
from bench.names_eval5.selfcheck import check_links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval18-corpus"))
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    lines = [*check_texts(args.corpus, manifest), *check_counts(manifest),
             *check_decoys(manifest), *check_links(manifest), run_self_check(manifest)]
    result = "\n".join(lines)
    print(result)
    if "FAIL" in result:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
