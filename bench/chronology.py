"""The chronology: loading a 5,000-fact chronology, and a filtered page of 100 facts from the API
against the raw OpenSearch query for the same facts (issue 18: p95 <= 1.2 x raw).

The facts cite documents of bench.synthetic's corpus (20,000 documents, loaded once per prefix
and reused) and name its people (entity ids from its mentions). The load is
``Chronology.create_many`` as an import runs it: every fact checked (its citations' documents,
its people's mentions, its issues against the collection's scheme), written in bulk, then the
collection's disagreements worked out once. The API is served as users get it (uvicorn on a
loopback port, every middleware on: authentication, the audit chain, the cipher pass), called
over HTTP with a reviewer's token; the reference sends the body Docket sends for the same
filters and caller (``Chronology.query`` with the store's scope) with a plain client. Requests
alternate, one API, one raw, so noise on the shared machine falls on both alike.

    python -m bench.chronology [--facts 5000] [--rounds 200]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from typing import Any

import httpx
from opensearchpy import OpenSearch

from api.app import create_app
from api.background_server import serving
from bench import synthetic
from bench.common import Row, alternate, percentile
from config import get_settings
from search.chronology import SORT, Chronology, Cite, FactFilter, FactInput, chronology_index
from search.chronology_dates import FactDate
from search.client import get_client
from search.coding import CodingStore
from search.indices import Indices
from search.scoped import Caller, ScopedStore
from search.store import ensure_collection
from search.system import SystemStore
from search.users import UserStore

PREFIX = "docket-bench-chronology"
DOCS = 20_000
COLLECTION = synthetic.COLLECTIONS[0]
ISSUES = ("missing from home", "taxi licensing", "strategy meetings", "referrals",
          "placements", "police response", "health", "education")
PAGE = 100
BAR = 1 / 1.2
SEED = 20261204
ACTIONS = ("visited", "telephoned", "interviewed", "reported", "reviewed", "referred",
           "assessed", "discussed", "recorded", "escalated", "closed", "reopened", "minuted",
           "allocated", "challenged", "confirmed", "withdrew", "requested", "refused", "noted")
SUBJECTS = ("welfare concern", "missing episode", "placement breakdown", "strategy meeting",
            "licence renewal", "school exclusion", "health assessment", "police referral",
            "complaint letter", "return interview", "case conference", "disclosure interview",
            "safeguarding audit", "housing application", "court hearing", "agency review")
PLACES = ("Harwick depot", "Moor Lane home", "Westgate station", "Canal Street office",
          "Bramley clinic", "Alder Close unit", "council chamber", "magistrates court",
          "Northshire headquarters", "Fernside school", "Larkspur ward", "Station Road flat")
SECOND_SOURCES = 0.05  # the share of facts that are another source's account of an earlier one


def _people(store: ScopedStore, count: int) -> list[str]:
    """The collection's most mentioned people, as entity ids."""
    body = {"size": 0, "query": {"term": {"kind": "person"}},
            "aggs": {"people": {"terms": {"field": "entity", "size": count}}}}
    found = store.narrowed([COLLECTION]).search(store.indices.mentions, body)
    return [b["key"] for b in found["aggregations"]["people"]["buckets"]]


def _documents(store: ScopedStore, count: int) -> list[dict[str, Any]]:
    body = {"size": count, "_source": ["id", "page_count"], "query": {"match_all": {}}}
    hits = store.narrowed([COLLECTION]).search(store.indices.documents, body)["hits"]["hits"]
    return [hit["_source"] for hit in hits]


def _detail(rng: random.Random) -> str:
    """Three made-up words, as a fact's own particulars (names of things, what was said)."""
    syllables = ("ka", "lem", "or", "tis", "bran", "wel", "dun", "ford", "mar", "vel", "thor",
                 "ash", "pen", "rick", "sel", "ham")
    return " ".join("".join(rng.sample(syllables, 3)) for _ in range(3))


def _facts(count: int, people: list[str], documents: list[dict[str, Any]]) -> list[FactInput]:
    """Facts spread over twenty years; a share of them a second source's account of an earlier
    fact (its people and words, another date: most of those disagree)."""
    rng = random.Random(SEED)
    facts: list[FactInput] = []
    for _ in range(count):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(7300))
        written = rng.choice([day.isoformat(), day.isoformat()[:7], str(day.year)])
        cited = rng.sample(documents, rng.randint(1, 3))
        citations = tuple(Cite(d["id"], rng.randint(1, int(d.get("page_count") or 1)))
                          for d in cited)
        when = FactDate.parse(written, circa=rng.random() < 0.15)
        if facts and rng.random() < SECOND_SOURCES:
            earlier = rng.choice(facts)
            facts.append(FactInput(COLLECTION, when, earlier.description, people=earlier.people,
                                   issues=earlier.issues, citations=citations))
            continue
        description = (f"{rng.choice(ACTIONS).capitalize()} the {rng.choice(SUBJECTS)} at "
                       f"{rng.choice(PLACES)}: {_detail(rng)}.")
        facts.append(FactInput(COLLECTION, when, description,
                               people=tuple(rng.sample(people, rng.randint(1, 3))),
                               issues=tuple(rng.sample(ISSUES, rng.randint(0, 2))),
                               citations=citations))
    return facts


