"""The archivist's screens in the browser: a collection created, files loaded through the page
(one of them corrupt), the job's progress and ledger watched until it adds up, the failure read
with its reason, filtered and downloaded as CSV.

The archivist is an admin of their own collection alone, so what they load never reaches the
'sample' collection the other browser tests count on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import open_app

pytestmark = [pytest.mark.browser, pytest.mark.integration]

ARCHIVE = "ui-archive"


@pytest.fixture(scope="module")
def archivist_token(store, indices, settings) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add("ui-archivist", "admin", [ARCHIVE])


def three_files(folder: Path) -> list[Path]:
    """Two letters that read, and a PDF that is not one."""
    folder.mkdir(parents=True, exist_ok=True)
    good = [folder / "letter-one.txt", folder / "letter-two.txt"]
    good[0].write_text("Letter to the Thornleigh House committee about the 1997 review.\n")
    good[1].write_text("Reply from the Kearney family solicitor, dated 3 November 1995.\n")
    broken = folder / "minutes-broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 64)
    return [*good, broken]


def test_an_archivist_creates_a_collection_loads_three_files_and_reads_the_ledger(
    page: Page, live_server: str, archivist_token: str, tmp_path: Path
) -> None:
    open_app(page, live_server, archivist_token, "archive")
    expect(page.get_by_role("heading", name="Collections and loads")).to_be_visible()
    expect(page.locator("#archive-link")).to_be_visible()

    page.get_by_label("Name (lower case, digits, - and _)").fill(ARCHIVE)
    page.get_by_label("Control number prefix (capitals and digits)").fill("UIA")
    # A collection checkbox in the side bar carries its name as a label, and another test may
    # have made one called "description": the form's field is the only textbox of that name.
    page.get_by_role("textbox", name="Description", exact=True).fill("Loaded through the page")
    page.get_by_role("button", name="Create collection").click()
    expect(page.locator(".arch-table td", has_text=ARCHIVE).first).to_be_visible()

    page.get_by_label("Into collection").select_option(ARCHIVE)
    page.locator("#load-files").set_input_files(three_files(tmp_path / "batch"))
    expect(page.get_by_role("list", name="Files to load").locator("li")).to_have_count(3)
    page.get_by_role("button", name="Load 3 files").click()

    expect(page).to_have_url(re.compile(r"#job=\d{8}-\d{6}-[0-9a-f]{6}$"))
    expect(page.locator("#job-status")).to_have_text("finished", timeout=120_000)
    expect(page.locator("#ledger-received")).to_have_text("3")
    expect(page.locator('#ledger tr[data-state="indexed"] td')).to_have_text("2")
    expect(page.locator('#ledger tr[data-state="failed"] td')).to_have_text("1")
    expect(page.locator("#ledger-sum")).to_contain_text("3 received = 2 indexed")
    expect(page.locator("#ledger-sum")).to_contain_text("1 failed")
    expect(page.locator("#job-done")).to_contain_text("3 of 3 files (100%)")

    failure = page.locator("#failures tbody tr")
    expect(failure).to_have_count(1)
    expect(failure).to_contain_text("minutes-broken.pdf")
    assert len(failure.locator("td").nth(3).inner_text().strip()) > 3  # the reason

    page.get_by_label("Filter failures").fill("no-such-file")
    expect(page.get_by_text("No failure matches the filter.")).to_be_visible()
    page.get_by_label("Filter failures").fill("broken")
    expect(failure).to_have_count(1)

    with page.expect_download() as download:
        page.get_by_role("button", name="Download failures (CSV)").click()
    lines = Path(download.value.path()).read_text().splitlines()
    assert lines[0].startswith("path,state") and len(lines) == 2 and "minutes-broken.pdf" in lines[1]

    page.get_by_role("link", name="← Collections and loads").click()
    expect(page.locator(".arch-table a.mono").first).to_be_visible()


def test_files_dropped_on_the_page_are_listed_to_load(
    page: Page, live_server: str, archivist_token: str
) -> None:
    open_app(page, live_server, archivist_token, "archive")
    zone = page.locator(".drop-zone")
    expect(zone).to_be_visible()
    page.evaluate("""() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["one"], "dropped-one.txt", { type: "text/plain" }));
        transfer.items.add(new File(["two"], "dropped-two.txt", { type: "text/plain" }));
        document.querySelector(".drop-zone").dispatchEvent(
            new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }""")
    listed = page.get_by_role("list", name="Files to load").locator("li")
    expect(listed).to_have_count(2)
    expect(listed.first).to_contain_text("dropped-one.txt")


def test_a_reviewer_sees_no_archivist_link(page: Page, live_server: str, store, indices,  # noqa: ANN001
                                           settings) -> None:  # noqa: ANN001
    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add("ui-counsel", "reviewer", ["sample"])
    open_app(page, live_server, token)
    expect(page.locator("#summary #total")).to_be_visible()
    expect(page.locator("#archive-link")).to_be_hidden()


def test_an_archivist_runs_entities_again_and_watches_the_job(
    page: Page, live_server: str, archivist_token: str, store, settings, tmp_path: Path,  # noqa: ANN001
) -> None:
    from tests.ingested import ingest_texts

    ingest_texts(store, settings, tmp_path / "stage", {
        "memo.txt": "Memo from Margaret Hollins to the Leeds office, 4 May 2001.\n",
        "reply.txt": "Reply from Peter Okafor of Northshire Council, 9 May 2001.\n"}, ARCHIVE)
    documents = documents_in_the_archive(store, settings)
    open_app(page, live_server, archivist_token, "archive")
    page.get_by_label("Over collection").select_option(ARCHIVE)
    page.get_by_label("Stage to run again over every document").select_option("entities")
    expect(page.locator("#stage-about")).to_contain_text("names, places, dates")
    page.get_by_role("button", name="Run the stage again").click()

    expect(page).to_have_url(re.compile(r"#job=\d{8}-\d{6}-[0-9a-f]{6}$"))
    expect(page.locator("#job-status")).to_have_text("finished", timeout=120_000)
    expect(page.locator(".job-meta")).to_contain_text("entities run again")
    expect(page.locator("#job-done")).to_contain_text(
        f"{documents} of {documents} documents (100%)")
    expect(page.locator("#ledger-sum")).to_contain_text(f"{documents} received = {documents} indexed")
    # The job screen offers the same stage again, over the job's collection.
    expect(page.get_by_label("Stage to run again over every document")).to_have_value("entities")
    expect(page.get_by_role("heading", name=f"Run a stage again over {ARCHIVE}")).to_be_visible()


def documents_in_the_archive(store, settings) -> int:  # noqa: ANN001
    """How many documents the archivist's collection holds (a stage runs over each)."""
    from search.indices import Indices

    indices = Indices(settings.index_prefix)
    store.indices.refresh(index=indices.documents)
    return store.count(index=indices.documents,
                       body={"query": {"term": {"collection": ARCHIVE}}})["count"]


