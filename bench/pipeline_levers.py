"""The levers of ingestion throughput, each switched on in turn and timed in the same run.

    before          one process, NER on every page (grids too), nothing reused, a pool per job
    processes       ``settings.workers`` processes
    prose-only NER  no NER on grids (ingest.tables)
    NER reuse       paragraphs answered from the cache (ingest.nercache): ``docket ingest`` alone
    warm pool       the job runs on a warm pool (ingest.job.pool): ``docket ingest`` against a
                    running ``docket serve``

A lever switched off is switched off in the job's own process before its pool forks (the
workers inherit it): prose-only NER by judging nothing tabular and no paragraph a grid, NER reuse
by a work context without a cache file (a cache per document, as before). Every job gets a data
folder of its own, so no job finds another's cache: reuse is what one job finds within itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from opensearchpy import OpenSearch

from bench.common import Row, rate
from config import Settings, get_settings
from ingest.job import run_and_finish, start_job
from ingest.job.pool import Scheduler, WarmPool
from search.client import get_client
from search.indices import Indices, drop_indices, ensure_indices

LEVERS = ("before", "processes", "prose-only NER", "NER reuse", "warm pool")


@dataclasses.dataclass(frozen=True)
class Variant:
    name: str
    workers: int | None  # None: the settings' own
    prose_only: bool
    reuse: bool
    warm: bool


VARIANTS = (
    Variant("before", 1, False, False, False),
    Variant("processes", None, False, False, False),
    Variant("prose-only NER", None, True, False, False),
    Variant("NER reuse", None, True, True, False),
    Variant("warm pool", None, True, True, True),
)
_folders = itertools.count(1)
# Overridable, so that two people measuring on one node do not drop each other's indices.
BASE_PREFIX = os.environ.get("DOCKET_BENCH_PIPE_PREFIX", "docket-bench-pipe")
COLLECTION = "bench"


def bench_settings(name: str, data_dir: Path) -> Settings:
    """The machine's settings under a prefix of this benchmark and a scratch data folder."""
    folder = data_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    return get_settings().model_copy(update={"index_prefix": f"{BASE_PREFIX}-{name}",
                                             "data_dir": folder})


def fresh_store(settings: Settings) -> OpenSearch:
    """Empty indices of the settings' prefix (only this benchmark's prefixes are dropped)."""
    if not settings.index_prefix.startswith(BASE_PREFIX):
        raise ValueError(f"refusing to drop indices of {settings.index_prefix}")
    client = get_client(settings)
    drop_indices(client, settings.index_prefix)
    ensure_indices(client, settings.index_prefix)
    return client


@dataclasses.dataclass(frozen=True)
class JobRun:
    seconds: float
    files: int
    pages: int
    counts: dict[str, int]


def run_job(settings: Settings, roots: list[Path], pool: Scheduler | None = None) -> JobRun:
    """A local job over the folders ``roots``, from planning to ``finish_job`` (as ``docket
    ingest`` runs one: ``run_and_finish``), into fresh indices, on ``pool`` (a warm pool) or a
    pool of its own. (Folders, as ``docket ingest`` is
    given them: a list of files would make each file its own root, and files of the same name
    in two folders would share a path.)"""
    client = fresh_store(settings)
    started = time.perf_counter()
    plan = start_job(client, settings, roots, COLLECTION, mode="local")
    counts = run_and_finish(client, settings, plan, pool=pool)
    seconds = time.perf_counter() - started
    pages = client.count(index=Indices(settings.index_prefix).pages)["count"]
    return JobRun(seconds, plan.received, pages, {k: n for k, n in counts.items() if n})



@contextlib.contextmanager
def switched(variant: Variant) -> Iterator[None]:
    """The levers the variant leaves off, off in this process (and the pools it forks)."""
    import ingest.entities
    import ingest.job.run
    import ingest.worker

    with contextlib.ExitStack() as stack:
        if not variant.prose_only:
            stack.enter_context(_patched(ingest.worker, "tabular", lambda _mime, _family: False))
            stack.enter_context(_patched(ingest.entities, "is_grid", lambda _text: False))
        if not variant.reuse:
            made = ingest.job.run.work_context

            def no_cache(*args: object, **kwargs: object) -> object:
                return dataclasses.replace(made(*args, **kwargs), ner_cache=None)

            stack.enter_context(_patched(ingest.job.run, "work_context", no_cache))
        yield


@contextlib.contextmanager
def _patched(module: object, name: str, value: object) -> Iterator[None]:
    kept = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, kept)


class Levers:
    """Jobs over one input, a variant at a time, each variant in every round."""

    def __init__(self, settings: Settings, roots: list[Path], scratch: Path) -> None:
        self.settings, self.roots, self.scratch = settings, roots, scratch
        self.warm: WarmPool | None = None
        self.runs: dict[str, list] = {v.name: [] for v in VARIANTS}

    def round(self, names: tuple[str, ...] = LEVERS) -> None:
        for variant in (v for v in VARIANTS if v.name in names):
            update: dict[str, object] = {"data_dir": self.scratch / f"job-{next(_folders)}"}
            if variant.workers is not None:
                update["workers"] = variant.workers
            settings = self.settings.model_copy(update=update)
            pool = self._warm() if variant.warm else None
            with switched(variant):
                self.runs[variant.name].append(run_job(settings, self.roots, pool=pool))

    def _warm(self) -> WarmPool:
        if self.warm is None:  # started once, before any timed job: that is the point of it
            self.warm = WarmPool(self.settings)
            for future in [self.warm.schedule(_pid) for _n in range(self.warm.size)]:
                future.result()
        return self.warm

    def seconds(self, name: str) -> float:
        return statistics.median(run.seconds for run in self.runs[name])

    def close(self) -> None:
        if self.warm is not None:
            self.warm.close()

    def row(self, title: str, files: int) -> Row:
        """All levers against before, with each step's gain in the note."""
        steps, previous = [], None
        for name in (n for n in LEVERS if self.runs[n]):
            speed = rate(files, self.seconds(name))
            gain = f" (x{speed / previous:.2f})" if previous else ""
            steps.append(f"{name} {speed:.1f}{gain}")
            previous = speed
        first, last = LEVERS[0], next(n for n in reversed(LEVERS) if self.runs[n])
        before, after = rate(files, self.seconds(first)), rate(files, self.seconds(last))
        note = (f"{files} files, median of {len(self.runs[first])} rounds, files/s with each "
                f"lever added in turn: {'; '.join(steps)}.")
        return Row(f"levers, {title}: all vs before", f"{after:.1f} files/s",
                   f"{before:.1f} files/s", after / before, None, note)


def _pid() -> int:
    import os

    return os.getpid()
