"""The officer in charge's rank and collar number ("OIC PC 6861"), which a council number's
pattern takes for one ("OIC" ends in a council's "C", the rank after it as a department), is no
case of its own: the log's entries after it stay with the log's crime (search.cases.register).
Invented records."""

from __future__ import annotations

from ingest.patterns import find_patterns
from search.cases.register import Mention, SourceDocument, build_cases


def _record(text: str) -> SourceDocument:
    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    return SourceDocument("r1", "R-000001", "crime record", None, None,
                          {1: (text, "R-000001-0001")}, tuple(mentions))


def test_the_officer_in_charge_s_collar_number_is_no_case() -> None:
    record = _record("Crime record KX-04-12345\nOIC PC 6861 Tamsin Kellow.\n"
                     "Darren Athelby was arrested on 3 May 2004.\n"
                     "Officer in charge\nTDC 4412 Jory Penhale.\n"
                     "Colm Treweek was arrested on 5 May 2004.\n"
                     "Results returned to TDC 4412 Jory Penhale on 9 May 2004.")
    cases = build_cases("c", [record])
    assert [sorted(c.references.values()) for c in cases] == [["KX-04-12345"]]
    assert {key for key, roles in cases[0].roles.items()
            if any(role == "suspect" for role, *_ in roles)} >= {"darren athelby", "colm treweek"}
