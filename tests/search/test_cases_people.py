"""Names written in a record style (search.cases.people) and the roles the register gives them:
surname first in capitals, forename then capitals, all capitals; a mention that took the label
into the name read as the name (invented people and forces)."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases


@pytest.mark.parametrize(("sentence", "key"), [
    ("Suspect HOLROYD Dean arrested 11.04.01 on suspicion of grooming.", "dean holroyd"),
    ("The nominal is HOLROYD, Dean.", "dean holroyd"),
    ("Dean HOLROYD was interviewed under caution.", "dean holroyd"),
    ("Officers arrested DEAN HOLROYD at his home.", "dean holroyd"),
])
def test_a_name_in_any_record_style_is_keyed_forename_first(sentence: str, key: str) -> None:
    assert [n.key for n in record_names(sentence)] == [key]


@pytest.mark.parametrize("sentence", [
    "FENWICK CONSTABULARY - CRIME REPORT", "Advice from CPS Northgate was sought.",
    "VRM AB12 CDE seen.", "Crime Report continuation sheet", "RESTRICTED Statement",
])
def test_headings_bodies_and_acronyms_are_no_names(sentence: str) -> None:
    assert record_names(sentence) == []


def _document(number: int, text: str, people: tuple[tuple[str, str], ...] = ()) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    for written, key in people:  # what a language model found, spans and all
        start = text.index(written)
        mentions.append(Mention("person", key, written, 1, start, start + len(written)))
    control = f"P-{number:06d}"
    return SourceDocument(f"p{number}", control, f"doc {number}", None, None,
                          {1: (text, f"{control}-0001")}, tuple(mentions))


def test_suspects_written_surname_first_are_found_and_keyed_once() -> None:
    text = ("Crime No: KX-04-12345\nSuspect HOLROYD Dean arrested 11.04.04 on suspicion of "
            "grooming.\nCYP 2 identified MARTIN FELL from a photograph; MARTIN FELL is recorded "
            "as a suspect.\nHe was seen by Sandra Pike, a teacher at the school.")
    (case,) = build_cases("c", [_document(1, text, (("Suspect HOLROYD", "suspect holroyd"),)),
                                _document(2, "Crime No: KX-04-12345\nDean Holroyd was "
                                             "charged on 3 May 2004 with grooming.",
                                          (("Dean Holroyd", "dean holroyd"),))])
    assert case.suspects() == {"dean holroyd", "martin fell"}


def test_a_capitalised_pair_with_no_suspects_words_is_not_a_person() -> None:
    (case,) = build_cases("c", [_document(1, "Crime No: KX-04-12345\nThe girl was found near "
                                             "BRIDGE Street by ALAN CROFT on patrol.")])
    assert case.roles == {}


@pytest.mark.parametrize(("sentence", "suspects"), [
    # Log entries: the name, a colon, what was done; a heading with its day, then the name.
    ("HOLROYD, Dean: arrested 11-Apr-2004 on suspicion of grooming.", {"dean holroyd"}),
    ("Dean HOLROYD: interviewed under caution 12-Apr-2004; no reply.", {"dean holroyd"}),
    ("ARREST 11.4.2004: Dean HOLROYD - grooming.", {"dean holroyd"}),
    ("Interview under caution 12 April 2004: Dean HOLROYD.", {"dean holroyd"}),
    ("Result 01-Jun-2004: HOLROYD, Dean charged with grooming.", {"dean holroyd"}),
    # Prose: the grammar says who it was done to.
    ("Dean Holroyd (aged 41) was stopped in his car on 11 April 2004 and arrested for grooming.",
     {"dean holroyd"}),
    ("Dean Holroyd attended by appointment and was interviewed under caution.", {"dean holroyd"}),
    ("Officers arrested Dean Holroyd at the flat.", {"dean holroyd"}),
    # Not suspects: the one who arrested, a heading, a man eliminated, an interview as a witness.
    ("Dean Holroyd arrested Martin Fell at the flat.", {"martin fell"}),
    ("Disposal (01/06/2004): cautioned, the offence admitted.", set()),
    ("HOLROYD, Dean: traced, alibi confirmed, eliminated - not a suspect.", set()),
    ("Dean Holroyd was interviewed as a witness and eliminated.", set()),
    ("Dean Holroyd was not arrested.", set()),
])
def test_a_suspect_is_who_the_arrest_charge_or_interview_was_done_to(sentence: str,
                                                                       suspects: set[str]) -> None:
    people = (("Dean Holroyd", "dean holroyd"), ("Martin Fell", "martin fell"),
              ("Disposal", "disposal"))
    found = tuple(p for p in people if p[0] in sentence)
    (case,) = build_cases("c", [_document(1, f"Crime No: KX-04-12345\n{sentence}", found)])
    assert case.suspects() == suspects
