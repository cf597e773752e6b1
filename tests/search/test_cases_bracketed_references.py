"""A reference after a bracket already closed is the sentence's own, not one cited in passing:
a reinvestigation log that gives each case a page, "Decision 1 (Operation X): reinvestigate
KX-04-12345", reads the page's outcome into that case, not the case of the page before. (A
reference inside a bracket still open, "(see KX-04-12345)", stays in passing.) Invented records."""

from __future__ import annotations

from ingest.patterns import find_patterns
from search.cases.register import Mention, SourceDocument, build_cases


def _log(pages: dict[int, str]) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.text, page, m.start, m.end)
                for page, text in pages.items() for m in find_patterns(text)]
    return SourceDocument("r1", "R-000001", "decision log", None, None,
                          {page: (text, f"R-000001-{page:04d}") for page, text in pages.items()},
                          tuple(mentions))


def test_each_page_s_outcome_goes_to_the_case_the_page_reinvestigates() -> None:
    log = _log({
        1: "Reinvestigation decision log, printed 7 Sep 2019.\nDecision 1 (first review): "
           "reinvestigate KX-04-12345, finalised in 2004.\nDecision 4 (first review). The "
           "investigation is live and continuing.",
        2: "Decision 1 (second review): reinvestigate KX-04-67890, finalised in 2004.\nDecision 4 "
           "(second review). The man was given an adult caution on 7 August 2019.",
    })
    outcomes = {min(c.references.values()): c.outcome()[0] for c in build_cases("c", [log])}
    assert outcomes == {"KX-04-12345": "open", "KX-04-67890": "cautioned"}
