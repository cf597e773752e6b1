"""The measures of issue 21 on the evaluation set, from the manifest and the register as read.

Works on `adapter.RegisterCase` values only, so it does not know the API's shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from bench.cases_eval.adapter import Flag, RegisterCase

REFERENCE_WORDS = {"LOG", "OF", "CAD", "INC", "REF", "INCIDENT", "CRIME", "NUMBER", "NO", "REFERRAL", "URN"}
TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "dc",
    "ds",
    "di",
    "dci",
    "dsu",
    "supt",
    "sgt",
    "insp",
    "cllr",
}
LINK_FLAG = {
    "suspect": "nfa_suspect_elsewhere",
    "vehicle": "shared_vehicle",
    "phone": "shared_phone",
    "address": "shared_address",
}


def ref_key(reference: str) -> str:
    """A reference as letters and digits, without the words people write around it."""
    tokens = [t for t in re.split(r"[^A-Z0-9]+", reference.upper()) if t and t not in REFERENCE_WORDS]
    return re.sub(r"^(CAD|INC|LOG)(?=\d)", "", "".join(tokens))


def name_tokens(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {t for t in re.split(r"[^a-z]+", folded) if t and t not in TITLES and not t.isdigit()}


def names_match(found: str, truth: str) -> bool:
    """Same tokens, or a part of the name that still holds the surname ("COLE", "D. Cole")."""
    got, want = name_tokens(found), name_tokens(truth)
    surname = truth.split()[-1].lower()
    return bool(got) and (got == want or (got <= want and surname in got))


def map_cases(truth: dict, register: list[RegisterCase]) -> tuple[dict[str, RegisterCase | None], dict]:
    """Each truth case's register case (the one holding most of its references) and the grouping score."""
    owner = {ref_key(r["value"]): c["case"] for c in truth["cases"] for r in c["references"]}
    holders: dict[str, list[RegisterCase]] = {c["case"]: [] for c in truth["cases"]}
    unknown_refs = []
    for case in register:
        for ref in {ref_key(r) for r in case.references}:
            if ref in owner:
                holders[owner[ref]].append(case)
            else:
                unknown_refs.append(ref)
    mapped, wrong = {}, []
    for t in truth["cases"]:
        keys = {ref_key(r["value"]) for r in t["references"]}
        found = holders[t["case"]]
        best = Counter(id(c) for c in found).most_common(1)
        mapped[t["case"]] = next((c for c in found if best and id(c) == best[0][0]), None)
        distinct = {id(c): c for c in found}
        verdict = grouping_verdict(keys, list(distinct.values()), owner, t["case"])
        if verdict:
            wrong.append(
                {
                    "case": t["case"],
                    "problem": verdict,
                    "expected": sorted(r["value"] for r in t["references"]),
                }
            )
    total = len(truth["cases"])
    return mapped, {
        "cases": total,
        "grouped_right": total - len(wrong),
        "wrong": wrong,
        "register_cases": len(register),
        "unrecognised_references": len(set(unknown_refs)),
    }


def grouping_verdict(keys: set[str], found: list[RegisterCase], owner: dict[str, str], case: str) -> str:
    if not found:
        return "no register case holds its references"
    if len(found) > 1:
        return f"its references are split over {len(found)} register cases"
    held = {ref_key(r) for r in found[0].references}
    if not keys <= held:
        return f"register case {found[0].id} misses {len(keys - held)} of its references"
    others = sorted({owner[k] for k in held if k in owner and owner[k] != case})
    return f"merged with {', '.join(others)}" if others else ""


def outcome_score(truth: dict, mapped: dict[str, RegisterCase | None]) -> dict[str, Any]:
    stated = [c for c in truth["cases"] if c["outcome"]["value"] != "unknown"]
    unknown = [c for c in truth["cases"] if c["outcome"]["value"] == "unknown"]
    got = {c["case"]: (mapped[c["case"]].outcome if mapped[c["case"]] else "unknown") for c in truth["cases"]}
    right = [c for c in stated if got[c["case"]] == c["outcome"]["value"]]
    coarse = [c for c in stated if family(got[c["case"]]) == family(c["outcome"]["value"])]
    reopened = [c for c in truth["cases"] if c["reopened"]]
    return {
        "stated": len(stated),
        "right": len(right),
        "accuracy": ratio(len(right), len(stated)),
        "right_ignoring_nfa_reason": len(coarse),
        "unknown_cases": len(unknown),
        "unknown_right": sum(got[c["case"]] == "unknown" for c in unknown),
        "reopened": len(reopened),
        "reopened_right": sum(got[c["case"]] == c["outcome"]["value"] for c in reopened),
        "wrong": [
            {"case": c["case"], "expected": c["outcome"]["value"], "got": got[c["case"]]}
            for c in truth["cases"]
            if got[c["case"]] != c["outcome"]["value"]
        ],
    }


