"""The only place that knows the shape of the case-register API (which did not exist when this was written).

Pointed at Docket's real routes by the lead after the first run (which read every case as having no
reference): references' "written", "outcome_cite", "people_by_role" and flags' "cites" and
"linked[].case_id" are read besides the assumed names. The scoring (score.py, metrics.py) is unchanged.

Assumed shape (from issue 21; change THIS file when the real routes differ, never score.py):

    GET /api/cases?collection=C&page=P&size=N
        -> {"total": int, "cases": [case, ...]}         (also accepted: "items", "hits", a bare list)
    GET /api/cases/{id}
        -> case, with "documents" and "linked" when the list leaves them out
    case = {
      "id": str,
      "references": [{"value": str, "kind": "crime"|"incident"|"referral", "force": str}] or [str],
      "force": str,
      "outcome": {"value": "charged"|"cautioned"|"nfa"|"filed"|"open"|"unknown", "reason": str|null,
                  "sentence": str, "citation": citation}  or a plain string,
      "reported": {"date": "YYYY-MM-DD", "citation": citation} | null,   "closed": the same | null,
      "people": [{"name": str, "role": "suspect"|"offender"|"subject"|"complainant"|"officer"|
                  "professional"|"witness", "confidence": float, "citations": [citation]}],
      "flags": [{"kind": str, "reason": str, "citations": [citation], "linked_cases": [id], "value": str}],
      "documents": [{"id": str, "control": str, "path": str, "pages": [int]}]
    }
    citation = {"document": id, "control": str, "page": int, "path": str (optional)}
    GET /api/search?q=case.outcome:nfa&collection=C  -> the documents of matching cases (hits[].path)
    GET /api/documents/{id} -> {"path": ...}            (to resolve a citation to a file)
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

CASE_ROUTE = "/api/cases"


class CaseApiMissing(RuntimeError):
    """The server has no case register API (or not the one this adapter expects)."""


@dataclass
class Citation:
    document: str = ""
    page: int | None = None
    path: str = ""


@dataclass
class Flag:
    # closed_early, nfa_suspect_elsewhere, shared_vehicle, shared_phone, shared_address, no_outcome, other
    kind: str
    reason: str
    citations: list[Citation]
    linked_cases: list[str]
    value: str


@dataclass
class RegisterPerson:
    name: str
    role: str  # suspect, subject, officer, witness, other


@dataclass
class RegisterCase:
    id: str
    references: list[str]
    force: str = ""
    outcome: str = "unknown"  # the evaluation's closed list (see `canonical_outcome`)
    outcome_citation: Citation | None = None
    reported: str | None = None
    closed: str | None = None
    people: list[RegisterPerson] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    documents: list[Citation] = field(default_factory=list)


class Client:
    """Bearer-token JSON over HTTP, standard library only."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base.rstrip("/"), token

    def get(self, route: str, **params: Any) -> tuple[int, Any]:
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None}, doseq=True)
        request = urllib.request.Request(
            f"{self.base}{route}{'?' + query if query else ''}",
            headers={"Authorization": f"Bearer {self.token}"},
        )
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            body = error.read()
            try:
                return error.code, json.loads(body or b"null")
            except ValueError:
                return error.code, body.decode("utf-8", "replace")


def probe(client: Client, collection: str) -> None:
    """Raise CaseApiMissing, saying why, unless the case list answers."""
    status, spec = client.get("/openapi.json")
    routes = sorted(spec.get("paths", {})) if status == 200 and isinstance(spec, dict) else []
    status, body = client.get(CASE_ROUTE, collection=collection, size=1)
    if status != 200:
        listed = [r for r in routes if "case" in r.lower()]
        raise CaseApiMissing(
            f"GET {CASE_ROUTE} answered {status}; /openapi.json lists "
            f"{len(routes)} routes, case routes: {listed or 'none'}"
        )
    if case_rows(body) is None:
        raise CaseApiMissing(f"GET {CASE_ROUTE} answered 200 but no list of cases in: {str(body)[:200]}")


def case_rows(body: Any) -> list[dict] | None:
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ("cases", "items", "hits", "results"):
            if isinstance(body.get(key), list):
                return body[key]
    return None


def list_cases(client: Client, collection: str, size: int = 200) -> list[RegisterCase]:
    """Every case of the register (paged), each read again in full from its own page."""
    found: list[RegisterCase] = []
    page = 1
    while True:
        status, body = client.get(CASE_ROUTE, collection=collection, page=page, size=size)
        rows = case_rows(body) if status == 200 else None
        if not rows:
            break
        found.extend(case_detail(client, str(row.get("id", "")), row) for row in rows)
        total = body.get("total") if isinstance(body, dict) else None
        if len(rows) < size or (isinstance(total, int) and len(found) >= total):
            break
        page += 1
    return found


def case_detail(client: Client, case_id: str, row: dict | None = None) -> RegisterCase:
    status, body = client.get(f"{CASE_ROUTE}/{urllib.parse.quote(case_id, safe='')}")
    data = dict(row or {})
    if status == 200 and isinstance(body, dict):
        data.update(body.get("case", body))
    return parse_case(data)


