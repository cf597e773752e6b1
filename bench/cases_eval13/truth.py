"""The ground truth (manifest.json) of the thirteenth set, in the second set's schema.

The second set's `truth` module finds every reference form, outcome, date and tie in the page
texts and derives the cross-case links; the eighth set's keeps each of a re-crimed case's two
crime numbers to its own forms. This module adds the thirteenth set's forces, which files are scans,
which cases only a council knows, and the notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval2 import truth as second_set
from bench.cases_eval8.truth import separate_crime_numbers
from bench.cases_eval13.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    "early_closures": "planted closures are 0-3 days after the report (three the same day); every other "
    "closed case that is not reopened closes 95 or more days after it, so any N from 4 to 94 separates them",
    "complaint_no_outcome": "every case whose outcome is unknown has a complaint (an event entry, a "
    "complaint to professional standards by letter or e-mail, or a letter to the council); one case a "
    "force has a complaint and a recorded outcome, and must not be flagged",
    "council_only_cases": "one case a force is known only to its council (a front door record, a MACE "
    "panel, an e-mail and a complaint, no police reference); its outcome is unknown",
    "awaiting_cps": "one case a force was sent to the CPS for a charging decision and no reply is "
    "recorded: its outcome is unknown, not NFA on CPS advice",
    "outcome_of_reopened_cases": "the outcome is the latest stated, in the force's review",
    "recrimed": "in one force a reopened case is re-recorded under a fresh crime number, tied to the old "
    "one by a sentence of the review; both numbers are references of the one case",
    "finalisation": "one force states outcomes as a crime finalisation ('detected by charge', 'NFA' and "
    "the reason)",
    "panel": "one force states outcomes as a crime review panel's decision, on page 2 of a PDF",
    "result_codes": "one force states outcomes as result codes of a status print (RC-CHG, RC-NFA/EV, ...)",
    "check_letter": "one force's crime numbers end in a check letter computed from the serial and year",
    "financial_year": "one council numbers referrals within a financial year written as four digits "
    "(0405); one serial in two financial years is two cases",
    "operation_references": "operation names are references of their cases; issue 21 lists crime, "
    "incident and referral numbers, so the grouping bar leaves them out",
    "rows": "a line with ' | ' between cells is a table row in the DOCX files",
    "scans": "files marked scanned are image-only PDFs; their citations are to the text drawn on the "
    "page, which an OCR must read",
    "suspect_names": "the truth holds forename, second name (a Colombian's father's surname, a "
    "Yoruba second given name, a Sikh's Singh) and surname (a Colombian's mother's surname, a Sikh's "
    "clan name); one force writes every name and "
    "the identity code in brackets, one every name and ', NINO' with the National Insurance number, one "
    "every name and '(occ. ...)' with the occupation; a register should report the name alone",
}


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    second_set.check_forms_intact(documents, pages)
    cases = [second_set.case_truth(case, documents, pages) for case in world.cases]  # type: ignore[arg-type]
    for entry, case in zip(cases, world.cases, strict=True):
        if case.recrime:
            separate_crime_numbers(entry, case, pages)  # type: ignore[arg-type]
        entry["council_only"] = case.council_only
        entry["awaiting_cps"] = case.awaiting_cps
        entry["recrimed_as"] = case.recrime.value if case.recrime else None
    second_set.check_keys_disjoint(cases)
    return {
        "version": 1,
        "set": "cases_eval13",
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
        "notes": NOTES,
    }
