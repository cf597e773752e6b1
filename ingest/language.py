"""Stage helper: the main language of a document's text (ISO 639-1), for the language facet."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

# langdetect samples at random; a fixed seed gives one answer for one text on every run.
DetectorFactory.seed = 0
SAMPLE_CHARS = 5000
MIN_LETTERS = 40


def detect_language(text: str) -> str | None:
    """The language code, or None when there is too little text to judge."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    try:
        return detect(sample)
    except LangDetectException:
        return None
