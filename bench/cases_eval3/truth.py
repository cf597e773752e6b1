"""The ground truth (manifest.json) of the third set, in the second set's schema.

The second set's `truth` module finds every reference form, outcome, date and tie in the page
texts, lists each reference's written and accepted forms, refuses two cases sharing a form's key,
and derives the cross-case links from the cases; it works on any world of the same shape, so this
module only adds what is new: the third set's forces, which files are scans, and the notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval2 import truth as second_set
from bench.cases_eval3.world import FORCES, World

Pages = dict[str, list[str]]


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    second_set.check_forms_intact(documents, pages)
    cases = [second_set.case_truth(case, documents, pages) for case in world.cases]  # type: ignore[arg-type]
    second_set.check_keys_disjoint(cases)
    return {
        "version": 1,
        "set": "cases_eval3",
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
            "early_closures": "planted closures are 1-5 days after the report; every other closed case "
            "closes 50 or more days after it, so any N from 6 to 49 separates them",
            "complaint_no_outcome": "every case whose outcome is unknown has a complaint (a log or a "
            "letter); "
            "one case a force has a complaint and a recorded outcome, and must not be flagged",
            "outcome_of_reopened_cases": "the outcome is the latest stated (in the 2012-14 review)",
            "court_and_operation_references": "CPS URNs and operation names are references of their cases; "
            "issue 21 lists crime, incident and referral numbers, so the grouping bar leaves them out",
            "scans": "files marked scanned are image-only PDFs; their citations are to the text drawn on "
            "the page, which an OCR must read",
            "suspect_names": "a suspect's name in the truth carries the middle name one force writes; "
            "a register may report any part of it that holds the surname",
        },
    }
