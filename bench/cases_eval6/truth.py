"""The ground truth (manifest.json) of the sixth set, in the second set's schema.

The second set's `truth` module finds every reference form, outcome, date and tie in the page
texts, lists each reference's written and accepted forms, refuses two cases sharing a form's key,
and derives the cross-case links from the cases; it works on any world of the same shape, so this
module only adds what is new: the sixth set's forces, which files are scans, which cases only a
council knows, and the notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval2 import truth as second_set
from bench.cases_eval6.world import FORCES, World

Pages = dict[str, list[str]]


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    second_set.check_forms_intact(documents, pages)
    cases = [second_set.case_truth(case, documents, pages) for case in world.cases]  # type: ignore[arg-type]
    for entry, case in zip(cases, world.cases, strict=True):
        entry["council_only"] = case.council_only
    second_set.check_keys_disjoint(cases)
    return {
        "version": 1,
        "set": "cases_eval6",
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
            "other closed case that is not reopened closes 50 or more days after it, so any N from 4 to 49 "
            "separates them",
            "complaint_no_outcome": "every case whose outcome is unknown has a complaint (a call-handling "
            "entry, "
            "a letter to the force or to the council); one case a force has a complaint and a recorded "
            "outcome, and must not be flagged",
            "council_only_cases": "one case a force is known only to its council (a referral, minutes, an "
            "e-mail and a complaint, no police reference); its outcome is unknown",
            "outcome_of_reopened_cases": "the outcome is the latest stated (in the force's historic-review "
            "report, and in one force also the case-review minutes)",
            "operation_references": "operation names are references of their cases; issue 21 lists crime, "
            "incident and referral numbers, so the grouping bar leaves them out",
            "review_minutes": "one force states its outcomes and closing dates only in the minutes of the "
            "case review (and some letters to families), not in the crime record",
            "rows": "a line with ' | ' between cells is a row in the CSV and XLSX files and a table row in "
            "the ODT and DOCX files",
            "scans": "files marked scanned are image-only PDFs; their citations are to the text drawn on "
            "the page, which an OCR must read",
            "suspect_names": "the truth holds forename, middle name and surname; the files write a suspect "
            "surname first in capitals with every forename, with the full date of birth, or with an alias "
            "after 'a.k.a.', and a register should report the name alone",
        },
    }
