"""The ground truth (manifest.json) of the sixteenth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval16.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "status_history": "one force states outcomes as status changes (INVESTIGATING >> CHARGED, "
    "CAUTIONED, NFA with a 'why', FILED) in a text status history",
    "management_meeting": "one force states outcomes as a daily management meeting item ('DMM item, "
    "date: finalised as ...'), on page 2 of a PDF crime occurrence record",
    "questions_answers": "one force states outcomes as the answer to 'Q. Result of the "
    "investigation?' in a DOCX question-and-answer file review form",
    "year_digit": "one force's crime numbers carry only the last digit of the year",
    "iso_week": "one force's log numbers are the ISO week date of the call (YYWww-d) and a serial "
    "within the day",
    "year_letter": "one force's crime numbers carry the year as a letter (A 2001 ... skipping I and O)",
    "day_month_swapped": "one force's incident numbers hold the date day first; one serial on 03/04 "
    "and 04/03 is two incidents",
    "month_in_crime": "one force's crime numbers carry the month of the report: one serial in two "
    "months is two crimes",
    "check_digit": "one force's dispatch tickets end in a check digit (the serial modulo 7)",
    "teams": "one council's referral numbers carry a team's compass letter (N, E, S, W)",
    "us_dates": "one force writes dates month first (MM/DD/YYYY)",
    "suspect_names": "the truth holds forename, second name (a Bosnian, Basque or Finnish second "
    "given name) and surname (a Basque surname is two words); one force writes every name and "
    "'(eye colour ...)', one every name and '[CRO ...]', one every name and '; build ...'; a "
    "register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval16"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
