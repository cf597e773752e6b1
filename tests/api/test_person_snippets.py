"""A ``person:`` search shows, for every document it finds, the page and the words that name the
person, whichever written form the names stage found them by: a title and surname in a log, an
address in a note, the name filed surname first. Before, a document found only through a title
and surname came back with no snippet at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

COLLECTION = "person-snippets"
FILES = {
    "statement.txt": "Statement of Verity Holloway, Detective Constable.\n"
                     "I am Detective Constable Verity Holloway of the Eastmoor force. "
                     "On 3 March 1998 I attended Quarry Lane.\n",
    "incident_log.txt": "Incident log 1998/0312\n"
                        "14:05 DC Holloway attended the address on Quarry Lane and spoke to "
                        "the occupier.\n14:40 DC Holloway left. Nothing further.\n",
    "message.eml": "From: Verity Holloway <verity.holloway@eastmoor.police.uk>\n"
                   "To: Owen Marsh <owen.marsh@eastmoor.gov.uk>\nSubject: Quarry Lane visit\n"
                   "Date: Tue, 10 Mar 1998 10:00:00 +0000\n\nOwen, the visit went ahead.\n",
    "file_note.txt": "File note, 12 March 1998.\nPlease forward the papers to "
                     "verity.holloway@eastmoor.police.uk before Friday.\n",
}


@pytest.fixture(scope="module")
def holloway(store, settings, tmp_path_factory) -> None:  # noqa: ANN001
    from ingest.job import finish_job, run_local, start_job

    root: Path = tmp_path_factory.mktemp("person-snippets")
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    plan = start_job(store, settings, [root], COLLECTION, mode="local")
    run_local(store, settings, plan)
    assert finish_job(store, settings, plan.job_id).get("indexed") == len(FILES)


def marked(html: str) -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html)


def test_every_document_found_by_a_person_shows_where_they_are_named(api, holloway) -> None:  # noqa: ANN001
    result = api.get("/api/search", params={"q": 'person:"Verity Holloway"',
                                            "collection": COLLECTION}).json()
    snippets = {Path(hit["path"]).name: [m for s in hit["snippets"] for m in marked(s["html"])]
                for hit in result["hits"]}
    assert set(snippets) == set(FILES)
    assert snippets["statement.txt"][:2] == ["Verity", "Holloway"]
    assert snippets["incident_log.txt"] == ["Holloway", "Holloway"]  # "DC Holloway", twice
    assert "verity.holloway" in snippets["file_note.txt"]  # the address, the only form there


def test_the_title_form_is_marked_on_its_page_with_the_citation(api, holloway) -> None:  # noqa: ANN001
    result = api.get("/api/search", params={"q": 'person:"Verity Holloway"',
                                            "collection": COLLECTION}).json()
    log = next(hit for hit in result["hits"] if Path(hit["path"]).name == "incident_log.txt")
    snippet, = log["snippets"]
    assert "DC <mark>Holloway</mark> attended" in snippet["html"]
    assert snippet["citation"] == f"{log['control']}-0001"


def test_another_persons_search_marks_none_of_her_forms(api, holloway) -> None:  # noqa: ANN001
    result = api.get("/api/search", params={"q": 'person:"Owen Marsh"',
                                            "collection": COLLECTION}).json()
    assert [Path(hit["path"]).name for hit in result["hits"]] == ["message.eml"]
    assert "Holloway" not in marked(result["hits"][0]["snippets"][0]["html"])
