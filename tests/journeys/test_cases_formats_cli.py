"""An analyst declares a force's reference format from the terminal (``docket cases formats``):
the force's numbers group wrongly until the declaration, and the cases stage run again groups
them, without re-ingesting. Declarations are kept with the collection, listed, loaded from a
TOML file, refused with their reason, and removed. All forces, numbers and sentences are
invented."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from config import Settings
from tests.processes import docket

pytestmark = pytest.mark.integration
COLLECTION = "cli-case-formats"
FILES = {
    "record.txt": "Crime record QTG/03381 opened on 2 May 2007 for Child B.",
    "strategy.txt": "Strategy meeting about QT G 03381: the police will interview Kyle Brandt.",
    "letter.txt": "Letter to the family. Your reference 03381/QT/G.",
    "log.txt": "Log: ZW 2007 117 dated 2 May 2007 refers to crime record QTG/03381.",
}
DECLARED = '''
[[format]]
owner = "Quarrendon Police"
scheme = "incident"
shapes = ["ZW {YYYY} {serial:3-4}"]
'''


@pytest.fixture(scope="module")
def cli_env(store, settings: Settings,  # noqa: ANN001 - store: this session's fresh indices
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "DOCKET_OPENSEARCH_URL": settings.search_url,
            "DOCKET_DATA_DIR": str(tmp_path_factory.mktemp("cli-formats-data"))}


@pytest.fixture(scope="module")
def folder(cli_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-formats")
    for name, text in FILES.items():
        (root / name).write_text(text)
    result = docket("ingest", str(root), "--collection", COLLECTION, env=cli_env)
    assert result.returncode == 0, result.stderr
    return root


def _case_count(store, indices) -> int:  # noqa: ANN001
    store.indices.refresh(index=indices.cases)
    query = {"query": {"term": {"collection": COLLECTION}}}
    return store.count(index=indices.cases, body=query)["count"]


def test_a_format_declared_in_the_terminal_regroups_at_the_cases_stage(
        store, indices, cli_env: dict[str, str], folder: Path, tmp_path: Path) -> None:  # noqa: ANN001
    assert _case_count(store, indices) > 1  # one crime and its log, read as several cases
    added = docket("cases", "formats", "add", COLLECTION, "--owner", "Quarrendon Police",
                   "--scheme", "crime", "--shape", "QT[ ]{letters:1}/{serial:5}", "--shape",
                   "{serial:5}/QT/{letters:1}", "--example", "QTG/03381", env=cli_env)
    assert added.returncode == 0, added.stderr
    assert "--stage cases" in added.stderr
    toml = tmp_path / "formats.toml"
    toml.write_text(DECLARED)
    assert docket("cases", "formats", "load", COLLECTION, str(toml), env=cli_env).returncode == 0
    listed = docket("cases", "formats", "list", COLLECTION, env=cli_env).stdout
    assert "Quarrendon Police crime: crime numbers of Quarrendon Police" in listed
    assert "Quarrendon Police incident" in listed
    staged = docket("ingest", str(folder), "--collection", COLLECTION, "--stage", "cases",
                    env=cli_env)
    assert staged.returncode == 0, staged.stderr
    assert _case_count(store, indices) == 1  # the crime number in its three forms and its log
    removed = docket("cases", "formats", "remove", COLLECTION, "Quarrendon Police crime",
                     env=cli_env)
    assert removed.returncode == 0 and "Quarrendon Police crime" not in docket(
        "cases", "formats", "list", COLLECTION, env=cli_env).stdout


def test_a_declaration_that_cannot_work_is_refused_in_one_line(cli_env: dict[str, str],
                                                              folder: Path) -> None:
    refused = docket("cases", "formats", "add", COLLECTION, "--owner", "Quarrendon Police",
                     "--scheme", "crime", "--shape", "QT-{YY}-{serial:5}", "--example",
                     "QT-07-3381", env=cli_env)
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("error: example 'QT-07-3381' fits none of the shapes "
                                      "(QT-{YY}-{serial:5})")
    unknown = docket("cases", "formats", "list", "no-such-collection", env=cli_env)
    assert unknown.returncode == 1 and "no collection no-such-collection" in unknown.stderr


def test_a_digits_only_format_is_declared_with_its_labels_and_refused_without(
        cli_env: dict[str, str], folder: Path, tmp_path: Path) -> None:
    refused = docket("cases", "formats", "add", COLLECTION, "--owner", "Quarrendon Police",
                     "--scheme", "incident", "--shape", "{serial:4}/{DD}{MM}/{YY}", env=cli_env)
    assert refused.returncode == 1
    assert "name the label written before it as an anchor" in refused.stderr
    toml = tmp_path / "bad-anchor.toml"
    toml.write_text('[[format]]\nowner = "Quarrendon Police"\nscheme = "incident"\n'
                    'shapes = ["{serial:4}/{DD}{MM}/{YY}"]\nanchors = ["#"]\n')
    bad = docket("cases", "formats", "load", COLLECTION, str(toml), env=cli_env)
    assert bad.returncode == 1
    assert f"{toml}: format 1: anchor '#': a label of 2-40 characters" in bad.stderr
    added = docket("cases", "formats", "add", COLLECTION, "--owner", "Quarrendon Police",
                   "--scheme", "incident", "--name", "Quarrendon logs", "--shape",
                   "{serial:4}/{DD}{MM}/{YY}", "--anchor", "Despatch No:", env=cli_env)
    assert added.returncode == 0, added.stderr
    listed = docket("cases", "formats", "list", COLLECTION, env=cli_env).stdout
    assert "written {serial:4}/{DD}{MM}/{YY}, after 'Despatch No:'" in listed
