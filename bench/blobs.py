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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import SecretStr

from bench.common import Row, alternate, rate, timed
from ingest.blobs import BlobStore, LocalBlobStore, S3BlobStore
from ingest.discover import sha256_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
ACCESS, SECRET, BUCKET = "docket-bench", "docket-bench-secret", "bench"


def largest_files(corpus: Path, count: int) -> list[tuple[Path, str, int]]:
    files = [p for p in corpus.rglob("*") if p.is_file() and p.stat().st_size]
    chosen = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:count]
    return [(p, sha256_file(p), p.stat().st_size) for p in chosen]


def write_all(store: BlobStore, files: list[tuple[Path, str, int]]) -> None:
    for path, sha256, _size in files:
        store.put_file(path, sha256)


def read_all(store: BlobStore, sha256s: Iterable[str]) -> None:
    """Every blob streamed to its end: its checksum is checked there (``BlobCorrupt``)."""
    for sha256 in sha256s:
        with store.open(sha256) as blob:
            while blob.read(1 << 20):
                pass


def measure(make: Callable[[], BlobStore], files: list[tuple[Path, str, int]],
            megabytes: float) -> tuple[float, float]:
    """One round: (write MB/s, read MB/s) into a fresh store."""
    store = make()
    write_s, _ = timed(lambda: write_all(store, files))
    read_s, _ = timed(lambda: read_all(store, (sha256 for _path, sha256, _size in files)))
    return rate(megabytes, write_s), rate(megabytes, read_s)


def side_by_side(name: str, unit: str, s3: list[float], local: list[float], note: str,
                 digits: int = 1) -> Row:
    """The median S3 round against the median local round."""
    mine, theirs = statistics.median(s3), statistics.median(local)
    return Row(name=f"{name}: S3 (SeaweedFS, loopback) vs local directory",
               docket=f"{mine:,.{digits}f} {unit}", reference=f"{theirs:,.{digits}f} {unit}",
               ratio=mine / theirs, note=f"{note}, median of {len(s3)} alternating rounds")


def rows(local: list[tuple[float, float]], s3: list[tuple[float, float]],
         count: int, megabytes: float) -> list[Row]:
    return [side_by_side(f"blob {what}", "MB/s", [r[index] for r in s3],
                         [r[index] for r in local],
                         f"{count} largest corpus files, {megabytes:,.1f} MB")
            for index, what in enumerate(("write", "read"))]


def print_table(found: list[Row]) -> None:
    print("| comparison | S3 | local | ratio |")
    print("|---|---|---|---|")
    for row in found:
        print(f"| {row.name} | {row.docket} | {row.reference} | {row.ratio:.2f} |")


@contextmanager
def s3_server(scratch: Path) -> Iterator[Callable[[], S3BlobStore]]:
    """SeaweedFS running with its data under ``scratch``, and a maker of empty stores in its
    bucket (a fresh prefix each, so that no put finds its blob already there)."""
    from tests.s3server import seaweed_s3, writable_bucket

    with seaweed_s3(scratch / "weed", {ACCESS: SECRET}) as server:
        def s3() -> S3BlobStore:
            store = S3BlobStore(bucket=BUCKET, prefix=uuid.uuid4().hex,
                                endpoint_url=server.endpoint, access_key=ACCESS,
                                secret_key=SecretStr(SECRET))
            return writable_bucket(store, server.log)

        yield s3


def missing_weed() -> bool:
    """True (having said so) when setup.sh has not built the SeaweedFS binary."""
    from tests.s3server import weed_binary

    if weed_binary().is_file():
        return False
    print(f"skipped: no SeaweedFS binary at {weed_binary()} (scripts/setup.sh builds it)")
    return True


def ready_arguments(parser: argparse.ArgumentParser, files: int) -> argparse.Namespace | None:
    """``parser`` with --corpus, --files and --rounds, parsed; None (having said why) when
    there is no corpus or no SeaweedFS binary to measure with."""
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--files", type=int, default=files)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return None
    return None if missing_weed() else args


def main() -> None:
    args = ready_arguments(argparse.ArgumentParser(description=__doc__.splitlines()[0]), 1000)
    if args is None:
        return
    files = largest_files(args.corpus, args.files)
    megabytes = sum(size for *_rest, size in files) / 1e6
    with tempfile.TemporaryDirectory(prefix="docket-bench-blobs-") as scratch, \
            s3_server(Path(scratch)) as s3:
        def local() -> BlobStore:
            return LocalBlobStore(Path(tempfile.mkdtemp(dir=scratch, prefix="local-")))

        local_rounds, s3_rounds = alternate(lambda: measure(local, files, megabytes),
                                            lambda: measure(s3, files, megabytes), args.rounds)
    print(f"{len(files)} files, {megabytes:,.1f} MB")
    print_table(rows(local_rounds, s3_rounds, len(files), megabytes))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
