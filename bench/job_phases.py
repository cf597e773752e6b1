"""Where a job's time goes: planning, the run (workers and commits), and each part of
``finish_job`` (near-duplicate groups, the names stage, the cases stage), timed one by one on a
warm pool over generated text PDFs, into a prefix of the pipeline benchmark's own.

    python -m bench.job_phases [--files 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.pipeline_corpus import write_text_pdfs
from bench.pipeline_levers import COLLECTION, bench_settings, fresh_store
from ingest.job import run_local, start_job
from ingest.job.cases import update_job_cases
from ingest.job.names import update_job_names
from ingest.job.pool import WarmPool
from ingest.job.run import refresh_records
from ingest.neardup import group_near_duplicates
from search.indices import Indices, drop_indices


def phases(files: int) -> dict[str, float]:
    """Seconds of each phase of one job over ``files`` PDFs, on a pool warmed before it."""
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as scratch:
        folder = Path(scratch) / "pdfs"
        write_text_pdfs(folder, files)
        settings = bench_settings("phases", Path(scratch) / "phases")
        pool = WarmPool(settings)
        for started in [pool.schedule(len, ("warm",)) for _n in range(pool.size)]:
            started.result()
        client = fresh_store(settings)
        indices = Indices(settings.index_prefix)
        seconds: dict[str, float] = {}

        def timed(name: str, work: Callable[[], Any]) -> Any:
            began = time.perf_counter()
            result = work()
            seconds[name] = time.perf_counter() - began
            return result

        try:
            plan = timed("plan", lambda: start_job(client, settings, [folder], COLLECTION,
                                                   mode="local"))
            timed("run", lambda: run_local(client, settings, plan, pool=pool))
            timed("refresh + near-duplicates", lambda: (
                refresh_records(client, indices),
                group_near_duplicates(client, indices, plan.job_id)))
            timed("names stage", lambda: update_job_names(client, settings, plan.job_id))
            timed("cases stage", lambda: update_job_cases(client, settings, plan.job_id))
        finally:
            pool.close()
            drop_indices(client, settings.index_prefix)
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    files = parser.parse_args().files
    seconds = phases(files)
    total = sum(seconds.values())
    print(f"{files} PDFs on a warm pool: "
          + ", ".join(f"{name} {spent:.1f} s" for name, spent in seconds.items())
          + f"; whole job {total:.1f} s ({files / total:.1f} files/s; the run phase alone "
            f"{files / seconds['run']:.1f} files/s)")


if __name__ == "__main__":
    main()
