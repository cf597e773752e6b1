"""The ground truth (manifest.json) of the eighth set, in the second set's schema.

The second set's `truth` module finds every reference form, outcome, date and tie in the page
texts, lists each reference's written and accepted forms, refuses two cases sharing a form's key,
and derives the cross-case links from the cases; it works on any world of the same shape, so this
module only adds what is new: the eighth set's forces, which files are scans, which cases only a
council knows, and the notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval.metrics import ref_key
from bench.cases_eval2 import truth as second_set
from bench.cases_eval8.world import FORCES, Case, World

Pages = dict[str, list[str]]


def separate_crime_numbers(entry: dict[str, Any], case: Case, pages: Pages) -> None:
    """A re-crimed case has two crime numbers; the second set's truth pools the forms of a kind, so
    each number keeps only its own written forms (by their key), accepted forms and citations."""
    for ref, truth in zip(case.references, entry["references"], strict=True):
        if ref.kind != "crime":
            continue
        own = {ref_key(ref.value)} | {ref_key(f) for _, f in ref.variants}
        written = [f for f in truth["written"] if ref_key(f) in own]
        truth["written"] = written
        truth["accepted"] = second_set.accepted_forms(ref, written)
        truth["citations"] = second_set.citations(written, pages)


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    second_set.check_forms_intact(documents, pages)
    cases = [second_set.case_truth(case, documents, pages) for case in world.cases]  # type: ignore[arg-type]
    for entry, case in zip(cases, world.cases, strict=True):
        if case.recrime:
            separate_crime_numbers(entry, case, pages)
        entry["council_only"] = case.council_only
        entry["awaiting_cps"] = case.awaiting_cps
        entry["recrimed_as"] = case.recrime.value if case.recrime else None
    second_set.check_keys_disjoint(cases)
    return {
        "version": 1,
        "set": "cases_eval8",
        "seed": seed,
        "files_root": "files",
        "forces": [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES],
        "files": [
            {
                "file": d.name,
                "kind": d.kind,
                "format": d.fmt,
                "scanned": d.name in scanned,
                "date": d.day.isoformat(),
                "pages": len(d.pages),
            }
            for d in documents
        ],
        "cases": cases,
        "links": second_set.shared_suspect_links(world.cases, pages)  # type: ignore[arg-type]
        + second_set.shared_item_links(world.cases, pages),  # type: ignore[arg-type]
        "lookalikes": world.lookalikes,
        "decoys": world.decoys,
        "notes": {
            "early_closures": "planted closures are 0-3 days after the report (some the same day); every "
            "other closed case that is not reopened closes 75 or more days after it, so any N from 4 to 74 "
            "separates them",
            "complaint_no_outcome": "every case whose outcome is unknown has a complaint (an incident-record "
            "entry, a letter or e-mail to the force, or a letter to the council); one case a force has a "
            "complaint and a recorded outcome, and must not be flagged",
            "council_only_cases": "one case a force is known only to its council (a referral record, a "
            "strategy meeting, an e-mail and a complaint, no police reference); its outcome is unknown",
            "awaiting_cps": "one case a force was sent to the CPS for a charging decision and no reply is "
            "recorded: its outcome is unknown, not NFA on CPS advice",
            "outcome_of_reopened_cases": "the outcome is the latest stated, in the force's historic review",
            "recrimed": "in two forces a reopened case is given a fresh crime number, tied to the old one "
            "by a sentence of the historic review; both numbers are references of the one case",
            "sub_numbers": "one force ends a crime number with the crime's sub-number within its occurrence: "
            "the same serial and year with another sub-number is another case",
            "operation_references": "operation names are references of their cases; issue 21 lists crime, "
            "incident and referral numbers, so the grouping bar leaves them out",
            "rows": "a line with ' | ' between cells is a table row in the DOCX files",
            "scans": "files marked scanned are image-only (PDF or PNG); their citations are to the text "
            "drawn on the page, which an OCR must read",
            "suspect_names": "the truth holds forename, second forename and surname; the files write a "
            "suspect with the surname in capitals and '(born PLACE)', with '[interpreter: LANGUAGE]', or "
            "family name first with '(NATIONALITY national)'; a register should report the name alone",
        },
    }
