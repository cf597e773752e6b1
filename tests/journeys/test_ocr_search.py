"""OCR'd text found by search: the sample corpus's scanned memo (a PDF of page images) and
scanned letter (a multi-page TIFF) are found by a phrase that exists only in their images, on the
page the manifest says, with ``ocr:yes``; then ``docket ingest ... --stage ocr`` reads them again
with another DOCKET_OCR_LANGUAGES, and search follows the text it wrote."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.journeys.jobs import admin_client, app_with_roots, found_paths, ingest_path
from tests.processes import docket

pytestmark = pytest.mark.integration
COLLECTION = "ocr-scans"


@dataclass(frozen=True)
class Scan:
    path: str
    phrase: str
    page: int


@dataclass(frozen=True)
class Scanned:
    client: TestClient
    folder: Path
    scans: list[Scan]


def image_only_phrase(sample_corpus, sample) -> tuple[str, int]:  # noqa: ANN001
    """A phrase of a scan that no file with a text layer holds, and its page."""
    elsewhere = {p for f in sample_corpus.files if not f.kind.startswith("scanned")
                 for p in f.phrases}
    return next((p, n) for p, n in sorted(sample.page_of_phrase.items(), key=lambda i: -i[1])
                if p not in elsewhere)


@pytest.fixture(scope="module")
def scanned(store, settings, admin_token: str, sample_corpus,  # noqa: ANN001
            tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    picked = [next(f for f in sample_corpus.files if f.kind.startswith("scanned")
                   and f.format == fmt) for fmt in ("pdf", "tiff")]
    root = tmp_path_factory.mktemp("ocr-root")
    folder = root / "scans"
    folder.mkdir()
    scans = []
    for sample in picked:
        target = folder / sample.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(sample_corpus.root / sample.path, target)
        scans.append(Scan(sample.path, *image_only_phrase(sample_corpus, sample)))
    client = admin_client(app_with_roots(store, settings, root), admin_token)
    report = ingest_path(client, folder, COLLECTION)
    assert report["counts"]["indexed"] == 2, report
    return Scanned(client, folder, scans)


def test_a_phrase_only_in_the_images_is_found_on_its_page(scanned: Scanned) -> None:
    for scan in scanned.scans:
        hits = scanned.client.get("/api/search", params={
            "q": f'"{scan.phrase}"', "collection": COLLECTION, "filter": "ocr:yes"}).json()["hits"]
        assert [h["path"] for h in hits] == [scan.path], scan
        assert scan.page in {s["page"] for s in hits[0]["snippets"]}, hits[0]["snippets"]
        assert scanned.client.get(f"/api/documents/{hits[0]['id']}").json()["ocr"] is True
        assert found_paths(scanned.client, f'"{scan.phrase}"', COLLECTION) == [scan.path]
    not_ocr = scanned.client.get("/api/search", params={
        "collection": COLLECTION, "filter": "ocr:no"}).json()
    assert not_ocr["total"] == 0


def test_stage_ocr_reads_again_with_the_languages_of_the_environment(
        scanned: Scanned, settings) -> None:  # noqa: ANN001
    env = {**os.environ, "DOCKET_OPENSEARCH_URL": settings.search_url}

    def rerun(languages: str) -> None:
        result = docket("ingest", str(scanned.folder), "--collection", COLLECTION,
                        "--stage", "ocr", env={**env, "DOCKET_OCR_LANGUAGES": languages})
        assert result.returncode == 0, result.stderr
        assert "indexed              2" in result.stdout, result.stdout

    # "osd" is tesseract's script-detection data: read as a language it makes gibberish of the
    # page, so the phrases are gone if and only if the stage used the setting and rewrote text.
    rerun("osd")
    for scan in scanned.scans:
        assert found_paths(scanned.client, f'"{scan.phrase}"', COLLECTION) == [], scan
    rerun("eng")
    for scan in scanned.scans:
        assert found_paths(scanned.client, f'"{scan.phrase}"', COLLECTION) == [scan.path], scan
