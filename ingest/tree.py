"""What the expansion of one top-level file shares, in the worker that runs it: the unpacking
budget and work folder, the bytes seen so far, and the children's outcomes waiting to be
committed (ingest.children commits them before their container's own outcome is returned).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass, field

from opensearchpy import NotFoundError, OpenSearch

from config import Settings
from ingest.commit import add_paths, commit_outcomes
from ingest.containers import Budget, Limits, Unpack
from ingest.ledger import write_entries
from ingest.model import Outcome
from search.indices import Indices

COMMIT_ACTIONS = 20_000  # records held before a commit, besides the one at each batch's end


@dataclass
class Tree:
    """What the expansion of one top-level file shares: budget, work folder, pending commits."""

    settings: Settings
    unpack: Unpack
    seen: dict[str, str] = field(default_factory=dict)  # sha256 -> first path in this tree
    pending: list[Outcome] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)
    paths: dict[str, list[str]] = field(default_factory=dict)
    # Containers being unpacked: their records are built after their children, so paths found
    # for them (a quine, a zip that holds itself) go on their own record, not through the store.
    unfinished: set[str] = field(default_factory=set)
    # The job's top-level files with the bytes of the current batch's members (sha256 -> entry),
    # and whether children's entries must be visible at once (see ingest.commit.merge_copies).
    planned: dict[str, dict] = field(default_factory=dict)
    wait: bool = False
    _client: OpenSearch | None = None

    @classmethod
    def open(cls, settings: Settings, limits: Limits | None = None) -> Tree:
        # On disk under the data folder, not /tmp: /tmp may be memory (tmpfs).
        workdir = settings.data_dir / "work" / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        passwords = tuple(getattr(settings, "passwords", None) or ())
        return cls(settings, Unpack(workdir, Budget(limits or Limits()), passwords))

    @property
    def client(self) -> OpenSearch:
        if self._client is None:
            from search.client import get_client

            self._client = get_client(self.settings)
        return self._client

    @property
    def indices(self) -> Indices:
        return Indices(self.settings.index_prefix)

    def add(self, outcome: Outcome) -> None:
        self.pending.append(outcome)
        if sum(len(o.records) for o in self.pending) >= COMMIT_ACTIONS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            commit_outcomes(self.client, self.settings, self.pending)
            self.pending = []
        write_entries(self.client, self.indices, self.entries, wait=self.wait)
        self.entries, self.wait = [], False
        for doc_id in [d for d in self.paths if d not in self.unfinished]:
            # Without a document (its first copy failed) the ledger entry is the record.
            with contextlib.suppress(NotFoundError):
                add_paths(self.client, self.indices, doc_id, self.paths.pop(doc_id))

    def close(self) -> None:
        try:
            if self.pending or self.entries or self.paths:
                self.flush()
        finally:
            shutil.rmtree(self.unpack.workdir, ignore_errors=True)
