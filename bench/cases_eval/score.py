"""Score Docket's case register on the evaluation set, as a user would run it.

    DOCKET_INDEX_PREFIX=dkt-eval21 python -m bench.cases_eval.score [CORPUS] [--out result.json]

Generates CORPUS (default /tmp/cases-eval-corpus) when it has no manifest, runs
`docket ingest CORPUS/files --collection cases-eval` (then `--stage cases`, which may not exist),
makes an admin token with `docket users add`, starts `docket serve` on a free port and reads the
register through `adapter`. Exit 0: every bar of issue 21 holds; 1: some bar fails; 3: the server
has no case register API.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.cases_eval import adapter, metrics
from bench.cases_eval.generate import DEFAULT_OUT, generate

COLLECTION = "cases-eval"
NO_API = 3


def docket(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("docket")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=3600)


def ingest(files: Path) -> dict[str, Any]:
    loaded = docket("ingest", str(files), "--collection", COLLECTION)
    staged = docket("ingest", str(files), "--collection", COLLECTION, "--stage", "cases")
    return {
        "ingest_rc": loaded.returncode,
        "ingest_tail": loaded.stdout[-300:] + loaded.stderr[-300:],
        "stage_cases_rc": staged.returncode,
        "stage_cases_tail": (staged.stdout + staged.stderr)[-300:],
    }


def token() -> str:
    name = f"eval21-scorer-{os.getpid()}-{int(time.time())}"
    made = docket("users", "add", name, "--role", "admin", "--collection", COLLECTION, "--cleared")
    if made.returncode != 0:
        raise SystemExit(f"docket users add failed: {made.stderr[-400:]}")
    return made.stdout.strip().splitlines()[-1].strip()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("docket")
    server = subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    probe = adapter.Client(f"http://127.0.0.1:{port}", "")
    for _ in range(240):
        try:
            if probe.get("/api/health")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("docket serve did not answer /api/health within 120 s")


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
    mapped, grouping = metrics.map_cases(truth, register)
    nfa = {c["case"] for c in truth["cases"] if c["outcome"]["value"].startswith("nfa")}
    flags = metrics.early_and_no_outcome(truth, mapped, early_days)
    return {
        "grouping": grouping,
        "outcomes": metrics.outcome_score(truth, mapped),
        "suspects": metrics.suspect_score(truth, mapped),
        "links": metrics.link_score(truth, mapped, register),
        "flags": flags,
        "queries": [
            query_score(client, truth, "case.outcome:nfa", nfa),
            query_score(client, truth, 'case.flag:"closed early"', early_cases(truth, early_days)),
        ],
    }


def early_cases(truth: dict, days: int) -> set[str]:
    return {
        c["case"]
        for c in truth["cases"]
        if not c["reopened"]
        and c["expected_flags"]["days_report_to_closure"] is not None
        and c["expected_flags"]["days_report_to_closure"] <= days
    }


def bars(result: dict[str, Any]) -> list[tuple[str, str, bool]]:
    g, o, s, lk = result["grouping"], result["outcomes"], result["suspects"], result["links"]
    return [
        (
            "references grouped into the right case",
            f"{g['grouped_right']}/{g['cases']}",
            g["grouped_right"] == g["cases"],
        ),
        (
            "outcome right, cases that state one (>= 0.9)",
            f"{o['right']}/{o['stated']} = {o['accuracy']}",
            (o["accuracy"] or 0) >= 0.9,
        ),
        (
            "'unknown' where no outcome is stated",
            f"{o['unknown_right']}/{o['unknown_cases']}",
            o["unknown_right"] == o["unknown_cases"],
        ),
        ("suspect precision (>= 0.9)", f"{s['precision']}", (s["precision"] or 0) >= 0.9),
        ("suspect recall (>= 0.85)", f"{s['recall']}", (s["recall"] or 0) >= 0.85),
        (
            "planted cross-case links flagged",
            f"{lk['flagged']}/{lk['planted']}",
            lk["flagged"] == lk["planted"],
        ),
        (
            "flags lacking a reason or citations (0)",
            f"{lk['flags_without_reason_or_citation']}/{lk['flags_total']}",
            lk["flags_without_reason_or_citation"] == 0,
        ),
    ]


def print_table(result: dict[str, Any]) -> None:
    print(f"{'measure':<48} {'value':>16}  holds")
    for name, value, holds in bars(result):
        print(f"{name:<48} {value:>16}  {'yes' if holds else 'NO'}")
    o, lk, f = result["outcomes"], result["links"], result["flags"]
    print(
        f"  outcome ignoring the NFA reason: {o['right_ignoring_nfa_reason']}/{o['stated']}; "
        f"reopened cases right: {o['reopened_right']}/{o['reopened']}"
    )
    print(
        f"  links flagged on every case they should be: {lk['flagged_on_every_case']}/{lk['planted']}; "
        f"decoys linked: {len(lk['decoys_flagged'])}/3"
    )
    for key in ("closed_early", "no_outcome"):
        print(f"  flag {key}: precision {f[key]['precision']}, recall {f[key]['recall']}")
    for q in result["queries"]:
        print(
            f"  {q['query']}: status {q['status']}, {q['hits']} hits, precision {q['precision']}, "
            f"case recall {q['recall']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=Path("cases_eval_result.json"))
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
    if not args.no_ingest:
        report["ingest"] = ingest(args.corpus / "files")
    port = free_port()
    server = serve(port)
    try:
        client = adapter.Client(f"http://127.0.0.1:{port}", token())
        code = run(client, truth, args, report)
    finally:
        server.terminate()
        server.wait(timeout=30)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    sys.exit(code)


def run(client: adapter.Client, truth: dict, args: argparse.Namespace, report: dict[str, Any]) -> int:
    try:
        adapter.probe(client, COLLECTION)
    except adapter.CaseApiMissing as missing:
        report.update(status="no case register API", detail=str(missing))
        print(f"no case register API: {missing}")
        return NO_API
    result = evaluate(client, truth, args.closed_early_days)
    report.update(
        status="scored", result=result, bars=[{"bar": n, "value": v, "holds": h} for n, v, h in bars(result)]
    )
    print_table(result)
    return 0 if all(h for _, _, h in bars(result)) else 1


if __name__ == "__main__":
    main()
