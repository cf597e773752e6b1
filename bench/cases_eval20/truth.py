"""The ground truth (manifest.json) of the twentieth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval20.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "final_review": "one force states outcomes in the investigation plan's final review at the foot of "
    "its text crime record ('Final review date. Result: ...')",
    "management_meeting": "one force states outcomes as the daily management meeting's decision at the "
    "end of a DOCX crime file ('Daily management meeting date: agreed ...')",
    "finalisation_stamp": "one force states outcomes in the divisional DI's finalisation stamp on page 2 "
    "of a PDF crime file ('FINALISED date by the divisional DI :: ... :: ...')",
    "offence_class": "one force's crime numbers carry the offence class (SX, EX, TR, CA): one serial and "
    "year in two classes is two crimes",
    "channel": "one force's call numbers carry the channel the call came in on (999, 101, WEB): one "
    "serial and year by two channels is two calls",
    "allocated_team": "one council's numbers carry the allocated team (T1-T6): one serial and year in two "
    "teams is two referrals",
    "district": "one force's crime numbers end in the district (three letters): one serial and year in "
    "two districts is two crimes",
    "shift": "one force's call numbers carry the control room shift (E, L, N) after the serial: one "
    "serial and year on two shifts is two calls",
    "ward": "one council's numbers carry the ward (W01-W24): one serial and year in two wards is two "
    "referrals",
    "investigating_team": "one force's crime numbers carry the investigating team (CSE, CID, PPU): one "
    "serial and year with two teams is two crimes",
    "centre": "one force's call numbers carry the call-handling centre (ASH, YEW): one serial and year "
    "at two centres is two calls",
    "assessment": "one council's numbers end in the assessment type (S17, S47, EH): one serial and year "
    "under two types is two referrals",
    "suspect_names": "the truth holds forename, second name (a Croatian, Quebec French or Irish second "
    "given name) and surname (Irish surnames of two or three words); one force writes every name and "
    "'(interpreter: ...)', one every name and ', left handed' or ', right handed', one every name and "
    "'[accent: ...]'; a register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval20"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
