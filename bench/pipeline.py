"""Pipeline throughput (PRODUCT.md section 8), Docket beside its reference in the same run.

    python -m bench.pipeline [--quick]        (or: python -m bench.run --only pipeline)

1. End-to-end ingestion of text PDFs (a real job: ``start_job``, ``run_local``, ``finish_job``,
   as ``docket ingest`` runs it) against the bound set by the slowest stage run alone on the same
   files with the same resources (identify+hash, extract, entities, records and index).
2. Docket's indexing stage (``commit_outcomes``) against a raw ``_bulk`` replay of the same
   records, pre-serialised as NDJSON, same chunk size and refresh policy, same mappings.
3. Docket against the naive pipeline a user would write with the same libraries: ``partition()``,
   the full spaCy pipeline and one ``index()`` call per document, on a mixed set of formats.

Every run writes under its own index prefixes (``docket-bench-pipe-*``, dropped before each
use) and its own data folder (blobs, work folders) in a temporary directory.
"""

from __future__ import annotations

import argparse
import dataclasses
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
from bench.pipeline_corpus import write_mixed_corpus, write_text_pdfs
from config import Settings, get_settings
from ingest.blobs import store_blob
from ingest.containers.sniff import refine
from ingest.discover import sha256_file
from ingest.entities import find_mentions, load_nlp
from ingest.extract import extract
from ingest.identify import identify
from ingest.job import COMMIT_EVERY, commit_outcomes, finish_job, run_local, start_job
from ingest.language import detect_language
from ingest.model import Extraction, FileTask, Identity, Mention, Outcome, Page
from ingest.neardup import signature
from ingest.records import document_id, index_actions
from ingest.worker import work_context
from search.client import get_client, reset_clients
from search.corrections import ingest_corrections
from search.indices import Indices, drop_indices, ensure_indices

BASE_PREFIX = "docket-bench-pipe"
COLLECTION = "bench"
STAGES = ("identify+hash", "extract", "entities", "records", "index")


@dataclasses.dataclass(frozen=True)
class Sizes:
    pdfs: int  # text PDFs for rows 1 and 2
    rounds: int  # alternating rounds of Docket and its reference
    index_copies: int  # row 2 indexes the PDFs' records this many times over, under new ids
    mixed_seeds: int  # sample corpora in row 3's mixed set (about 38 files each)


SIZES = {True: Sizes(pdfs=40, rounds=2, index_copies=2, mixed_seeds=1),
         False: Sizes(pdfs=160, rounds=2, index_copies=4, mixed_seeds=2)}


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


# ---- settings and stores -------------------------------------------------------------------


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


# ---- row 1: the job, and each stage alone --------------------------------------------------


@dataclasses.dataclass(frozen=True)
class JobRun:
    seconds: float
    files: int
    pages: int
    counts: dict[str, int]


def run_job(settings: Settings, roots: list[Path]) -> JobRun:
    """A local job over the folders ``roots``, from planning to ``finish_job``, into fresh
    indices. (Folders, as ``docket ingest`` is given them: a list of files would make each
    file its own root, and files of the same name in two folders would share a path.)"""
    client = fresh_store(settings)
    started = time.perf_counter()
    plan = start_job(client, settings, roots, COLLECTION, mode="local")
    run_local(client, settings, plan)
    counts = finish_job(client, settings, plan.job_id)
    seconds = time.perf_counter() - started
    pages = client.count(index=Indices(settings.index_prefix).pages)["count"]
    return JobRun(seconds, plan.received, pages, {k: n for k, n in counts.items() if n})


_worker_settings: Settings | None = None


