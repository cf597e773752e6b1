"""The ground truth (manifest.json) of the fifteenth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval15.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "audit_lines": "one force states outcomes as key=value audit lines (disposal=CHG, CAUT, NFA with a "
    "basis, UNDET, PENDING)",
    "endorsement": "one force states outcomes as an inspector's endorsement in the past perfect, on "
    "page 2 of a PDF crime file summary",
    "decision_rows": "one force states outcomes as a Decision | rationale table row (Proceed to court, "
    "Out of court, Stop, NFA, File, Continue)",
    "divisions": "one force's crime numbers carry a division's digit (QP1-QP5)",
    "clock": "one force's event number is the date and the minute of the call (CW, YYMMDD, T, HHMM)",
    "fortnight": "one force numbers incidents within a fortnight of the year (days 1-14 are the first)",
    "no_year": "one force's call numbers hold the day and month but no year",
    "suspect_names": "the truth holds forename, second name (an Icelandic, Estonian or Maltese "
    "second given name) and surname; one force writes every name and '(ht ... cm)', one every name "
    "and ', mark: ...', one every name and ' — hair: ...'; a register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval15"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
