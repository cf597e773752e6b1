"""The names stage through the API over a second invented town (Calderbrook), one written form
of a person per document: initials in every layout, OCR slips in forename and surname, e-mail
local parts in every order, and titles of more than one word. Namesakes who share an initial
stay a possible match, and people one letter apart who are both named in full stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingested import hits_by_file, town_of_texts

pytestmark = pytest.mark.integration
COLLECTION = "calderbrook"
ROSTER = ("Calderbrook divisional roster. On duty: DC Helen Margaret Ashworth, Paul Tordoff, "
          "Simon Marsden, Dermot Hinchliffe, Kathleen Brearley, Andrew Holdsworth, "
          "Michael Thornton, Janet Greenwood and John Greenwood.")
FILES = {
    "roster1.txt": ROSTER,
    "roster2.txt": ROSTER.replace("divisional roster", "rest day list"),
    "roster3.txt": ROSTER.replace("divisional roster", "training list"),
    "decoys.txt": "Report. Rachel Sutcliffe and Rachel Sutcliff were seen at the weir.",
    "decoys2.txt": "Second report. Rachel Sutcliffe met Rachel Sutcliff at the lock.",
    # initials
    "i-stop.txt": "Log entry 10:14. The door was checked by H. Ashworth at the depot.",
    "i-middle.txt": "Log entry 11:20. Exhibit booked in by H.M. Ashworth at the front desk.",
    "i-glued.txt": "Log entry 12:05. Keys handed to HM Ashworth for the night shift.",
    "i-index.txt": "Witness list: Ashworth, H. (officer in case); the rest to follow.",
    "i-caps.txt": "OFFICER IN CASE: ASHWORTH H\nSTATION: CALDERBROOK",
    "i-fullmid.txt": "The statement was read over by Helen M. Ashworth before signing.",
    "i-tordoff.txt": "Minutes of the meeting. Apologies were received from P. Tordoff.",
    "i-shared.txt": "A message was left for J. Greenwood about the allotment.",
    # OCR slips
    "o-digit.txt": "Statement of He1en Ashworth, taken at the station on Tuesday.",
    "o-vv.txt": "Statement of Helen Ashvvorth, taken at the station on Wednesday.",
    "o-rn.txt": "Statement of Sirnon Marsden, taken at the station on Thursday.",
    "o-cl.txt": "Statement of Simon Marsclen, taken at the station on Friday.",
    "o-li.txt": "Statement of Micliael Thornton, taken at the station on Saturday.",
    "o-drop.txt": "Statement of Dermot Hinchlife, taken at the station on Sunday.",
    "o-double.txt": "Statement of Kathleen Brearlley, taken at the station on Monday.",
    "o-caps.txt": "STATEMENT OF ANDREW HOLDSVVORTH, TAKEN AT THE STATION.",
    # e-mail local parts
    "e-dot.txt": "From: helen.ashworth@calderbrook.police.uk\nSubject: keys\n\nIn the safe.",
    "e-reverse.txt": "From: ashworth.helen@calderbrook.police.uk\nSubject: van\n\nIt is back.",
    "e-under.txt": "To: paul_tordoff@calderbrook.gov.uk\nSubject: rota\n\nSee attached.",
    "e-trail.txt": "To: tordoffp@calderbrook.gov.uk\nSubject: rota\n\nSee attached again.",
    "e-revdot.txt": "Cc: marsden.s@calderbrook.gov.uk\nSubject: leave\n\nApproved.",
    # titles
    "t-detsgt.txt": "The search was led by Det Sgt Hinchliffe with two constables.",
    "t-cllr.txt": "The motion was moved by Cllr Brearley and seconded.",
    "t-mrs.txt": "A complaint was made by Mrs Brearley about the noise.",
    "t-detcon.txt": "The exhibits were taken by Det Con Holdsworth to the lab.",
    "t-collar.txt": "Arrested by PC2291 Thornton at the bus station.",
    # a header label after a capitalised name, the line break lost
    "chip.txt": "MEMO FROM PAUL TORDOFF Subject: rota for May Date: 3 May 2004",
}
EXPECTED = {
    "Helen Margaret Ashworth": {"i-stop.txt", "i-middle.txt", "i-glued.txt", "i-index.txt",
                                "i-caps.txt", "i-fullmid.txt", "o-digit.txt", "o-vv.txt",
                                "e-dot.txt", "e-reverse.txt"},
    "Paul Tordoff": {"i-tordoff.txt", "e-under.txt", "e-trail.txt", "chip.txt"},
    "Simon Marsden": {"o-rn.txt", "o-cl.txt", "e-revdot.txt"},
    "Michael Thornton": {"o-li.txt", "t-collar.txt"},
    "Dermot Hinchliffe": {"o-drop.txt", "t-detsgt.txt"},
    "Kathleen Brearley": {"o-double.txt", "t-cllr.txt", "t-mrs.txt"},
    "Andrew Holdsworth": {"o-caps.txt", "t-detcon.txt"},
    "Rachel Sutcliffe": {"decoys.txt", "decoys2.txt"},
    "Rachel Sutcliff": {"decoys.txt", "decoys2.txt"},
}
ROSTERS = {"roster1.txt", "roster2.txt", "roster3.txt"}


@pytest.fixture(scope="module")
def town(store, settings, tmp_path_factory) -> Path:  # noqa: ANN001
    return town_of_texts(store, settings, tmp_path_factory.mktemp("calderbrook"), FILES, COLLECTION)


def _search(api, query: str) -> dict[str, dict]:  # noqa: ANN001
    return hits_by_file(api, query, COLLECTION)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_written_form_is_found_and_no_decoy(api, town, name: str) -> None:  # noqa: ANN001
    found = set(_search(api, f'person:"{name}"')) - ROSTERS
    assert found == EXPECTED[name]


def test_namesakes_with_one_initial_are_a_possible_match(api, town) -> None:  # noqa: ANN001
    for name in ("Janet Greenwood", "John Greenwood"):
        assert "i-shared.txt" not in _search(api, f'person:"{name}"')
    page = api.get("/api/entities/person/janet%20greenwood",
                   params={"collection": COLLECTION}).json()
    possible = {(m["text"], tuple(m["candidates"])) for m in page["possible_matches"]}
    assert ("J. Greenwood", ("janet greenwood", "john greenwood")) in possible



def test_a_heading_word_is_not_glued_to_a_name(store, settings, town) -> None:  # noqa: ANN001
    from search.indices import Indices

    hits = store.search(index=Indices(settings.index_prefix).documents, body={"size": 100, "query": {
        "term": {"collection": COLLECTION}}})["hits"]["hits"]
    chip = next(h["_source"] for h in hits if h["_source"]["path"].endswith("chip.txt"))
    assert "Paul Tordoff" in chip["person"]
    assert not [v for v in chip["person"] + chip["org"] if "Subject" in v], chip
