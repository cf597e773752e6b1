"""How much NER work the paragraph cache and prose-only NER save (ingest.nercache, ingest.tables).

    python -m bench.ner_reuse --corpus ../shared/corpus     # a real job, then its pages
    python -m bench.ner_reuse --email 400                     # the generated e-mail-heavy set

A real job ingests the files (identification, extraction, containers unpacked, copies settled by
hash) into a scratch prefix; then every page it indexed is cut into paragraphs as the entities
stage cuts them. Of all the words on those pages: the share in grids (no NER: a CSV file, a
spreadsheet, delimited rows), and the share of the prose words that repeat a paragraph already
seen (the cache answers them: the first copy costs, the others are saved). Exact copies of a
file never reach a worker, so what is counted here is on top of deduplication.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from opensearchpy import OpenSearch, helpers

from bench.pipeline_corpus import write_email_threads
from bench.pipeline_levers import bench_settings, fresh_store
from ingest.job import finish_job, run_local, start_job
from ingest.nercache import paragraphs
from ingest.tables import is_grid, tabular
from search.indices import Indices


@dataclass
class Reuse:
    words: int = 0  # on every page the job indexed
    grid: int = 0  # in grids: no NER
    prose: int = 0  # sent to NER without a cache
    spacy: int = 0  # sent to spaCy with the cache: each distinct paragraph once

    def line(self, name: str) -> str:
        saved = self.prose - self.spacy
        return (f"{name}: {self.words:,} words; grids {self.grid:,} "
                f"({self.grid / max(1, self.words):.1%}: no NER); prose {self.prose:,}, of which "
                f"{saved:,} repeat a paragraph seen before ({saved / max(1, self.prose):.1%} of "
                f"NER words saved); spaCy reads {self.spacy:,} "
                f"({1 - self.spacy / max(1, self.words):.1%} fewer words than every page)")


def reuse(pages: Iterable[tuple[str, str, str]]) -> Reuse:
    """Words of (mime, family, text) pages, as the entities stage would treat them."""
    found, seen = Reuse(), set()
    for mime, family, text in pages:
        prose = not tabular(mime, family)
        for paragraph in paragraphs(text):
            words = paragraph.words
            found.words += words
            if not prose or is_grid(paragraph.text):
                found.grid += words
                continue
            found.prose += words
            if paragraph.text not in seen:
                seen.add(paragraph.text)
                found.spacy += words
    return found


def indexed_pages(client: OpenSearch, prefix: str) -> Iterator[tuple[str, str, str]]:
    indices = Indices(prefix)
    kinds = {hit["_id"]: (hit["_source"].get("mime", ""), hit["_source"].get("type", ""))
             for hit in helpers.scan(client, index=indices.documents,
                                     _source=["mime", "type"], query={"query": {"match_all": {}}})}
    for hit in helpers.scan(client, index=indices.pages, _source=["doc_id", "text"],
                            query={"query": {"match_all": {}}}):
        mime, label = kinds.get(hit["_source"]["doc_id"], ("", ""))
        yield mime, label, hit["_source"].get("text") or ""


def measure(name: str, roots: list[Path], scratch: Path) -> Reuse:
    settings = bench_settings(f"ner-{name}", scratch / name)
    client = fresh_store(settings)
    plan = start_job(client, settings, roots, "bench", mode="local")
    run_local(client, settings, plan)
    finish_job(client, settings, plan.job_id)
    return reuse(indexed_pages(client, settings.index_prefix))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--email", type=int, default=0, help="messages in the generated set")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docket-bench-ner-") as folder:
        scratch = Path(folder)
        for number, corpus in enumerate(args.corpus):
            print(measure(f"corpus{number}", [corpus], scratch).line(str(corpus)))
        if args.email:
            write_email_threads(scratch / "mail", args.email)
            print(measure("mail", [scratch / "mail"], scratch).line(
                f"e-mail-heavy set ({args.email} messages)"))


if __name__ == "__main__":
    main()
