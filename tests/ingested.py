"""Small collections made in a test: text files written to a folder and loaded by a local job run
to its end, as `docket ingest` does, then searched through the API by file name."""

from __future__ import annotations

from pathlib import Path

from config import Settings


def ingest_folder(store, settings: Settings, root: Path, collection: str) -> tuple[str, dict]:  # noqa: ANN001
    """Run a local job over ``root`` into ``collection`` to its end: (job id, counts)."""
    from ingest.job import finish_job, run_local, start_job

    plan = start_job(store, settings, [root], collection, mode="local")
    run_local(store, settings, plan)
    return plan.job_id, finish_job(store, settings, plan.job_id)


def ingest_texts(store, settings: Settings, root: Path, files: dict[str, str],  # noqa: ANN001
                 collection: str) -> tuple[str, dict]:
    """Write ``files`` (relative name -> text) under ``root``, then ingest the folder."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return ingest_folder(store, settings, root, collection)


def town_of_texts(store, settings: Settings, folder: Path, files: dict[str, str],  # noqa: ANN001
                  collection: str) -> Path:
    """Write and ingest ``files`` into ``folder`` as ``ingest_texts`` does, checking that every
    one of them was indexed; returns the folder."""
    _job, counts = ingest_texts(store, settings, folder, files, collection)
    assert counts.get("indexed") == len(files), counts
    return folder


def documents_of(store, indices, collection: str) -> dict[str, dict]:  # noqa: ANN001
    """The collection's documents (id, control, filename), keyed by their file's name."""
    hits = store.search(index=indices.documents, body={
        "size": 1000, "query": {"term": {"collection": collection}},
        "_source": ["id", "control", "filename"]})["hits"]["hits"]
    return {h["_source"]["filename"]: h["_source"] for h in hits}


def hits_by_file(api, query: str, collection: str) -> dict[str, dict]:  # noqa: ANN001
    """The hits of a search in ``collection``, keyed by their file's name."""
    result = api.get("/api/search", params={"q": query, "collection": collection, "size": 100})
    assert result.status_code == 200, result.text
    return {hit["path"].rsplit("/", 1)[-1]: hit for hit in result.json()["hits"]}


LONG_PHRASE = "Thornleigh Grange Cottage"


def ingest_long_statement(store, settings: Settings, root: Path, collection: str) -> str:  # noqa: ANN001
    """One long page whose phrase (``LONG_PHRASE``) sits deep inside a long sentence: a snippet
    cut by characters alone would start inside a word, or between the phrase's words. Returns
    the page's text."""
    filler = " ".join(f"the ledger entry numbered {n} was checked against the folder copy"
                      for n in range(40))
    tail = " ".join(f"and the clerk signed line {n}" for n in range(30))
    text = (f"Statement of the archivist.\n{filler}, "
            f"and the inspector wrote that {LONG_PHRASE} had been searched {tail}.\n")
    ingest_texts(store, settings, root, {"long-statement.txt": text}, collection)
    return text
