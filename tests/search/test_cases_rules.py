"""The case register's pure parts (search.cases, search.entity_kinds.reference) on invented
sentences: reference formats and keys, outcomes with their NFA reason, roles, and the register
built from documents, with its flags."""

from __future__ import annotations

import re
from datetime import date

import pytest

from search.cases.records import case_records, cipher_case
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.rules import outcome_of, role_of_name, sentences
from search.ciphers import Cipher, CipherSet
from search.entity_kinds.reference import reference_format, reference_key, reference_written


@pytest.mark.parametrize(("written", "key", "scheme"), [
    ("NP/97/4512", "NP/1997/04512", "crime"),
    ("NP/1997/04512", "NP/1997/04512", "crime"),
    ("J/7649/02", "J/2002/07649", "crime"),
    ("CAD 456 of 12/03/05", "CAD/2005-03-12/0456", "incident"),
    ("Incident log 0456 12.03.2005", "CAD/2005-03-12/0456", "incident"),
    ("CAD 123 dated 3 March 2005", "CAD/2005-03-03/0123", "incident"),
    ("referral ref: KMBC-2006-0412", "REFERRAL/KMBC-2006-0412", "referral"),
    ("Crime reference EC-2006-000321", "CRIME/EC/2006/000321", "crime"),
])
def test_each_format_has_one_key(written: str, key: str, scheme: str) -> None:
    assert reference_key(written) == key
    found = reference_format(key)
    assert found is not None and found.scheme == scheme


