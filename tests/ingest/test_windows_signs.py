"""Signs a reader took from Windows-1252 bytes as Latin-1 control characters ("SharePoint\\x99")
are read as what they are, whatever the file's reader."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import ExtractContext, extract
from ingest.extract.text import c1_read_as_windows
from ingest.identify import identify


def test_control_characters_are_read_as_the_windows_signs_they_stand_for() -> None:
    text = "Windows\xae SharePoint\x99 Services, \x93quoted\x94 \x96 \x80 5"
    read = c1_read_as_windows(text)
    assert read == "Windows\xae SharePoint\u2122 Services, \u201cquoted\u201d \u2013 \u20ac 5"
    assert len(read) == len(text)  # offsets into the page hold
    assert c1_read_as_windows("undefined \x81 stays") == "undefined \x81 stays"


def test_an_outlook_message_from_the_corpus_shows_its_trade_mark_sign(corpus: Path) -> None:
    path = corpus / "tika" / "tika-parser-microsoft-module" / "test-outlook2003.msg"
    extraction = extract(path, identify(path), ExtractContext())
    text = extraction.text
    assert "SharePoint\u2122 Services" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)
