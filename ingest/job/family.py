"""A container's state, from its descendants': the accounting the ledger promises.

A container is ``indexed`` when every descendant is settled well; ``partial`` when any failed,
was locked or was cut off by a limit (an archive none of whose members could be indexed is
``failed``, or ``password_protected`` when they were all locked), with the first few reasons.
Limits across a whole tree (members and expanded bytes per top-level file) are checked here, as
members come back from the workers; one container's unpacking is bounded in its worker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ingest.containers import LISTING_FAMILIES, Limits
from ingest.containers.limits import ExpandedTooLarge, TooManyMembers, human
from ingest.model import Outcome

MAX_PROBLEMS = 5
SETTLED_WELL = ("indexed", "partial", "duplicate", "skipped")


@dataclass
class Family:
    """What became of a container's descendants."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[str, str]] = field(default_factory=list)
    stopped: tuple[str, str] | None = None

    def record(self, state: str, problems: list[tuple[str, str]],
               children: dict[str, int] | None = None) -> None:
        self.counts[state] += 1
        self.counts.update(children or {})
        self.problems.extend(problems[: MAX_PROBLEMS - len(self.problems)])

    def record_outcome(self, outcome: Outcome) -> None:
        problems = ([(outcome.error_class or "", outcome.error_message or "")]
                    if outcome.state in ("failed", "password_protected") else [])
        self.record(outcome.state, problems + outcome.problems, outcome.children)


def settle(outcome: Outcome, family: Family) -> None:
    """Give a container's outcome its state from its descendants'."""
    counts = family.counts
    outcome.children = dict(counts)
    outcome.problems = list(family.problems)
    bad, locked = counts["failed"], counts["password_protected"]
    if not (bad or locked or family.stopped):
        return
    ok = sum(counts[s] for s in SETTLED_WELL)
    outcome.stage = "unpack"
    nothing_unpacked = family.stopped is not None and family.stopped[0] == "NothingUnpacked"
    if outcome.task.family in LISTING_FAMILIES and ok == 0 and not nothing_unpacked:
        # An archive is only what it holds: nothing of it could be indexed.
        only_locked = locked and not bad and not family.stopped
        outcome.state = "password_protected" if only_locked else "failed"
    else:
        outcome.state = "partial"
    if family.stopped is not None:
        outcome.problems.insert(0, family.stopped)
    classes = {cls for cls, _message in outcome.problems}
    outcome.error_class = classes.pop() if len(classes) == 1 else "ChildrenFailed"
    total = sum(counts.values())
    summary = (f"{bad} failed and {locked} password-protected of {total} children" if total
               else "nothing could be unpacked")
    reasons = "; ".join(message for _cls, message in outcome.problems[:3])
    outcome.error_message = f"{outcome.task.relpath}: {summary}; {reasons}"[:4000]


@dataclass
class TreeTotals:
    """Members and expanded bytes of one top-level file, all nesting counted. Exhaustion is
    sticky: once a limit trips, no container of the tree has more members queued."""

    limits: Limits
    members: int = 0
    bytes: int = 0
    exhausted: tuple[str, str] | None = None

    def admit(self, size: int) -> bool:
        if self.exhausted is None and self.members >= self.limits.max_members:
            error = TooManyMembers(f"more than {self.limits.max_members} members in all; "
                                   "the rest were not unpacked")
            self.exhausted = (type(error).__name__, str(error))
        elif self.exhausted is None and self.bytes + size > self.limits.max_bytes:
            error = ExpandedTooLarge(f"expands to more than {human(self.limits.max_bytes)} in "
                                     "all; the rest was not unpacked")
            self.exhausted = (type(error).__name__, str(error))
        if self.exhausted is not None:
            return False
        self.members += 1
        self.bytes += size
        return True
