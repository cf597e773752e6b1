"""The case register's grouping on invented forces' formats: every shape of crime number,
incident log and council referral is a reference; references a document states together (one
sentence, one header block of a form, "refers", "relates to") are one case; references that
look alike (a digit apart, the same serial in another year, the next incident that day) never
are; and the latest outcome is the one the text dates latest, not the last file."""

from __future__ import annotations

from datetime import date

import pytest

from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.reference import reference_format, reference_key


@pytest.mark.parametrize(("written", "scheme"), [
    ("WY/2004/007731", "crime"),
    ("14/07731/04", "crime"),
    ("DR/07731/04", "crime"),
    ("Log 0312 of 17/05/2004", "incident"),
    ("EVT-20040517-0312", "incident"),
    ("STORM0312/17MAY04", "incident"),
    ("WMBC/CSC/2004/2231", "referral"),
    ("LCC/R/02231/04", "referral"),
    ("DBC-04-2231", "referral"),
])
def test_every_shape_is_a_reference(written: str, scheme: str) -> None:
    key = reference_key(written)
    assert key is not None, written
    found = reference_format(key)
    assert found is not None and found.scheme == scheme, (written, key)


def test_one_incident_written_three_ways_has_one_key() -> None:
    keys = {reference_key(w) for w in ("Log 0312 of 17/05/2004", "EVT-20040517-0312",
                                      "STORM0312/17MAY04", "incident 312 dated 17 May 2004")}
    assert len(keys) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("WY/2004/007731", "WY/2004/007732"), ("WY/2004/007731", "WY/2005/007731"),
    ("14/07731/04", "14/07731/05"), ("EVT-20040517-0312", "EVT-20040517-0313"),
    ("STORM0312/17MAY04", "STORM0312/18MAY04"), ("DBC-04-2231", "DBC-04-2232"),
    ("WMBC/CSC/2004/2231", "WMBC/CSC/2004/2213"),
])
def test_look_alikes_have_different_keys(one: str, other: str) -> None:
    assert reference_key(one) != reference_key(other)


def _document(number: int, text: str, day: date | None = None) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    control = f"G-{number:06d}"
    return SourceDocument(f"g{number}", control, f"doc {number}", day, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def _groups(documents: list[SourceDocument]) -> set[frozenset[str]]:
    return {frozenset(case.references.values()) for case in build_cases("c", documents)}


def test_a_header_block_ties_its_references() -> None:
    text = ("STRATEGY MEETING MINUTES\nCrime No: WY/2004/007731\nIncident: EVT-20040517-0312\n"
            "Referral: WMBC/CSC/2004/2231\n\nPresent: DS Holt, SW Price.")
    groups = _groups([_document(1, text)])
    assert len(groups) == 1


def test_prose_ties_references_across_shapes() -> None:
    documents = [
        _document(1, "Log 0312 of 17/05/2004 refers; crime number 14/07731/04 allocated."),
        _document(2, "Council referral LCC/R/02231/04 relates to crime 14/07731/04."),
        _document(3, "Referral DBC-04-2231 opened. See also STORM0313/17MAY04 for the call."),
    ]
    groups = _groups(documents)
    assert len(groups) == 2
    assert {len(g) for g in groups} == {3, 2}


def test_look_alikes_in_one_sentence_stay_apart() -> None:
    documents = [
        _document(1, "Crime WY/2004/007731 is not to be confused with WY/2004/007732."),
        _document(2, "Crime No: WY/2004/007731\nIncident: EVT-20040517-0312\n"),
        _document(3, "Crime No: WY/2004/007732\nIncident: EVT-20040517-0313\n"),
        _document(4, "Crime No: WY/2005/007731\nIncident: EVT-20040517-0312\n"),
    ]
    groups = _groups(documents)
    together = next(g for g in groups if "WY/2004/007731" in g)
    assert "WY/2004/007732" not in together and "WY/2005/007731" not in together
    assert "EVT-20040517-0313" not in together


def test_a_dateless_incident_is_the_dated_one_of_its_document() -> None:
    text = ("Incident 0312 of 17/05/2004 refers; crime WY/2004/007731.\n\nIncident 0312 was "
            "closed.")
    other = "Incident 0312 of 02/06/2004 refers; crime WY/2004/008000. Incident 0312 refers."
    groups = _groups([_document(1, text), _document(2, other)])
    assert len(groups) == 2


def test_the_latest_outcome_by_the_date_the_text_states() -> None:
    documents = [
        _document(1, "Crime WY/2004/007731. On 2 March 2006 the case was re-opened and Paul "
                     "Rowe was charged on 9 March 2006."),
        _document(2, "Crime WY/2004/007731. On 10 June 2004 NFA, insufficient evidence."),
        _document(3, "Date: 04/01/2007\nCrime WY/2005/000100 was re-opened."),
        _document(4, "Date: 12/12/2005\nCrime WY/2005/000100: no further action, victim did not "
                     "support."),
    ]
    outcomes = {min(c.references.values()): c.outcome()[0] for c in build_cases("c", documents)}
    assert outcomes == {"WY/2004/007731": "charged", "WY/2005/000100": "open"}
