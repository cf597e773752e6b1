"""Score a running Docket on the twenty-fourth names set, exactly as the second set is scored.

    python -m bench.names_eval24.score --corpus /tmp/names-eval24-corpus --prefix dkt-ne24-first \
        --collection names-eval24 --out /tmp/names-eval24-first.json

Docket is ingested, served and asked by the first set's runner (`docket ingest`, `docket users
add`, `docket serve`, then the HTTP API only: `person:"Full Name"`, the phrase, the surname,
every document's chips, the facets and each person's entity page). The answers are scored by
the second set's scorer: the first set's metrics, with ambiguous mentions recorded but not
measured, and the `ambiguous` table (forms that fit more than one person must stay possible
matches). The manifest has the same layout, so the figures compare with the twenty-three
earlier sets.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from bench.names_eval import score as runner
from bench.names_eval2.score import score, table


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval24-corpus"))
    parser.add_argument("--collection", default="names-eval24")
    parser.add_argument("--prefix", default=os.environ.get("DOCKET_INDEX_PREFIX", "dkt-ne24"))
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--no-ingest", action="store_true", help="the set is already ingested")
    parser.add_argument("--out", type=Path, default=Path("names-eval24.json"))
    parser.add_argument("--from-answers", type=Path,
                        help="score the raw answers of an earlier run (OUT.answers.json) again")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    seconds = None
    if args.from_answers:
        answers = json.loads(args.from_answers.read_text(encoding="utf-8"))
    else:
        seconds, answers = runner.run_docket(args)
        args.out.with_suffix(".answers.json").write_text(json.dumps(answers, ensure_ascii=False),
                                                         encoding="utf-8")
    report = score(manifest, answers)
    report["run"] = {"set": "names_eval24", "prefix": args.prefix, "collection": args.collection,
                     "ingest_seconds": seconds, "date": time.strftime("%Y-%m-%d")}
    print(table(report))
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
