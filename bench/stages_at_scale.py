"""The collection stages over one whole collection of a loaded synthetic set (issues 13 and 21:
"the stage's rate over the 1M-document synthetic set"): the names stage (the authority
gathered from every mention of the collection, then every document relinked and written) and
the cases stage (every document read, the register built and written), each run as a job runs
it after its files, in parts on a warm pool of ``settings.workers`` processes. Prints each
stage's wall time, rate and CPU (this process, the pool, the OpenSearch node).

    python -m bench.synthetic --docs 1000000 --prefix docket-bench-1m --cite-cases
    python -m bench.stages_at_scale --prefix docket-bench-1m --collection northshire-cid

The stages write what they find (relinked mentions, case records and the documents' case
fields), as after a real job; a second run over the same collection does the same work again.
"""

from __future__ import annotations

import argparse

from opensearchpy import OpenSearch, helpers

from bench.job_phases import timed_cpu, warm_pool
from config import get_settings
from ingest.job.cases import update_cases
from ingest.job.names import update_names
from ingest.job.pool import Workers
from search.client import open_store
from search.indices import Indices

STAGES = ("names", "cases")


def _doc_ids(client: OpenSearch, indices: Indices, collection: str) -> list[str]:
    return [hit["_id"] for hit in helpers.scan(
        client, index=indices.documents, _source=False, size=5000,
        query={"query": {"term": {"collection": collection}}})]


def run(prefix: str, collection: str, stages: tuple[str, ...]) -> list[str]:
    settings = get_settings().model_copy(update={"index_prefix": prefix})
    client = open_store(settings)
    indices = Indices(prefix)
    doc_ids = _doc_ids(client, indices, collection)
    total = client.count(index=indices.documents)["count"]
    lines = [f"{prefix}: {total:,} documents; collection {collection}: {len(doc_ids):,}; "
             f"{settings.workers} workers"]
    pool = warm_pool(settings)
    workers = Workers(settings, pool)
    try:
        for stage in stages:
            if stage == "names":
                done, cpu = timed_cpu(client, lambda: update_names(
                    client, settings, collection, "bench-scale", doc_ids, workers.mapper()))
                what = f"{done:,} documents rewritten"
            else:
                records, cpu = timed_cpu(client, lambda: update_cases(
                    client, settings, collection, workers.mapper()))
                what = f"{len(records):,} cases"
            lines.append(
                f"{stage} stage: {len(doc_ids):,} documents in {cpu['wall']:.1f} s "
                f"({len(doc_ids) / cpu['wall']:.1f} documents/s; {what}); CPU this process "
                f"{cpu['job']:.1f} s, pool {cpu['pool']:.1f} s, node {cpu['node']:.1f} s "
                f"({(cpu['job'] + cpu['pool'] + cpu['node']) / cpu['wall']:.2f} cores busy)")
            print(lines[-1], flush=True)
    finally:
        workers.close()
        pool.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", default="docket-bench-1m")
    parser.add_argument("--collection", default="northshire-cid")
    parser.add_argument("--stage", choices=(*STAGES, "both"), default="both")
    args = parser.parse_args()
    stages = STAGES if args.stage == "both" else (args.stage,)
    print("\n".join(run(args.prefix, args.collection, stages)))


if __name__ == "__main__":
    main()
