"""End-to-end ingest with the S3 blob store (SeaweedFS on loopback) against the local directory,
side by side in one run: the same corpus files ingested as a real local job (planning,
the worker pool writing every original and container member through ``blob_store(settings)``,
commits, ``finish_job``), once with ``DOCKET_BLOB_URL`` unset and once pointing at a bucket.

The files are drawn reproducibly (a fixed seed) from the corpus, all formats alike, containers
included, up to a size cap (a 1,225-page book would time extraction, not the blob store), and
copied into one folder, as ``docket ingest`` is given one. Rounds alternate local and S3; each
round has fresh indices, a fresh data folder (no NER cache carried over) and, for S3, a fresh
bucket prefix. After each S3 round every indexed document's original is read back from the
bucket to its end, which checks its checksum. Indices go under ``DOCKET_BENCH_PIPE_PREFIX``
(bench.pipeline_levers) and are dropped by name at the end.

    python -m bench.blob_ingest [--corpus ../shared/corpus] [--files 250] [--max-kb 1024]
                                [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from opensearchpy import OpenSearch, helpers

from bench.blobs import print_table, read_all, ready_arguments, s3_server, side_by_side
from bench.common import alternate, rate
from bench.pipeline_levers import BASE_PREFIX, bench_settings, run_job
from config import Settings
from ingest.blobs import BlobError, S3BlobStore, blob_store
from search.client import get_client
from search.indices import Indices, drop_indices

SEED = 19  # the number: the same files on every run


def sample_files(corpus: Path, count: int, max_bytes: int) -> list[Path]:
    """``count`` files of the corpus (not its own notes at the top), drawn with ``SEED``."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.parent != corpus
                   and 0 < p.stat().st_size <= max_bytes)
    return sorted(random.Random(SEED).sample(files, min(count, len(files))))


def copy_input(files: list[Path], corpus: Path, folder: Path) -> Path:
    """The files under one folder, keeping their paths below the corpus (names repeat)."""
    for path in files:
        target = folder / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return folder


def formats(files: list[Path]) -> str:
    counts = Counter(p.suffix.lower().lstrip(".") or "(none)" for p in files)
    return ", ".join(f"{kind} {n}" for kind, n in counts.most_common())


def s3_settings(settings: Settings, store: S3BlobStore) -> Settings:
    """``settings`` with ``DOCKET_BLOB_URL`` and ``DOCKET_S3_*`` naming ``store``'s bucket."""
    return settings.model_copy(update={
        "blob_url": f"s3://{store.bucket}/{store.prefix}", "s3_endpoint_url": store.endpoint_url,
        "s3_access_key": store.access_key, "s3_secret_key": store.secret_key})


def indexed_originals(client: OpenSearch, settings: Settings) -> list[str]:
    return sorted({hit["_source"]["sha256"] for hit in helpers.scan(
        client, index=Indices(settings.index_prefix).documents, _source=["sha256"],
        query={"query": {"exists": {"field": "sha256"}}})})


def verify_originals(settings: Settings) -> str:
    """Every indexed original read back from the store to its end (its checksum checked)."""
    originals = indexed_originals(get_client(settings), settings)
    store, failed = blob_store(settings), []
    for sha256 in originals:
        try:
            read_all(store, [sha256])
        except BlobError as exc:
            failed.append(f"{sha256[:12]}: {exc}")
    return (f"{len(originals) - len(failed)} of {len(originals)} indexed originals read back "
            f"from {store.kind} with their checksum" + "".join(f"\n  {f}" for f in failed))


class Rounds:
    """Alternating jobs over one input folder; each round's files/s and MB/s."""

    def __init__(self, scratch: Path, input_dir: Path, megabytes: float,
                 make_s3: Callable[[], S3BlobStore]) -> None:
        self.scratch, self.input_dir, self.megabytes = scratch, input_dir, megabytes
        self.make_s3, self.number = make_s3, 0
        self.checks: list[str] = []

    def settings(self, kind: str) -> Settings:
        self.number += 1
        return bench_settings(f"blobs-{kind}", self.scratch / f"round-{self.number}")

    def job(self, settings: Settings) -> tuple[float, float]:
        run = run_job(settings, [self.input_dir])
        files, megabytes = rate(run.files, run.seconds), rate(self.megabytes, run.seconds)
        # Said as it comes, so that a round survives a later one's failure on a shared node.
        print(f"round {self.number} ({'s3' if settings.blob_url else 'local'}): {run.files} "
              f"files in {run.seconds:.1f} s, {files:.2f} files/s, {megabytes:.3f} MB/s",
              flush=True)
        return files, megabytes

    def local(self) -> tuple[float, float]:
        return self.job(self.settings("local"))

    def s3(self) -> tuple[float, float]:
        settings = s3_settings(self.settings("s3"), self.make_s3())
        measured = self.job(settings)
        self.checks.append(verify_originals(settings))
        print(self.checks[-1], flush=True)
        return measured


def report(rounds: Rounds, local: list[tuple[float, float]], s3: list[tuple[float, float]],
           files: list[Path]) -> None:
    note = f"{len(files)} corpus files, {rounds.megabytes:,.1f} MB, a local job"
    print_table([side_by_side(f"ingest {what}", unit, [r[index] for r in s3],
                              [r[index] for r in local], note, digits=2)
                 for index, (what, unit) in enumerate((("files", "files/s"), ("bytes", "MB/s")))])
    for number, check in enumerate(rounds.checks, 1):
        print(f"S3 round {number}: {check}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024, help="leave out larger files")
    args = ready_arguments(parser, 250)
    if args is None:
        return
    files = sample_files(args.corpus, args.files, args.max_kb * 1024)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(files)} files, {megabytes:,.1f} MB: {formats(files)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="docket-bench-blob-ingest-") as folder:
        scratch = Path(folder)
        input_dir = copy_input(files, args.corpus, scratch / "input")
        try:
            with s3_server(scratch) as make_s3:
                rounds = Rounds(scratch, input_dir, megabytes, make_s3)
                local, s3 = alternate(rounds.local, rounds.s3, args.rounds)  # type: ignore[arg-type]
        finally:
            client = get_client(bench_settings("cleanup", scratch))
            for kind in ("local", "s3"):
                drop_indices(client, f"{BASE_PREFIX}-blobs-{kind}")
    report(rounds, local, s3, files)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
