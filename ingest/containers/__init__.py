"""Stage: unpack containers. An unpacker takes a file and yields its members (``Member``), each
written to disk within a ``Budget``; ingest.worker hands them back, and ingest.job makes them child
documents that go through the same stages as any file. Each format declares its unpacker in
``ingest.formats``; the tables here are views of that registry.

Families in ``LISTING_FAMILIES`` (those with an unpacker and no extractor) have no text of their
own beyond what they hold: their document's text is the list of their members' names, so the
container itself can be found. ``MAIL_FAMILIES`` hold messages or attachments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path

from ingest import formats
from ingest.containers.base import Member, Unpack
from ingest.containers.limits import Budget, Limits

Unpacker = Callable[[Path, Unpack], Iterator[Member]]


class _FamilyView(AbstractSet[str]):
    """A set of families read from the registry when first used, so that importing this
    package does not import every extractor."""

    def __init__(self, derive: Callable[[], frozenset[str]]) -> None:
        self._derive = derive

    def _families(self) -> frozenset[str]:
        return self._derive()

    def __contains__(self, family: object) -> bool:
        return family in self._families()

    def __iter__(self) -> Iterator[str]:
        return iter(self._families())

    def __len__(self) -> int:
        return len(self._families())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({sorted(self._families())})"

    @classmethod
    def _from_iterable(cls, families: Iterable[str]) -> frozenset[str]:
        # What set operators (|, &, -) return: a plain frozenset.
        return frozenset(families)


LISTING_FAMILIES: AbstractSet[str] = _FamilyView(formats.listing_families)
MAIL_FAMILIES: AbstractSet[str] = _FamilyView(formats.mail_families)


def unpacker_for(family: str) -> Unpacker | None:
    """The unpacker of a family, or None for files that hold no other files."""
    fmt = formats.by_family(family)
    return fmt.unpacker if fmt else None


__all__ = ["LISTING_FAMILIES", "MAIL_FAMILIES", "Budget", "Limits", "Member", "Unpack",
           "unpacker_for"]
