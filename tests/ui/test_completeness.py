"""The completeness report in the browser: from the archivist's collections table to the sample
collection's report, whose numbers are the job's; the request recorded through the page and
shown back in the collections table; every family listed; a list's CSV downloaded whole.

The archivist is an admin with a grant on 'sample'; admins see every collection, so the
collections table is read on the sample's row (the API's completeness test records the same
request on a collection of its own)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import open_app

pytestmark = [pytest.mark.browser, pytest.mark.integration]


@pytest.fixture(scope="module")
def sample_admin_token(store, indices, settings) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add("ui-completeness", "admin",
                                                              ["sample"])


def test_the_report_opens_from_the_collections_table_with_the_ledgers_numbers(
        page: Page, live_server: str, sample_admin_token: str, sample_job: dict,
        sample_corpus) -> None:  # noqa: ANN001
    open_app(page, live_server, sample_admin_token, "archive")
    page.get_by_role("link", name="Completeness report of sample").click()
    expect(page.get_by_role("heading", name="Completeness report: sample")).to_be_visible()

    # Other tests load into 'sample' again (re-runs): the page's totals are every load's, and
    # the sample job's own load is the ledger's count of that job.
    summary = page.request.get(f"{live_server}/api/collections/sample/completeness", headers={
        "Authorization": f"Bearer {sample_admin_token}"}).json()
    loads = {load["id"]: load for load in summary["loads"]}
    assert loads[sample_job["job_id"]]["counts"] == sample_job["counts"]
    received = page.locator("#cr-files + div tr.cr-total td").first
    expect(received).to_have_text(f"{summary['files']['received']:,}")
    indexed = page.locator("#cr-files + div tr", has=page.get_by_role(
        "rowheader", name="Indexed", exact=True))
    expect(indexed.locator("td").first).to_have_text(f"{summary['files']['counts']['indexed']:,}")

    emails = [f.path for f in sample_corpus.files if f.attachments]
    families = page.locator("#completeness-families tbody tr")
    expect(families).to_have_count(len(emails))
    for path in emails:
        expect(page.locator("#completeness-families td", has_text=path)).to_have_count(1)

    page.get_by_label("Producing organisation", exact=True).fill("Northshire Police")
    page.get_by_label("Request reference", exact=True).fill("Rule 9 request R9-014")
    page.get_by_label("Date due", exact=True).fill("2024-02-05")
    page.get_by_label("Date received", exact=True).fill("2024-02-09")
    page.get_by_role("button", name="Save the request").click()
    request = page.locator("#completeness-request")
    expect(request).to_contain_text("Rule 9 request R9-014")
    expect(request).to_contain_text("late")

    with page.expect_download() as download:
        page.locator("#cr-families").locator("..").get_by_role(
            "button", name="Download every row (CSV)").click()
    lines = open(download.value.path(), encoding="utf-8").read().splitlines()  # noqa: SIM115
    assert len(lines) == len(emails) + 1

    page.get_by_role("link", name="Back to collections").click()
    sample_row = page.locator(".arch-table tbody tr").filter(
        has=page.get_by_role("link", name="Completeness report of sample", exact=True))
    expect(sample_row).to_have_count(1)
    expect(sample_row).to_contain_text("Northshire Police, Rule 9 request R9-014")
