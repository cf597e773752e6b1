"""Cross-case links through the cases stage (ingest.job.cases after the names stage): a suspect
written "Darren COLE", "COLE, Darren" and "D. Cole", a vehicle, a phone and an address each
written differently in another case link the cases; decoys one letter or one digit apart link
nothing; and the force's letterhead, in every letter, is no link."""

from __future__ import annotations

import pytest

from tests.ingested import ingest_texts

pytestmark = pytest.mark.integration
COLLECTION = "case-links"
LETTERHEAD = ("Harnside Constabulary\nDivisional Headquarters, 2 Mill Road, Harnside HX1 4AB\n"
              "Tel: 01632 960100\n\n")
FILES = {
    "Harnside Constabulary/a-log.txt":
        "Crime number HX/2004/0101.\n\nOn 1 March 2004 Child A reported an assault. Darren "
        "COLE was arrested on 2 March 2004. He was driving a silver Vauxhall Astra, AB12 CDE. "
        "His mobile is 07700 900123. He lives at 14 Larch Tce.",
    "Harnside Constabulary/a-letter.txt":
        f"{LETTERHEAD}Re: Crime number HX/2004/0101.\n\nOn 30 April 2004 the investigation was "
        "closed: NFA, insufficient evidence.",
    "Harnside Constabulary/b-log.txt":
        "Crime number HX/2004/0202.\n\nYP3 disclosed abuse on 5 May 2004. COLE, Darren was "
        "named as a suspect.",
    "Harnside Constabulary/b-letter.txt":
        f"{LETTERHEAD}Re: Crime number HX/2004/0202.\n\nOn 1 June 2004 Darren Cole was charged.",
    "Harnside Constabulary/c-log.txt":
        "Crime number HX/2004/0303.\n\nChild C reported an assault on 3 June 2004. Wayne "
        "PRATT was arrested. He was seen in a car, ab12 cde, outside the school.",
    "Harnside Constabulary/d-log.txt":
        "Crime number HX/2004/0404.\n\nChild D reported an assault on 4 June 2004. Lee MOSS "
        "was arrested. Calls came from (07700) 900 123.",
    "Harnside Constabulary/e-log.txt":
        "Crime number HX/2004/0505.\n\nChild E reported an assault on 5 June 2004. Tom RIGG "
        "was arrested at 14, LARCH TERRACE, HARNSIDE HX4 2QT.",
    "Harnside Constabulary/f-log.txt":
        f"{LETTERHEAD}Crime number HX/2004/0606.\n\nChild F reported an assault on 6 June "
        "2004. D. Cole was arrested. On 8 July 2004 NFA was recorded, the victim did not "
        "support a prosecution.",
    "Harnside Constabulary/g-log.txt":
        f"{LETTERHEAD}Crime number HX/2004/0707.\n\nChild G reported an assault on 7 June "
        "2004. Darren COLES was arrested. He drove a Ford Fiesta, AB12 CDF. His mobile is "
        "07700 900124. He lives at 16 Larch Terrace. On 9 July 2004 NFA was recorded, "
        "insufficient evidence.",
}


@pytest.fixture(scope="module")
def cases(store, settings, tmp_path_factory) -> dict[str, dict]:  # noqa: ANN001
    from search.indices import Indices

    _job, counts = ingest_texts(store, settings, tmp_path_factory.mktemp("case-links"), FILES,
                                COLLECTION)
    assert counts.get("indexed") == len(FILES), counts
    hits = store.search(index=Indices(settings.index_prefix).cases, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    return {h["_source"]["reference"]: h["_source"] for h in hits}


def _links(case: dict) -> dict[str, set[str]]:
    return {f["flag"]: {o["reference"] for o in f["linked"]} for f in case["flags"] if f["linked"]}


def test_each_kind_written_differently_links_the_cases(cases: dict[str, dict]) -> None:
    first = _links(cases["HX/2004/0101"])
    assert first == {"suspect elsewhere": {"HX/2004/0202", "HX/2004/0606"},
                     "shared vehicle": {"HX/2004/0303"}, "shared phone": {"HX/2004/0404"},
                     "shared address": {"HX/2004/0505"}}
    assert _links(cases["HX/2004/0606"]) == {"suspect elsewhere": {"HX/2004/0101", "HX/2004/0202"}}
    for reference, kind in (("HX/2004/0303", "vehicle"), ("HX/2004/0404", "phone"),
                            ("HX/2004/0505", "address")):
        assert _links(cases[reference]) == {f"shared {kind}": {"HX/2004/0101"}}
    for flag in (f for case in cases.values() for f in case["flags"] if f["linked"]):
        assert flag["reason"] and len(flag["cites"]) >= 2, flag


def test_decoys_and_the_letterhead_link_nothing(cases: dict[str, dict]) -> None:
    assert _links(cases["HX/2004/0707"]) == {}
    items = {(i["kind"], i["key"]) for case in cases.values() for i in case["items"]}
    assert not {i for i in items if "mill road" in i[1] or i[1] == "+441632960100"}
