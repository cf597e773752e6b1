"""Where a job's time goes: planning, the run (workers and commits), and each part of
``finish_job`` (near-duplicate groups, the names stage, the cases stage), timed one by one on a
warm pool over generated text PDFs, into a prefix of the pipeline benchmark's own. Each phase
also reports the CPU seconds it used, of this process, of the pool's processes and of the
OpenSearch node, and so how many of the machine's cores it kept busy: a phase that keeps fewer
busy than there are cores is waiting on something serial.

    python -m bench.job_phases [--files 1000] [--compare-parts ROUNDS]
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
from typing import Any, TypeVar

from opensearchpy import OpenSearch

from bench.pipeline import node_cpu_seconds
from bench.pipeline_corpus import write_text_pdfs
from bench.pipeline_levers import COLLECTION, bench_settings, fresh_store
from config import Settings
from ingest.job import run_local, start_job
from ingest.job.cases import update_job_cases
from ingest.job.names import update_job_names
from ingest.job.pool import WarmPool, Workers
from ingest.job.run import refresh_records
from ingest.neardup import group_near_duplicates
from search.indices import Indices, drop_indices

_TICKS = os.sysconf("SC_CLK_TCK")
T = TypeVar("T")


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


def warm_pool(settings: Settings) -> WarmPool:
    """A warm pool whose processes have all started and loaded spaCy before any timing."""
    pool = WarmPool(settings)
    for started in [pool.schedule(len, ("warm",)) for _n in range(pool.size)]:
        started.result()
    return pool


def timed_cpu(client: OpenSearch, work: Callable[[], T]) -> tuple[T, dict[str, float]]:
    """``work()``'s result, and its wall seconds and the CPU seconds it used in this process
    ("job"), in the pool's processes ("pool") and in the OpenSearch node ("node")."""
    def clocks() -> tuple[float, float, float, float]:
        return (time.perf_counter(), time.process_time(), children_cpu_seconds(),
                node_cpu_seconds(client))

    began = clocks()
    result = work()
    wall, own, pool_cpu, node = (b - a for a, b in zip(began, clocks(), strict=True))
    return result, {"wall": wall, "job": own, "pool": pool_cpu, "node": node}


def phases(files: int) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds of each phase of one job over ``files`` PDFs, on a pool warmed
    before it."""
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as scratch:
        folder = Path(scratch) / "pdfs"
        write_text_pdfs(folder, files)
        settings = bench_settings("phases", Path(scratch) / "phases")
        pool = warm_pool(settings)
        client = fresh_store(settings)
        indices = Indices(settings.index_prefix)
        workers = Workers(settings, pool)  # as run_and_finish: the stages read in parts on it
        seconds: dict[str, dict[str, float]] = {}

        def timed(name: str, work: Callable[[], Any]) -> Any:
            result, seconds[name] = timed_cpu(client, work)
            return result

        try:
            plan = timed("plan", lambda: start_job(client, settings, [folder], COLLECTION,
                                                   mode="local"))
            timed("run", lambda: run_local(client, settings, plan, workers=workers))
            timed("refresh + near-duplicates", lambda: (
                refresh_records(client, indices),
                group_near_duplicates(client, indices, plan.job_id)))
            timed("names stage", lambda: update_job_names(client, settings, plan.job_id,
                                                          workers.mapper()))
            timed("cases stage", lambda: update_job_cases(client, settings, plan.job_id,
                                                          workers.mapper()))
        finally:
            workers.close()
            pool.close()
            drop_indices(client, settings.index_prefix)
        return seconds


def compare_parts(files: int, rounds: int) -> dict[str, list[float]]:
    """The names and cases stages after a job of ``files`` PDFs, timed ``rounds`` times each
    way, alternating: in this process alone, and with their documents read in parts on the
    job's warm pool (``Workers.mapper``, as ``run_and_finish`` gives them). A first run of both,
    untimed, writes what the stages write the first time, so every timed run does the same."""
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as scratch:
        folder = Path(scratch) / "pdfs"
        write_text_pdfs(folder, files)
        settings = bench_settings("parts", Path(scratch) / "parts")
        pool = warm_pool(settings)
        client = fresh_store(settings)
        workers = Workers(settings, pool)
        seconds: dict[str, list[float]] = {"here": [], "parts": []}
        try:
            plan = start_job(client, settings, [folder], COLLECTION, mode="local")
            run_local(client, settings, plan, workers=workers)
            refresh_records(client, Indices(settings.index_prefix))
            for mapper in (workers.mapper(), None):  # the parsers loaded here and in the pool
                update_job_names(client, settings, plan.job_id, mapper)
                update_job_cases(client, settings, plan.job_id, mapper)
            for turn in range(rounds):
                for how in (("here", "parts") if turn % 2 == 0 else ("parts", "here")):
                    mapper = workers.mapper() if how == "parts" else None
                    began = time.perf_counter()
                    update_job_names(client, settings, plan.job_id, mapper)
                    update_job_cases(client, settings, plan.job_id, mapper)
                    seconds[how].append(time.perf_counter() - began)
        finally:
            workers.close()
            pool.close()
            drop_indices(client, settings.index_prefix)
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--compare-parts", type=int, default=0, metavar="ROUNDS",
                        help="time the names and cases stages in this process against read in "
                             "parts on the pool, alternating, ROUNDS times each")
    args = parser.parse_args()
    files = args.files
    if args.compare_parts:
        timed = compare_parts(files, args.compare_parts)
        here, parts = (statistics.median(timed[k]) for k in ("here", "parts"))
        print(f"names + cases stages after {files} PDFs, {args.compare_parts} rounds each way: "
              f"in this process {', '.join(f'{t:.2f}' for t in timed['here'])} s (median "
              f"{here:.2f}); in parts on the pool {', '.join(f'{t:.2f}' for t in timed['parts'])}"
              f" s (median {parts:.2f}); ratio parts/here {parts / here:.2f}")
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
