"""Work split into parts that may run in other processes. A ``Mapper`` runs one function over
many argument tuples and returns the results in the order of the tuples. The pure layers split
their work into such parts and call the mapper they are given; a job supplies one backed by its
pool's warm processes (ingest.job.pool ``Workers.mapper``); with none, they do the work
themselves, in one piece.

The function must be importable by name (a module-level function) and its arguments and result
picklable: a pool's process receives them as pickles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Mapper(Protocol):
    def __call__(self, function: Callable[..., T], calls: Sequence[tuple[Any, ...]]) -> list[T]:
        ...


def slices(items: Sequence[T], parts: int) -> list[list[T]]:
    """``items`` in at most ``parts`` runs of consecutive items, of sizes that differ by one
    at most (consecutive: results merged in order read as if one process read them all)."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    runs, start = [], 0
    for part in range(parts):
        end = start + size + (1 if part < extra else 0)
        runs.append(list(items[start:end]))
        start = end
    return runs
