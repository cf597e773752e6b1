"""Measure the names authority (issue 13): a third-party gold set, and what the names stage costs;
and the rate of the cases stage that runs with it (issue 21).

    python -m bench.names_authority gold [--gold ../shared/ner-gold]
    python -m bench.names_authority cost [--corpus DIR]
    python -m bench.names_authority scale --prefix docket-bench-100k --collection op-larkspur
    python -m bench.names_authority cases --docs 5000 [--prefix docket-bench-cases-5k]
    python -m bench.names_authority cases-build --prefix docket-bench-cases-5000

``gold``: Universal NER English-EWT dev (web text and Enron e-mail, CC BY-SA 4.0; see its
README), at document level: the set of (kind, key) of people, organisations and places in each
document, spaCy alone (PERSON; ORG; GPE, LOC, FAC) against Docket (its mentions after the names
stage, and the chips of its person, org and place fields), precision, recall and F1 per kind.
Keys are ``search.names.entity_key`` of the text on both sides, so "the BBC" and "BBC" agree.

``cost``: the demo corpus (ingest.samples) ingested without the names stage, then the stage
alone over all of it: its rate in documents per second and its share of the ingest time.

``scale``: over a synthetic set already loaded (``bench.synthetic``), read only: the time to
gather one collection's authority, and the rate of the stage's relinking over a sample of its
documents (read and relinked, not written).

``cases``: the synthetic set loaded with its documents citing cases (``bench.synthetic
--cite-cases``, six documents to a case, into a prefix of its own), then the cases stage
(``ingest.job.cases.update_cases``: read, built, written with the documents' case fields) over
each of its collections; documents per second over the whole set.

``cases-build``: over a set ``cases`` loaded, read only: each collection's documents read (not
timed), then the register built from them (``build_cases``), timed by CPU time, which a shared
machine's load swings less than the wall clock. Run it from two source trees (``PYTHONPATH``
set to each) to compare two versions of the rules over the same documents.

``gold`` and ``cost`` ingest into their own index prefix (``dkt-bench-names``, or ``--prefix``),
dropped first.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from opensearchpy import helpers

from config import get_settings, reset_settings
from search.names import entity_key

KINDS = ("person", "org", "place")
SPACY_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
GOLD_KINDS = {"PER": "person", "ORG": "org", "LOC": "place"}
PREFIX = "dkt-bench-names"
Found = dict[str, set[tuple[str, str]]]


def _keys(pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(kind, key) for kind, text in pairs if (key := entity_key(kind, text.strip()))}


def read_gold(root: Path) -> tuple[Found, dict[str, str]]:
    gold: Found = {}
    texts: dict[str, str] = {}
    for line in (root / "uner_ewt_dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        texts[row["doc_id"]] = row["text"]
        gold[row["doc_id"]] = _keys([(GOLD_KINDS[e["label"]], e["text"])
                                     for e in row["entities"] if e["label"] in GOLD_KINDS])
    return gold, texts


def spacy_alone(texts: dict[str, str], model: str) -> Found:
    import spacy

    nlp = spacy.load(model)
    return {doc_id: _keys([(SPACY_KINDS[e.label_], e.text) for e in doc.ents
                           if e.label_ in SPACY_KINDS])
            for doc_id, doc in zip(texts, nlp.pipe(texts.values()), strict=True)}


def _store(prefix: str = PREFIX) -> Any:
    import os

    from search.client import open_store
    from search.indices import drop_indices

    os.environ["DOCKET_INDEX_PREFIX"] = prefix
    reset_settings()
    settings = get_settings()
    client = open_store(settings)
    drop_indices(client, settings.index_prefix)
    return open_store(settings), settings


def _ingest(client: Any, settings: Any, root: Path, collection: str, names: bool) -> float:
    from ingest.job import finish_job, run_local, start_job

    started = time.monotonic()
    plan = start_job(client, settings, [root], collection, mode="local")
    run_local(client, settings, plan)
    finish_job(client, settings, plan.job_id, names=names)
    return time.monotonic() - started


def docket(root: Path, prefix: str = PREFIX) -> tuple[Found, Found]:
    """Per gold document: the (kind, key) of its mentions, and of its chips."""
    from search.indices import Indices

    client, settings = _store(prefix)
    _ingest(client, settings, root / "docs", "nergold", names=True)
    indices = Indices(settings.index_prefix)
    paths: dict[str, str] = {}
    chips: Found = {}
    for hit in helpers.scan(client, index=indices.documents, query={"query": {"match_all": {}}},
                            _source=["path", *KINDS]):
        source = hit["_source"]
        doc_id = Path(source["path"]).stem
        paths[hit["_id"]] = doc_id
        chips[doc_id] = _keys([(kind, v) for kind in KINDS for v in source.get(kind) or []])
    mentions: Found = {doc_id: set() for doc_id in chips}
    for hit in helpers.scan(client, index=indices.mentions, _source=["doc_id", "kind", "key"],
                            query={"query": {"terms": {"kind": list(KINDS)}}}):
        source = hit["_source"]
        mentions[paths[source["doc_id"]]].add((source["kind"], source["key"]))
    return mentions, chips


def score(gold: Found, found: Found) -> dict[str, tuple[float, float, float]]:
    out = {}
    for kind in KINDS:
        c: Counter[str] = Counter()
        for doc_id, truth in gold.items():
            g = {k for k in truth if k[0] == kind}
            f = {k for k in found.get(doc_id, set()) if k[0] == kind}
            c.update(tp=len(g & f), fp=len(f - g), fn=len(g - f))
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def gold_table(root: Path, prefix: str = PREFIX) -> None:
    gold, texts = read_gold(root)
    rows = {"spaCy alone": spacy_alone(texts, get_settings().spacy_model)}
    rows["Docket mentions"], rows["Docket chips"] = docket(root, prefix)
    print(f"{len(gold)} documents\n| system | kind | precision | recall | F1 |\n|---|---|---|---|---|")
    for name, found in rows.items():
        for kind, (p, r, f1) in score(gold, found).items():
            print(f"| {name} | {kind} | {p:.3f} | {r:.3f} | {f1:.3f} |")


def cost_table(corpus: Path | None, prefix: str = PREFIX) -> None:
    import tempfile

    from ingest.job.names import update_names
    from ingest.samples import generate_sample_corpus
    from search.indices import Indices

    if corpus is None:
        corpus = Path(tempfile.mkdtemp(prefix="docket-demo-"))
        generate_sample_corpus(corpus)
    client, settings = _store(prefix)
    ingest_seconds = _ingest(client, settings, corpus, "demo", names=False)
    doc_ids = [hit["_id"] for hit in helpers.scan(
        client, index=Indices(settings.index_prefix).documents, _source=False,
        query={"query": {"term": {"collection": "demo"}}})]
    started = time.monotonic()
    done = update_names(client, settings, "demo", "bench-names", doc_ids)
    names_seconds = time.monotonic() - started
    print(f"demo corpus: {len(doc_ids)} documents; ingest without names {ingest_seconds:.1f} s; "
          f"names stage {names_seconds:.1f} s ({done / names_seconds:.1f} documents/s), "
          f"+{100 * names_seconds / ingest_seconds:.1f}% of the ingest time")


def scale_table(prefix: str, collection: str, sample: int) -> None:
    import os

    from ingest.job.names import BATCH, name_outcomes
    from ingest.names import gather_authority
    from search.client import open_store
    from search.indices import Indices

    os.environ["DOCKET_INDEX_PREFIX"] = prefix
    reset_settings()
    settings = get_settings()
    client = open_store(settings)
    indices = Indices(prefix)
    started = time.monotonic()
    authority = gather_authority(client, indices, collection)
    gathered = time.monotonic() - started
    doc_ids = [h["_id"] for h in client.search(index=indices.documents, body={
        "size": sample, "_source": False, "query": {"term": {"collection": collection}}},
    )["hits"]["hits"]]
    started = time.monotonic()
    for start in range(0, len(doc_ids), BATCH):
        name_outcomes(client, settings, authority, "bench-names", doc_ids[start:start + BATCH])
    relinked = time.monotonic() - started
    print(f"{prefix}/{collection}: {len(authority.people.people)} people; gather {gathered:.1f} s; "
          f"relink {len(doc_ids)} documents in {relinked:.1f} s "
          f"({len(doc_ids) / relinked:.1f} documents/s, read and relinked, not written)")


def cases_rate(prefix: str, docs: int) -> None:
    from bench.synthetic import COLLECTIONS, load, loader_client
    from ingest.job.cases import update_cases

    client = loader_client()
    loaded = load(client, prefix, docs, cite_cases=True)
    settings = get_settings().model_copy(update={"index_prefix": prefix})
    started = time.monotonic()
    cases = sum(len(update_cases(client, settings, collection)) for collection in COLLECTIONS)
    seconds = time.monotonic() - started
    how = "reused" if loaded["reused"] else f"loaded at {loaded['docs_per_s']:.0f} documents/s"
    print(f"{prefix} ({how}): cases stage over {docs:,} documents, {cases:,} cases, in "
          f"{seconds:.1f} s ({docs / seconds:.1f} documents/s, read, built and written)")


def cases_build_time(prefix: str) -> None:
    import search
    from bench.synthetic import COLLECTIONS, loader_client
    from ingest.job.cases import _read_documents
    from search.cases.register import build_cases
    from search.indices import Indices

    client = loader_client()
    read = {c: _read_documents(client, Indices(prefix), c) for c in COLLECTIONS}
    started = time.process_time()
    cases = sum(len(build_cases(c, documents)) for c, documents in read.items())
    print(f"{prefix} ({Path(search.__file__).parent.parent}): {sum(map(len, read.values())):,} "
          f"documents, {cases:,} cases, register built in {time.process_time() - started:.1f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("gold", "cost", "scale", "cases", "cases-build"))
    parser.add_argument("--gold", type=Path, default=Path("../shared/ner-gold"))
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--prefix", default=None,
                        help="gold and cost: dkt-bench-names (its indices are dropped first: "
                             "give each concurrent run its own); scale: docket-bench-100k; "
                             "cases: docket-bench-cases-<docs>")
    parser.add_argument("--collection", default="op-larkspur")
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--docs", type=int, default=5000, help="cases: synthetic documents")
    args = parser.parse_args()
    if args.what == "gold":
        gold_table(args.gold, args.prefix or PREFIX)
    elif args.what == "cost":
        cost_table(args.corpus, args.prefix or PREFIX)
    elif args.what == "scale":
        scale_table(args.prefix or "docket-bench-100k", args.collection, args.sample)
    elif args.what == "cases-build":
        cases_build_time(args.prefix or f"docket-bench-cases-{args.docs}")
    else:
        cases_rate(args.prefix or f"docket-bench-cases-{args.docs}", args.docs)


if __name__ == "__main__":
    main()
