"""Score a running Docket on the second names set: the first set's scorer, plus ambiguous mentions.

    python -m bench.names_eval2.score --corpus /tmp/names-eval2-corpus --prefix dkt-ne2-before \
        --collection names-eval2 --out /tmp/names-eval2-before.json

A thin wrapper: Docket is run and asked exactly as bench.names_eval.score does (CLI and HTTP API
only), and scored by bench.names_eval.metrics. Two things are added for this set's manifest:

- A mention that fits two people (`ambiguous` in a document) is handed to the first scorer as
  recorded but not measured, the role its "forename" form plays: it counts in no recall, and a
  chip showing it as written is not counted wrong.
- `ambiguous`: for each such mention in a document that names neither candidate otherwise,
  whether `person:` for the person meant or for the other candidate returns the document, and
  whether a chip shows a candidate's canonical name there. Issue 13 asks that such a form stay a
  possible match: the bar is that none of them is linked.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import time
from pathlib import Path
from typing import Any

from bench.names_eval import metrics
from bench.names_eval import score as first_scorer
from bench.names_eval.judge import fold

NOT_MEASURED = "forename"  # the first scorer's form that is recorded but never measured


def for_first_scorer(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest with each ambiguous mention recorded (not measured) under the person meant."""
    view = copy.deepcopy(manifest)
    for doc in view["documents"]:
        for mention in doc.get("ambiguous", []):
            entry = doc["people"].setdefault(mention["refers_to"], {
                "forms": [NOT_MEASURED], "written": [], "only_form": None, "decoy": False})
            entry["written"] = sorted({*entry["written"], mention["written"]})
    return view


def _returned(answer: dict[str, Any]) -> set[str]:
    return {hit.get("path", "") for hit in answer["hits"]}


def ambiguous(manifest: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """Whether forms that fit two people were linked to one of them (they should not be)."""
    chips = {hit.get("path"): hit.get("entities", {}).get("person", [])
             for hit in answers["all"]["hits"]}
    rows = []
    for doc in manifest["documents"]:
        for mention in doc.get("ambiguous", []):
            candidates = mention["candidates"]
            if any(c in doc["people"] for c in candidates):
                continue  # a candidate is named otherwise there: search rightly returns it
            meant, others = mention["refers_to"], [c for c in candidates if c != mention["refers_to"]]
            canonical = {fold(c) for c in candidates}
            rows.append({
                "path": doc["path"],
                "linked_to_person_meant": doc["path"] in _returned(answers["people"][meant]["person"]),
                "linked_to_other_candidate": any(doc["path"] in _returned(answers["people"][o]["person"])
                                                 for o in others),
                "resolved_chip": any(fold(v) in canonical for v in chips.get(doc["path"], [])),
            })
    keys = ("linked_to_person_meant", "linked_to_other_candidate", "resolved_chip")
    return {"mentions": len(rows), "documents": len({r["path"] for r in rows}),
            **{key: sum(r[key] for r in rows) for key in keys},
            "kept_as_possible_match": sum(not any(r[k] for k in keys) for r in rows),
            "rows": rows}


def score(manifest: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    report = metrics.score(for_first_scorer(manifest), answers)
    report["ambiguous"] = ambiguous(manifest, answers)
    return report


def table(report: dict[str, Any]) -> str:
    a = report["ambiguous"]
    return metrics.table(report) + "\n".join([
        "", "", "== ambiguous forms (fit two people; must stay possible matches) ==",
        f"mentions {a['mentions']} in {a['documents']} documents naming neither otherwise: "
        f"kept as possible match {a['kept_as_possible_match']}, linked to the person meant "
        f"{a['linked_to_person_meant']}, linked to the other {a['linked_to_other_candidate']}, "
        f"shown as a resolved chip {a['resolved_chip']}"])


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval2-corpus"))
    parser.add_argument("--collection", default="names-eval2")
    parser.add_argument("--prefix", default=os.environ.get("DOCKET_INDEX_PREFIX", "dkt-eval13b"))
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--no-ingest", action="store_true", help="the set is already ingested")
    parser.add_argument("--out", type=Path, default=Path("names-eval2.json"))
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
        seconds, answers = first_scorer.run_docket(args)
        args.out.with_suffix(".answers.json").write_text(json.dumps(answers, ensure_ascii=False),
                                                         encoding="utf-8")
    report = score(manifest, answers)
    report["run"] = {"prefix": args.prefix, "collection": args.collection,
                     "ingest_seconds": seconds, "date": time.strftime("%Y-%m-%d")}
    print(table(report))
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
