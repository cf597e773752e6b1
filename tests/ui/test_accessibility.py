"""Accessibility: axe-core (npm, pinned in package.json, installed into node_modules by
scripts/setup.sh) finds no serious or critical violation on the search, viewer, entity and jobs
pages. axe's source is evaluated in the page through the DevTools protocol, which the page's
Content-Security-Policy does not govern: the policy stays as it is served. Without
node_modules/axe-core each test is a visible skip, and a failure in CI."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.ui.helpers import open_app, open_results

pytestmark = [pytest.mark.browser, pytest.mark.integration]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
PERSON = "raymond stokes"  # named in two documents of the sample corpus


@pytest.fixture
def axe() -> str:
    if not AXE.is_file():
        reason = (f"{AXE} is missing (scripts/setup.sh installs it with npm): the accessibility "
                  "tests cannot run")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return AXE.read_text(encoding="utf-8")


def blocking_violations(page: Page, axe: str) -> list[str]:
    """axe's serious and critical violations on the page as it stands, one line each."""
    page.evaluate(f"{axe}\n;undefined")
    found = page.evaluate("""async () => {
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) =>
                `${n.target.join(" ")} ${(n.failureSummary || "").replace(/\\s+/g, " ")}`) }));
    }""")
    return [f"{v['impact']} {v['id']} ({v['help']}): {' | '.join(v['nodes'])}"
            for v in found if v["impact"] in BLOCKING]


def assert_accessible(page: Page, axe: str) -> None:
    violations = blocking_violations(page, axe)
    assert not violations, "\n".join(violations)


def test_the_search_page(page: Page, live_server: str, admin_token: str, axe: str) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    assert_accessible(page, axe)


def test_the_viewer(page: Page, live_server: str, admin_token: str, axe: str) -> None:
    open_results(page, live_server, admin_token, "q=Stokes")
    page.locator(".hit-title a").first.click()
    expect(page.locator("#doc-view")).to_be_visible()
    expect(page.locator("#page-text mark").first).to_be_visible()
    assert_accessible(page, axe)


def test_the_entity_page(page: Page, live_server: str, admin_token: str, axe: str) -> None:
    open_app(page, live_server, admin_token, f"entity=person&key={quote(PERSON)}")
    expect(page.locator("#entity-view .entity-page h2")).to_be_visible()
    expect(page.locator(".entity-mentions > li").first).to_be_visible()
    assert_accessible(page, axe)


def test_the_jobs_pages(page: Page, live_server: str, store, indices, settings,  # noqa: ANN001
                        sample_job: dict, axe: str) -> None:
    from search.users import UserStore

    # An archivist (admin) of the sample collection, who sees the form that runs a stage again.
    archivist = UserStore(store, indices, settings.secret_key).add("ui-a11y-archivist", "admin",
                                                                   ["sample"])
    open_app(page, live_server, archivist, f"job={sample_job['job_id']}")
    expect(page.locator("#job-status")).to_have_text("finished")
    expect(page.locator("#stage-name option").first).to_be_attached()
    assert_accessible(page, axe)
    page.get_by_role("link", name="← Collections and loads").click()
    expect(page.get_by_role("heading", name="Recent jobs")).to_be_visible()
    assert_accessible(page, axe)
