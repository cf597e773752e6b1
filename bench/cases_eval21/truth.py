"""The ground truth (manifest.json) of the twenty-first set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval21.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "isva_liaison": "one force states outcomes in the ISVA liaison entries at the foot of its text crime "
    "record ('ISVA LIAISON date >> adviser told ...')",
    "witness_care": "one force states outcomes as the witness care unit's entry at the end of a DOCX "
    "crime file ('Witness care unit entry date: ...')",
    "tcg_resolution": "one force states outcomes in the tasking and coordination group's resolution on "
    "sheet 2 of a PDF crime file ('TCG RESOLUTION date -- DISPOSAL: ... -- GROUNDS: ...')",
    "desk": "one force's crime numbers carry the crime recording bureau's desk (D1-D8): one serial and "
    "year at two desks is two crimes",
    "grade": "one force's call numbers end in the response grade (G1-G3): one serial and year in two "
    "grades is two calls",
    "locality": "one council's numbers carry the locality (N, S, E, W): one serial and year in two "
    "localities is two referrals",
    "month_letter": "one force's crime numbers carry a letter for the month the crime was recorded in "
    "(A-M, no I): one serial and year with two month letters is two crimes",
    "talkgroup": "one force's call numbers carry the radio talkgroup (TG1-TG9): one serial and year on "
    "two talkgroups is two calls",
    "route": "one council's numbers lead with the route the concern came by (EDT out of hours, FDS by "
    "day): one serial and year by two routes is two referrals",
    "division": "one force's crime numbers carry the division in Roman numerals (I-VI): one serial and "
    "year in two divisions is two crimes",
    "call_desk": "one force's call numbers carry the call-taking desk (A-D): one serial and year at two "
    "desks is two calls",
    "category": "one council's numbers end in the category of abuse (N, PH, EM, SX): one serial and year "
    "under two categories is two referrals",
    "suspect_names": "the truth holds forename, second name (a Faroese, Kurmanji or Albanian second "
    "given name) and surname (Faroese surnames may begin with 'á' or 'í'); one force writes every name "
    "and '; facial hair: ...', one every name and '«speaks ...»', one every name and '/ gait: ...'; a "
    "register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval21"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
