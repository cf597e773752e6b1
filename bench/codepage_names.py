"""How many of the invented names of tests/ingest/codepage_samples.py, in its texts and in every
legacy code page that holds them, a checkout's decoder reads back wrongly; as a text file
(``decode``) and as a mail body labelled ISO-8859-1 (``decode_labelled``).

    PYTHONPATH=TREE python bench/codepage_names.py

The decoder is the one PYTHONPATH finds first; the samples come from this checkout.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ingest.extract.text import decode, decode_labelled

_SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "codepage_samples.py"


def _samples() -> object:
    spec = importlib.util.spec_from_file_location("codepage_samples", _SAMPLES)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    samples = _samples()
    counts = {"text file": [0, 0], "mail labelled ISO-8859-1": [0, 0]}
    for names in samples.NAMES.values():  # type: ignore[attr-defined]
        for name in names:
            for template in samples.TEXTS:  # type: ignore[attr-defined]
                text = template.format(name=name)
                for page in samples.PAGES:  # type: ignore[attr-defined]
                    try:
                        raw = text.encode(page)
                    except UnicodeEncodeError:
                        continue
                    if raw.isascii():
                        continue
                    _count(counts["text file"], decode(raw)[0] == text)
                    if not page.startswith("utf"):
                        _count(counts["mail labelled ISO-8859-1"],
                               decode_labelled(raw, "iso-8859-1") == text)
    for kind, (wrong, total) in counts.items():
        print(f"{kind:26} read wrongly: {wrong}/{total}")


def _count(tally: list[int], right: bool) -> None:
    tally[0] += not right
    tally[1] += 1


if __name__ == "__main__":
    main()
