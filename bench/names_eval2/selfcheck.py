"""The scorer's self-check on the second set: the truth scored against itself, and the forms judged.

    python -m bench.names_eval2.selfcheck [--corpus /tmp/names-eval2-corpus]

No Docket is involved. A perfect system is built from the manifest (each person's `person:`
search returns exactly the documents that name them, each hit's chips are its people's canonical
names, each entity page lists every co-occurring person) and must score 1.0 everywhere with no
decoy merged and every ambiguous mention kept a possible match. A system that links every
ambiguous mention to the person meant must be caught. And the first set's judge must accept every
written form of a person as naming that person, and no written full form as naming another one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.names_eval.judge import Judge, fold, strip_titles
from bench.names_eval2.score import for_first_scorer, score


def _answer(paths: set[str]) -> dict[str, Any]:
    return {"total": len(paths), "hits": [{"path": p} for p in sorted(paths)], "facets": {}}


def perfect_answers(manifest: dict[str, Any]) -> dict[str, Any]:
    """What a system that resolves every measured form, and nothing else, would answer."""
    named: dict[str, set[str]] = {p["canonical"]: set() for p in manifest["people"]}
    for doc in manifest["documents"]:
        for name, entry in doc["people"].items():
            if set(entry["forms"]) - {"forename"}:
                named[name].add(doc["path"])
    people = {}
    for name, paths in named.items():
        partners = [o for o in named if o != name and named[o] & paths]
        page = {"text": name, "variants": [], "document_count": len(paths),
                "documents": [{"path": p} for p in sorted(paths)],
                "cooccurring": [{"kind": "person", "text": o} for o in partners]}
        people[name] = {"person": _answer(paths), "phrase": _answer(paths),
                        "surname": _answer(paths), "entity": page}
    hits = [{"path": d["path"], "entities": {"person": sorted(
        n for n in d["people"] if n in named and d["path"] in named[n]), "org": [], "place": []}}
        for d in manifest["documents"]]
    facet = [{"value": n, "count": len(p)} for n, p in named.items()]
    return {"people": people, "all": {"total": len(hits), "hits": hits,
                                      "facets": {"person": facet}}}


def _check_perfect(manifest: dict[str, Any]) -> list[str]:
    report = score(manifest, perfect_answers(manifest))
    s, a = report["summary"], report["ambiguous"]
    checks = {
        "every document indexed": s["documents_indexed"] == len(manifest["documents"]),
        "person: recall 1.0 for everyone": s["recall_person_min"] == 1.0,
        "recall 1.0 for every form": all(r["recall_person"] in (1.0, None)
                                         for r in report["per_form"].values()),
        "no decoy merged": s["decoy_pairs_merged"] == 0,
        "chips all right": report["chips"]["precision_full_names_only"] == 1.0,
        "facet all right": report["facets"]["precision_full_names_only"] == 1.0,
        "linked names both ways": report["linked_names"]["shown_both_ways"] == 1.0,
        "ambiguous kept apart": a["kept_as_possible_match"] == a["mentions"] > 0,
    }
    return [f"{'ok  ' if passed else 'FAIL'} perfect system: {what}" for what, passed in checks.items()]


def _check_linking(manifest: dict[str, Any]) -> list[str]:
    """A system that links every ambiguous mention to the person meant must be caught."""
    answers = perfect_answers(manifest)
    for doc in manifest["documents"]:
        for mention in doc.get("ambiguous", []):
            answers["people"][mention["refers_to"]]["person"]["hits"].append({"path": doc["path"]})
    a = score(manifest, answers)["ambiguous"]
    passed = a["linked_to_person_meant"] == a["mentions"] and a["kept_as_possible_match"] == 0
    return [f"{'ok  ' if passed else 'FAIL'} linking system: all {a['mentions']} ambiguous "
            "mentions counted as linked"]


def _check_forms(manifest: dict[str, Any]) -> list[str]:
    """Every written form names its person; no full written form names another person."""
    judge = Judge(for_first_scorer(manifest))
    unjudged, collisions, total = 0, 0, 0
    for doc in manifest["documents"]:
        for name, entry in doc["people"].items():
            for written in entry["written"]:
                total += 1
                unjudged += judge.names(written, [name])[0] == "wrong"
                core = strip_titles(fold(written))
                collisions += any(core in forms.full for other, forms in judge.forms.items()
                                  if other != name)
    return [f"{'ok  ' if not unjudged else 'FAIL'} judge: {total - unjudged} of {total} written "
            f"forms name their person",
            f"{'ok  ' if not collisions else 'FAIL'} judge: {collisions} written forms are also "
            f"a full form of someone else"]


def run_self_check(manifest: dict[str, Any]) -> str:
    lines = _check_perfect(manifest) + _check_linking(manifest) + _check_forms(manifest)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval2-corpus"))
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    result = run_self_check(manifest)
    print(result)
    if "FAIL" in result:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
