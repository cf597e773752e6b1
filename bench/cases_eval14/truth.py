"""The ground truth (manifest.json) of the fourteenth set, in the second set's schema.

The thirteenth set's `manifest` (the second set's `truth`, the eighth set's separation of a
re-crimed case's two crime numbers, which files are scans, which cases only a council knows) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval13 import truth as thirteenth_set
from bench.cases_eval14.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in thirteenth_set.NOTES.items() if k not in ("finalisation", "panel", "result_codes",
       "check_letter", "financial_year", "suspect_names")},
    "result_boxes": "one force states outcomes as a grid of result boxes, one crossed [X], with the "
    "grounds after",
    "closing_rationale": "one force states outcomes as a supervisor's closing rationale in the first "
    "person, on page 2 of a PDF investigation log",
    "checklist": "one force states outcomes as answers to a closure checklist's questions (Q7 result, "
    "Q8 why)",
    "stations": "one force's crime numbers carry a station's letters: one serial and year at two "
    "stations is two crimes",
    "quarter": "one force numbers incidents within a quarter of the year: one serial in two quarters is two",
    "run_together": "one council runs the two-digit year and four-digit serial together (RCCEXP 040512)",
    "suspect_names": "the truth holds forename, second name (a Latvian, Georgian or Igbo "
    "second given name) and surname; one force writes every name and "
    "'(... national)', one every name and ', born' with the place of birth, one every name and "
    "'[prison no. ...]'; a register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = thirteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval14"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
