"""A record's field label in capitals before a colon ("DETAIL: X", "RATIONALE: ...") is no
person, though a language model may take it for one; a surname a transcript writes before its
speaker's words ("ELLISTOW: No comment.") is still the name its document writes whole. All
names and numbers are invented."""

from __future__ import annotations

from search.cases.register import build_cases
from search.cases.sources import Mention, SourceDocument


def _document(text: str, people: list[str]) -> SourceDocument:
    mentions = [Mention("reference", "QZ/2004/01234", "QZ/2004/01234", 1, text.index("QZ/2004/01234"),
                        text.index("QZ/2004/01234") + 13)]
    for written in people:
        at = text.index(written)
        mentions.append(Mention("person", written.lower(), written.title(), 1, at, at + len(written)))
    return SourceDocument("d1", "d1", "d1", None, None, {1: (text, "d1 p1")}, tuple(mentions))


def _suspects(text: str, people: list[str]) -> set[str]:
    return {key for case in build_cases("c", [_document(text, people)]) for key in case.suspects()}


def test_a_field_label_before_a_colon_is_no_suspect() -> None:
    # (the sentence's grammar would make the label the one "named" as the offender)
    text = "Crime QZ/2004/01234. DISPOSAL RECORDED AS: UNDETECTED. DETAIL: no offender named."
    assert "detail" not in _suspects(text, ["DETAIL"])
    text = ("Crime QZ/2004/01234. DISPOSAL RECORDED AS: CHARGE. DETAIL: Corvan Ellistow, "
            "handing a girl to men at a caravan site, was charged on 3 May 2004.")
    assert "corvan ellistow" in _suspects(text, ["DETAIL", "Corvan Ellistow"])


def test_a_transcripts_speaker_is_still_the_name_written_whole() -> None:
    text = ("Crime QZ/2004/01234. Corvan Ellistow was interviewed under caution on 3 May 2004. "
            "ELLISTOW: No comment.")
    mentions = _document(text, ["Corvan Ellistow"]).mentions
    at = text.index("ELLISTOW")
    document = SourceDocument("d1", "d1", "d1", None, None, {1: (text, "d1 p1")},
                              (*mentions, Mention("person", "ellistow", "Ellistow", 1, at, at + 8)))
    from search.cases.case import units
    from search.cases.reading import _field_label
    unit = next(u for u in units(document) if "ELLISTOW" in u.sentence.text)
    assert not _field_label(unit, document.mentions[-1])
