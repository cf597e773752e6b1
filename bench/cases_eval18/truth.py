"""The ground truth (manifest.json) of the eighteenth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval18.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "carer_texts": "one force states outcomes in the log of text messages the officer sent the carer, "
    "at the foot of its crime record ('Text to carer, date: ... charged this afternoon ...')",
    "retention_slip": "one force states outcomes on the records store retention slip of a DOCX crime "
    "file ('Retention slip, date: file boxed as CLOSED - NO FURTHER ACTION (...)')",
    "handover_note": "one force states outcomes in the officer's first-person handover note, on page 2 "
    "of a PDF ('Handover, date: finished - no further action, because ...')",
    "half_year": "one force's crime serials start again each half-year (H1 January to June, H2 July "
    "to December): one serial in H1 and H2 of one year is two crimes",
    "fortnight": "one force's call numbers carry the fortnight of the year (1 to 14 January is 01)",
    "school_term": "one council's numbers carry the school term (SP January-April, SU May-August, "
    "AU September-December) and the year",
    "offence_class": "one force's crime numbers carry an offence class letter (S, T, P, K): one serial "
    "and year in two classes is two crimes",
    "month_abbreviation": "one force's log numbers carry the year and the month's three-letter "
    "abbreviation run together (CC04DEC0211)",
    "ward": "one council's numbers carry the ward (W01-W14): one serial and year in two wards is two "
    "referrals",
    "grouped_serial": "one force prints its six-digit crime serials in two groups of three (PF 012 345/04)",
    "hour_serial": "one force's event numbers carry the date, the hour of the call and a serial within "
    "that hour: one serial at 19h and 20h of one day is two calls",
    "team": "one council's numbers carry the team (FD, CIN, CP, LAC): one serial and year in two teams "
    "is two contacts",
    "suspect_names": "the truth holds forename, second name (a Slovak or Slovene second given name, "
    "or a Bulgarian patronymic made from the father's given name) and surname; one force writes "
    "every name and ', weight 12 st 3 lb', one every name and '(passport AB123456)', one every name "
    "and '[WM: DRUGS/VIOLENT]'; a register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval18"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