def load(client: OpenSearch, count: int) -> dict[str, Any]:
    """The chronology of ``count`` facts, made afresh; returns its timings."""
    indices = Indices(PREFIX)
    system = SystemStore(client, indices)
    # The synthetic load writes no record.
    ensure_collection(client, indices, COLLECTION, secret_key=get_settings().secret_key)
    client.delete_by_query(index=chronology_index(indices), body={"query": {"match_all": {}}},
                           refresh=True, conflicts="proceed")
    CodingStore(system).set_scheme(COLLECTION, [{"name": "coding.issue",
                                                 "choices": list(ISSUES)}], "bench")
    facts = _facts(count, _people(system, 60), _documents(system, 2000))
    started = time.perf_counter()
    written = Chronology(system).create_many(facts, "bench")
    seconds = time.perf_counter() - started
    flagged = system.count(chronology_index(indices), {"query": {"exists": {"field": "disagrees"}}})
    return {"facts": written, "seconds": seconds, "disagreeing": flagged}


def _filters(people: list[str]) -> list[FactFilter]:
    """Pages a reader asks for: a person over a period, an issue, a person and an issue."""
    return [FactFilter(person=people[0], first_day="1990-01-01", last_day="2005-12-31"),
            FactFilter(issue=ISSUES[0]),
            FactFilter(person=people[1], issue=ISSUES[2]),
            FactFilter(person=people[2], first_day="1995-01-01", last_day="2009-12-31")]


def _params(filters: FactFilter) -> dict[str, Any]:
    params: dict[str, Any] = {"size": PAGE, "collection": COLLECTION}
    for name, value in (("person", filters.person), ("issue", filters.issue),
                        ("date_from", filters.first_day), ("date_to", filters.last_day)):
        if value:
            params[name] = value
    return params


def measure(facts: int, rounds: int) -> list[Row]:
    settings = get_settings().model_copy(update={"index_prefix": PREFIX})
    outcome = synthetic.load(synthetic.loader_client(), PREFIX, DOCS)
    client = get_client(settings)
    loaded = load(client, facts)
    indices = Indices(PREFIX)
    token = UserStore(client, indices, settings.secret_key).add(
        "bench-chronology", "reviewer", [COLLECTION], cleared=True)
    store = ScopedStore(client, indices, Caller("bench-chronology", (COLLECTION,), True))
    filters = _filters(_people(SystemStore(client, indices), 3))
    raw = OpenSearch(hosts=[settings.search_url], timeout=120)
    bodies = [store.scoped(chronology_index(indices), {
        "query": Chronology(store).query(f), "size": PAGE, "sort": SORT,
        "track_total_hits": True}) for f in filters]
    api: list[float] = []
    reference: list[float] = []
    returned: list[int] = []
    with serving(create_app(settings, client=OpenSearch(hosts=[settings.search_url],
                                                        timeout=60))) as url, \
            httpx.Client(base_url=url, timeout=120,
                         headers={"Authorization": f"Bearer {token}"}) as http:

        def api_call(params: dict[str, Any]) -> float:
            started = time.perf_counter()
            answer = http.get("/api/chronology", params=params)
            answer.raise_for_status()
            returned.append(len(answer.json()["facts"]))
            return time.perf_counter() - started

        def raw_call(body: dict[str, Any]) -> float:
            started = time.perf_counter()
            raw.search(index=chronology_index(indices), body=body)
            return time.perf_counter() - started

        for f, body in zip(filters, bodies, strict=True):  # warm both paths
            api_call(_params(f))
            raw_call(body)
        returned.clear()
        for _ in range(rounds):
            for f, body in zip(filters, bodies, strict=True):
                a, r = alternate(lambda f=f: api_call(_params(f)),
                                 lambda body=body: raw_call(body), 1)
                api += a
                reference += r
    api_p50, api_p95 = (percentile(api, s) * 1000 for s in (0.5, 0.95))
    raw_p50, raw_p95 = (percentile(reference, s) * 1000 for s in (0.5, 0.95))
    corpus = "reused" if outcome.get("reused") else f"loaded at {outcome['docs_per_s']:,.0f} docs/s"
    return [
        Row(f"chronology load, {loaded['facts']:,} facts",
            f"{loaded['facts'] / loaded['seconds']:,.0f} facts/s ({loaded['seconds']:.1f} s)",
            "-", 0.0, None,
            f"checked and written by Chronology.create_many, disagreements worked out over the "
            f"collection at the end ({loaded['disagreeing']:,} facts flagged); citing "
            f"{DOCS:,} synthetic documents ({corpus})"),
        Row("chronology page of 100 p95 (API vs raw _search)",
            f"{api_p95:.1f} ms p95 ({api_p50:.1f} p50)", f"{raw_p95:.1f} ms p95 ({raw_p50:.1f} p50)",
            raw_p95 / api_p95, BAR,
            f"{len(api)} pages each, {len(filters)} filters (person and period, issue, person "
            f"and issue), {min(returned)}-{max(returned)} facts a page; API over HTTP with "
            "authentication, the audit append and the cipher pass"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args(argv)
    for row in measure(args.facts, args.rounds):
        print(json.dumps(row.as_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
