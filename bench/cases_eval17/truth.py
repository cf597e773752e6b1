"""The ground truth (manifest.json) of the seventeenth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval17.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "disposal_codes": "one force states outcomes as a disposal code on a finalisation slip ('Disposal "
    "D4 entered date - NFA, ...'; D0 live, D1 charge, D2 caution, D3-D7 NFA, D8 filed)",
    "crime_diary": "one force states outcomes in the officer's first-person crime diary ('Diary, date: "
    "I have endorsed the crime no further action because ...'), on page 2 of a PDF",
    "authority_to_finalise": "one force states outcomes as a superintendent's 'I authorise "
    "finalisation on date as ...' in a DOCX memorandum",
    "financial_year": "one force's crime numbers carry the financial year (April to March) as four "
    "digits: one serial in February and in May of one calendar year is two crimes",
    "roman_month": "one force's CAD numbers carry the month in Roman numerals (IV and VI differ)",
    "thousands_comma": "one force prints its crime serials with a thousands comma (31,842) in the "
    "canonical form, without it in the others",
    "day_count": "one force's message numbers count the days since 1 January 2000 (day 0)",
    "month_letter": "one council's contact numbers carry the month as a letter (A January ... L December)",
    "division": "one force's crime numbers end in the division (D1-D4): one serial and year in two "
    "divisions is two crimes",
    "week_ending": "one force's log numbers carry the date of the Sunday that ends the week of the call",
    "suspect_names": "the truth holds forename, second name (a Czech or Azerbaijani second given "
    "name, or a Greek father's name in the genitive) and surname; one force writes every name and "
    "', occupation ...', one every name and '{PNC ...}', one every name and ' - 5ft 10in'; a "
    "register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval17"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
