"""The stored form of a case (the ``cases`` index, config/mappings/cases.json), its ciphered
copy for users without clearance, and the case fields the documents citing it carry
(``case.outcome``, ``case.flag`` in the query language).

The ciphered copy: every protected name is its cipher, in names, keys and cited sentences; a
subject named by name rather than by a code is shown by a cipher or not at all ("name
withheld"), so an uncleared user sees subjects only by their codes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from search.cases.flags import Flag, case_flags, closed, reported
from search.cases.register import Case, Citation
from search.cases.roles import CLEARED
from search.cases.vocabulary import LINKED, LINKING, OUTCOME_LABELS, outcome_values
from search.ciphers import Cipher, CipherSet, cipher_text
from search.entity_kinds.reference import reference_format

Record = dict[str, Any]
WITHHELD = "Subject (name withheld)"
WITHHELD_CIPHER = "Subject withheld"
_NOT_TEXT = frozenset({"id", "collection", "doc_id", "control", "citation", "page", "date",
                       "flag", "outcome", "outcome_reason", "role", "kind", "scheme",
                       "confidence", "rule", "case_id", "stated"})


def primary_reference(case: Case) -> str:
    """How a case is named: its crime number, else its incident log, else its referral, as
    first written."""
    return case.references[case.leading_keys()[0]]


def _known_day(when: date) -> str | None:
    """The day an outcome was recorded, as the register ordered it (the latest date its
    sentence states, else its document's); None where neither says (``date.min``)."""
    return None if when == date.min else when.isoformat()


def _dated(found: tuple | None) -> Record | None:
    if found is None:
        return None
    when, cite = found
    return {"date": when.isoformat(), "stated": cite is not None,
            "cite": cite.as_record() if cite else None}


def _display(cases: list[Case]) -> dict[str, str]:
    names: dict[str, Counter[str]] = {}
    for case in cases:
        for key, written in case.names.items():
            names.setdefault(key, Counter()).update(written)
    return {k: max(c, key=lambda t: (len(t.split()) > 1, c[t], t)) for k, c in names.items()}


def _people(case: Case, display: dict[str, str]) -> list[Record]:
    people = []
    for key in sorted(case.roles):
        role, confidence, rule, cites = case.role_of(key)
        if role == CLEARED:
            continue  # traced and eliminated, and nothing else: no role in the case
        people.append({"key": key, "name": display.get(key, key), "kind": case.kinds[key],
                       "role": role, "confidence": confidence, "rule": rule,
                       "cites": [c.as_record() for c in cites[:5]]})
    return people


def _documents(case: Case) -> list[Record]:
    return [{"doc_id": d.doc_id, "control": d.control, "title": d.title, "path": d.path,
             "date": d.date.isoformat() if d.date else None,
             "pages": sorted(case.pages[d.doc_id])}
            for d in sorted(case.documents.values(), key=lambda d: (str(d.date), d.control))]


def _flag_record(flag: Flag, ids: dict[str, str]) -> Record:
    return {"flag": flag.flag, "reason": flag.reason, "cites": [c.as_record() for c in flag.citations],
            "linked": [{"case_id": i, "reference": ids.get(i, "")} for i in flag.linked]}


def case_record(collection: str, case: Case, flags: list[Flag], display: dict[str, str],
                ids: dict[str, str]) -> Record:
    """One case as stored (``ids``: every case's id -> its first reference)."""
    outcome, reason, cite = case.outcome()
    dates = sorted(c.date for c in case.citations if c.date)
    people = _people(case, display)
    names = sorted({f.flag for f in flags} | ({LINKED} if any(
        f.flag in LINKING for f in flags) else set()))
    return {
        "id": case.id, "collection": collection, "reference": primary_reference(case),
        "references": [{"key": k, "written": w, "scheme": (f := reference_format(k)) and f.scheme,
                        "format": f and f.name} for k, w in case.references.items()],
        "reference_keys": sorted(case.references), "force": case.force(),
        "outcome": outcome, "outcome_reason": reason, "outcome_label": OUTCOME_LABELS[outcome],
        "outcome_values": outcome_values(outcome, reason),
        "outcome_cite": cite.as_record() if cite else None,
        "history": [{"outcome": o, "outcome_reason": r, "date": _known_day(order[0]),
                     "cite": c.as_record()}
                    for order, o, r, c in sorted(case.outcomes, key=lambda x: x[0])],
        "first_date": dates[0].isoformat() if dates else None,
        "last_date": dates[-1].isoformat() if dates else None,
        "reported": _dated(reported(case)), "closed": _dated(closed(case)),
        "documents": _documents(case), "doc_ids": sorted(case.documents),
        "document_count": len(case.documents), "people": people,
        "people_keys": [p["key"] for p in people], "suspect_keys": sorted(case.suspects()),
        "items": [{"kind": kind, "key": key, "written": case.item_text[(kind, key)]}
                  for kind, key in sorted(case.items)],
        "flags": [_flag_record(f, ids) for f in flags], "flag_names": names,
    }


def case_records(collection: str, cases: list[Case], closed_days: int,
                 corrected: dict[tuple[str, str], tuple[str, str]] | None = None) -> list[Record]:
    """The collection's cases as stored, flags included. ``corrected``: (case id, person key)
    -> (role, who corrected it), the corrections of roles, which hold wherever the person is
    found in the case."""
    for case in cases:
        case.corrected = {key: found for (case_id, key), found in (corrected or {}).items()
                          if case_id == case.id and key in case.roles}
    display = _display(cases)
    flags = case_flags(cases, closed_days, display)
    ids = {c.id: primary_reference(c) for c in cases}
    return [case_record(collection, c, flags[c.id], display, ids) for c in cases]


def document_fields(records: list[Record]) -> dict[str, Record]:
    """doc_id -> the case fields of a document: the outcomes and flags of the cases it cites."""
    fields: dict[str, Record] = {}
    for record in records:
        for doc_id in record["doc_ids"]:
            found = fields.setdefault(doc_id, {"case_outcome": [], "case_flag": []})
            for name, values in (("case_outcome", record["outcome_values"]),
                                 ("case_flag", record["flag_names"])):
                found[name] = sorted(set(found[name]) | set(values))
    return fields


def cipher_case(record: Record, ciphers: CipherSet) -> Record:
    """The ciphered copy of a stored case (see the module docstring)."""
    # A subject named by name and not protected is withheld everywhere, sentences included.
    ciphers = CipherSet([*ciphers.entries, *(
        Cipher(p["name"], WITHHELD_CIPHER) for p in record["people"]
        if p["kind"] == "person" and p["role"] == "subject" and not ciphers.cipher_of(p["key"])
        and not ciphers.cipher_of(p["name"]))])
    people = []
    for person in record["people"]:
        cipher = ciphers.cipher_of(person["key"]) or ciphers.cipher_of(person["name"])
        name = cipher or cipher_text(person["name"], ciphers)
        if person["kind"] == "person" and person["role"] == "subject" and cipher in (
                None, WITHHELD_CIPHER):
            name = WITHHELD
        key = "withheld" if name == WITHHELD else (cipher.lower() if cipher else person["key"])
        people.append({**_ciphered(person, ciphers), "name": name, "key": key})
    keys = {p["key"]: q["key"] for p, q in zip(record["people"], people, strict=True)}
    return {**_ciphered(record, ciphers), "people": people,
            "people_keys": sorted({keys[k] for k in record["people_keys"]}),
            "suspect_keys": sorted({keys[k] for k in record["suspect_keys"]})}


def _ciphered(value: Any, ciphers: CipherSet, name: str = "") -> Any:
    if name in _NOT_TEXT or name.endswith(("_keys", "_date", "_values", "_names", "_count")):
        return value
    if isinstance(value, str):
        return cipher_text(value, ciphers)
    if isinstance(value, list):
        return [_ciphered(v, ciphers) for v in value]
    if isinstance(value, dict):
        return {k: _ciphered(v, ciphers, k) for k, v in value.items()}
    return value


__all__ = ["Citation", "case_records", "cipher_case", "document_fields"]
