"""Score Docket's case register on the twenty-fourth evaluation set, as a user would run it.

    DOCKET_INDEX_PREFIX=dkt-ce24-first python -m bench.cases_eval24.score [CORPUS] [--out result.json]

Generates CORPUS (default /tmp/cases-eval24-corpus) when it has no manifest, then runs exactly as
the ninth set's scorer does (its `against_docket`, which runs the eighth set's `ingest`, `token`
and `run`, aimed at this set's collection, `cases-eval24`): `docket ingest` and `--stage cases`,
an admin, cleared token, `docket serve` on a free port, the register read through the first
set's adapter and scored with the second set's `evaluate_register`, the first set's bars and the
third set's count of scanned files listed by their case, so the twenty-four sets' figures compare.
Exit 0: every bar of issue 21 holds; 1: some bar fails; 3: the server has no case register API.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from bench.cases_eval9 import score as ninth_set
from bench.cases_eval24.generate import DEFAULT_OUT, generate

COLLECTION = "cases-eval24"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=Path("cases_eval24_result.json"))
    parser.add_argument("--no-ingest", action="store_true", help="the collection is already loaded")
    parser.add_argument("--closed-early-days", type=int, default=14)
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").exists():
        generate(args.corpus)
    truth = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    report: dict[str, Any] = {
        "corpus": str(args.corpus),
        "index_prefix": os.environ.get("DOCKET_INDEX_PREFIX"),
        "collection": COLLECTION,
    }
    ninth_set.COLLECTION = COLLECTION  # the ninth set's steps, aimed at this set's collection
    code = ninth_set.against_docket(args, truth, report)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    sys.exit(code)


if __name__ == "__main__":
    main()
