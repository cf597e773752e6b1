"""The case register in the browser: the register filtered to "NFA, linked to another case"
lists the planted cases, a case page opens its closure sentence at its page, and an uncleared
user sees subjects only by their codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import open_app

pytestmark = [pytest.mark.integration, pytest.mark.browser]
COLLECTION = "cases-ui"
FILES = {
    "Northshire Police/log.txt":
        "Crime number NP/05/1234.\n\nOn 1 March 2005 Child A reported that she had been "
        "assaulted. Darren Kearney was arrested on 2 March 2005. The complainant, Laura Pike, "
        "gave a statement.",
    "Northshire Police/closure.txt":
        "Summary of the file.\n\f"
        "Re: NP/05/1234. On 10 March 2005 the case was closed: NFA, insufficient evidence.",
    "Northshire Police/second.txt":
        "Crime number NP/06/0099. YP3 disclosed abuse on 5 January 2006. Darren Kearney was "
        "named as a suspect.",
    "Northshire Police/third.txt":
        "Crime number NP/07/0200. Child D reported an assault on 3 May 2007. Gary Whitlock "
        "was charged on 9 June 2007.",
}


@pytest.fixture(scope="module")
def tokens(store, indices, settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    from search.ciphers import CipherStore
    from search.users import UserStore

    CipherStore(store, settings.index_prefix).add(COLLECTION, "Darren Kearney", "Nominal K1")
    root: Path = tmp_path_factory.mktemp("cases-ui")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    users = UserStore(store, indices, settings.secret_key)
    return {"cleared": users.add("cases-ui-cleared", "reviewer", [COLLECTION], cleared=True),
            "uncleared": users.add("cases-ui-uncleared", "reviewer", [COLLECTION])}


def test_the_register_filtered_to_nfa_and_linked(page: Page, live_server: str,
                                                 tokens: dict[str, str]) -> None:
    open_app(page, live_server, tokens["cleared"], "cases=1&outcome=nfa&flag=linked")
    rows = page.locator("#cases-view .cases-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("NP/05/1234")
    expect(rows.first.locator(".case-flags")).to_contain_text("suspect elsewhere")
    page.locator("#cases-view select[name=outcome]").select_option("")
    page.locator("#cases-view select[name=flag]").select_option("")
    page.locator("#cases-view form button[type=submit]").click()
    expect(rows).to_have_count(3)


def test_a_case_page_opens_its_closure_sentence_at_its_page(page: Page, live_server: str,
                                                          tokens: dict[str, str]) -> None:
    open_app(page, live_server, tokens["cleared"], "cases=1")
    page.locator("#cases-view .cases-table a", has_text="NP/05/1234").click()
    view = page.locator("#cases-view")
    expect(view.locator(".case-title")).to_have_text("Case NP/05/1234")
    expect(view.locator(".case-outcome-line")).to_contain_text("insufficient evidence")
    expect(view.locator("#case-flags + ul")).to_contain_text("suspect elsewhere")
    view.locator(".case-outcome-line a.case-cite").click()
    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#page-input")).to_have_value("2")
    expect(page.locator("#page-text")).to_contain_text("NFA, insufficient evidence")


def test_an_uncleared_user_sees_subjects_by_their_codes(page: Page, live_server: str,
                                                        tokens: dict[str, str]) -> None:
    open_app(page, live_server, tokens["uncleared"], "cases=1")
    page.locator("#cases-view .cases-table a", has_text="NP/05/1234").click()
    subjects = page.locator("#cases-view .case-role-subject li")
    expect(subjects).to_have_count(2)
    expect(subjects.filter(has_text="Child A")).to_have_count(1)
    expect(subjects.filter(has_text="Subject (name withheld)")).to_have_count(1)
    expect(page.locator("#cases-view .case-role-suspect")).to_contain_text("Nominal K1")
    text = page.locator("#cases-view").inner_text().lower()
    assert "kearney" not in text and "laura pike" not in text
