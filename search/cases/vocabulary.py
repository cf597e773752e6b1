"""The case register's closed lists: outcomes (and the reasons an NFA gives), roles and flags,
each with the words the API, the query language and the page show for it.

The query language matches these values (``case.outcome:nfa``, ``case.flag:"closed early"``),
so a value is its own label, lower case.
"""

from __future__ import annotations

# Outcomes, from the closed list; "nfa" also stands for every NFA whatever its reason.
OUTCOMES = ("charged", "cautioned", "nfa", "filed", "open", "unknown")
NFA_REASONS = ("insufficient evidence", "victim did not support", "cps advice",
               "not in public interest")
# Outcomes that close a case (its closing date is when they were recorded).
CLOSING = ("nfa", "filed", "cautioned")
OUTCOME_LABELS = {"charged": "Charged", "cautioned": "Cautioned", "nfa": "NFA",
                  "filed": "Filed / undetected", "open": "Open", "unknown": "Unknown"}

ROLES = ("suspect", "subject", "officer", "witness")
ROLE_LABELS = {"suspect": "Suspect or offender", "subject": "Subject or complainant",
               "officer": "Officer or professional", "witness": "Witness"}

# Flags for re-examination; "linked" is given with any flag that links two cases.
CLOSED_EARLY = "closed early"
SUSPECT_ELSEWHERE = "suspect elsewhere"
SHARED = {"vehicle": "shared vehicle", "phone": "shared phone", "address": "shared address"}
NO_OUTCOME = "no outcome"
LINKED = "linked"
FLAGS = (CLOSED_EARLY, SUSPECT_ELSEWHERE, *SHARED.values(), NO_OUTCOME, LINKED)
LINKING = (SUSPECT_ELSEWHERE, *SHARED.values())
DEFAULT_CLOSED_DAYS = 28


def outcome_values(outcome: str, reason: str | None) -> list[str]:
    """What a case's outcome is searched by: "nfa" and "nfa insufficient evidence"."""
    return [outcome, f"{outcome} {reason}"] if reason else [outcome]
