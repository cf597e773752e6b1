"""Pipeline throughput (PRODUCT.md section 8), Docket beside its reference in the same run.

    python -m bench.pipeline [--quick]        (or: python -m bench.run --only pipeline)

1. End-to-end ingestion of text PDFs (40; the full run 40 and 4,000): a real job
   (``start_job``, ``run_local``, ``finish_job``, as ``docket ingest`` runs it against a running
   ``docket serve``: on its warm pool) against two bounds measured in the same run on the same
   files: the slowest stage run alone with the same resources (identify+hash, extract, entities,
   records and index, then the collection-level stages ``finish_job`` runs: near-duplicate
   groups, names, cases), and the shared-core bound, cores / the sum of the stages' CPU seconds
   per file (every stage needs the same cores). Each lever's gain (processes, prose-only NER, NER
   reuse, warm pool: bench.pipeline_levers).
2. Docket's indexing stage (``commit_outcomes``; the full run at 5,000 and 50,000 records a
   round) against a raw ``_bulk`` replay of the same records, pre-serialised as NDJSON, same
   chunk size and refresh policy, same mappings.
3. Docket against the naive pipeline a user would write with the same libraries: ``partition()``,
   the full spaCy pipeline and one ``index()`` call per document, on a mixed set of formats and
   on an e-mail-heavy set (threads that quote, attachments that repeat), with each lever's gain.

Every run writes under its own index prefixes (``docket-bench-pipe-*``, dropped before each
use) and its own data folder (blobs, work folders) in a temporary directory.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import itertools
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from opensearchpy import OpenSearch

from bench.common import Row, alternate, rate
from bench.pipeline_corpus import write_email_threads, write_mixed_corpus, write_text_pdfs
from bench.pipeline_levers import BASE_PREFIX, COLLECTION, LEVERS, Levers, bench_settings, fresh_store
from bench.pipeline_naive import naive_rows
from config import Settings, get_settings
from ingest.blobs import store_blob
from ingest.containers.sniff import refine
from ingest.discover import sha256_file
from ingest.entities import find_mentions, load_nlp
from ingest.extract import extract
from ingest.identify import identify
from ingest.job import COMMIT_EVERY, commit_outcomes
from ingest.job.cases import update_job_cases
from ingest.job.names import update_job_names
from ingest.job.run import refresh_records
from ingest.model import Extraction, FileTask, Identity, Mention, Outcome, Page
from ingest.neardup import group_near_duplicates, signature
from ingest.nercache import ner_cache
from ingest.records import index_actions
from ingest.worker import warm_up, work_context
from search.client import get_client, reset_clients
from search.corrections import ingest_corrections
from search.document_ids import document_id
from search.indices import Indices, drop_indices

STAGES = ("identify+hash", "extract", "entities", "records", "index", "near-duplicates", "names",
          "cases")
PER_FILE_STAGES = STAGES[:5]  # the stages a worker or a commit runs file by file
STAGE_JOB = "bench-stages"


@dataclasses.dataclass(frozen=True)
class Sizes:
    pdfs: tuple[int, ...]  # text PDFs of row 1, one pair of rows per count (issue 16: 40, 4,000)
    rounds: int  # alternating rounds of Docket and its reference
    records: tuple[int, ...]  # row 2: at least this many records a round, one row per count
    mixed_seeds: int  # sample corpora in row 3's mixed set (about 38 files each)
    emails: int  # messages in row 3's e-mail-heavy set
    email_rounds: int


SIZES = {True: Sizes(pdfs=(40,), rounds=2, records=(1_000,), mixed_seeds=1, emails=80,
                     email_rounds=1),
         False: Sizes(pdfs=(40, 4_000), rounds=2, records=(5_000, 50_000), mixed_seeds=2,
                      emails=4_000, email_rounds=1)}
# Past this many files a round of row 1 times only the job as `docket ingest` runs it (a pool of
# its own, and the warm pool) beside the stages: every lever over 4,000 files would take hours.
ALL_LEVERS_UP_TO = 200


@dataclasses.dataclass
class Processed:
    """One PDF as the stages left it: what the index stage and row 2 start from."""

    task: FileTask
    extraction: Extraction
    mentions: list[Mention]
    records: list[dict[str, Any]]

    def outcome(self) -> Outcome:
        return Outcome(task=self.task, state="indexed", stage="index",
                       pages=len(self.extraction.pages), records=self.records,
                       replaces=(len(self.extraction.pages), len(self.mentions)))


# ---- row 1: the job, and each stage alone --------------------------------------------------


_worker_settings: Settings | None = None


def _stage_worker_init(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    reset_clients()  # the parent's connections are not the child's (as in the job's workers)
    # Each stage alone is timed warm, as the job's pool processes start (ingest.worker.warm_up:
    # spaCy, the extractors, the language model, the MinHash library), plus the corrections
    # look-up, which the job makes once in its own process.
    warm_up(settings.spacy_model)
    ingest_corrections(get_client(settings), settings.index_prefix)


def _ready(_item: int) -> None:
    time.sleep(0.2)  # long enough that every worker of the pool is started and initialised


def identify_and_hash(path: Path) -> tuple[str, Identity]:
    return sha256_file(path), refine(identify(path), path)


def extract_one(item: tuple[Path, Identity]) -> Extraction:
    assert _worker_settings is not None
    return extract(item[0], item[1], work_context(_worker_settings).extract)


def entities_one(pages: list[Page]) -> list[Mention]:
    """As the job's entities stage: with the cache of the data folder (fresh each round)."""
    assert _worker_settings is not None
    nlp = load_nlp(_worker_settings.spacy_model)
    cache = ner_cache(work_context(_worker_settings).ner_cache)
    return find_mentions(pages, nlp, _worker_settings.max_entity_chars, cache=cache)


