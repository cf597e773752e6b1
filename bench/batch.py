"""Batch name search: 1,000 names against the demo corpus, through the real API.

The names are the sample cast's people (as written in the files: full names, "SURNAME, Forename",
initials) plus generated names that are in no document. It ingests the sample corpus into its
own index prefix when that is empty, then times ``POST /api/batch-search`` side by side with the
same number of single ``GET /api/entities?q=`` look-ups, and checks that every cast name is found
and no decoy is.

    python bench/batch.py [--names 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("DOCKET_INDEX_PREFIX", "docket-bench-batch")

from fastapi.testclient import TestClient

from api.app import create_app
from config import get_settings
from ingest.samples.cast import PEOPLE
from search.client import open_store
from search.indices import Indices
from search.users import UserStore

FORENAMES = ["Agnes", "Brenda", "Cyril", "Doreen", "Edwin", "Fiona", "Gordon", "Hilda", "Ivor",
             "Joan", "Keith", "Lorna", "Morris", "Norma", "Oswald", "Pamela", "Quentin", "Rosalind",
             "Sidney", "Thelma", "Ursula", "Vernon", "Winifred", "Yvonne", "Ambrose", "Beryl",
             "Clifford", "Dulcie", "Ernest", "Florence", "Gilbert", "Hazel"]
SINGLE_SAMPLE = 50
SURNAMES = ["Abernethy", "Blakemore", "Cattermole", "Dunsford", "Ellerby", "Fothergill",
            "Gadsby", "Hathersage", "Ingleby", "Jollands", "Kettleby", "Lumsden", "Merriweather",
            "Nettleship", "Ormerod", "Pilkington", "Quarrington", "Ravensworth", "Scattergood",
            "Thistlewood", "Umfreville", "Vavasour", "Wigglesworth", "Yeadon", "Zouche", "Bellingham",
            "Cholmondeley", "Drinkwater", "Entwistle", "Fanshawe", "Grimshaw", "Higginbottom"]


def ensure_corpus(client, settings) -> None:  # noqa: ANN001
    from ingest.job import finish_job, run_local, start_job
    from ingest.samples import generate_sample_corpus

    if client.count(index=Indices(settings.index_prefix).documents)["count"]:
        return
    folder = Path(tempfile.mkdtemp()) / "corpus"
    generate_sample_corpus(folder)
    plan = start_job(client, settings, [folder], "demo", mode="local")
    run_local(client, settings, plan)
    finish_job(client, settings, plan.job_id)


def names(count: int) -> tuple[list[str], set[str]]:
    cast = []
    for person in PEOPLE:
        forename, surname = person.forename, person.surname
        cast += [f"{forename} {surname}", f"{surname.upper()}, {forename}", f"{forename[0]}. {surname}"]
    # Every forename with every surname, sampled: a fixed pool, so a count beyond it is an error
    # rather than a loop that never ends (the first version of this bench hung on that).
    pool = [f"{f} {s}" for f in FORENAMES for s in SURNAMES]
    wanted = count - len(cast)
    if wanted > len(pool):
        raise SystemExit(f"at most {len(cast) + len(pool)} names can be generated (asked for {count})")
    decoys = set(random.Random(7).sample(pool, max(0, wanted)))
    return cast + sorted(decoys), decoys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", type=int, default=1000)
    args = parser.parse_args()
    settings = get_settings()
    client = open_store(settings)
    ensure_corpus(client, settings)
    token = UserStore(client, Indices(settings.index_prefix), settings.secret_key).add(
        "bench", "admin", ["*"])
    api = TestClient(create_app(settings, client=client))
    api.headers["Authorization"] = f"Bearer {token}"
    listed, decoys = names(args.names)
    started = time.perf_counter()
    response = api.post("/api/batch-search", json={"names": listed, "top": 5})
    batch_s = time.perf_counter() - started
    response.raise_for_status()
    results = response.json()["results"]
    found = {r["name"] for r in results if r["documents"]}
    missed = [n for n in listed if n not in decoys and n not in found]
    false = sorted(found & decoys)
    sample = listed[:: max(1, len(listed) // SINGLE_SAMPLE)]
    started = time.perf_counter()
    for name in sample:
        api.get("/api/entities", params={"q": name, "kind": "person"}).raise_for_status()
    # One look-up per name, timed on a sample and scaled to the whole list.
    single_s = (time.perf_counter() - started) * len(listed) / len(sample)
    print(f"{len(listed)} names ({len(listed) - len(decoys)} cast forms, {len(decoys)} decoys)")
    print(f"batch-search: {batch_s:.2f} s ({len(listed) / batch_s:.0f} names/s)")
    print(f"one look-up per name (from {len(sample)} timed): {single_s:.2f} s; "
          f"batch is {single_s / batch_s:.1f}x faster")
    print(f"cast forms found: {len(listed) - len(decoys) - len(missed)} of "
          f"{len(listed) - len(decoys)}; missed: {missed[:10]}")
    print(f"decoys found: {len(false)} {false[:10]}")
    return 0 if not false else 1


if __name__ == "__main__":
    sys.exit(main())
