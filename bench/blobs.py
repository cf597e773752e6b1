"""Blob store throughput: the S3 store (SeaweedFS on loopback) against the local directory, on
the 1,000 largest files of the corpus, written and read through the same ``BlobStore``
interface (ingest.blobs), side by side in one run.

Writes stream each file in (hashing it on the way); reads stream each blob out to its end
(checking its hash). Rounds alternate local and S3 so that noise from other work on a shared
machine falls on both; each round writes into a fresh directory and a fresh bucket prefix, so
that no put finds its blob already there. The figure is the median round's MB/s.

    python -m bench.blobs [--corpus ../shared/corpus] [--files 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from pydantic import SecretStr

from bench.common import Row, alternate, rate, timed
from ingest.blobs import BlobStore, LocalBlobStore, S3BlobStore
from ingest.discover import sha256_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
ACCESS, SECRET = "docket-bench", "docket-bench-secret"


def largest_files(corpus: Path, count: int) -> list[tuple[Path, str, int]]:
    files = [p for p in corpus.rglob("*") if p.is_file() and p.stat().st_size]
    chosen = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:count]
    return [(p, sha256_file(p), p.stat().st_size) for p in chosen]


def write_all(store: BlobStore, files: list[tuple[Path, str, int]]) -> None:
    for path, sha256, _size in files:
        store.put_file(path, sha256)


def read_all(store: BlobStore, files: list[tuple[Path, str, int]]) -> None:
    for _path, sha256, _size in files:
        with store.open(sha256) as blob:
            while blob.read(1 << 20):
                pass


def measure(make: Callable[[], BlobStore], files: list[tuple[Path, str, int]],
            megabytes: float) -> tuple[float, float]:
    """One round: (write MB/s, read MB/s) into a fresh store."""
    store = make()
    write_s, _ = timed(lambda: write_all(store, files))
    read_s, _ = timed(lambda: read_all(store, files))
    return rate(megabytes, write_s), rate(megabytes, read_s)


def rows(local: list[tuple[float, float]], s3: list[tuple[float, float]],
         count: int, megabytes: float) -> list[Row]:
    found = []
    for index, what in enumerate(("write", "read")):
        mine = statistics.median(r[index] for r in s3)
        theirs = statistics.median(r[index] for r in local)
        found.append(Row(
            name=f"blob {what}: S3 (SeaweedFS, loopback) vs local directory",
            docket=f"{mine:,.1f} MB/s", reference=f"{theirs:,.1f} MB/s", ratio=mine / theirs,
            note=f"{count} largest corpus files, {megabytes:,.1f} MB, median of "
                 f"{len(s3)} alternating rounds"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return
    from tests.s3server import seaweed_s3, weed_binary, writable_bucket

    if not weed_binary().is_file():
        print(f"skipped: no SeaweedFS binary at {weed_binary()} (scripts/setup.sh builds it)")
        return
    files = largest_files(args.corpus, args.files)
    megabytes = sum(size for *_rest, size in files) / 1e6
    with tempfile.TemporaryDirectory(prefix="docket-bench-blobs-") as scratch, \
            seaweed_s3(Path(scratch) / "weed", {ACCESS: SECRET}) as server:
        def s3() -> BlobStore:
            store = S3BlobStore(bucket="bench", prefix=uuid.uuid4().hex,
                                endpoint_url=server.endpoint, access_key=ACCESS,
                                secret_key=SecretStr(SECRET))
            return writable_bucket(store, server.log)

        def local() -> BlobStore:
            return LocalBlobStore(Path(tempfile.mkdtemp(dir=scratch, prefix="local-")))

        local_rounds, s3_rounds = alternate(lambda: measure(local, files, megabytes),
                                            lambda: measure(s3, files, megabytes), args.rounds)
    print(f"{len(files)} files, {megabytes:,.1f} MB")
    print("| comparison | S3 | local | ratio |")
    print("|---|---|---|---|")
    for row in rows(local_rounds, s3_rounds, len(files), megabytes):  # type: ignore[arg-type]
        print(f"| {row.name} | {row.docket} | {row.reference} | {row.ratio:.2f} |")


if __name__ == "__main__":
    main()