def cpu_timed(work: Callable[[Any], Any], item: Any) -> tuple[Any, float]:
    """The result and the CPU seconds this process spent on it."""
    started = time.process_time()
    result = work(item)
    return result, time.process_time() - started


def node_cpu_seconds(client: OpenSearch) -> float:
    """CPU seconds the OpenSearch node's process has used: the index stage's other half."""
    stats = client.nodes.stats(metric="process")
    return sum(n["process"]["cpu"]["total_in_millis"] for n in stats["nodes"].values()) / 1000


def records_one(item: tuple[FileTask, Extraction, list[Mention]]) -> list[dict[str, Any]]:
    """The job's store and records steps: the original into the blob store, then the records."""
    assert _worker_settings is not None
    task, extraction, mentions = item
    store_blob(_worker_settings.blob_dir, Path(task.path), task.sha256)
    corrections = ingest_corrections(get_client(_worker_settings), _worker_settings.index_prefix)
    return index_actions(Indices(_worker_settings.index_prefix), task, extraction, mentions,
                         signature(extraction.text), corrections)


def _task(path: Path, sha: str, identity: Identity, number: int) -> FileTask:
    return FileTask(job_id=STAGE_JOB, collection=COLLECTION, path=str(path),
                    relpath=f"{path.parent.name}/{path.name}", sha256=sha, size=path.stat().st_size,
                    mime=identity.mime, family=identity.family, extension=identity.extension,
                    doc_id=document_id(COLLECTION, sha, get_settings().secret_key),
                    control=f"BENCH-{number:06d}")


@dataclasses.dataclass
class StageRun:
    seconds: dict[str, float]  # wall clock of each stage alone
    cpu: dict[str, float]  # CPU seconds of each stage, summed over its processes
    processed: list[Processed]


