"""Score Docket's case register on the second evaluation set, as a user would run it.

    DOCKET_INDEX_PREFIX=dkt-eval21b python -m bench.cases_eval2.score [CORPUS] [--out result.json]

Generates CORPUS (default /tmp/cases-eval2-corpus) when it has no manifest, runs
`docket ingest CORPUS/files --collection cases-eval2` and `--stage cases`, makes an admin token,
starts `docket serve` and reads the register through the first set's `adapter` (the one file
that knows the API), then scores it with the first set's `metrics` and bars, after `forms` has
read each reference in whichever written form the register reports. Exit 0: every bar of issue
21 holds; 1: some bar fails; 3: the server has no case register API. `selfcheck` scores the
truth against itself with the same code, without Docket.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.cases_eval import adapter, metrics
from bench.cases_eval import score as first_set
from bench.cases_eval.adapter import RegisterCase
from bench.cases_eval2 import forms
from bench.cases_eval2.generate import DEFAULT_OUT, generate

COLLECTION = "cases-eval2"
NO_API = 3


def ingest(files: Path) -> dict[str, Any]:
    loaded = first_set.docket("ingest", str(files), "--collection", COLLECTION)
    staged = first_set.docket("ingest", str(files), "--collection", COLLECTION, "--stage", "cases")
    return {
        "ingest_rc": loaded.returncode,
        "ingest_tail": loaded.stdout[-300:] + loaded.stderr[-300:],
        "stage_cases_rc": staged.returncode,
        "stage_cases_tail": (staged.stdout + staged.stderr)[-300:],
    }


def token() -> str:
    name = f"eval21b-scorer-{os.getpid()}-{int(time.time())}"
    made = first_set.docket("users", "add", name, "--role", "admin", "--collection", COLLECTION, "--cleared")
    if made.returncode != 0:
        raise SystemExit(f"docket users add failed: {made.stderr[-400:]}")
    return made.stdout.strip().splitlines()[-1].strip()


def evaluate_register(truth: dict, register: list[RegisterCase], early_days: int) -> dict[str, Any]:
    """Every measure of issue 21 on a register as read (the same code scores the self-check)."""
    canonical = forms.canonical_register(truth, register)
    bar_truth, bar_register = forms.without_operations(truth, canonical)
    mapped, grouping = metrics.map_cases(bar_truth, bar_register)
    return {
        "grouping": grouping,
        "operations": forms.operation_score(truth, mapped, canonical),
        "outcomes": metrics.outcome_score(truth, mapped),
        "suspects": metrics.suspect_score(truth, mapped),
        "links": metrics.link_score(truth, mapped, canonical),
        "flags": metrics.early_and_no_outcome(truth, mapped, early_days),
    }


def query_score(client: adapter.Client, truth: dict, query: str, cases: set[str]) -> dict[str, Any]:
    """Documents a register query finds, against the documents of the cases it should find."""
    status, paths = adapter.search_paths(client, COLLECTION, query)
    files = {d["file"]: c["case"] for c in truth["cases"] if c["case"] in cases for d in c["documents"]}
    right = [p for p in paths if any(p.endswith(f) for f in files)]
    found = {files[f] for p in right for f in files if p.endswith(f)}
    return {
        "query": query,
        "status": status,
        "hits": len(paths),
        "hits_of_expected_cases": len(right),
        "precision": metrics.ratio(len(right), len(paths)),
        "cases_expected": len(cases),
        "cases_found": len(found),
        "recall": metrics.ratio(len(found), len(cases)),
    }


def evaluate(client: adapter.Client, truth: dict, early_days: int) -> dict[str, Any]:
    result = evaluate_register(truth, adapter.list_cases(client, COLLECTION), early_days)
    nfa = {c["case"] for c in truth["cases"] if c["outcome"]["value"].startswith("nfa")}
    result["queries"] = [
        query_score(client, truth, "case.outcome:nfa", nfa),
        query_score(client, truth, 'case.flag:"closed early"', first_set.early_cases(truth, early_days)),
    ]
    return result


def print_table(result: dict[str, Any], truth: dict) -> None:
    print(f"{'measure':<48} {'value':>16}  holds")
    for name, value, holds in first_set.bars(result):
        print(f"{name:<48} {value:>16}  {'yes' if holds else 'NO'}")
    o, lk, f, op = result["outcomes"], result["links"], result["flags"], result["operations"]
    print(
        f"  outcome ignoring the NFA reason: {o['right_ignoring_nfa_reason']}/{o['stated']}; "
        f"reopened cases right: {o['reopened_right']}/{o['reopened']}"
    )
    print(f"  operation names held by their case: {op['held_by_their_case']}/{op['operations']}")
    print(
        f"  links flagged on every case they should be: {lk['flagged_on_every_case']}/{lk['planted']}; "
        f"decoys linked: {len(lk['decoys_flagged'])}/{len(truth['decoys'])}"
    )
    for key in ("closed_early", "no_outcome"):
        print(f"  flag {key}: precision {f[key]['precision']}, recall {f[key]['recall']}")
    for q in result.get("queries", []):
        print(
            f"  {q['query']}: status {q['status']}, {q['hits']} hits, precision {q['precision']}, "
            f"case recall {q['recall']}"
        )


def run(client: adapter.Client, truth: dict, args: argparse.Namespace, report: dict[str, Any]) -> int:
    try:
        adapter.probe(client, COLLECTION)
    except adapter.CaseApiMissing as missing:
        report.update(status="no case register API", detail=str(missing))
        print(f"no case register API: {missing}")
        return NO_API
    result = evaluate(client, truth, args.closed_early_days)
    return finish(result, truth, report)


def finish(result: dict[str, Any], truth: dict, report: dict[str, Any]) -> int:
    bars = first_set.bars(result)
    report.update(
        status="scored", result=result, bars=[{"bar": n, "value": v, "holds": h} for n, v, h in bars]
    )
    print_table(result, truth)
    return 0 if all(h for _, _, h in bars) else 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=Path("cases_eval2_result.json"))
    parser.add_argument("--no-ingest", action="store_true", help="the collection is already loaded")
    parser.add_argument("--closed-early-days", type=int, default=14)
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").exists():
        generate(args.corpus)
    truth = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    report: dict[str, Any] = {
        "corpus": str(args.corpus),
        "index_prefix": os.environ.get("DOCKET_INDEX_PREFIX"),
    }
    code = against_docket(args, truth, report)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    sys.exit(code)


def against_docket(args: argparse.Namespace, truth: dict, report: dict[str, Any]) -> int:
    if not args.no_ingest:
        report["ingest"] = ingest(args.corpus / "files")
    port = first_set.free_port()
    server = first_set.serve(port)
    try:
        client = adapter.Client(f"http://127.0.0.1:{port}", token())
        return run(client, truth, args, report)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
