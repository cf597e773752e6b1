"""The ground truth (manifest.json) of the twenty-second set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval22.world import FORCES, World

Pages = dict[str, list[str]]
NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "vcop_contacts": "one force states outcomes in the Victims' Code contact entries at the foot of its "
    "text crime record ('VCOP CONTACT date - mother informed ...')",
    "registrar": "one force states outcomes as the crime registrar's finalisation at the end of a DOCX "
    "crime file ('Crime registrar finalisation date: ...')",
    "di_minute": "one force states outcomes in the detective inspector's closing minute on part B of a "
    "PDF crime file ('DI CLOSING MINUTE date. RESULT: ... NOTE: ...')",
    "watch": "one force's crime numbers carry the watch that recorded them (R, B, G, W): one serial and "
    "year on two watches is two crimes",
    "line": "one force's call numbers lead with the line the call came in on (999 or 101): one serial and "
    "year on two lines is two calls",
    "agency": "one council's numbers carry the referring agency (EDU, HLT, POL, FAM): one serial and year "
    "from two agencies is two referrals",
    "station": "one force's crime numbers carry the recording station's three-letter code: one serial and "
    "year at two stations is two crimes",
    "hour": "one force's call numbers end in the hour of the call (H00-H23): one serial and year at two "
    "hours is two calls",
    "rag": "one council's numbers end in the RAG rating (R, A, G): one serial and year with two ratings "
    "is two referrals",
    "shift": "one force's crime numbers carry the shift (E, L, N): one serial and year on two shifts is "
    "two crimes",
    "weekday": "one force's call numbers carry the weekday of the call (MON-SUN): one serial and year on "
    "two weekdays is two calls",
    "plan": "one council's numbers carry the child's plan (CIN, CP, LAC): one serial and year under two "
    "plans is two referrals",
    "suspect_names": "the truth holds forename, second name and surname (Catalan surnames are two joined "
    "by 'i'; a Somali second name is the father's name); one force writes every name and ' – hair ...', "
    "one every name and ' [build: ...]', one every name and ' :: accent ...'; a register should report "
    "the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval22"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
