"""``make bench``: every benchmark of PRODUCT.md section 8, printed as one table of ratios.

    python -m bench.run [--quick] [--only NAME ...] [--json FILE]

Each module in ``SUITES`` has ``run(quick: bool) -> list[Row]``. ``--quick`` runs every suite on
small inputs (a few minutes); the full run uses the sizes the quality bars name (1M documents).
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

from bench.common import Row

SUITES = ("stages", "pipeline", "search_latency", "memory", "resilience")


def _table(rows: list[Row]) -> str:
    lines = ["| comparison | Docket | reference | ratio | bar | holds |", "|---|---|---|---|---|---|"]
    for row in rows:
        bar = f">= {row.bar:g}" if row.bar is not None else "-"
        holds = {True: "yes", False: "**no**", None: "-"}[row.holds]
        lines.append(f"| {row.name} | {row.docket} | {row.reference} | {row.ratio:.2f} | {bar} | {holds} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs: a few minutes in all")
    parser.add_argument("--only", nargs="*", choices=SUITES, help="run only these suites")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    failed: list[str] = []
    print(f"# make bench{' --quick' if args.quick else ''} - {time.strftime('%Y-%m-%d %H:%M')} - "
          f"{platform.node()} - {platform.machine()}", flush=True)
    for name in args.only or SUITES:
        started = time.perf_counter()
        print(f"\n## {name}", flush=True)
        try:
            suite_rows = importlib.import_module(f"bench.{name}").run(quick=args.quick)
        except Exception:  # one suite failing must not hide the others' numbers
            traceback.print_exc()
            failed.append(name)
            continue
        print(_table(suite_rows), flush=True)
        for row in suite_rows:
            if row.note:
                print(f"- {row.name}: {row.note}")
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
        rows += suite_rows
    print("\n## all ratios\n" + _table(rows))
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in rows], indent=2))
    if failed:
        print(f"\nsuites that failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
