"""The ``docket`` command as a user types it, in a subprocess: settings errors as one line,
``ingest`` then ``search``, ``ciphers``, ``serve`` answering /api/health, and ``demo`` in a data
directory of its own. Each run talks to the test node under the test index prefix."""

from __future__ import annotations

import io
import json
import os
import subprocess
import urllib.request
from pathlib import Path

import pytest

from api.background_server import free_port
from config import Settings
from tests.processes import DOCKET, REPO, WAIT_S, docket, job_id_of, tail, wait_for

pytestmark = pytest.mark.integration

PHRASE = "the tarpaulin over the blue skip at Hallam Yard"


@pytest.fixture(scope="module")
def cli_env(store, settings: Settings,  # noqa: ANN001 - store: this session's fresh indices
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """This session's indices, a data directory of the module's own, and the node named by URL so
    that no command tries to start a second managed node over another data directory."""
    return {**os.environ, "PYTHONUNBUFFERED": "1", "DOCKET_OPENSEARCH_URL": settings.search_url,
            "DOCKET_DATA_DIR": str(tmp_path_factory.mktemp("cli-data"))}


@pytest.fixture(scope="module")
def ingested(cli_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli-corpus")
    (folder / "site-visit.txt").write_text(f"Site visit note.\nWe found {PHRASE} on Monday.\n")
    (folder / "other.txt").write_text("An unrelated note about the canteen rota.\n")
    result = docket("ingest", str(folder), "--collection", "cli-words", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "indexed              2" in result.stdout, result.stdout
    return job_id_of(result)


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("DOCKET_PASSWORDS", '["unclosed', 'a JSON list (["a", "b"]) or a comma-separated list'),
    ("DOCKET_PORT", "eighty", "valid integer"),
    ("DOCKET_INGEST_ROOTS", "[1, ", "a JSON list"),
])
def test_a_malformed_variable_is_one_line_naming_it(name: str, value: str, expected: str) -> None:
    result = docket("search", "anything", env={**os.environ, name: value})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {name}: ") and expected in lines[0], lines[0]


def test_a_password_is_never_echoed_in_the_error() -> None:
    result = docket("search", "x", env={**os.environ, "DOCKET_PASSWORDS": '["s3cret-pw", '})
    assert result.returncode == 2 and "s3cret-pw" not in result.stderr


def test_passwords_and_roots_read_as_a_json_or_a_comma_separated_list(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKET_PASSWORDS", "hunter2")
    monkeypatch.setenv("DOCKET_INGEST_ROOTS", "/srv/a, /srv/b")
    assert Settings().passwords == ["hunter2"]
    assert Settings().ingest_roots == [Path("/srv/a"), Path("/srv/b")]
    monkeypatch.setenv("DOCKET_PASSWORDS", '["with, a comma", "two"]')
    assert Settings().passwords == ["with, a comma", "two"]


def test_search_prints_the_file_and_its_snippet(cli_env: dict[str, str], ingested: str) -> None:
    result = docket("search", f'"{PHRASE}"', "--collection", "cli-words", env=cli_env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 documents")
    assert lines[1].startswith("CLIWORDS-") and lines[1].endswith("[site-visit.txt]"), lines
    assert "Hallam" in "".join(lines[2:])
    as_json = json.loads(docket("search", "canteen", "--collection", "cli-words", "--json",
                                env=cli_env).stdout)
    assert [hit["path"] for hit in as_json["hits"]] == ["other.txt"]


def test_search_refuses_a_broken_query_with_its_reason(cli_env: dict[str, str]) -> None:
    result = docket("search", '"unclosed phrase', env=cli_env)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_ciphers_add_list_remove(cli_env: dict[str, str]) -> None:
    def listed() -> list[str]:
        result = docket("ciphers", "list", "cli-words", env=cli_env)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    added = docket("ciphers", "add", "cli-words", "Orla Pemberton", "C7", env=cli_env)
    assert added.returncode == 0, added.stderr
    assert "C7 now stands for a protected name" in added.stdout
    assert listed() == ["cli-words\tC7\tOrla Pemberton"]
    assert docket("ciphers", "remove", "cli-words", "Orla Pemberton", env=cli_env).returncode == 0
    assert listed() == []
    again = docket("ciphers", "remove", "cli-words", "Orla Pemberton", env=cli_env)
    assert again.returncode == 1 and "no protected name" in again.stderr


def _health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return json.loads(response.read())
    except OSError:
        return None


def test_serve_starts_and_answers_health(cli_env: dict[str, str], tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(DOCKET), "serve", "--port", str(port)], env=cli_env,
                                cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    try:
        def answers() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"docket serve exited with {proc.returncode}\n{tail(log)}")
            return _health(f"http://127.0.0.1:{port}/api/health") is not None

        wait_for(answers, "docket serve to answer", timeout=120, log=log)
        health = _health(f"http://127.0.0.1:{port}/api/health")
        assert health is not None
        assert health["status"] == "ok" and health["opensearch"] in ("green", "yellow"), health
        assert health["broker"] == "not configured (local mode)"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_demo_ingests_its_corpus_and_prints_a_working_token(
        cli_env: dict[str, str], app, tmp_path: Path) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    data_dir = tmp_path / "demo-data"
    corpus = data_dir / "sample-corpus"  # already there: the demo ingests it as it is
    corpus.mkdir(parents=True)
    (corpus / "memo.txt").write_text("Memo: the Ashgrove pumping station reopens in May.\n")
    (corpus / "minutes.txt").write_text("Minutes: the committee noted the Ashgrove closure.\n")
    port = free_port()
    result = subprocess.run([str(DOCKET), "demo", "--no-serve", "--port", str(port)],
                            env={**cli_env, "DOCKET_DATA_DIR": str(data_dir)}, cwd=REPO,
                            capture_output=True, text=True, timeout=WAIT_S)
    assert result.returncode == 0, result.stderr
    assert "indexed              2" in result.stdout, result.stdout
    assert f"Open http://127.0.0.1:{port}/#token=" in result.stdout
    token = result.stdout.split("#token=", 1)[1].split()[0]
    client = TestClient(app)
    client.headers["Authorization"] = f"Bearer {token}"
    assert client.get("/api/me").json()["username"] == "demo"
    found = client.get("/api/search", params={"q": '"Ashgrove pumping station"',
                                               "collection": "demo"}).json()
    assert [hit["path"] for hit in found["hits"]] == ["memo.txt"]


def test_passwords_from_the_environment_open_an_encrypted_pdf(
        cli_env: dict[str, str], tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from tests.journeys.test_uploads import pdf_bytes

    phrase = "the ledger kept in the vestry safe"
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(phrase))))
    writer.encrypt("hunter2")
    (tmp_path / "locked.pdf").write_bytes(_written(writer))
    refused = docket("ingest", str(tmp_path), "--collection", "cli-locked", env=cli_env)
    assert "password_protected   1" in refused.stdout, refused.stdout
    opened = docket("ingest", str(tmp_path), "--collection", "cli-opened",
                    env={**cli_env, "DOCKET_PASSWORDS": "wrong-one, hunter2"})
    assert "indexed              1" in opened.stdout, opened.stdout
    found = docket("search", f'"{phrase}"', "--collection", "cli-opened", env=cli_env)
    assert "[locked.pdf]" in found.stdout, found.stdout


def _written(writer) -> bytes:  # noqa: ANN001 - a pypdf PdfWriter
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_snippet_prints_as_one_terminal_line_without_the_documents_control_characters() -> None:
    from api.cli import terminal_snippet

    printed = terminal_snippet(
        "Cc: Tom &lt;tom@x&gt;, <mark>Alice</mark>\n&lt;a@x&gt; \x1b[2J&#27;]0;pwned\x07")
    assert printed == "Cc: Tom <tom@x>, \033[1mAlice\033[0m <a@x> [2J]0;pwned"
    assert "\x1b[2J" not in printed and "\x07" not in printed
