"""Row 3 of bench.pipeline: Docket against the naive pipeline a user would write with the same
libraries (``partition()``, the full spaCy pipeline, one ``index()`` call a file), on the mixed
set and on the e-mail-heavy set (bench.pipeline_corpus), with each lever's gain.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import time
from pathlib import Path

from opensearchpy import OpenSearch

from bench.common import Row, alternate, rate
from bench.pipeline_levers import Levers, bench_settings
from config import Settings
from search.client import get_client
from search.indices import Indices


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


def naive_rows(title: str, files: list[Path], root: Path, scratch: Path, rounds: int,
               levers: tuple[str, ...]) -> list[Row]:
    """Docket (the levers ``levers``, the last one in the ratio) against the naive pipeline."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("SCARF_NO_ANALYTICS", "true")
    name = title.split()[0]
    settings = bench_settings(f"naive-docket-{name}", scratch / f"naive-docket-{name}")
    naive_settings = bench_settings("naive", scratch / "naive")
    _warm_partition(files)
    naive_index = f"{naive_settings.index_prefix}-documents"
    client = get_client(naive_settings)
    jobs = Levers(settings, [root], scratch / f"naive-docket-{name}")
    with_text: list[int] = []
    naives: list[NaiveRun] = []

    def docket() -> float:
        jobs.round(levers)
        with_text.append(docket_with_text(settings))
        return 0.0

    def naive() -> float:
        client.indices.delete(index=naive_index, ignore_unavailable=True)
        naives.append(run_naive(files, client, naive_index))
        return naives[-1].seconds

    try:
        _docket, naive_times = alternate(docket, naive, rounds)
    finally:
        jobs.close()
    rates = {lever: rate(with_text[-1], jobs.seconds(lever)) for lever in levers}
    naive_rate = rate(naives[-1].with_text, statistics.median(naive_times))
    kinds = ", ".join(f"{s or 'none'} {sum(p.suffix == s for p in files)}"
                      for s in sorted({p.suffix for p in files}))
    others = "; ".join(f"{lever} {speed:.2f} files/s ({speed / naive_rate:.2f}x)"
                       for lever, speed in rates.items())
    note = (f"{len(files)} files ({kinds}); files/s counts only files that got text and were "
            f"indexed: Docket {with_text[-1]}, naive {naives[-1].with_text} (plain partition() "
            f"fails on every PDF: no unstructured-inference). The naive timing includes loading "
            f"spaCy, Docket's on a warm pool does not (`docket serve` loaded it). "
            f"{settings.workers} Docket workers vs the naive single process; median of {rounds}. "
            f"Docket with the levers up to: {others}.")
    rows = [Row(f"Docket vs naive partition()+spaCy+index(), {title}",
                f"{rates[levers[-1]]:.2f} files/s", f"{naive_rate:.2f} files/s",
                rates[levers[-1]] / naive_rate, 5.0, note)]
    if levers == tuple(jobs.runs):
        rows.append(jobs.row(title, with_text[-1]))
    return rows
