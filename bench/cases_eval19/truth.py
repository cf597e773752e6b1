"""The ground truth (manifest.json) of the nineteenth set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval19.world import FORCES, World

Pages = dict[str, list[str]]

NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "registrar_audit": "one force states outcomes in the force crime registrar's audit entries at the "
    "foot of its text crime record ('Registrar audit date - result accepted: ...')",
    "media_line": "one force states outcomes in the press office's agreed media line at the end of a "
    "DOCX crime file ('Media line agreed date: ... no further action will follow.')",
    "case_progression": "one force states outcomes in the case progression unit's disposal entry, on "
    "page 2 of a PDF crime file ('Case progression, date: disposal entered NFA - grounds: ...')",
    "split_letter": "one force's crime numbers end in a split letter (A, B, C): one report recorded as "
    "several crimes; one serial and year split A and B is two crimes",
    "talkgroup": "one force's call numbers carry the radio talkgroup (TG1-TG6): one serial and year on "
    "two talkgroups is two calls",
    "referral_source": "one council's numbers end in where the referral came from (SCH, HLT, POL, FAM): "
    "one serial and year from two sources is two referrals",
    "records_system": "one force's crime numbers carry the records system (L legacy, N new): one serial "
    "and year on both systems is two crimes",
    "console": "one force's call numbers carry the call-taker's console (CON01-CON12): one serial on two "
    "consoles is two calls",
    "family_member": "one council's numbers are a family number and the child's place in it "
    "(SFC-04-0412/2): the family's first and second child are two referrals",
    "sector": "one force's crime numbers carry the policing sector (two digits): one serial and year in "
    "sectors 23 and 32 is two crimes",
    "response_grade": "one force's call numbers carry the response grade (G1-G3) after the serial: one "
    "serial in two grades is two calls",
    "year_group": "one council's numbers carry the school year group (Y07-Y11): one serial and year in "
    "two year groups is two referrals",
    "suspect_names": "the truth holds forename, second name (a Welsh, Norwegian or Lithuanian second "
    "given name) and surname; one force writes every name and '(tattoo: ...)', one every name and "
    "', shoe size 9', one every name and '<photo 12345>'; a register should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval19"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
