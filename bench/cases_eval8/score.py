"""Score Docket's case register on the eighth evaluation set, as a user would run it.

    DOCKET_INDEX_PREFIX=dkt-ce7-first python -m bench.cases_eval8.score [CORPUS] [--out result.json]

Generates CORPUS (default /tmp/cases-eval8-corpus) when it has no manifest, runs
`docket ingest CORPUS/files --collection cases-eval8` and `--stage cases`, makes an admin,
cleared token with `docket users add`, starts `docket serve` on a free port, reads the register
through the first set's `adapter` and scores it with the second set's `evaluate_register` (the
first set's metrics after each reference is read in whichever accepted form the register
reports), the first set's bars and the third set's count of scanned files listed by their case,
so the eight sets' figures compare.
Exit 0: every bar of issue 21 holds; 1: some bar fails; 3: the server has no case register API.
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
from bench.cases_eval2.score import evaluate_register, finish
from bench.cases_eval3.score import scanned_documents
from bench.cases_eval8.generate import DEFAULT_OUT, generate

COLLECTION = "cases-eval8"
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
    name = f"eval21h-scorer-{os.getpid()}-{int(time.time())}"
    made = first_set.docket("users", "add", name, "--role", "admin", "--collection", COLLECTION, "--cleared")
    if made.returncode != 0:
        raise SystemExit(f"docket users add failed: {made.stderr[-400:]}")
    return made.stdout.strip().splitlines()[-1].strip()


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
    register = adapter.list_cases(client, COLLECTION)
    result = evaluate_register(truth, register, early_days)
    nfa = {c["case"] for c in truth["cases"] if c["outcome"]["value"].startswith("nfa")}
    result["queries"] = [
        query_score(client, truth, "case.outcome:nfa", nfa),
        query_score(client, truth, 'case.flag:"closed early"', first_set.early_cases(truth, early_days)),
    ]
    result["scans"] = scanned_documents(truth, register)
    return result


def run(client: adapter.Client, truth: dict, args: argparse.Namespace, report: dict[str, Any]) -> int:
    try:
        adapter.probe(client, COLLECTION)
    except adapter.CaseApiMissing as missing:
        report.update(status="no case register API", detail=str(missing))
        print(f"no case register API: {missing}")
        return NO_API
    result = evaluate(client, truth, args.closed_early_days)
    code = finish(result, truth, report)
    scans = result["scans"]
    print(
        f"  scanned documents listed by their case: {scans['listed_by_their_case']}/"
        f"{scans['scanned_case_documents']}"
    )
    return code


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


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=Path("cases_eval8_result.json"))
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


if __name__ == "__main__":
    main()
