"""Every container type on real third-party files (../shared/corpus): 7z, RAR, TAR, TAR/GZ,
TNEF (winmail.dat) and files attached to PDFs. Each is ingested through ``/api/ingest/path`` into
a collection of its own; each member must be searchable by its own text, be a document whose
``parent_id`` is the container's and whose path is ``<container>/<member>``, and have a ledger
entry of its own."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.journeys.jobs import (
    admin_client,
    app_with_roots,
    documents,
    found_paths,
    ingest_path,
    ledger,
)

pytestmark = pytest.mark.integration

# The members of Tika's test-documents archives, each with a phrase only it holds.
TIKA_MEMBERS = {
    "test-documents/testEXCEL.xls": "Sample Excel Worksheet",
    "test-documents/testHTML.html": "Test Indexation Html",
    "test-documents/testOpenOffice2.odt": "This is a sample Open Office document",
    "test-documents/testPDF.pdf": "Apache Tika is a toolkit",
    "test-documents/testPPT.ppt": "Sample Powerpoint Slide",
    # As written: the RTF's \rquote is U+2019, and "d'indexation" is one token (no elision).
    "test-documents/testRTF.rtf": "Test d\u2019indexation Word",
    "test-documents/testTXT.txt": "Test d'indexation de Txt",
    "test-documents/testWORD.doc": "This is a sample Microsoft Word Document",
    "test-documents/testXML.xml": "Rida Benjelloun",
}
PKG = "tika/tika-parser-pkg-module"


@dataclass(frozen=True)
class Case:
    source: str  # under the corpus
    members: dict[str, str]  # member path inside the container -> a phrase of its own text


CASES = {
    "7z": Case(f"{PKG}/test-documents.7z", TIKA_MEMBERS),
    "rar": Case(f"{PKG}/test-documents.rar", TIKA_MEMBERS),
    "tar": Case(f"{PKG}/test-documents.tar", TIKA_MEMBERS),
    "tgz": Case(f"{PKG}/test-documents.tgz", TIKA_MEMBERS),
    # Every attachment of the winmail.dat is the same pangram in another format.
    "tnef": Case("tika/tika-parser-microsoft-module/testWINMAIL.dat", {
        name: "quick brown fox jumps over the lazy dog"
        for name in ("quick.doc", "quick.html", "quick.pdf", "quick.txt", "quick.xml")}),
    "pdf": Case("tika/tika-parser-pdf-module/testPDFPackage.pdf",
                {"PDF1.pdf": "PDF1", "PDF2.pdf": "PDF2"}),
}


@dataclass(frozen=True)
class Ingested:
    client: TestClient
    case: Case
    report: dict  # the finished job's report


@pytest.fixture(scope="module", params=list(CASES))
def ingested(request: pytest.FixtureRequest, store, settings, admin_token: str,  # noqa: ANN001
             corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    """One container type ingested into its own collection (only the types selected run)."""
    case = CASES[request.param]
    root = tmp_path_factory.mktemp(f"container-{request.param}")
    shutil.copy(corpus / case.source, root)
    client = admin_client(app_with_roots(store, settings, root), admin_token)
    return Ingested(client, case, ingest_path(client, root, f"box-{request.param}"))


def test_every_member_is_a_searchable_child_with_a_ledger_entry(
        ingested: Ingested, store, settings) -> None:  # noqa: ANN001
    case, report = ingested.case, ingested.report
    container = Path(case.source).name
    collection = report["collection"]
    assert report["counts"]["indexed"] == 1, report
    docs = documents(ingested.client, collection)
    entries = ledger(store, settings, report["id"])
    parent_id = docs[container]["id"]
    problems = []
    for member, phrase in case.members.items():
        path = f"{container}/{member}"
        if path not in docs:
            problems.append(f"{path}: no document (documents: {sorted(docs)})")
            continue
        if docs[path]["parent_id"] != parent_id:
            problems.append(f"{path}: parent_id {docs[path]['parent_id']}, not {parent_id}")
        entry = entries.get(path, {})
        if (entry.get("state"), entry.get("container")) != ("indexed", container):
            problems.append(f"{path}: ledger entry {entry}")
        if path not in found_paths(ingested.client, f'"{phrase}"', collection):
            problems.append(f"{path}: not found by \"{phrase}\"")
    assert not problems, "\n".join(problems)
    assert report["child_counts"]["indexed"] >= len(case.members)
