"""Reading a register's references against the second set's truth, whatever form they are in.

The first set's metrics match a register reference to a truth reference by `ref_key` (letters and
digits, the words around them dropped). Here one reference is written in several forms, some
with different keys, so each register reference is first replaced
by the truth value whose accepted forms share its key; then the first set's metrics run
unchanged. Operation names are scored apart: issue 21's references are crime, incident and
referral numbers, so the grouping bar leaves them out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bench.cases_eval.adapter import RegisterCase
from bench.cases_eval.metrics import ref_key

BAR_KINDS = ("crime", "incident", "referral")


def form_owners(truth: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Key of every accepted form -> (truth value, kind)."""
    return {
        ref_key(form): (ref["value"], ref["kind"])
        for case in truth["cases"]
        for ref in case["references"]
        for form in ref["accepted"]
    }


def canonical_register(truth: dict[str, Any], register: list[RegisterCase]) -> list[RegisterCase]:
    """The register with each recognised reference written as its truth value."""
    owners = form_owners(truth)
    return [
        replace(case, references=[owners.get(ref_key(r), (r, ""))[0] for r in case.references])
        for case in register
    ]


def without_operations(
    truth: dict[str, Any], register: list[RegisterCase]
) -> tuple[dict, list[RegisterCase]]:
    """The truth and (canonical) register with operation names left out, for the grouping bar."""
    operations = {
        ref_key(r["value"]) for c in truth["cases"] for r in c["references"] if r["kind"] == "operation"
    }
    cases = [
        {**c, "references": [r for r in c["references"] if r["kind"] in BAR_KINDS]} for c in truth["cases"]
    ]
    kept = [
        replace(c, references=[r for r in c.references if ref_key(r) not in operations]) for c in register
    ]
    return {**truth, "cases": cases}, kept


def operation_score(
    truth: dict[str, Any], mapped: dict[str, RegisterCase | None], register: list[RegisterCase]
) -> dict[str, Any]:
    """Operation names held by the register case that holds the rest of their case's references.

    `mapped` comes from the grouping without operations; `register` is the canonical register
    with them, looked up by the mapped case's id.
    """
    by_id = {c.id: c for c in register}
    wanted = [
        (c["case"], r["value"]) for c in truth["cases"] for r in c["references"] if r["kind"] == "operation"
    ]
    held = [
        (case, value)
        for case, value in wanted
        if mapped.get(case) and ref_key(value) in {ref_key(r) for r in by_id[mapped[case].id].references}
    ]
    return {
        "operations": len(wanted),
        "held_by_their_case": len(held),
        "missed": sorted(case for case, _ in set(wanted) - set(held)),
    }