def family(outcome: str) -> str:
    return "nfa" if outcome.startswith("nfa") else outcome


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def suspect_score(truth: dict, mapped: dict[str, RegisterCase | None]) -> dict[str, Any]:
    tp = fp = fn = 0
    false_positives, missed = [], []
    for t in truth["cases"]:
        case = mapped[t["case"]]
        wanted = [p for p in t["people"] if p["role"] == "suspect"]
        found = [p.name for p in case.people if p.role == "suspect"] if case else []
        matched = set()
        for name in found:
            hit = next((w["name"] for w in wanted if names_match(name, w["name"])), None)
            if hit and hit in matched:
                continue  # the same suspect listed twice is neither right again nor wrong
            if hit:
                tp += 1
                matched.add(hit)
            else:
                fp += 1
                role = next(
                    (p["role"] for p in t["people"] if names_match(name, p["name"])), "not in the case"
                )
                false_positives.append({"case": t["case"], "name": name, "truth_role": role})
        for w in wanted:
            if w["name"] not in matched:
                fn += 1
                missed.append({"case": t["case"], "name": w["name"], "evidence": w.get("evidence")})
    return {
        "true_positives": tp,
        "false_positives": fp,
        "missed": fn,
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "false_positive_list": false_positives,
        "missed_list": missed,
    }


def flag_ok(flag: Flag) -> bool:
    return bool(flag.reason.strip()) and any(c.document or c.path for c in flag.citations)


def link_score(truth: dict, mapped: dict[str, RegisterCase | None], register: list[RegisterCase]) -> dict:
    by_id = {c.id: c for c in register}
    results = []
    for link in truth["links"]:
        flagged_on = []
        for key in link["flag_on"]:
            case = mapped[key]
            others = {mapped[k].id for k in link["cases"] if k != key and mapped[k]}
            if case and any(link_flag_matches(f, link, others) for f in case.flags):
                flagged_on.append(key)
        results.append(
            {
                "kind": link["kind"],
                "value": link["value"],
                "cases": link["cases"],
                "flag_on": link["flag_on"],
                "flagged_on": flagged_on,
            }
        )
    decoys = decoy_hits(truth, mapped)
    flags = [f for c in register for f in c.flags]
    return {
        "planted": len(results),
        "flagged": sum(bool(r["flagged_on"]) for r in results),
        "flagged_on_every_case": sum(len(r["flagged_on"]) == len(r["flag_on"]) for r in results),
        "links": results,
        "decoys_flagged": decoys,
        "flags_total": len(flags),
        "flags_without_reason_or_citation": sum(not flag_ok(f) for f in flags),
        "flags_by_kind": dict(Counter(f.kind for f in flags)),
        "unmapped_linked_ids": sorted({i for f in flags for i in f.linked_cases if i not in by_id}),
    }


def link_flag_matches(flag: Flag, link: dict, others: set[str]) -> bool:
    if flag.kind != LINK_FLAG[link["kind"]] or not flag_ok(flag):
        return False
    if others & set(flag.linked_cases):
        return True
    needles = [link["value"], *link.get("written", [])]
    text = f"{flag.value} {flag.reason}".lower()
    return any(n.lower() in text for n in needles)


def decoy_hits(truth: dict, mapped: dict[str, RegisterCase | None]) -> list[dict]:
    """Decoy pairs that the register links by a flag of the decoy's kind."""
    hits = []
    for decoy in truth["decoys"]:
        a, b = (mapped[k] for k in decoy["cases"])
        kind = LINK_FLAG[decoy["kind"]]
        if a and b and any(f.kind == kind and b.id in f.linked_cases for f in a.flags):
            hits.append(decoy)
    return hits


def flag_set_score(
    truth: dict, mapped: dict[str, RegisterCase | None], kind: str, expected: set[str]
) -> dict:
    scored = [c["case"] for c in truth["cases"] if not c["reopened"]]
    got = {k for k in scored if mapped[k] and any(f.kind == kind for f in mapped[k].flags)}
    tp = len(got & expected)
    return {
        "expected": len(expected),
        "flagged": len(got),
        "right": tp,
        "precision": ratio(tp, len(got)),
        "recall": ratio(tp, len(expected)),
        "missed": sorted(expected - got),
        "extra": sorted(got - expected),
    }


def early_and_no_outcome(truth: dict, mapped: dict[str, RegisterCase | None], days: int) -> dict[str, Any]:
    early = {
        c["case"]
        for c in truth["cases"]
        if not c["reopened"]
        and c["expected_flags"]["days_report_to_closure"] is not None
        and c["expected_flags"]["days_report_to_closure"] <= days
    }
    no_outcome = {c["case"] for c in truth["cases"] if c["expected_flags"]["complaint_no_outcome"]}
    return {
        "closed_early": {"days": days, **flag_set_score(truth, mapped, "closed_early", early)},
        "no_outcome": flag_set_score(truth, mapped, "no_outcome", no_outcome),
    }