def test_look_alike_references_are_different_keys() -> None:
    assert reference_key("CAD 456 of 12/03/05") != reference_key("CAD 456 of 13/03/05")
    assert reference_key("NP/05/1234") != reference_key("NP/05/1243")
    assert reference_written("Crime reference EC-2006-000321") == "EC-2006-000321"


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("NFA: the victim did not support a prosecution.", "nfa", "victim did not support"),
    ("No further action, insufficient evidence.", "nfa", "insufficient evidence"),
    ("On CPS advice the file was NFA'd.", "nfa", "cps advice"),
    ("NFA as a prosecution is not in the public interest.", "nfa", "not in public interest"),
    ("Peter Brannigan was charged with rape.", "charged", None),
    ("He received a formal caution.", "cautioned", None),
    ("The crime was filed as undetected.", "filed", None),
    ("The case was re-opened after the NFA.", "open", None),
    ("Outcome: Charged.", "charged", None),
])
def test_outcomes_and_reasons(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


@pytest.mark.parametrize("sentence", [
    "He was interviewed under caution.", "Child A was seen at school.",
    "He was not charged at the time.", "The report was filed by PC Lumb."])
def test_sentences_that_state_no_outcome(sentence: str) -> None:
    found = outcome_of(sentence)
    assert found is None or found.outcome not in ("charged", "filed", "cautioned")


@pytest.mark.parametrize(("before", "written", "after", "role"), [
    ("", "Darren Kearney", " was arrested on 2 March.", "suspect"),
    ("Suspect: ", "John Smith", ".", "suspect"),
    ("She made allegations against ", "Tom Jones", ".", "suspect"),
    ("He was interviewed by ", "DC Helen Ashworth", ".", "officer"),
    ("Social worker ", "Anne Carter", " made the referral.", "officer"),
    ("", "Mary Doyle", " (witness) saw it.", "witness"),
    ("The complainant, ", "Laura Pike", ", gave a statement.", "subject"),
])
def test_roles_from_the_words_around_a_name(before: str, written: str, after: str,
                                            role: str) -> None:
    found = role_of_name(before, written, after)
    assert found is not None and found.role == role


def test_sentences_do_not_end_at_no_or_a_title() -> None:
    text = "Crime No. NP/05/1234 refers; CAD 456. DC Smith attended.\n\nOutcome: NFA."
    assert [s.text for s in sentences(text)] == [
        "Crime No. NP/05/1234 refers; CAD 456.", "DC Smith attended.", "Outcome: NFA."]


def _document(number: int, day: date, text: str, people: tuple[str, ...] = ()) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    for name in people:
        mentions += [Mention("person", name.lower(), name, 1, m.start(), m.end())
                     for m in re.finditer(name, text)]
    control = f"T-{number:06d}"
    return SourceDocument(f"d{number}", control, f"doc {number}", day, "Northshire Police",
                          {1: (text, f"{control}-0001")}, tuple(mentions))


DOCUMENTS = [
    _document(1, date(2005, 3, 1), "Crime number NP/05/1234. Child A reported on 1 March 2005 "
              "that she was assaulted. John Brown was arrested. Phone 07700 900123 was his.",
              ("John Brown",)),
    _document(2, date(2005, 3, 10), "Re NP/05/1234. On 10 March 2005 NFA, insufficient evidence."),
    _document(3, date(2006, 1, 5), "CAD 456 of 05/01/06 refers; crime number NP/06/0099. YP3 "
              "disclosed abuse. Gary Hill was arrested. Phone 07700 900123 was called.",
              ("Gary Hill",)),
    _document(4, date(2007, 1, 1), "Crime number NP/07/0001. Child C complained about Tom Jones. "
              "Tom Jones was named as a suspect. Later NP/05/1234 was mentioned.", ("Tom Jones",)),
]


def test_the_register_groups_cites_and_flags() -> None:
    records = {r["reference"]: r for r in case_records("c", build_cases("c", DOCUMENTS), 28)}
    assert set(records) == {"NP/05/1234", "NP/06/0099", "NP/07/0001"}
    first = records["NP/05/1234"]
    assert first["doc_ids"] == ["d1", "d2", "d4"]
    assert first["outcome_cite"]["citation"] == "T-000002-0001"
    flags = {f["flag"]: f for f in first["flags"]}
    assert set(flags) == {"closed early", "shared phone"}
    assert flags["shared phone"]["linked"][0]["reference"] == "NP/06/0099"
    assert [c["citation"] for c in flags["shared phone"]["cites"]] == [
        "T-000001-0001", "T-000003-0001"]
    assert records["NP/07/0001"]["flag_names"] == ["no outcome"]
    assert records["NP/07/0001"]["suspect_keys"] == ["tom jones"]


def test_the_ciphered_copy_keeps_codes_and_hides_names() -> None:
    records = {r["reference"]: r for r in case_records("c", build_cases("c", DOCUMENTS), 28)}
    copy = cipher_case(records["NP/05/1234"], CipherSet([Cipher("John Brown", "Nominal B")]))
    assert {p["name"] for p in copy["people"]} == {"Child A", "Nominal B"}
    assert copy["suspect_keys"] == ["nominal b"]
    assert "brown" not in str(copy).lower()


@pytest.mark.parametrize(("sentence", "outcome"), [
    # The auxiliary a log leaves out: the name, then the verb, with no object of its own.
    ("Result 02-Feb-2004: HOLROYD, Dean cautioned, the assault admitted.", "cautioned"),
    ("Disposal: Dean Holroyd cautioned for the assault.", "cautioned"),
    ("Status: enquiry still open, awaiting phone download.", "open"),
    ("FINAL RESULT: nothing yet - investigation open - 4.2.2004.", "open"),
])
def test_outcomes_from_the_verb_and_its_subject(sentence: str, outcome: str) -> None:
    found = outcome_of(sentence)
    assert found is not None and found.outcome == outcome


@pytest.mark.parametrize("sentence", [
    "I told Dean HOLROYD that I was arresting him for assault, and cautioned him.",
    "The investigation opened on 3 May 2004 after the call.",
])
def test_an_arrest_caution_and_an_opening_are_no_outcomes(sentence: str) -> None:
    assert outcome_of(sentence) is None


def test_a_reason_sentence_completes_the_nfa_before_it_and_a_log_date_orders_it() -> None:
    documents = [
        _document(1, date(2004, 1, 10), "Crime No: KX-04-12345\nResult 09-Jan-2004: no further "
                  "action. Reason: the girl's mother does not support a prosecution."),
        # Filed later, about an earlier day.
        _document(2, date(2004, 1, 20), "Crime No: KX-04-12345\nResult 03-Jan-2004: Dean "
                  "Holroyd to be interviewed; enquiries continue."),
    ]
    (case,) = build_cases("c", documents)
    assert case.outcome()[:2] == ("nfa", "victim did not support")
