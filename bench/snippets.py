"""What highlighting costs in the snippets search, and which settings cost least (issue 16).

The search's answer needs two searches: the documents (hits and facets) and the pages of the
hits, highlighted (``DocumentSearch.snippet_body``). This replays the pages search of each
search of bench.search_latency's mix, as Docket sends it for an uncleared reviewer, on a bench
set (read only), with the highlight varied in alternating rounds:

- ``as sent``: the plain highlighter with the span fragmenter (what Docket uses);
- ``no highlight``: the same search without highlighting (the floor: what highlighting adds);
- ``unified``: the unified highlighter, which reads the offsets page text already stores
  (``index_options: offsets`` in config/mappings/pages.json) instead of analysing the text again;
- ``plain, limited``: the plain highlighter analysing at most the first
  ``max_analyzer_offset`` characters of a page.

    python -m bench.snippets --prefix docket-bench-100k --rounds 10
"""

from __future__ import annotations

import argparse
import copy
import time
from collections.abc import Callable
from typing import Any

from opensearchpy import OpenSearch

from bench import search_latency
from bench.common import percentile
from bench.synthetic import COLLECTIONS
from config import get_settings
from search.indices import Indices
from search.scoped import Caller, ScopedStore

Dsl = dict[str, Any]
LIMIT = 10_000


def _varied(body: Dsl, change: Callable[[Dsl], None]) -> Dsl:
    varied = copy.deepcopy(body)
    change(varied["collapse"]["inner_hits"])
    return varied


def variants(body: Dsl) -> dict[str, Dsl]:
    def none(inner: Dsl) -> None:
        inner.pop("highlight", None)

    def unified(inner: Dsl) -> None:
        inner["highlight"] = {**inner["highlight"], "type": "unified"}
        inner["highlight"].pop("fragmenter", None)

    def limited(inner: Dsl) -> None:
        inner["highlight"] = {**inner["highlight"], "max_analyzer_offset": LIMIT}

    return {"as sent": body, "no highlight": _varied(body, none),
            "unified": _varied(body, unified), "plain, limited": _varied(body, limited)}


def measure(prefix: str, rounds: int) -> dict[str, list[float]]:
    settings = get_settings().model_copy(update={"index_prefix": prefix})
    client = OpenSearch(hosts=[settings.search_url], timeout=120)
    probes = search_latency._probes(client, settings, list(COLLECTIONS))
    indices = Indices(prefix)
    store = ScopedStore(client, indices, Caller("bench-reviewer", tuple(COLLECTIONS)))
    pages = store.target(indices.pages)
    bodies = [variants(p.snippets) for p in probes if p.snippets is not None]
    times: dict[str, list[float]] = {name: [] for name in bodies[0]}
    for _ in range(rounds + 1):  # the first round warms caches and is not counted
        for variant in bodies:
            for name, body in variant.items():
                started = time.perf_counter()
                client.search(index=pages, body=body)
                times[name].append(time.perf_counter() - started)
    warm = len(bodies) * 1
    return {name: samples[warm:] for name, samples in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="docket-bench-100k")
    parser.add_argument("--rounds", type=int, default=10)
    arguments = parser.parse_args()
    for name, samples in measure(arguments.prefix, arguments.rounds).items():
        print(f"{name:>15}: p50 {percentile(samples, 0.5) * 1000:6.1f} ms, "
              f"p95 {percentile(samples, 0.95) * 1000:6.1f} ms over {len(samples)} searches")


if __name__ == "__main__":
    main()
