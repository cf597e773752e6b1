"""The completeness report on the demo corpus (the sample corpus, and the sample corpus with the
copies, the Bcc and the locked attachment a real disclosure holds): its counts are the ledger's,
every duplicate is listed with every path, every family with its state, a broken family as
broken, Bcc recipients flagged, and the DOCX annex reads back with the same numbers."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from search.completeness import Completeness, disclosure_status
from search.completeness.coverage import gaps
from search.ledger import child_state_counts, state_counts
from search.system import SystemStore
from tests.completeness_corpus import (
    BCC,
    BCC_NOTICE,
    COLLECTION,
    COPIED,
    COPY_PATHS,
    LOCKED,
    Disclosure,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def system(store, indices) -> SystemStore:  # noqa: ANN001
    return SystemStore(store, indices)


def ledger_paths(system: SystemStore, collection: str, *clauses: dict) -> set[str]:
    """Paths of ledger entries, read straight from the ledger (not through the report)."""
    hits = system.scan(system.indices.ledger, {"query": {"bool": {"filter": [
        {"term": {"collection": collection}}, *clauses]}}})
    return {hit["_source"]["path"] for hit in hits}


def test_the_counts_are_the_ledgers(system: SystemStore, disclosure: Disclosure) -> None:
    summary = Completeness(system).summary(COLLECTION)
    (load,) = summary["loads"]
    assert load["id"] == disclosure.job_id
    assert load["counts"] == state_counts(system, disclosure.job_id)  # as `docket jobs` counts
    assert load["child_counts"] == child_state_counts(system, disclosure.job_id)
    files = summary["files"]
    assert files["counts"] == disclosure.counts
    assert files["received"] == files["done"] == sum(disclosure.counts.values())
    # Three copies of the same e-mail (one in a ZIP) and the sample's own attached copy.
    assert files["counts"]["duplicate"] == 1 and files["child_counts"]["duplicate"] == 2
    assert summary["duplicates"] == {"documents": 2, "copies": 3}


def test_every_duplicate_is_listed_with_every_path(system: SystemStore,
                                                   disclosure: Disclosure) -> None:
    rows = list(Completeness(system).rows(COLLECTION, "duplicates"))
    copies = ledger_paths(system, COLLECTION, {"term": {"state": "duplicate"}})
    assert {path for row in rows for copy in row["copies"] for path in [copy["path"]]} == copies
    calls = next(row for row in rows if row["kept_path"] == COPIED)
    assert set(calls["paths"]) == {COPIED, *COPY_PATHS}
    assert calls["control"].startswith("COMPLETE-")
    csv_text = "".join(Completeness(system).csv(COLLECTION, "duplicates"))
    for path in (COPIED, *COPY_PATHS):
        assert path in csv_text


def test_every_family_is_listed_and_a_broken_one_shows_as_broken(
        system: SystemStore, disclosure: Disclosure) -> None:
    report = Completeness(system)
    rows = {row["path"]: row for row in report.rows(COLLECTION, "families")}
    containers = ledger_paths(system, COLLECTION, {"range": {"children": {"gte": 1}}})
    assert set(rows) == containers and "extras/bundle.zip" in rows
    notice = rows[BCC_NOTICE]
    assert notice["status"] == "broken" and notice["members"] == 2
    assert notice["member_states"] == {"indexed": 1, "password_protected": 1}
    assert [m["path"] for m in notice["broken_members"]] == [LOCKED]
    assert rows["extras/bundle.zip"]["status"] == "intact"
    assert rows["extras/bundle.zip"]["member_states"] == {"indexed": 1, "duplicate": 1}
    summary = report.summary(COLLECTION)["families"]
    assert (summary["total"], summary["broken"]) == (len(containers), 1)
    assert summary["intact"] == len(containers) - 1


def test_the_sample_corpus_families_are_its_emails_with_attachments(
        system: SystemStore, sample_job: dict, sample_corpus) -> None:  # noqa: ANN001
    rows = list(Completeness(system).rows("sample", "families"))
    with_attachments = {f.path for f in sample_corpus.files if f.attachments}
    assert {row["path"] for row in rows} == with_attachments
    assert {row["status"] for row in rows} == {"intact"}
    # Other tests load into 'sample' again (re-runs, resumes): the sample job's own load is the
    # ledger's count of that job.
    loads = {load["id"]: load for load in Completeness(system).summary("sample")["loads"]}
    assert loads[sample_job["job_id"]]["counts"] == sample_job["counts"]


def test_bcc_recipients_are_flagged(system: SystemStore, disclosure: Disclosure) -> None:
    report = Completeness(system)
    summary = report.summary(COLLECTION)["recipients"]
    assert [row["address"] for row in summary["bcc"]] == [BCC]
    assert summary["documents_with_bcc"] == 1
    table = {row["address"]: row for row in report.rows(COLLECTION, "recipients")}
    assert table[BCC]["bcc_flag"] and table[BCC]["bcc"] == 1
    assert table["legal@example.gov.uk"]["cc"] == 1
    assert not table["legal@example.gov.uk"]["bcc_flag"]


def test_pages_walk_every_row_once(system: SystemStore, disclosure: Disclosure) -> None:
    report = Completeness(system)
    for section in ("files", "families", "duplicates", "recipients"):
        walked, cursor = [], None
        while True:
            page = report.page(COLLECTION, section, cursor, size=2)
            walked += page["rows"]
            cursor = page["next"]
            if cursor is None:
                break
        assert walked == list(report.rows(COLLECTION, section)), section
    files = list(report.rows(COLLECTION, "files"))
    csv_lines = "".join(report.csv(COLLECTION, "files")).splitlines()
    assert len(files) == len(csv_lines) - 1 == sum(disclosure.counts.values()) + sum(
        Completeness(system).summary(COLLECTION)["files"]["child_counts"].values())


def test_date_and_custodian_coverage(system: SystemStore, disclosure: Disclosure,
                                     sample_corpus) -> None:  # noqa: ANN001
    summary = Completeness(system).summary(COLLECTION)
    dates = summary["dates"]
    years = {b["period"]: b["count"] for b in dates["years"]}
    assert sum(years.values()) + dates["undated"] == summary["documents"]["total"]
    assert dates["first"] <= min(f.date for f in sample_corpus.files)
    custodians = {row["custodian"]: row["documents"] for row in summary["custodians"]}
    assert set(custodians) >= {"police", "council", "email", "scans", "extras"}
    assert sum(custodians.values()) == summary["documents"]["total"]
    # Months with no document between the first and the last are flagged as gaps.
    months = dates["months"]
    assert any(b["gap"] for b in months) and all(b["count"] == 0 for b in months if b["gap"])


def test_gaps_are_runs_of_empty_periods() -> None:
    histogram = [{"period": p, "count": c, "gap": c == 0}
                 for p, c in (("1994", 2), ("1995", 0), ("1996", 0), ("1997", 1), ("1998", 0),
                              ("1999", 3))]
    assert gaps(histogram) == [{"from": "1995", "to": "1996", "periods": 2},
                               {"from": "1998", "to": "1998", "periods": 1}]


def test_disclosure_status() -> None:
    from datetime import date

    today = date(2024, 6, 1)
    assert disclosure_status(None) is None
    assert disclosure_status({"reference": "R9-014", "due": "2024-05-01"}, today) == "overdue"
    assert disclosure_status({"reference": "R9-014", "due": "2024-07-01"}, today) == "awaited"
    assert disclosure_status({"due": "2024-05-01", "received": "2024-05-03"}, today) == "late"
    assert disclosure_status({"due": "2024-05-01", "received": "2024-04-30"}, today) == "received"


def test_the_docx_annex_reads_back_with_the_same_numbers(system: SystemStore,
                                                         disclosure: Disclosure,
                                                         tmp_path: Path) -> None:
    report = Completeness(system)
    summary = report.summary(COLLECTION)
    annex = docx.Document(io.BytesIO(report.annex(COLLECTION)))
    text = "\n".join(p.text for p in annex.paragraphs)
    files, families = summary["files"], summary["families"]
    assert f"{files['received']} files received in 1 loads" in text
    assert (f"{families['total']} families with {families['members']} members: "
            f"{families['intact']} intact, {families['broken']} broken") in text
    assert "3 copies of 2 documents were suppressed" in text
    cells = [[cell.text for cell in row.cells] for table in annex.tables for row in table.rows]
    by_state = {row[0]: row[1:] for row in cells if len(row) == 3}
    assert by_state["Indexed"] == [str(files["counts"]["indexed"]),
                                   str(files["child_counts"]["indexed"])]
    assert by_state["Duplicate (suppressed)"] == ["1", "2"]
    duplicate_rows = [row for row in cells if row[0] and COPIED in row[-1]]
    assert duplicate_rows and all(p in duplicate_rows[0][-1] for p in COPY_PATHS)
    assert any(row[0] == BCC for row in cells)
    assert any(row[0] == BCC_NOTICE and LOCKED in row[-1] for row in cells)