def parse_case(data: dict) -> RegisterCase:
    outcome = data.get("outcome")
    value, reason, citation = (
        (outcome, "", None)
        if not isinstance(outcome, dict)
        else (
            outcome.get("value") or outcome.get("outcome"),
            outcome.get("reason") or "",
            parse_citation(outcome.get("citation") or (outcome.get("citations") or [None])[0]),
        )
    )
    if citation is None:  # Docket: the outcome's citation beside a plain outcome
        citation = parse_citation(data.get("outcome_cite"))
    return RegisterCase(
        id=str(data.get("id", "")),
        references=[
            (r.get("value") or r.get("written") or r.get("key") or "") if isinstance(r, dict) else str(r)
            for r in data.get("references", [])
        ],
        force=str(data.get("force") or ""),
        outcome=canonical_outcome(value, reason or data.get("outcome_reason") or ""),
        outcome_citation=citation,
        reported=dated(data.get("reported") or data.get("reported_date")),
        closed=dated(data.get("closed") or data.get("closed_date")),
        people=[
            RegisterPerson(str(p.get("name") or p.get("key") or ""), canonical_role(p.get("role")))
            for p in [*data.get("people", []), *(person for group in data.get("people_by_role", [])
                                                  for person in group.get("people", []))]
        ],
        flags=[parse_flag(f) for f in data.get("flags", [])],
        documents=[parse_citation(d) for d in data.get("documents", [])],
    )


def dated(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("date")
    return str(value)[:10] if value else None


def parse_citation(raw: Any) -> Citation | None:
    if not isinstance(raw, dict):
        return None
    pages = raw.get("pages") or [raw.get("page")]
    return Citation(
        document=str(raw.get("document") or raw.get("id") or raw.get("doc_id") or ""),
        page=pages[0] if pages else None,
        path=str(raw.get("path") or ""),
    )


def parse_flag(raw: dict) -> Flag:
    linked = raw.get("linked_cases") or raw.get("cases") or raw.get("linked") or []
    return Flag(
        kind=canonical_flag(str(raw.get("kind") or raw.get("flag") or raw.get("type") or "")),
        reason=str(raw.get("reason") or ""),
        citations=[c for c in (parse_citation(x) for x in raw.get("citations") or raw.get("cites") or [])
                   if c],
        linked_cases=[str(x.get("id") or x.get("case_id") or "") if isinstance(x, dict) else str(x)
                      for x in linked],
        value=str(raw.get("value") or raw.get("via") or ""),
    )


def canonical_outcome(value: Any, reason: str = "") -> str:
    """The API's outcome (and NFA reason) on the evaluation's closed list."""
    text = re.sub(r"[_\-]+", " ", f"{value or ''} {reason or ''}".lower()).strip()
    reasons = (
        ("insufficient", "nfa_insufficient_evidence"),
        ("evidential", "nfa_insufficient_evidence"),
        ("victim", "nfa_victim_did_not_support"),
        ("support", "nfa_victim_did_not_support"),
        ("complainant", "nfa_victim_did_not_support"),
        ("cps", "nfa_cps_advice"),
        ("public interest", "nfa_not_in_public_interest"),
    )
    if "nfa" in text or "no further" in text:
        return next((canonical for word, canonical in reasons if word in text), "nfa")
    rules = (
        ("charg", "charged"),
        ("caution", "cautioned"),
        ("undetected", "filed_undetected"),
        ("filed", "filed_undetected"),
        *reasons,
        ("open", "open"),
        ("ongoing", "open"),
    )
    return next((canonical for word, canonical in rules if word in text), "unknown")


def canonical_role(role: Any) -> str:
    text = str(role or "").lower()
    for words, canonical in (
        (("suspect", "offender"), "suspect"),
        (("subject", "complainant", "victim"), "subject"),
        (("officer", "professional"), "officer"),
        (("witness",), "witness"),
    ):
        if any(word in text for word in words):
            return canonical
    return "other"


def canonical_flag(kind: str) -> str:
    text = kind.lower().replace("_", " ").replace("-", " ")
    rules = (
        ("early", "closed_early"),
        ("vehicle", "shared_vehicle"),
        ("phone", "shared_phone"),
        ("address", "shared_address"),
        ("elsewhere", "nfa_suspect_elsewhere"),
        ("suspect", "nfa_suspect_elsewhere"),
        ("no outcome", "no_outcome"),
        ("no recorded", "no_outcome"),
        ("outcome", "no_outcome"),
        ("complaint", "no_outcome"),
    )
    return next((canonical for word, canonical in rules if word in text), "other")


def search_paths(client: Client, collection: str, query: str) -> tuple[int, list[str]]:
    """The paths of the documents a register query finds (status, paths)."""
    paths: list[str] = []
    for page in range(1, 20):
        status, body = client.get("/api/search", q=query, collection=collection, page=page, size=100)
        if status != 200 or not isinstance(body, dict):
            return status, paths
        hits = body.get("hits") or []
        paths.extend(str(h.get("path", "")) for h in hits)
        if len(hits) < 100:
            break
    return 200, paths


def document_path(client: Client, document: str) -> str:
    status, body = client.get(f"/api/documents/{urllib.parse.quote(document, safe='')}")
    return str(body.get("path", "")) if status == 200 and isinstance(body, dict) else ""