def _stage_worker_init(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    reset_clients()  # the parent's connections are not the child's (as in the job's workers)
    # Each stage alone is timed warm (the strictest bound): spaCy as the job's workers load it at
    # start, and the first-use costs of the records stage (the language model's load;
    # the corrections look-up), which the job's workers pay on their first file.
    load_nlp(settings.spacy_model)
    detect_language("A sentence long enough for the language detector to load its profiles.")
    ingest_corrections(get_client(settings), settings.index_prefix)


def _ready(_item: int) -> None:
    time.sleep(0.2)  # long enough that every worker of the pool is started and initialised


def identify_and_hash(path: Path) -> tuple[str, Identity]:
    return sha256_file(path), refine(identify(path), path)


def extract_one(item: tuple[Path, Identity]) -> Extraction:
    assert _worker_settings is not None
    return extract(item[0], item[1], work_context(_worker_settings).extract)


def entities_one(pages: list[Page]) -> list[Mention]:
    assert _worker_settings is not None
    nlp = load_nlp(_worker_settings.spacy_model)
    return find_mentions(pages, nlp, _worker_settings.max_entity_chars)


def records_one(item: tuple[FileTask, Extraction, list[Mention]]) -> list[dict[str, Any]]:
    """The job's store and records steps: the original into the blob store, then the records."""
    assert _worker_settings is not None
    task, extraction, mentions = item
    store_blob(_worker_settings.blob_dir, Path(task.path), task.sha256)
    corrections = ingest_corrections(get_client(_worker_settings), _worker_settings.index_prefix)
    return index_actions(Indices(_worker_settings.index_prefix), task, extraction, mentions,
                         signature(extraction.text), corrections)


def _task(path: Path, sha: str, identity: Identity, number: int) -> FileTask:
    return FileTask(job_id="bench-stages", collection=COLLECTION, path=str(path),
                    relpath=f"{path.parent.name}/{path.name}", sha256=sha, size=path.stat().st_size,
                    mime=identity.mime, family=identity.family, extension=identity.extension,
                    doc_id=document_id(COLLECTION, sha), control=f"BENCH-{number:06d}")


def run_stages(settings: Settings, files: list[Path]) -> tuple[dict[str, float], list[Processed]]:
    """Seconds each stage takes alone over ``files``: the worker stages in a warm pool of
    ``settings.workers`` processes, the index stage in one process, as in the job."""
    seconds: dict[str, float] = {}
    client = fresh_store(settings)  # before the workers start: the records stage reads it
    context = get_context("fork")
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_stage_worker_init,
                             initargs=(settings,)) as pool:
        list(pool.map(_ready, range(settings.workers)))

        def timed_map(stage: str, work: Callable[[Any], Any], items: Iterable[Any]) -> list[Any]:
            started = time.perf_counter()
            results = list(pool.map(work, items))
            seconds[stage] = time.perf_counter() - started
            return results

        found = timed_map("identify+hash", identify_and_hash, files)
        identities = [identity for _sha, identity in found]
        extractions = timed_map("extract", extract_one, list(zip(files, identities, strict=True)))
        mentions = timed_map("entities", entities_one, [e.pages for e in extractions])
        tasks = [_task(p, sha, i, n) for n, (p, (sha, i)) in enumerate(zip(files, found, strict=True))]
        records = timed_map("records", records_one, list(zip(tasks, extractions, mentions, strict=True)))
    processed = [Processed(*parts) for parts in zip(tasks, extractions, mentions, records, strict=True)]
    seconds["index"] = index_with_docket(client, settings, [p.outcome() for p in processed])
    return seconds, processed


def index_with_docket(client: OpenSearch, settings: Settings, outcomes: list[Outcome]) -> float:
    """Seconds for Docket's index stage, committing as the job does: COMMIT_EVERY outcomes at
    a time, the last commit waiting for the ledger to be visible."""
    started = time.perf_counter()
    for start in range(0, len(outcomes), COMMIT_EVERY):
        last = start + COMMIT_EVERY >= len(outcomes)
        commit_outcomes(client, settings, outcomes[start : start + COMMIT_EVERY], wait=last)
    return time.perf_counter() - started


