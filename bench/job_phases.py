"""Where a job's time goes: planning, the run (workers and commits), and each part of
``finish_job`` (near-duplicate groups, the names stage, the cases stage), timed one by one on a
warm pool over generated text PDFs, into a prefix of the pipeline benchmark's own. Each phase
also reports the CPU seconds it used, of this process, of the pool's processes and of the
OpenSearch node, and so how many of the machine's cores it kept busy: a phase that keeps fewer
busy than there are cores is waiting on something serial.

    python -m bench.job_phases [--files 1000]
    python -m bench.job_phases --files 1000 --compare-finish 2   # finish_job against the
                                                                 # stages one after another
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.pipeline import node_cpu_seconds
from bench.pipeline_corpus import write_text_pdfs
from bench.pipeline_levers import COLLECTION, bench_settings, fresh_store
from ingest.job import run_local, start_job
from ingest.job.cases import update_job_cases
from ingest.job.names import update_job_names
from ingest.job.pool import WarmPool
from ingest.job.run import finish_job, refresh_records
from ingest.neardup import group_near_duplicates
from search.indices import Indices, drop_indices

_TICKS = os.sysconf("SC_CLK_TCK")
FINISH = "finish_job (stages after the files)"
SERIAL = ("refresh + near-duplicates", "names stage", "cases stage")


def children_cpu_seconds() -> float:
    """CPU seconds used so far by this process's children (the pool's processes): the living
    ones in /proc, and those that ended (a worker is recycled after so many tasks) as the
    kernel counts them for the parent that waited on them."""
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = 0
    me = str(os.getpid())
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if fields[1] == me:  # ppid; then utime and stime are fields 11 and 12 after the name
            total += int(fields[11]) + int(fields[12])
    return total / _TICKS + ended.ru_utime + ended.ru_stime


def phases(files: int, together: bool = False) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds of each phase of one job over ``files`` PDFs, on a pool warmed
    before it. ``together``: the stages after the files timed as one phase, as ``finish_job``
    runs them (the near-duplicate look-ups beside the names stage), not one after another."""
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as scratch:
        folder = Path(scratch) / "pdfs"
        write_text_pdfs(folder, files)
        settings = bench_settings("phases", Path(scratch) / "phases")
        pool = WarmPool(settings)
        for started in [pool.schedule(len, ("warm",)) for _n in range(pool.size)]:
            started.result()
        client = fresh_store(settings)
        indices = Indices(settings.index_prefix)
        seconds: dict[str, dict[str, float]] = {}

        def clocks() -> tuple[float, float, float, float]:
            return (time.perf_counter(), time.process_time(), children_cpu_seconds(),
                    node_cpu_seconds(client))

        def timed(name: str, work: Callable[[], Any]) -> Any:
            began = clocks()
            result = work()
            ended = clocks()
            wall, own, pool_cpu, node = (b - a for a, b in zip(began, ended, strict=True))
            seconds[name] = {"wall": wall, "job": own, "pool": pool_cpu, "node": node}
            return result

        try:
            plan = timed("plan", lambda: start_job(client, settings, [folder], COLLECTION,
                                                   mode="local"))
            timed("run", lambda: run_local(client, settings, plan, pool=pool))
            if together:
                timed(FINISH, lambda: finish_job(client, settings, plan.job_id))
                return seconds
            timed("refresh + near-duplicates", lambda: (
                refresh_records(client, indices),
                group_near_duplicates(client, indices, plan.job_id)))
            timed("names stage", lambda: update_job_names(client, settings, plan.job_id))
            timed("cases stage", lambda: update_job_cases(client, settings, plan.job_id))
        finally:
            pool.close()
            drop_indices(client, settings.index_prefix)
        return seconds


def compare_finish(files: int, rounds: int) -> None:
    """The stages after the files one after another against ``finish_job`` as it runs them,
    each on a job of its own over the same number of files, in alternating rounds."""
    apart: list[float] = []
    together: list[float] = []
    for _round in range(rounds):
        seconds = phases(files)
        apart.append(sum(seconds[name]["wall"] for name in SERIAL))
        together.append(phases(files, together=True)[FINISH]["wall"])
        print(f"  round: one after another {apart[-1]:.1f} s, as finish_job runs them "
              f"{together[-1]:.1f} s")
    serial, joint = statistics.median(apart), statistics.median(together)
    print(f"{files} PDFs, median of {rounds} alternating rounds: the stages after the files "
          f"take {joint:.1f} s as finish_job runs them, {serial:.1f} s one after another "
          f"({joint / files * 1000:.1f} against {serial / files * 1000:.1f} ms a file; "
          f"ratio {serial / joint:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--compare-finish", type=int, metavar="ROUNDS", default=0,
                        help="time the stages after the files one after another and as "
                             "finish_job runs them, in this many alternating rounds")
    arguments = parser.parse_args()
    files = arguments.files
    if arguments.compare_finish:
        compare_finish(files, arguments.compare_finish)
        return
    seconds = phases(files)
    total = sum(spent["wall"] for spent in seconds.values())
    print(f"{files} PDFs on a warm pool: "
          + ", ".join(f"{name} {spent['wall']:.1f} s" for name, spent in seconds.items())
          + f"; whole job {total:.1f} s ({files / total:.1f} files/s; the run phase alone "
            f"{files / seconds['run']['wall']:.1f} files/s)")
    print("CPU seconds (this process / the pool / the node) and cores kept busy, by phase:")
    for name, spent in seconds.items():
        cpu = spent["job"] + spent["pool"] + spent["node"]
        print(f"  {name}: {spent['job']:.1f} / {spent['pool']:.1f} / {spent['node']:.1f} s, "
              f"{cpu / spent['wall']:.2f} of {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