def test_a_reviewer_reads_a_job_without_the_stage_form(
    page: Page, live_server: str, admin_token: str, sample_job: dict
) -> None:
    open_app(page, live_server, admin_token, f"job={sample_job['job_id']}")  # a reviewer's token
    expect(page.locator("#job-status")).to_have_text("finished")
    expect(page.locator("#ledger-sum")).to_be_visible()
    page.wait_for_timeout(500)  # the form would follow the first answer at once
    expect(page.locator("#stage-name")).to_have_count(0)


def test_two_quick_visits_to_the_collections_draw_one_table(
        page: Page, live_server: str, archivist_token: str) -> None:
    """A reload while the first answer is still on its way (a click, then Back): the page shows
    the collections once, not once per visit."""
    open_app(page, live_server, archivist_token, "archive")
    expect(page.get_by_role("heading", name="Collections and loads")).to_be_visible()
    answers = {"count": 0}

    def first_answer_late(route) -> None:  # noqa: ANN001
        answers["count"] += 1
        if answers["count"] == 1:
            page.wait_for_timeout(1500)
        route.continue_()

    page.route("**/api/collections", first_answer_late)
    page.evaluate("""() => { location.hash = "#archive&a=1"; }""")
    page.wait_for_timeout(100)
    page.evaluate("""() => { location.hash = "#archive&a=2"; }""")
    expect(page.locator("#arch-collections")).to_have_count(1)
    page.wait_for_timeout(2500)
    assert answers["count"] >= 2
    expect(page.locator("#arch-collections")).to_have_count(1)
