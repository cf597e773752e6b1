"""Where the NER row's time goes: bare ``nlp.pipe`` against ``find_mentions`` in CPU time, and
each pattern kind's cost, over the stage bench's pages (bench.stages).

    python -m bench.ner_cost [--rounds 4]

The NER row of ``make bench`` times wall clock in rounds that alternate with a third pipe; this
probe times process CPU in rounds of its own, with Docket's name caches cleared (as a worker
meets a document's names for the first time) and warm, and the rules alone (every paragraph's
NER answer cached, the name caches cleared), so a change to the rules can be weighed on its own.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from bench.stages import clear_name_caches, ner_documents
from config.settings import get_settings
from ingest.entities import find_mentions, load_nlp
from ingest.model import Page
from ingest.nercache import NerCache
from ingest.patterns import SCANNED, _candidates


def cpu_seconds(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args(argv)
    settings = get_settings()
    nlp = load_nlp(settings.spacy_model)
    docs = ner_documents(quick=False)
    as_pages = [[Page(n, t) for n, t in enumerate(doc, start=1)] for doc in docs]
    [find_mentions([Page(1, doc[0])], nlp, settings.max_entity_chars) for doc in docs[:20]]

    def docket() -> None:
        [find_mentions(doc, nlp, settings.max_entity_chars) for doc in as_pages]

    answers = NerCache()  # every paragraph's NER answer, so that only Docket's rules are timed
    [find_mentions(doc, nlp, settings.max_entity_chars, cache=answers) for doc in as_pages]

    def rules_alone() -> None:
        clear_name_caches()
        [find_mentions(doc, nlp, settings.max_entity_chars, cache=answers) for doc in as_pages]

    variants: dict[str, Callable[[], object]] = {
        "bare nlp.pipe per document": lambda: [list(nlp.pipe(doc)) for doc in docs],
        "find_mentions, caches cleared": lambda: (clear_name_caches(), docket()),
        "find_mentions, caches warm": docket,
        "rules alone (NER answers cached)": rules_alone,
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _round in range(args.rounds):
        for name, work in variants.items():
            times[name].append(cpu_seconds(work))
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bare nlp.pipe per document"]
    print(f"{len(docs)} documents, {sum(map(len, docs))} pages; CPU seconds, median of {args.rounds}")
    for name, seconds in medians.items():
        print(f"  {name:32s} {seconds:6.3f} s   ratio {bare / seconds:.3f}")
    print(f"  the rules' share beyond bare spaCy: {medians['rules alone (NER answers cached)'] / bare:.1%}")
    pages = [text for doc in docs for text in doc]
    print("pattern kinds, one pass over the pages:")
    for kind in SCANNED:
        seconds = statistics.median(
            cpu_seconds(lambda kind=kind: [_candidates(kind, text) for text in pages])
            for _round in range(3))
        print(f"  {kind.name:12s} {seconds * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
