"""The ground truth (manifest.json) of the twenty-third set, in the second set's schema.

The fourteenth set's `manifest` (through it the thirteenth's and the second set's `truth`) with
this set's forces, name and notes.
"""

from __future__ import annotations

from typing import Any

from bench.cases_eval.docs import Doc
from bench.cases_eval14 import truth as fourteenth_set
from bench.cases_eval23.world import FORCES, World

Pages = dict[str, list[str]]
NOTES = {
    **{k: v for k, v in fourteenth_set.NOTES.items() if k not in ("result_boxes", "closing_rationale",
       "checklist", "stations", "quarter", "run_together", "suspect_names")},
    "policy_file": "one force states outcomes as the senior investigating officer's policy file entries at "
    "the end of its text crime record ('SIO POLICY ENTRY date - DECISION: ... RATIONALE: ...')",
    "qa_signoff": "one force states outcomes as the quality assurance sign-off at the end of a DOCX crime "
    "file ('QA sign-off date: disposal agreed as ...')",
    "archive_transfer": "one force states outcomes on the archive transfer sheet, part 2 of a PDF crime "
    "file ('ARCHIVE TRANSFER date. DISPOSAL RECORDED AS: ... DETAIL: ...')",
    "clerk": "one force's crime numbers carry the initials of the clerk who entered them (JH, MK, RT, AB): "
    "one serial and year from two clerks is two crimes",
    "caller": "one force's call numbers carry the kind of caller (V victim, W witness, T third party, P "
    "professional): one serial and year from two kinds of caller is two calls",
    "age": "one council's numbers carry the child's age (A13-A17): one serial and year at two ages is two "
    "referrals",
    "beat": "one force's crime numbers carry the beat (B101-B112): one serial and year on two beats is two "
    "crimes",
    "week": "one force's call numbers carry the week of the month (W1-W5): one serial and year in two "
    "weeks is two calls",
    "arrival": "one council's numbers carry how the referral arrived (TEL, EML, LTR, VIS): one serial and "
    "year arriving two ways is two referrals",
    "reported_by": "one force's crime numbers carry how the crime was reported (T, F, O, S): one serial "
    "and year reported two ways is two crimes",
    "day": "one force's call numbers end in the day of the month (D01-D31): one serial and year on two "
    "days is two calls",
    "level": "one council's numbers carry the level of need (L1-L4): one serial and year at two levels is "
    "two referrals",
    "suspect_names": "the truth holds forename, second name and surname (Portuguese surnames are two, the "
    "second sometimes after 'de', 'da' or 'dos'); one force writes every name and ' (complexion: ...)', "
    "one every name and ' - marital status: ...', one every name and ' / piercing: ...'; a register "
    "should report the name alone",
}  # fmt: skip


def manifest(
    world: World, documents: list[Doc], pages: Pages, seed: int, scanned: set[str]
) -> dict[str, Any]:
    truth = fourteenth_set.manifest(world, documents, pages, seed, scanned)  # type: ignore[arg-type]
    truth["set"] = "cases_eval23"
    truth["forces"] = [{"key": f.key, "police": f.police, "council": f.council} for f in FORCES]
    truth["notes"] = NOTES
    return truth
