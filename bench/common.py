"""What every benchmark reports: a row per comparison, measured side by side in one run.

A row compares Docket with the reference a user would hold it to (the bare library, the physical
limit of a stage, a raw OpenSearch call). ``ratio`` is always "Docket relative to the
reference, higher is better": throughput / reference throughput, or reference latency / Docket's
latency. ``bar`` is PRODUCT.md section 8's target, when there is one.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    name: str  # what is compared, e.g. "NER vs bare nlp.pipe"
    docket: str  # Docket's figure, with its unit: "3,120 words/s"
    reference: str  # the reference's figure: "3,300 words/s"
    ratio: float  # Docket relative to the reference; higher is better
    bar: float | None = None  # the ratio PRODUCT.md asks for, when it asks for one
    note: str = ""  # what limits the number, or how it was measured

    @property
    def holds(self) -> bool | None:
        return None if self.bar is None else self.ratio >= self.bar

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "holds": self.holds}


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call of ``work`` took, and what it returned."""
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` percentile (0.5, 0.95) of ``samples``, interpolated."""
    if len(samples) == 1:
        return samples[0]
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[round(share * 100) - 1]


def alternate(
    first: Callable[[], float], second: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """Run two measurements in turn, ``rounds`` times each, so that noise from other work on a
    shared machine falls on both alike; returns each one's results."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        a.append(first())
        b.append(second())
    return a, b
