"""Work split into parts that may run in other processes. A ``Mapper`` runs one function over
many argument tuples and returns the results in the order of the tuples. The pure layers split
their work into such parts and call the mapper they are given; a job supplies one backed by its
pool's warm processes (ingest.job.pool ``Workers.mapper``); with none, they do the work
themselves, in one piece.

The function must be importable by name (a module-level function) and its arguments and result
picklable: a pool's process receives them as pickles. An argument every part needs and that is
large (a collection's name authority) is written once to a file (``shared``) and each process
reads it once (``shared_value``), instead of being pickled with every part.
"""

from __future__ import annotations

import hashlib
import itertools
import pickle
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Mapper(Protocol):
    def __call__(self, function: Callable[..., T], calls: Sequence[tuple[Any, ...]]) -> list[T]:
        ...


@dataclass(frozen=True)
class Parts:
    """Where a stage may split its work: a mapper on a job's processes, and the folder those
    processes read shared values from (``shared``)."""

    mapper: Mapper
    folder: Path


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last shorter), read as they come."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


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


@dataclass(frozen=True)
class Shared:
    """A value written once to a file for the processes that run the parts: a part names it by
    path and digest, and each process reads it once (``shared_value``). Sent with every part
    instead, the pickle of a large collection's authority (a hundred megabytes and more) cost
    the sender a second of CPU a part, and its memory grew with each."""

    path: str
    digest: str


_READ: dict[str, Any] = {}  # this process's last shared value, by digest


@contextmanager
def shared(value: Any, folder: Path) -> Iterator[Shared]:
    """``value`` written to a file of ``folder`` (made private to this user: the names of a
    collection's people), removed when the block ends."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    digest = hashlib.sha256(data).hexdigest()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"shared-{digest[:16]}-{secrets.token_hex(4)}.pickle"  # one per block
    path.write_bytes(data)
    try:
        yield Shared(str(path), digest)
    finally:
        path.unlink(missing_ok=True)


def shared_value(handle: Shared) -> Any:
    """The value a ``shared`` block wrote, read once per process and checked by its digest."""
    if handle.digest not in _READ:
        data = Path(handle.path).read_bytes()
        if hashlib.sha256(data).hexdigest() != handle.digest:
            raise ValueError(f"{handle.path}: not the value that was shared")
        _READ.clear()  # one at a time: a stage's parts all name the same one
        # Written by a block of this user's, in a folder only they can read, checked by digest.
        _READ[handle.digest] = pickle.loads(data)
    return _READ[handle.digest]
