"""The ground truth (manifest.json) of the second set, found in the pages as they are written.

Every reference form, outcome, date and tie is looked up in the page texts (PDF lines wrapped as
rendered): a form a document printed but no page holds intact raises, so a wrapped line can never
split a reference by accident (the deliberate splits are written with their line break). Each
reference lists the forms written in the files and the forms a register may fairly report; no two
cases share a form's key (checked). Cross-case links are derived from the cases, not the plan.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval.metrics import ref_key
from bench.cases_eval2.world import FORCES, Case, Person, Ref, World

Pages = dict[str, list[str]]


def manifest(world: World, documents: list[Doc], pages: Pages, seed: int) -> dict[str, Any]:
    check_forms_intact(documents, pages)
    cases = [case_truth(case, documents, pages) for case in world.cases]
    check_keys_disjoint(cases)
    return {
        "version": 1,
        "set": "cases_eval2",
        "seed": seed,
        "files_root": "files",
        "forces": [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES],
        "files": [
            {
                "file": d.name,
                "kind": d.kind,
                "format": d.fmt,
                "date": d.day.isoformat(),
                "pages": len(d.pages),
            }
            for d in documents
        ],
        "cases": cases,
        "links": shared_suspect_links(world.cases, pages) + shared_item_links(world.cases, pages),
        "lookalikes": world.lookalikes,
        "decoys": world.decoys,
        "notes": {
            "early_closures": "planted closures are 1-4 days after the report; every other closed case "
            "closes 45 or more days after it, so any N from 5 to 44 separates them",
            "complaint_no_outcome": "every case whose outcome is unknown starts with a complaint",
            "outcome_of_reopened_cases": "the outcome is the latest stated (in the 2011-13 review)",
            "operation_references": "operation names are references of the reopened cases; issue 21 lists "
            "crime, incident and referral numbers, so the grouping bar leaves them out "
            "and they are scored on their own",
        },
    }


def form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(form) + r"(?![A-Za-z0-9])")


def squash(text: str) -> str:
    return " ".join(text.split())


def check_forms_intact(documents: list[Doc], pages: Pages) -> None:
    for doc in documents:
        for _, name, written in doc.facts:
            if name.startswith("ref:") and not any(form_pattern(written).search(p) for p in pages[doc.name]):
                raise ValueError(f"{doc.name}: {written!r} is not intact on any page (a wrapped line?)")


def written_forms(case: Case, ref: Ref, documents: list[Doc]) -> list[str]:
    return sorted(
        {
            s
            for doc in documents
            for key, name, s in doc.facts
            if key == case.key and name == f"ref:{ref.kind}"
        }
    )


def accepted_forms(ref: Ref, written: list[str]) -> list[str]:
    forms = {ref.value, *ref.accepted, *(f for _, f in ref.variants)}
    forms |= {f.replace("\n", "") for f in written} | {f.replace("\n", " ") for f in written}
    return sorted(f for f in forms if "\n" not in f)


def citations(forms: list[str], pages: Pages) -> list[dict[str, Any]]:
    patterns = [form_pattern(f) for f in forms]
    return [
        {"file": name, "page": n + 1}
        for name, texts in sorted(pages.items())
        for n, text in enumerate(texts)
        if any(p.search(text) for p in patterns)
    ]


def fact_citations(case: Case, fact: str, documents: list[Doc], pages: Pages) -> list[dict]:
    found = []
    for doc in documents:
        for key, name, sentence in doc.facts:
            if key == case.key and name == fact:
                page = next(n for n, text in enumerate(pages[doc.name]) if squash(sentence) in squash(text))
                found.append({"file": doc.name, "page": page + 1, "sentence": squash(sentence)})
    return found


def reference_truth(case: Case, ref: Ref, documents: list[Doc], pages: Pages) -> dict[str, Any]:
    written = written_forms(case, ref, documents)
    if not written:
        raise ValueError(f"{case.key}: {ref.value} is printed nowhere")
    return {
        "value": ref.value,
        "kind": ref.kind,
        "written": written,
        "accepted": accepted_forms(ref, written),
        "citations": citations(written, pages),
    }


def case_truth(case: Case, documents: list[Doc], pages: Pages) -> dict[str, Any]:
    references = [reference_truth(case, ref, documents, pages) for ref in case.references]
    cited: dict[str, set[int]] = defaultdict(set)
    for ref in references:
        for cite in ref["citations"]:
            cited[cite["file"]].add(cite["page"])
    days = (case.closed - case.reported).days if case.closed and not case.reopened else None
    return {
        "case": case.key,
        "force": case.force.key,
        "police": case.force.police,
        "council": case.force.council,
        "references": references,
        "ties": fact_citations(case, "tie", documents, pages),
        "documents": [{"file": f, "pages": sorted(p)} for f, p in sorted(cited.items())],
        "reported": {
            "date": case.reported.isoformat(),
            "citations": fact_citations(case, "reported", documents, pages),
        },
        "closed": closed_truth(case, documents, pages),
        "outcome": {
            "value": case.outcome_final,
            "citations": fact_citations(case, "outcome", documents, pages),
        },
        "reopened": case.reopened.isoformat() if case.reopened else None,
        "outcome_before_reopening": (
            {
                "value": case.outcome_initial,
                "citations": fact_citations(case, "outcome_initial", documents, pages),
            }
            if case.reopened
            else None
        ),
        "offence": case.offence,
        "people": people_truth(case),
        "items": {kind: [i.value for i in case.of(kind)] for kind in ("vehicle", "phone", "address")},
        "expected_flags": {
            "days_report_to_closure": days,
            "complaint_no_outcome": case.outcome_final == "unknown",
        },
    }


def closed_truth(case: Case, documents: list[Doc], pages: Pages) -> dict[str, Any] | None:
    if case.outcome_final in ("open", "unknown"):
        return None
    when = case.final_date if case.reopened else case.closed
    return {
        "date": when.isoformat() if when else None,
        "citations": fact_citations(case, "closed", documents, pages),
    }


def check_keys_disjoint(cases: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for case in cases:
        for ref in case["references"]:
            for key in {ref_key(f) for f in ref["accepted"]}:
                if owner.setdefault(key, case["case"]) != case["case"]:
                    raise ValueError(f"reference key {key} belongs to {owner[key]} and {case['case']}")


def person_truth(person: Person, case: Case, role: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": person.plain, "written": case.suspect_name(person), "role": role}
    for key, value in (
        ("evidence", person.evidence),
        ("title", person.rank),
        ("collar", person.collar),
        ("job", person.job),
    ):
        if value:
            entry[key] = value
    return entry


def people_truth(case: Case) -> list[dict[str, Any]]:
    people = [person_truth(p, case, "suspect") for p in case.suspects]
    people.append({"name": case.subject, "role": "subject", "code": True})
    people += [
        person_truth(case.officer, case, "officer"),
        person_truth(case.supervisor, case, "officer"),
        person_truth(case.professional, case, "professional"),
    ]
    extras = (
        (case.witness, "witness"),
        (case.eliminated, "eliminated (not a suspect)"),
        (case.solicitor, "solicitor"),
    )
    people += [person_truth(p, case, role) for p, role in extras if p]
    return people


def shared_suspect_links(cases: list[Case], pages: Pages) -> list[dict[str, Any]]:
    """An NFA case whose suspect is a suspect in another case: the flag is expected on the NFA case."""
    by_person: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        for person in case.suspects:
            by_person[person.key].append(case)
    links = []
    for key, owners in sorted(by_person.items()):
        nfa = [c.key for c in owners if c.outcome_final.startswith("nfa")]
        if len(owners) > 1 and nfa:
            person = next(p for p in owners[0].suspects if p.key == key)
            forms = sorted({c.suspect_name(person) for c in owners} | {person.plain})
            links.append(
                {
                    "kind": "suspect",
                    "value": person.plain,
                    "written": forms,
                    "cases": [c.key for c in owners],
                    "flag_on": nfa,
                    "citations": citations(forms, pages),
                }
            )
    return links


def shared_item_links(cases: list[Case], pages: Pages) -> list[dict[str, Any]]:
    """A vehicle, phone or address in two or more cases whose suspects differ, however each writes it."""
    owners: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for case in cases:
        for item in case.items:
            owners[(item.kind, item.value)].append(case)
    links = []
    for (kind, value), found in sorted(owners.items()):
        suspects = {frozenset(p.key for p in c.suspects) for c in found}
        if len(found) > 1 and len(suspects) > 1:
            forms = sorted({c.item_forms.get(value, value) for c in found})
            links.append(
                {
                    "kind": kind,
                    "value": value,
                    "written": forms,
                    "cases": [c.key for c in found],
                    "flag_on": [c.key for c in found],
                    "citations": citations(forms, pages),
                }
            )
    return links
