"""The ground truth (manifest.json) of the twenty-fourth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval24.world import FORCES, World

Pages = dict[str, list[str]]
NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "pnc_update": "one force states outcomes as the PNC bureau's result updates at the foot of its text "
    "crime record ('PNC BUREAU UPDATE date >> RESULT KEYED: ... >> ...')",
    "coordinator_closure": "one force states outcomes as the exploitation co-ordinator's closure entry at "
    "the end of a DOCX crime file ('Exploitation co-ordinator closure date: result ...')",
    "evidence_review": "one force states outcomes as the evidence review officer's conclusion, section 2 "
    "of a PDF crime file ('EVIDENCE REVIEW OFFICER'S CONCLUSION, date: ... Ground: ...')",
    "hour": "one force's crime numbers carry the hour recorded (00H-23H): one serial and year at two hours "
    "is two crimes",
    "half_day": "one force's call numbers carry the half of the day (AM, PM): one serial and year in the "
    "morning and the afternoon is two calls",
    "legal_status": "one council's numbers carry the child's legal status (S20, ICO, FCO, CPP, CIN): one "
    "serial and year under two statuses is two referrals",
    "risk": "one force's crime numbers carry the risk grade (RED, AMB, GRN): one serial and year at two "
    "grades is two crimes",
    "call_sign": "one force's call numbers carry the call sign of the patrol sent (T2, T5, N1, N4): one "
    "serial and year sent to two patrols is two calls",
    "placement": "one council's numbers carry the child's placement (FC, RC, KC, SL): one serial and year "
    "in two placements is two referrals",
    "sequence": "one force's crime numbers end in the crime's place in its incident (/1-/4): one serial "
    "and year with two places is two crimes",
    "language": "one force's call numbers carry the language line (EN, FR, PL, RO): one serial and year "
    "on two lines is two calls",
    "decision": "one council's numbers carry the front door's decision (EH, S17, S47, IA): one serial and "
    "year decided two ways is two referrals",
    "suspect_names": "the truth holds forename, second name and surname; one force writes every name and "
    "' (spectacles: ...)', one every name and ' [clothing: ...]', one every name and ' ~ voice: ...'; a "
    "register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval24"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
