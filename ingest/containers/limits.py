"""Limits on unpacking, enforced while bytes are written, never from sizes a container declares.

One ``Budget`` covers one container's unpacking, in the worker that opens it; the same limits
over a whole top-level file and everything nested in it are checked by the job as members
come back (ingest.job.family.TreeTotals), so a zip of zips cannot multiply them by nesting.
Each member is its own task, with the pool's per-file timeout. Members are streamed to disk
through a ``Sink`` that counts and hashes as it writes: a member stops at the first chunk past a
limit, and memory stays at one chunk whatever the member's size.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ingest.errors import IngestError

CHUNK = 1 << 20
MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_depth: int = 10
    max_members: int = 50_000
    max_bytes: int = 20 * 1024 * MB
    # Expanded/compressed ratio of one member past which it is taken for a bomb. Text compresses
    # 5-20x and sparse logs rarely past 100x; zeros reach 1000x. Below ``ratio_floor`` bytes the
    # ratio is not checked, so tiny highly compressible files are never refused.
    max_ratio: int = 100
    ratio_floor: int = 10 * MB
    max_message_bytes: int = 512 * MB  # e-mail is parsed in memory (email, TNEF, MSG)


class ContainerLimit(IngestError):
    """Unpacking a container went past one of its limits."""


class NestingTooDeep(ContainerLimit):
    """Containers nested deeper than the depth limit: the innermost is not unpacked."""


class TooManyMembers(ContainerLimit):
    """The top-level file holds more members, all nesting counted, than the member limit."""


class ExpandedTooLarge(ContainerLimit):
    """The top-level file expands, all nesting counted, to more bytes than the size limit."""


class CompressionRatioExceeded(ContainerLimit):
    """A member expands so far beyond its compressed size that it is taken for a bomb."""


class MessageTooLarge(ContainerLimit):
    """A message too large to parse in memory."""


def human(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


class Budget:
    """Members and bytes left for one container's unpacking. Exhaustion is sticky: once a limit
    trips, the container stops taking members."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.members = 0
        self.bytes = 0
        self.exhausted: ContainerLimit | None = None

    def admit(self) -> None:
        if self.exhausted:
            raise self.exhausted
        if self.members >= self.limits.max_members:
            self.exhausted = TooManyMembers(
                f"more than {self.limits.max_members} members in all; the rest were not unpacked")
            raise self.exhausted
        self.members += 1

    def spend(self, count: int) -> None:
        self.bytes += count
        if self.bytes > self.limits.max_bytes:
            self.exhausted = ExpandedTooLarge(
                f"expands to more than {human(self.limits.max_bytes)} in all; "
                "the rest was not unpacked")
            raise self.exhausted


class Sink:
    """Write one member's bytes to ``target``, hashing and counting them against the budget.

    ``packed`` is the most compressed input the member can have come from (its compressed size,
    capped by the container's size); None when the bytes were not decompressed (attachments).
    """

    def __init__(self, budget: Budget, target: Path, packed: int | None) -> None:
        self.budget = budget
        self.target = target
        self.packed = packed
        self.size = 0
        self.digest = hashlib.sha256()
        self._handle: BinaryIO = target.open("wb")

    def write(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.size += len(chunk)
        self.budget.spend(len(chunk))
        limits = self.budget.limits
        if self.packed is not None and self.size > max(limits.ratio_floor,
                                                       limits.max_ratio * self.packed):
            raise CompressionRatioExceeded(
                f"expands more than {limits.max_ratio} times its compressed size "
                f"({human(self.packed)}); stopped at {human(self.size)}")
        self._handle.write(chunk)
        self.digest.update(chunk)

    def copy(self, source: BinaryIO) -> None:
        while chunk := source.read(CHUNK):
            self.write(chunk)

    def close(self) -> None:
        self._handle.close()

    @property
    def sha256(self) -> str:
        return self.digest.hexdigest()
