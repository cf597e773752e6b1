"""The re-cipher job at scale: protect two of the cast's names in one collection of the synthetic
set and time ``ingest.job.recipher.recipher_collection``, the job ``docket ciphers add`` runs
(every document of the collection read with its pages and mentions, ciphered, and written to
the ciphered copy with a ledger entry each).

    python -m bench.cipher_job --docs 20000 --prefix docket-bench-20k

The synthetic set spreads its documents over four collections, so the job covers a quarter of
``--docs``; the rate is per document of that collection.
"""

from __future__ import annotations

import argparse
import json
import sys

from bench.synthetic import COLLECTIONS, load, loader_client
from config import get_settings
from ingest.job.recipher import recipher_collection
from ingest.samples.cast import ODUYA, STOKES
from search.ciphers import CipherStore


def run(prefix: str, docs: int, collection: str = COLLECTIONS[0]) -> dict:
    """Load (or reuse) the synthetic set, protect two names, time the job."""
    client = loader_client()
    loaded = load(client, prefix, docs)
    settings = get_settings().model_copy(update={"index_prefix": prefix})
    ciphers = CipherStore(client, prefix)
    ciphers.add(collection, STOKES.name, "A1", user="bench")
    ciphers.add(collection, ODUYA.name, "A2", user="bench")
    job = recipher_collection(client, settings, collection)
    return {"load": loaded, "collection": collection, "documents": job["documents"],
            "seconds": round(job["seconds"], 1),
            "docs_per_s": round(job["documents"] / job["seconds"], 1), "job": job["id"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--prefix", default="docket-bench-100k")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.prefix, args.docs), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
