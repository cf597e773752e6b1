"""The case register in the browser: the register filtered to "NFA, linked to another case"
lists exactly the planted cases (an NFA case whose suspect, vehicle or phone is in another
case), a case page opens its closure sentence marked at its page, and an uncleared user sees
subjects only by their codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.ingested import ingest_texts
from tests.ui.helpers import open_app, words

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
        "named as a suspect. YP3 was called from (07700) 900 123.",
    "Northshire Police/third.txt":
        "Crime number NP/07/0200. Child D reported an assault on 3 May 2007. Gary Whitlock "
        "was charged on 9 June 2007. His car, AB12CDE, was seized.",
    # NFA, and its vehicle is Whitlock's (NP/07/0200, charged).
    "Northshire Police/fourth.txt":
        "Crime number NP/08/0301. Child E reported an assault on 1 March 2008. Sean Tait was "
        "arrested. He drove a Ford Fiesta, AB12 CDE. The complainant, Emma Royle, gave a "
        "statement. On 3 April 2008 NFA was recorded, CPS advice.",
    # NFA, and its phone called YP3 (NP/06/0099).
    "Northshire Police/fifth.txt":
        "Crime number NP/09/0050. Child F disclosed abuse on 2 May 2009. Paul Adey was "
        "arrested. Calls came from 07700 900123. On 5 May 2009 NFA was recorded: the victim "
        "did not support a prosecution.",
    # NFA, linked to nothing: its plate and phone are one character from the others.
    "Northshire Police/sixth.txt":
        "Crime number NP/10/0007. Child G reported an assault on 1 June 2010. Lee Moss was "
        "arrested. His car was a Ford Focus, AB12 CDF. He called from 07700 900124. On 9 June "
        "2010 the case was closed: NFA, insufficient evidence.",
}
NFA_LINKED = {"NP/05/1234": "suspect elsewhere", "NP/08/0301": "shared vehicle",
              "NP/09/0050": "shared phone"}


@pytest.fixture(scope="module")
def tokens(store, indices, settings, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    from search.ciphers import CipherStore
    from search.users import UserStore

    ciphers = CipherStore(store, settings.index_prefix)
    ciphers.add(COLLECTION, "Darren Kearney", "Nominal K1")
    ciphers.add(COLLECTION, "Emma Royle", "Complainant R1")
    root: Path = tmp_path_factory.mktemp("cases-ui")
    ingest_texts(store, settings, root, FILES, COLLECTION)
    users = UserStore(store, indices, settings.secret_key)
    return {"cleared": users.add("cases-ui-cleared", "reviewer", [COLLECTION], cleared=True),
            "uncleared": users.add("cases-ui-uncleared", "reviewer", [COLLECTION])}


def test_the_register_filtered_to_nfa_and_linked(page: Page, live_server: str,
                                                 tokens: dict[str, str]) -> None:
    open_app(page, live_server, tokens["cleared"], "cases=1")
    rows = page.locator("#cases-view .cases-table tbody tr")
    expect(rows).to_have_count(len(FILES) - 1)  # two files are one case
    page.locator("#cases-view .case-presets a", has_text="NFA, linked to another case").click()
    expect(rows).to_have_count(len(NFA_LINKED))
    for reference, flag in NFA_LINKED.items():
        row = rows.filter(has=page.locator("td a", has_text=reference))
        expect(row.locator(".case-flags")).to_contain_text(flag)
        expect(row.locator(".case-outcome")).to_contain_text("NFA")
    expect(page.locator("#cases-view select[name=outcome]")).to_have_value("nfa")
    expect(page.locator("#cases-view select[name=flag]")).to_have_value("linked")
    # The form says the same: any outcome, linked, lists the charged and open cases too.
    page.locator("#cases-view select[name=outcome]").select_option("")
    page.locator("#cases-view form button[type=submit]").click()
    expect(rows).to_have_count(len(NFA_LINKED) + 2)
    page.locator("#cases-view select[name=outcome]").select_option("nfa")
    page.locator("#cases-view form button[type=submit]").click()
    expect(rows).to_have_count(len(NFA_LINKED))


def test_a_case_page_opens_its_closure_sentence_at_its_page(page: Page, live_server: str,
                                                          tokens: dict[str, str]) -> None:
    open_app(page, live_server, tokens["cleared"], "cases=1")
    page.locator("#cases-view .cases-table a", has_text="NP/05/1234").click()
    view = page.locator("#cases-view")
    expect(view.locator(".case-title")).to_have_text("Case NP/05/1234")
    expect(view.locator(".case-outcome-line")).to_contain_text("insufficient evidence")
    expect(view.locator("#case-flags + ul")).to_contain_text("suspect elsewhere")
    sentence = view.locator(".case-outcome-line .case-sentence").inner_text()
    view.locator(".case-outcome-line a.case-cite").click()
    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#page-input")).to_have_value("2")
    expect(page.locator("#page-text")).to_contain_text("NFA, insufficient evidence")
    # The sentence is marked on its page, and only it: the viewer is at its first words.
    expect(page.locator("#page-text mark.hit-current").first).to_be_visible()
    marked = page.locator("#page-text mark")
    assert words(" ".join(marked.all_inner_texts())) == words(sentence)


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
    # A protected subject is her code; the register names no one it protects or withholds.
    page.locator("#cases-view a", has_text="Case register").click()
    page.locator("#cases-view .cases-table a", has_text="NP/08/0301").click()
    expect(page.locator("#cases-view .case-title")).to_have_text("Case NP/08/0301")
    subjects = page.locator("#cases-view .case-role-subject li")
    expect(subjects.filter(has_text="Complainant R1")).to_have_count(1)
    expect(subjects.filter(has_text="Child E")).to_have_count(1)
    assert "royle" not in page.locator("#cases-view").inner_text().lower()
    page.locator("#cases-view a", has_text="Case register").click()
    expect(page.locator("#cases-view .cases-table")).to_contain_text("Nominal K1")
    text = page.locator("#cases-view").inner_text().lower()
    assert not [name for name in ("kearney", "laura pike", "royle") if name in text]