def end_to_end_row(sizes: Sizes, scratch: Path) -> tuple[Row, list[Processed]]:
    files = write_text_pdfs(scratch / "pdfs", sizes.pdfs)
    job_settings = bench_settings("e2e", scratch / "e2e")
    stage_settings = bench_settings("stages", scratch / "stages")
    jobs: list[JobRun] = []
    stage_runs: list[dict[str, float]] = []
    processed: list[Processed] = []

    def job() -> float:
        jobs.append(run_job(job_settings, [scratch / "pdfs"]))
        return jobs[-1].seconds

    def stages() -> float:
        nonlocal processed
        seconds, processed = run_stages(stage_settings, files)
        stage_runs.append(seconds)
        return max(seconds.values())

    alternate(job, stages, sizes.rounds)
    job_seconds = statistics.median(j.seconds for j in jobs)
    stage_seconds = {s: statistics.median(r[s] for r in stage_runs) for s in STAGES}
    slowest = max(stage_seconds, key=lambda s: stage_seconds[s])
    bound = rate(len(files), stage_seconds[slowest])
    docket = rate(len(files), job_seconds)
    pages = jobs[-1].pages
    each = ", ".join(f"{s} {rate(len(files), t):.1f}" for s, t in stage_seconds.items())
    serial = rate(len(files), sum(stage_seconds.values()))
    note = (f"{len(files)} text PDFs, {pages} pages, {job_settings.workers} workers, median of "
            f"{sizes.rounds} alternating rounds; job states {jobs[-1].counts}. Stages alone "
            f"(files/s): {each}. Bound = the slowest stage alone ({slowest}); the stages one "
            f"after another would give {serial:.1f} files/s.")
    row = Row("end-to-end text PDFs vs slowest stage alone",
              f"{docket:.1f} files/s ({rate(pages, job_seconds):.0f} pages/s)",
              f"{bound:.1f} files/s ({slowest})", docket / bound, 0.8, note)
    return row, processed


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


def indexing_row(sizes: Sizes, processed: list[Processed], scratch: Path) -> Row:
    docket_settings = bench_settings("index", scratch / "index")
    raw_settings = bench_settings("raw", scratch / "raw")
    docket_client, raw_client = fresh_store(docket_settings), fresh_store(raw_settings)
    copies = iter(range(sizes.index_copies))
    counts: list[int] = []
    pending: list[list[Outcome]] = []

    def docket() -> float:
        outcomes = copy_outcomes(processed, docket_settings, next(copies))
        pending.append(outcomes)
        counts.append(sum(len(o.records) for o in outcomes))
        return index_with_docket(docket_client, docket_settings, outcomes)

    def raw() -> float:
        bodies = ndjson_chunks(pending.pop(), docket_settings.index_prefix,
                               raw_settings.index_prefix, raw_settings.bulk_chunk)
        return replay(raw_client, bodies)

    docket_times, raw_times = alternate(docket, raw, sizes.index_copies)
    records = statistics.median(counts)
    docket_rate = rate(records, statistics.median(docket_times))
    raw_rate = rate(records, statistics.median(raw_times))
    note = (f"{records:.0f} records a round (pages, mentions, documents of {len(processed)} PDFs "
            f"under new ids), median of {sizes.index_copies} alternating rounds; bulk chunk "
            f"{docket_settings.bulk_chunk}, commits of {COMMIT_EVERY} files; Docket's time also "
            "covers its stale-record sweep and ledger writes; both end when their records are "
            "searchable (one refresh wait each).")
    return Row("indexing vs raw _bulk replay", f"{docket_rate:,.0f} records/s",
               f"{raw_rate:,.0f} records/s", docket_rate / raw_rate, 0.8, note)


# ---- row 3: Docket against the naive pipeline ----------------------------------------------


@dataclasses.dataclass(frozen=True)
class NaiveRun:
    seconds: float
    with_text: int


