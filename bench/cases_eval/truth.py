"""The ground truth (manifest.json) of a generated collection, found in the pages as written.

Citations are not assumed: each reference, outcome, date and tie is looked up in the text of the
pages `render` wrote, so a citation in the manifest is a page that really holds the words. The
cross-case links are derived from the cases, not from the planting plan, so an accidental overlap
would show up here too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval.render import page_texts
from bench.cases_eval.world import FORCES, PLURAL, Case, Person, World

NFA_OUTCOMES = ("nfa", "nfa_insufficient_evidence", "nfa_victim_did_not_support", "nfa_cps_advice",
                "nfa_not_in_public_interest")


def manifest(world: World, documents: list[Doc], seed: int) -> dict[str, Any]:
    pages = {doc.name: page_texts(doc) for doc in documents}
    cases = [case_truth(case, documents, pages) for case in world.cases]
    return {
        "version": 1,
        "seed": seed,
        "files_root": "files",
        "forces": [force_truth(force) for force in FORCES],
        "files": [{"file": d.name, "kind": d.kind, "format": d.fmt, "date": d.day.isoformat(),
                   "pages": len(d.pages)} for d in documents],
        "cases": cases,
        "links": shared_suspect_links(world.cases, pages) + shared_item_links(world.cases, pages),
        "lookalikes": world.lookalikes,
        "decoys": world.decoys,
        "notes": {
            "early_closures": "planted closures are 1-4 days after the report; every other closed case "
                              "closes 45 or more days after it, so any N from 5 to 44 separates them",
            "complaint_no_outcome": "every case whose outcome is unknown starts with a complaint",
            "outcome_of_reopened_cases": "the outcome is the latest stated (in the 2011-12 review)",
        },
    }


def force_truth(force: Any) -> dict[str, Any]:
    from datetime import date

    day = date(2003, 3, 12)
    return {"key": force.key, "police": force.police, "council": force.council,
            "examples": {"crime": force.crime_ref(4512, 2003, "27" if force.key == "mereshire" else "K"),
                         "incident": force.incident_ref(456, day),
                         "referral": force.referral_ref(1187, 2003)}}


def citations(needle: str, documents: list[Doc], pages: dict[str, list[str]]) -> list[dict[str, Any]]:
    return [{"file": doc.name, "page": n + 1} for doc in documents
            for n, text in enumerate(pages[doc.name]) if needle in text]


def fact_citations(case: Case, fact: str, documents: list[Doc], pages: dict[str, list[str]]) -> list[dict]:
    found = []
    for doc in documents:
        for key, name, sentence in doc.facts:
            if key == case.key and name == fact:
                page = next(n for n, text in enumerate(pages[doc.name]) if sentence in text)
                found.append({"file": doc.name, "page": page + 1, "sentence": sentence})
    return found


def case_truth(case: Case, documents: list[Doc], pages: dict[str, list[str]]) -> dict[str, Any]:
    references = [{"value": value, "kind": kind, "citations": citations(value, documents, pages)}
                  for kind, value in case.references]
    cited = defaultdict(set)
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
        "reported": {"date": case.reported.isoformat(),
                     "citations": fact_citations(case, "reported", documents, pages)},
        "closed": closed_truth(case, documents, pages),
        "outcome": {"value": case.outcome_final,
                    "citations": fact_citations(case, "outcome", documents, pages)},
        "reopened": case.reopened.isoformat() if case.reopened else None,
        "outcome_before_reopening": reopened_truth(case, documents, pages),
        "offence": case.offence,
        "people": people_truth(case),
        "items": {"vehicle": case.vehicles, "phone": case.phones, "address": case.addresses},
        "expected_flags": {
            "days_report_to_closure": days,
            "complaint_no_outcome": case.outcome_final == "unknown",
        },
    }


def reopened_truth(case: Case, documents: list[Doc], pages: dict[str, list[str]]) -> dict[str, Any] | None:
    if not case.reopened:
        return None
    cited = fact_citations(case, "outcome_initial", documents, pages)
    return {"value": case.outcome_initial, "citations": cited}


def closed_truth(case: Case, documents: list[Doc], pages: dict[str, list[str]]) -> dict[str, Any] | None:
    if case.outcome_final in ("open", "unknown"):
        return None
    when = case.final_date if case.reopened else case.closed
    return {"date": when.isoformat() if when else None,
            "citations": fact_citations(case, "closed", documents, pages)}


def person_truth(person: Person, case: Case, role: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": person.plain, "written": case.suspect_name(person), "role": role}
    if person.evidence:
        entry["evidence"] = person.evidence
    if person.rank:
        entry.update(name=f"{person.forename} {person.surname.title()}", title=person.rank,
                     collar=person.collar)
    if person.job:
        entry["job"] = person.job
    return entry


def people_truth(case: Case) -> list[dict[str, Any]]:
    people = [person_truth(p, case, "suspect") for p in case.suspects]
    people.append({"name": case.subject, "role": "subject", "code": True})
    people += [person_truth(case.officer, case, "officer"), person_truth(case.supervisor, case, "officer"),
               person_truth(case.professional, case, "professional")]
    if case.witness:
        people.append(person_truth(case.witness, case, "witness"))
    if case.eliminated:
        people.append(person_truth(case.eliminated, case, "eliminated (not a suspect)"))
    return people


def shared_suspect_links(cases: list[Case], pages: dict[str, list[str]]) -> list[dict[str, Any]]:
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
            links.append({"kind": "suspect", "value": person.plain, "written": forms,
                          "cases": [c.key for c in owners], "flag_on": nfa,
                          "citations": page_citations(forms, pages)})
    return links


def shared_item_links(cases: list[Case], pages: dict[str, list[str]]) -> list[dict[str, Any]]:
    """A vehicle, phone or address in two or more cases whose suspects differ."""
    owners: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for case in cases:
        for kind in ("vehicle", "phone", "address"):
            for value in getattr(case, PLURAL[kind]):
                owners[(kind, value)].append(case)
    links = []
    for (kind, value), found in sorted(owners.items()):
        suspects = {frozenset(p.key for p in c.suspects) for c in found}
        if len(found) > 1 and len(suspects) > 1:
            plate = value.split("registration ")[-1]
            links.append({"kind": kind, "value": plate, "cases": [c.key for c in found],
                          "flag_on": [c.key for c in found], "citations": page_citations([plate], pages)})
    return links


def page_citations(needles: list[str], pages: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Every page that writes the shared name, plate, number or address."""
    return [{"file": name, "page": n + 1} for name, texts in sorted(pages.items())
            for n, text in enumerate(texts) if any(needle in text for needle in needles)]
