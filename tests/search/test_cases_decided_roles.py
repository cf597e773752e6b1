"""Suspects the case register reads from how a record is written rather than from a verb beside
the name: a decision log's "treat X as a suspect" and "interview X under caution", an interview
record's "Person interviewed: X, under caution", an arrest told by a pronoun in the sentence after
the name, and names in two more record styles (a surname in capitals before a hyphenated given
name and the name the person also uses in brackets; a Latin name with its spelling in another
script after a slash). All people, forces, references and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import CLEARED, role_of_name


@pytest.mark.parametrize(("before", "name", "after"), [
    ("4. Decision (2011 Mar 02): treat ", "Dauda Feimi Kpaka", " as a suspect. Rationale: AP-3."),
    ("7. Decision (2011 Mar 09): interview ", "Dauda Feimi Kpaka",
     " under caution as a volunteer, with his solicitor Ann Rudd."),
    ("Person interviewed: ", "Dauda Feimi Kpaka", ", under caution, 2011 Mar 12"),
    ("3. Decision (2011 Mar 01): arrest ", "Dauda Feimi Kpaka", " (custody record 0412)."),
    ("RECORD :: SUSPECT :: ", "TSOI Wai-kin (Gordon)", " :: SEEN WITH AP-4"),
    ("Named by Minor R2 in her recorded interview: ", "Dauda Feimi Kpaka", "."),
    ("3.1 Concerns raised about ", "Dauda Feimi Kpaka", ", believed to be grooming her."),
    ("Voluntary attender: ", "Dauda Feimi Kpaka", ", interviewed under caution on 3 May."),
    ("Suspect detained: ", "Dauda Feimi Kpaka", ", 3 May 2011, and booked in."),
])
def test_a_decision_on_the_person_makes_them_a_suspect(before: str, name: str, after: str) -> None:
    found = role_of_name(before, name, after)
    assert found is not None and found.role == "suspect", found


@pytest.mark.parametrize(("before", "role"), [
    ("After the alibi was checked, officers eliminated ", CLEARED),
    ("The review ruled out ", CLEARED),
    ("The SIO decided not to treat ", None),
])
def test_a_decision_that_clears_or_declines_makes_no_suspect(before: str, role: str | None) -> None:
    found = role_of_name(before, "Dauda Feimi Kpaka", " as a suspect.")
    assert (found.role if found else None) == role


def test_as_the_suspect_s_is_someone_else() -> None:
    assert role_of_name("Letter to ", "Ann Rudd", ", as the suspect's solicitor.") is None


@pytest.mark.parametrize(("sentence", "display"), [
    ("SUSPECT :: TSOI Wai-kin (Gordon) :: ARRESTED 4 May 2002", "Wai-kin Gordon Tsoi"),
    ("Source reports that Bohdan Ilkovych Marchuk / БогданІлькович Марчук drives a van.",
     "Bohdan Ilkovych Marchuk"),
])
def test_two_more_record_styles_give_the_whole_name(sentence: str, display: str) -> None:
    assert [n.display for n in record_names(sentence)] == [display]


def test_namesakes_told_apart_by_the_name_in_brackets_are_two() -> None:
    one, other = (record_names(f"Detained person: TSOI Wai-kin ({also})")[0].key
                  for also in ("Gordon", "Felix"))
    assert one != other


def _document(text: str, people: tuple[str, ...]) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)
                if m.kind != "person"]
    for written in people:  # what a language model found
        start = text.index(written)
        mentions.append(Mention("person", written.lower(), written, 1, start, start + len(written)))
    return SourceDocument("d1", "D-000001", "statement", None, None, {1: (text, "D-000001-0001")},
                          tuple(mentions))


def _suspects(text: str, people: tuple[str, ...]) -> set[str]:
    (case,) = build_cases("c", [_document(text, people)])
    return case.suspects()


@pytest.mark.parametrize("subject", ["I", "|"])  # a scan reads the "I" as "|"
def test_an_arrest_told_by_a_pronoun_after_the_name_makes_a_suspect(subject: str) -> None:
    text = ("Crime number KX/11/40312.\nStatement of Ann Rudd, occupation police officer (DC, "
            "shoulder no. 4410).\nA man I now know to be Dauda Kpaka opened the door.\n"
            f"{subject} arrested him on suspicion of grooming and cautioned him.")
    assert _suspects(text, ("Ann Rudd", "Dauda Kpaka")) == {"dauda kpaka"}


@pytest.mark.parametrize(("before", "after"), [
    ("Statement of ", ", occupation street cleaner."), ("Signature: ", ". Dated 3 May 2011."),
    ("Witness ", " (bus driver) has given a statement."), ("", ", arrested Jason Holt."),
])
def test_a_statement_maker_or_an_arresting_officer_is_no_suspect(before: str, after: str) -> None:
    found = role_of_name(before, "Dauda Kpaka", after)
    assert found is None or found.role != "suspect", found


@pytest.mark.parametrize("second", [
    "I spoke to him about the car.",  # no arrest
    "I interviewed him about the car.",  # an interview not under caution
])
def test_a_pronoun_sentence_that_does_nothing_to_the_person_makes_no_suspect(second: str) -> None:
    text = f"Crime number KX/11/40312.\nA man I now know to be Dauda Kpaka opened the door.\n{second}"
    assert _suspects(text, ("Dauda Kpaka",)) == set()


def test_a_pronoun_after_two_people_names_no_one() -> None:
    text = ("Crime number KX/11/40312.\nDauda Kpaka and Sorie Bangali were at the door.\n"
            "I arrested him on suspicion of grooming.")
    assert _suspects(text, ("Dauda Kpaka", "Sorie Bangali")) == set()
