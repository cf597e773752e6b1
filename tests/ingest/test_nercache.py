"""NER done once: paragraphs keyed by their normalised text, offsets re-based per page."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.entities import find_mentions, load_nlp
from ingest.model import Page
from ingest.nercache import NerCache, paragraph_key, paragraphs

LETTER = ("Raymond Stokes met Sarah Whitlock at the Harwick office on 3 March 1995.\n"
          "Denny Carver was not there.")


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def _spans(text: str, nlp, cache: NerCache) -> list[tuple[str, str, int]]:  # noqa: ANN001
    return [(m.kind, text[m.start:m.end], m.start)
            for m in find_mentions([Page(1, text)], nlp, 100_000, cache=cache)]


def test_quoted_paragraphs_normalise_to_the_original() -> None:
    quoted = "\n".join(f"> {line}  " for line in LETTER.split("\n"))
    [original], [again] = list(paragraphs(LETTER)), list(paragraphs(quoted))
    assert again.text == original.text
    assert all(quoted[again.origin[i]] == again.text[i] for i in range(len(again.text)))


def test_paragraphs_split_at_blank_and_bare_quote_lines() -> None:
    texts = [p.text for p in paragraphs("one\ntwo\n\n>\nthree\n> \n> four")]
    assert texts == ["one\ntwo", "three", "four"]


def test_a_quoted_reply_reuses_ner_with_its_own_offsets(nlp) -> None:  # noqa: ANN001
    cache = NerCache()
    first = _spans(LETTER, nlp, cache)
    assert cache.savings.reused == 0
    reply = "Thanks, noted.\n\nOn Monday Sarah wrote:\n" + "\n".join(
        f"> {line}" for line in LETTER.split("\n"))
    second = _spans(reply, nlp, cache)
    assert cache.savings.reused == len(LETTER.split())
    people = {(kind, text) for kind, text, _start in first if kind == "person"}
    assert people and people <= {(kind, text) for kind, text, _start in second}
    assert all(reply.find(text) <= start for _kind, text, start in second)


def test_results_are_the_same_with_and_without_the_cache(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    pages = [Page(1, LETTER), Page(2, f"Cover note.\n\n{LETTER}"), Page(3, LETTER)]
    bare = find_mentions(pages, nlp, 100_000)
    shared = NerCache(tmp_path / "ner.sqlite")
    assert find_mentions(pages, nlp, 100_000, cache=shared) == bare
    fresh = NerCache(tmp_path / "ner.sqlite")  # another process: memory empty, file warm
    assert find_mentions(pages, nlp, 100_000, cache=fresh) == bare
    assert fresh.savings.reused == fresh.savings.words


def test_the_key_names_the_pipeline(nlp) -> None:  # noqa: ANN001
    assert paragraph_key(nlp, "a") != paragraph_key(nlp, "b")
    assert len(paragraph_key(nlp, "a")) == 16


def test_the_file_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ingest.nercache.PRUNE_EVERY", 10)
    cache = NerCache(tmp_path / "ner.sqlite", disk_entries=25)
    for n in range(100):
        cache.put_many({n.to_bytes(16, "big"): [("PERSON", 0, 1, 1)]})
    db = cache._connection()
    assert db is not None
    assert db.execute("SELECT count(*) FROM ents").fetchone()[0] <= 35


def test_a_broken_file_is_a_miss_not_a_failure(nlp, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "ner.sqlite"
    path.write_bytes(b"not a database")
    assert find_mentions([Page(1, LETTER)], nlp, 100_000, cache=NerCache(path))