def run_naive(files: list[Path], client: OpenSearch, index: str) -> NaiveRun:
    """What a user would write: partition(), the full spaCy pipeline, one index call a file.
    A file counts only when partition() gave it text and it was indexed."""
    import spacy
    from unstructured.partition.auto import partition

    started = time.perf_counter()
    nlp = spacy.load("en_core_web_sm")
    with_text = 0
    for path in files:
        try:
            text = "\n\n".join(e.text for e in partition(filename=str(path)) if e.text)
        except Exception:  # the naive script skips what partition() cannot read
            continue
        if not text.strip():
            continue
        entities = [{"text": e.text, "label": e.label_} for e in nlp(text).ents]
        client.index(index=index, body={"path": str(path), "text": text, "entities": entities})
        with_text += 1
    return NaiveRun(time.perf_counter() - started, with_text)


def _warm_partition(files: list[Path]) -> None:
    """unstructured imports each format's module at first use: import them before timing."""
    from unstructured.partition.auto import partition

    for suffix in sorted({p.suffix for p in files}):
        try:
            partition(filename=str(next(p for p in files if p.suffix == suffix)))
        except Exception:  # PDFs fail here by design (no unstructured-inference)
            continue


def docket_with_text(settings: Settings) -> int:
    """Top-level files whose document got text (a failed or empty file is not processed)."""
    client = get_client(settings)
    query = {"bool": {"filter": [{"range": {"page_count": {"gt": 0}}}],
                      "must_not": [{"exists": {"field": "parent_id"}}]}}
    return client.count(index=Indices(settings.index_prefix).documents, body={"query": query})["count"]


def naive_row(sizes: Sizes, scratch: Path) -> Row:
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("SCARF_NO_ANALYTICS", "true")
    files = write_mixed_corpus(scratch / "mixed", range(1, sizes.mixed_seeds + 1))
    settings = bench_settings("naive-docket", scratch / "naive-docket")
    naive_settings = bench_settings("naive", scratch / "naive")
    _warm_partition(files)
    naive_index = f"{naive_settings.index_prefix}-documents"
    client = get_client(naive_settings)
    jobs: list[tuple[JobRun, int]] = []
    naives: list[NaiveRun] = []

    def docket() -> float:
        run = run_job(settings, [scratch / "mixed"])
        jobs.append((run, docket_with_text(settings)))
        return run.seconds

    def naive() -> float:
        client.indices.delete(index=naive_index, ignore_unavailable=True)
        naives.append(run_naive(files, client, naive_index))
        return naives[-1].seconds

    rounds = max(1, sizes.rounds - 1)
    docket_times, naive_times = alternate(docket, naive, rounds)
    docket_rate = rate(jobs[-1][1], statistics.median(docket_times))
    naive_rate = rate(naives[-1].with_text, statistics.median(naive_times))
    kinds = ", ".join(f"{s or 'none'} {sum(p.suffix == s for p in files)}"
                      for s in sorted({p.suffix for p in files}))
    note = (f"{len(files)} files ({kinds}); files/s counts only files that got text and were "
            f"indexed: Docket {jobs[-1][1]}, naive {naives[-1].with_text} (plain partition() fails "
            f"on every PDF: no unstructured-inference). Both timings include loading spaCy; "
            f"{settings.workers} Docket workers vs the naive single process; median of {rounds}.")
    return Row("Docket vs naive partition()+spaCy+index()", f"{docket_rate:.2f} files/s",
               f"{naive_rate:.2f} files/s", docket_rate / naive_rate, 5.0, note)


# ---- entry points ---------------------------------------------------------------------------


def run(quick: bool) -> list[Row]:
    sizes = SIZES[quick]
    if not get_client(get_settings()).ping():
        raise RuntimeError(f"OpenSearch at {get_settings().search_url} does not answer")
    with tempfile.TemporaryDirectory(prefix="docket-bench-pipe-") as folder:
        scratch = Path(folder)
        end_to_end, processed = end_to_end_row(sizes, scratch)
        rows = [end_to_end, indexing_row(sizes, processed, scratch), naive_row(sizes, scratch)]
    client = get_client(get_settings())
    for name in ("e2e", "stages", "index", "raw", "naive-docket"):
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
