"""A text file written in UTF-32 with its byte-order mark (as some export tools write logs) is
text: identified as such and read letter by letter, not refused as unknown bytes nor read as
UTF-16 with a NUL between its letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.text import read_bounded
from ingest.identify import identify

LOG = ("Harbourside Constabulary: custody log\nCrime number HB/2231/06\n"
       "Desmond Arkwright-Vale was detained at 21:40 and booked in; Ms Ólöf Þórsdóttir "
       "interpreted.\n") * 40


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_text_is_identified_and_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "custody_log.txt"
    raw = LOG.encode(codec)
    if codec == "utf-32-be":
        raw = b"\x00\x00\xfe\xff" + raw
    path.write_bytes(raw)
    assert identify(path).family == "text"
    text, encoding, _warnings = read_bounded(path)
    assert encoding == "utf-32"
    assert "\x00" not in text
    assert text.startswith("Harbourside Constabulary") and "Ólöf Þórsdóttir" in text


def test_utf16_text_is_still_utf16(tmp_path: Path) -> None:
    path = tmp_path / "log16.txt"
    path.write_bytes(LOG.encode("utf-16"))
    text, encoding, _warnings = read_bounded(path)
    assert encoding == "utf-16" and text.startswith("Harbourside")
