"""WordPerfect through LibreOffice, on real WordPerfect files from the corpus (Apache Tika's test
documents: a 6.x .wpd and a 5.1 .wp)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.extract import ExtractContext, extract
from ingest.formats import label_of
from ingest.identify import identify

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")
FOLDER = "tika/tika-parser-miscoffice-module"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("name", "words"), [
    ("testWordPerfect.wpd", ["APPENDIX", "AND FURTHER", "test1-2"]),
    ("testWordPerfect_5_1.wp", ["Western Gulf of Alaska", "Peter Eakland and Associates",
                                "Anchorage, Alaska"]),
])
def test_wordperfect_is_identified_and_read(corpus: Path, name: str, words: list[str]) -> None:
    path = corpus / FOLDER / name
    identity = identify(path)
    assert (identity.mime, identity.family) == ("application/vnd.wordperfect", "wordperfect")
    extraction = extract(path, identity, ExtractContext())
    assert extraction.extractor == "ooxml:soffice-wordperfect"
    text = flat(extraction.text)
    for word in words:
        assert word in text


def test_a_wordperfect_file_under_another_name_is_still_read(corpus: Path, tmp_path: Path) -> None:
    # Council exports come as .doc, .dat or no extension; the bytes decide.
    path = tmp_path / "MINUTES.DAT"
    shutil.copy(corpus / FOLDER / "testWordPerfect.wpd", path)
    identity = identify(path)
    assert identity.family == "wordperfect"
    assert "AND FURTHER" in flat(extract(path, identity, ExtractContext()).text)


def test_wordperfect_documents_are_labelled_word() -> None:
    assert label_of("wordperfect") == "word"