def run_stages(settings: Settings, files: list[Path]) -> StageRun:
    """Each stage alone over ``files``: the worker stages in a warm pool of ``settings.workers``
    processes, the index stage in one process, as in the job; wall and CPU seconds."""
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    client = fresh_store(settings)  # before the workers start: the records stage reads it
    context = get_context("fork")
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_stage_worker_init,
                             initargs=(settings,)) as pool:
        list(pool.map(_ready, range(settings.workers)))

        def timed_map(stage: str, work: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
            started = time.perf_counter()
            results = list(pool.map(functools.partial(cpu_timed, work), items))
            seconds[stage] = time.perf_counter() - started
            cpu[stage] = sum(spent for _result, spent in results)
            return [result for result, _spent in results]

        found = timed_map("identify+hash", identify_and_hash, files)
        identities = [identity for _sha, identity in found]
        extractions = timed_map("extract", extract_one, list(zip(files, identities, strict=True)))
        mentions = timed_map("entities", entities_one, [e.pages for e in extractions])
        tasks = [_task(p, sha, i, n) for n, (p, (sha, i)) in enumerate(zip(files, found, strict=True))]
        records = timed_map("records", records_one, list(zip(tasks, extractions, mentions, strict=True)))
    processed = [Processed(*parts) for parts in zip(tasks, extractions, mentions, records, strict=True)]
    outcomes = [p.outcome() for p in processed]
    indices = Indices(settings.index_prefix)
    # The index stage, then the collection-level stages ``finish_job`` runs after a job's files
    # (each a stage of the job: its CPU counts in the shared-core bound).
    for stage, work in (
        ("index", lambda: index_with_docket(client, settings, outcomes)),
        ("near-duplicates", lambda: (refresh_records(client, indices),
                                     group_near_duplicates(client, indices, STAGE_JOB))),
        ("names", lambda: update_job_names(client, settings, STAGE_JOB)),
        ("cases", lambda: (refresh_records(client, indices),
                           update_job_cases(client, settings, STAGE_JOB)))):
        seconds[stage], cpu[stage] = _here_and_node(client, work)
    return StageRun(seconds, cpu, processed)


def _here_and_node(client: OpenSearch, work: Callable[[], Any]) -> tuple[float, float]:
    """Wall seconds of ``work`` in this process, and the CPU seconds it cost this process and
    the OpenSearch node."""
    started, node_before, own_before = (time.perf_counter(), node_cpu_seconds(client),
                                        time.process_time())
    work()
    cpu = time.process_time() - own_before + node_cpu_seconds(client) - node_before
    return time.perf_counter() - started, cpu


def index_with_docket(client: OpenSearch, settings: Settings, outcomes: list[Outcome]) -> float:
    """Seconds for Docket's index stage, committing as the job does: COMMIT_EVERY outcomes at
    a time, the last commit waiting for the ledger to be visible."""
    started = time.perf_counter()
    for start in range(0, len(outcomes), COMMIT_EVERY):
        last = start + COMMIT_EVERY >= len(outcomes)
        commit_outcomes(client, settings, outcomes[start : start + COMMIT_EVERY], wait=last)
    return time.perf_counter() - started


def end_to_end_rows(count: int, rounds: int, scratch: Path) -> tuple[list[Row], list[Processed]]:
    """Row 1 for ``count`` text PDFs: the job against the slowest stage alone and against the
    shared-core bound, and (small sets) each lever's gain."""
    folder = scratch / f"pdfs-{count}"
    files = write_text_pdfs(folder, count)
    levers = Levers(bench_settings("e2e", scratch / f"e2e-{count}"), [folder], scratch / f"e2e-{count}")
    names = LEVERS if count <= ALL_LEVERS_UP_TO else ("NER reuse", "warm pool")
    stage_runs: list[StageRun] = []
    numbers = itertools.count(1)

    def jobs() -> float:
        levers.round(names)
        return 0.0

    def stages() -> float:
        run_folder = scratch / f"stages-{count}-{next(numbers)}"
        stage_runs.append(run_stages(bench_settings("stages", run_folder), files))
        return 0.0

    try:
        alternate(jobs, stages, rounds)
    finally:
        levers.close()
    rows = _bound_rows(levers, stage_runs, len(files), rounds)
    if names == LEVERS:
        rows.append(levers.row(f"{count} text PDFs", len(files)))
    return rows, stage_runs[-1].processed


def _bound_rows(levers: Levers, stage_runs: list[StageRun], files: int, rounds: int) -> list[Row]:
    job = levers.runs["warm pool"][-1]
    warm, cold = (rate(files, levers.seconds(n)) for n in ("warm pool", "NER reuse"))
    stage_seconds = {s: statistics.median(r.seconds[s] for r in stage_runs) for s in STAGES}
    stage_cpu = {s: statistics.median(r.cpu[s] for r in stage_runs) for s in STAGES}
    slowest = max(stage_seconds, key=lambda s: stage_seconds[s])
    bound = rate(files, stage_seconds[slowest])
    cores = os.cpu_count() or 1
    shared = cores * rate(files, sum(stage_cpu.values()))
    each = ", ".join(f"{s} {rate(files, t):.1f}" for s, t in stage_seconds.items())
    per_file = ", ".join(f"{s} {1000 * t / files:.0f}" for s, t in stage_cpu.items())
    serial = rate(files, sum(stage_seconds.values()))
    common = (f"{files} text PDFs, {job.pages} pages, {levers.settings.workers} workers, "
              f"median of {rounds} alternating rounds; job states {job.counts}. Docket: "
              f"the job on a warm pool (`docket ingest` with `docket serve` running); on a pool "
              f"of its own (no server) {cold:.1f} files/s.")
    old = Row(f"end-to-end, {files} text PDFs, vs slowest stage alone",
              f"{warm:.1f} files/s ({rate(job.pages, levers.seconds('warm pool')):.0f} pages/s)",
              f"{bound:.1f} files/s ({slowest})", warm / bound, 0.8,
              f"{common} Stages alone (files/s): {each}; one after another {serial:.1f}. The old "
              f"bound: it assumes each stage has cores of its own. Own pool: {cold / bound:.2f}.")
    file_by_file = cores * rate(files, sum(stage_cpu[s] for s in PER_FILE_STAGES))
    new = Row(f"end-to-end, {files} text PDFs, vs shared-core bound", f"{warm:.1f} files/s",
              f"{shared:.1f} files/s", warm / shared, 0.85,
              f"{common} Bound = {cores} cores / the stages' CPU per file, measured in the same "
              f"run (ms: {per_file}; index and the collection stages = this process + the "
              f"OpenSearch node). Own pool: {cold / shared:.2f}. Counting only the stages run "
              f"file by file (the bound before the collection stages counted): "
              f"{file_by_file:.1f} files/s, ratio {warm / file_by_file:.2f}.")
    return [old, new]


# ---- row 2: Docket's index stage against a raw _bulk replay --------------------------------


def copy_outcomes(processed: list[Processed], settings: Settings, copy: int) -> list[Outcome]:
    """The processed PDFs again under new document ids (so every copy is a fresh insert),
    their records rebuilt by Docket's records stage for ``settings``' indices."""
    indices = Indices(settings.index_prefix)
    outcomes = []
    for item in processed:
        task = dataclasses.replace(item.task, doc_id=f"{item.task.doc_id}-{copy}",
                                   control=f"{item.task.control}-{copy}",
                                   relpath=f"copy-{copy}/{item.task.relpath}")
        records = index_actions(indices, task, item.extraction, item.mentions,
                                signature(item.extraction.text))
        outcomes.append(dataclasses.replace(item.outcome(), task=task, records=records))
    return outcomes


def ndjson_chunks(outcomes: list[Outcome], source_prefix: str, target_prefix: str,
                  chunk: int) -> list[str]:
    """The outcomes' records as ``_bulk`` bodies for the other prefix's indices."""
    lines = []
    for action in (a for o in outcomes for a in o.records):
        index = target_prefix + action["_index"].removeprefix(source_prefix)
        meta = {action.get("_op_type", "index"): {"_index": index, "_id": action["_id"]}}
        lines.append(f"{json.dumps(meta)}\n{json.dumps(action['_source'])}\n")
    return ["".join(lines[start : start + chunk]) for start in range(0, len(lines), chunk)]


def replay(client: OpenSearch, bodies: list[str]) -> float:
    """Seconds to send the bodies, the last one waiting until they are searchable: Docket's
    index stage ends with its records visible, so the replay does too (like for like)."""
    started = time.perf_counter()
    for number, body in enumerate(bodies, 1):
        visible = {"refresh": "wait_for"} if number == len(bodies) else {}
        response = client.bulk(body=body, request_timeout=120, **visible)
        if response["errors"]:
            raise RuntimeError("the raw replay was refused: the records do not fit the mappings")
    return time.perf_counter() - started


def indexing_row(records: int, rounds: int, processed: list[Processed], scratch: Path) -> Row:
    """Row 2 at about ``records`` records a round: as many copies of the processed PDFs as it
    takes, under new ids, through Docket's index stage and as a raw replay, alternating."""
    docket_settings = bench_settings("index", scratch / "index")
    raw_settings = bench_settings("raw", scratch / "raw")
    docket_client, raw_client = fresh_store(docket_settings), fresh_store(raw_settings)
    per_copy = sum(len(p.records) for p in processed)
    copies_a_round = max(1, -(-records // per_copy))
    copies = itertools.count()
    counts: list[int] = []
    pending: list[list[Outcome]] = []

    def docket() -> float:
        outcomes = [o for _n in range(copies_a_round)
                    for o in copy_outcomes(processed, docket_settings, next(copies))]
        pending.append(outcomes)
        counts.append(sum(len(o.records) for o in outcomes))
        return index_with_docket(docket_client, docket_settings, outcomes)

    def raw() -> float:
        bodies = ndjson_chunks(pending.pop(), docket_settings.index_prefix,
                               raw_settings.index_prefix, raw_settings.bulk_chunk)
        return replay(raw_client, bodies)

    docket_times, raw_times = alternate(docket, raw, rounds)
    written = statistics.median(counts)
    docket_rate = rate(written, statistics.median(docket_times))
    raw_rate = rate(written, statistics.median(raw_times))
    note = (f"{written:,.0f} records a round (pages, mentions, documents of {copies_a_round} "
            f"copies of {len(processed)} PDFs under new ids), median of {rounds} alternating "
            f"rounds; bulk chunk {docket_settings.bulk_chunk}, commits of {COMMIT_EVERY} files; "
            "Docket's time also covers its one _msearch a commit and the ledger entries in the "
            "same bulk; both end when their records are searchable (one refresh wait each).")
    return Row(f"indexing vs raw _bulk replay, {written:,.0f} records", f"{docket_rate:,.0f} records/s",
               f"{raw_rate:,.0f} records/s", docket_rate / raw_rate, 0.8, note)


# ---- entry points ---------------------------------------------------------------------------


def run(quick: bool) -> list[Row]:
    sizes = SIZES[quick]
    if not get_client(get_settings()).ping():
        raise RuntimeError(f"OpenSearch at {get_settings().search_url} does not answer")
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as folder:
        scratch = Path(folder)
        # The inputs first: a fault in writing them shows in seconds, not after the long runs.
        mixed = write_mixed_corpus(scratch / "mixed", range(1, sizes.mixed_seeds + 1))
        mail = write_email_threads(scratch / "mail", sizes.emails)
        rows: list[Row] = []
        runs = {count: end_to_end_rows(count, sizes.rounds, scratch) for count in sizes.pdfs}
        for count_rows, _processed in runs.values():
            rows += count_rows
        processed = runs[min(sizes.pdfs)][1]
        rows += [*(indexing_row(records, sizes.rounds, processed, scratch)
                   for records in sizes.records),
                 *naive_rows("mixed set", mixed, scratch / "mixed", scratch,
                             max(1, sizes.rounds - 1), ("NER reuse", "warm pool")),
                 *naive_rows("e-mail-heavy set", mail, scratch / "mail", scratch,
                             sizes.email_rounds, LEVERS)]
    client = get_client(get_settings())
    for name in ("e2e", "stages", "index", "raw", "naive-docket-mixed", "naive-docket-e-mail-heavy"):
        drop_indices(client, f"{BASE_PREFIX}-{name}")
    client.indices.delete(index=f"{BASE_PREFIX}-naive-documents", ignore_unavailable=True)
    return rows


def main() -> None:
    from bench.run import _table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs: a few minutes")
    rows = run(quick=parser.parse_args().quick)
    print(_table(rows))
    for row in rows:
        print(f"- {row.name}: {row.note}")


if __name__ == "__main__":
    main()
