"""Peak RSS of ingestion on single inputs: the corpus's largest files and generated hostile ones.

Each input is ingested alone by a real ``docket ingest`` (one worker process) and the peak
resident set of the largest process in that run is read from ``wait4``'s rusage. The bar in
PRODUCT.md is 1.5 GB per worker on any single input.

    python -m bench.memory [--corpus ../shared/corpus] [--largest 8]
    python -m bench.memory --per-type [--families pdf zip ...]   # the largest file of each family
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from bench.common import Row

ROOT = Path(__file__).resolve().parents[1]
BAR_MB = 1536


def largest_files(corpus: Path, count: int) -> list[Path]:
    files = [p for p in corpus.rglob("*") if p.is_file() and p.name != "expectations.jsonl"]
    return sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:count]


def largest_per_family(corpus: Path) -> dict[str, Path]:
    """The largest corpus file of each extractor family (as ``identify`` judges the content)."""
    from ingest.identify import identify

    largest: dict[str, Path] = {}
    for path in corpus.rglob("*"):
        if not path.is_file() or path.name == "expectations.jsonl":
            continue
        family = identify(path).family
        if family not in largest or path.stat().st_size > largest[family].stat().st_size:
            largest[family] = path
    return dict(sorted(largest.items()))


def per_type(corpus: Path, families: list[str] | None = None) -> int:
    """Peak RSS of ingesting the largest file of each family: which formats cost memory."""
    print(f"{'family':<16} {'file':<56} {'MB in':>8} {'peak RSS MB':>12} exit")
    worst = 0.0
    chosen = {f: p for f, p in largest_per_family(corpus).items() if not families or f in families}
    for index, (family, path) in enumerate(chosen.items()):
        rss, code = peak_rss_mb(path, index)
        worst = max(worst, rss)
        print(f"{family:<16} {path.name[:56]:<56} {path.stat().st_size / 1e6:>8.1f} {rss:>12.0f} {code}",
              flush=True)
    print(f"maximum peak RSS: {worst:.0f} MB (bar {BAR_MB} MB): "
          f"{'holds' if worst < BAR_MB else 'EXCEEDED'}")
    return 0 if worst < BAR_MB else 1


def hostile_inputs(folder: Path) -> list[Path]:
    """A zip bomb (1 GiB of zeros) and a 400 MB text file, written by streaming."""
    bomb = folder / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("zeros.bin", "w") as out:
        block = bytes(1 << 20)
        for _ in range(1024):
            out.write(block)
    huge = folder / "huge.txt"
    line = b"Statement continues with the same words about the blue van and the depot.\n"
    with huge.open("wb") as out:
        for _ in range(400 * (1 << 20) // len(line)):
            out.write(line)
    return [bomb, huge]


def peak_rss_mb(path: Path, index: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        single = Path(tmp) / "in"
        single.mkdir()
        shutil.copy(path, single / path.name)
        env = {**os.environ, "DOCKET_WORKERS": "1",
               "DOCKET_INDEX_PREFIX": os.environ.get("DOCKET_INDEX_PREFIX", "docket-bench")}
        cmd = [str(Path(sys.executable).parent / "docket"), "ingest", str(single),
               "--collection", f"mem-{index}"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def run(quick: bool) -> list[Row]:
    """``make bench``'s row: the largest peak RSS of a worker over single inputs, against the
    bar (quick: the corpus's two largest files; full: its eight largest and the hostile ones)."""
    corpus = ROOT.parent / "shared" / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        inputs = largest_files(corpus, 2 if quick else 8) if corpus.is_dir() else []
        if not quick or not inputs:
            inputs += hostile_inputs(Path(tmp))
        peaks = [(peak_rss_mb(path, index), path) for index, path in enumerate(inputs)]
    (worst, _code), path = max(peaks, key=lambda item: item[0][0])
    failed = [p.name for (_rss, code), p in peaks if code not in (0, 1)]
    note = (f"{len(inputs)} single inputs, each a `docket ingest` with one worker; the largest "
            f"peak was {path.name} ({path.stat().st_size / 1e6:.1f} MB in)"
            + (f"; runs that crashed: {', '.join(failed)}" if failed else "") + ".")
    return [Row("peak RSS of a worker vs the 1.5 GB bar", f"{worst:,.0f} MB", f"{BAR_MB:,} MB",
                BAR_MB / worst if worst else float("inf"), 1.0, note)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--largest", type=int, default=8)
    parser.add_argument("--per-type", action="store_true",
                        help="the largest corpus file of each family, in a table by family")
    parser.add_argument("--families", nargs="*", help="with --per-type: only these families")
    args = parser.parse_args()
    if args.per_type:
        if not args.corpus.is_dir():
            print(f"no corpus at {args.corpus}")
            return 0
        return per_type(args.corpus, args.families)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = hostile_inputs(Path(tmp))
        if args.corpus.is_dir():
            inputs = largest_files(args.corpus, args.largest) + inputs
        print(f"{'input':<60} {'MB in':>8} {'peak RSS MB':>12} exit")
        worst = 0.0
        for index, path in enumerate(inputs):
            rss, code = peak_rss_mb(path, index)
            worst = max(worst, rss)
            print(f"{path.name[:60]:<60} {path.stat().st_size / 1e6:>8.1f} {rss:>12.0f} {code}")
        print(f"maximum peak RSS: {worst:.0f} MB (bar {BAR_MB} MB): "
              f"{'holds' if worst < BAR_MB else 'EXCEEDED'}")
        return 0 if worst < BAR_MB else 1


if __name__ == "__main__":
    sys.exit(main())
