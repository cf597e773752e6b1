"""Banks of invented sentences and form layouts per role: a suspect's name read whole and as a
suspect whatever note follows it (bracketed, braced, between commas, dashes or slashes) and
whatever label a form gives the person (a family of labels, not one form's); officers, witnesses
and subjects written the same ways stay what they are."""

from __future__ import annotations

import itertools

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name

_NAMES = ("Tobias Wenlock Ardery", "Quilla Brant", "Idris Fenwold Carrow")
_ASIDES = ("", " (Ruritanian national)", " {CRN 40-11873}", " [file 2231]", ", a taxi driver,",
           ", of no fixed abode,", " - 6'1\" -", " \u2013 1.83 m \u2013",
           " \u2014 warehouse operative \u2014", " / CRO 9921/88 /", " (PNC ref 02/44718T)",
           ", nationality Ruritanian,", " - self employed mechanic -")
_DONE = ("was arrested on 3 May", "was interviewed under caution", "was charged with rape",
         "was brought into custody", "was held in custody overnight", "has been arrested",
         "was later arrested", "was reported for summons")
_OPENINGS = ("", "Officers attended. ", "On Monday ", "In Harkston ", "When ")


def _role(text: str, name: str) -> str | None:
    at = text.index(name)
    rule = role_of_name(text[:at], name, text[at + len(name):])
    return rule.role if rule else None


@pytest.mark.parametrize(("name", "aside"), list(itertools.product(_NAMES, _ASIDES)))
def test_a_suspect_with_any_note_after_the_name_is_read_whole_and_as_a_suspect(name: str, aside: str) -> None:
    for done, opening in itertools.product(_DONE, _OPENINGS):
        text = f"{opening}{name}{aside} {done}."
        assert [text[n.start:n.end] for n in record_names(text)] == [name], text
        assert _role(text, name) == "suspect", text


_SUSPECT_LABELS = ("Detained person", "Person detained", "Person in custody", "Arrested male",
                   "Name of person arrested", "Detainee", "Arrestee", "Interviewee", "Person interviewed",
                   "Subject of interview", "Accused", "Name of accused", "Person reported",
                   "Person(s) reported",
                   "Nominal 2", "Suspect's name", "Person under investigation", "Suspected person",
                   "Suspect seen by appointment 2011-Mar-02", "Suspect detained on 3 May 2004")
_NOTES = ("", ", occupation roofer", ", roofer", " (6ft 1in)", " {RO 12/3456Q}", " - 1.80 m",
          "; DOB 1.2.1970", " [interpreter present]", " / self-employed")
_SEPARATORS = (": ", ":\t", " | ", "\t")


@pytest.mark.parametrize(("label", "separator"), list(itertools.product(_SUSPECT_LABELS, _SEPARATORS)))
def test_a_forms_suspect_label_of_the_family_names_a_suspect_whatever_note_follows(label: str,
                                                                                   separator: str) -> None:
    name = "Tobias Wenlock Ardery"
    for note in _NOTES:
        text = f"Front sheet\n{label}{separator}{name}{note}\nOfficer: DS Ruth Coyle\n"
        assert name in [text[n.start:n.end] for n in record_names(text)], text
        assert _role(text, name) == "suspect", text


@pytest.mark.parametrize("label", ["Witness", "Officer in case", "Arresting officer", "Victim", "Complainant",
                                   "Interpreter", "Appropriate adult", "Solicitor", "Home address of",
                                   "Suspect vehicle", "Suspect address", "Suspect not traced",
                                   "Eliminated from enquiries"])
def test_a_label_for_anyone_else_names_no_suspect(label: str) -> None:
    for note in _NOTES:
        text = f"Front sheet\n{label}: Tobias Ardery{note}\n"
        assert _role(text, "Tobias Ardery") != "suspect", text


@pytest.mark.parametrize("sentence", [
    "The man interviewed Tobias Ardery about the car.",
    "Tobias Ardery, a taxi driver, was interviewed as a witness.",
    "DC Tobias Ardery - collar 4471 - arrested the man.",
    "Tobias Ardery (social worker) was present when the man was arrested.",
    "Tobias Ardery, the girl's uncle, was told of the arrest.",
    "Tobias Ardery - the complainant - was seen at home.",
])
def test_someone_beside_an_arrest_who_is_not_its_suspect_is_no_suspect(sentence: str) -> None:
    assert _role(sentence, "Tobias Ardery") != "suspect"


@pytest.mark.parametrize("sentence", [
    "Tobias Ardery was placed under arrest at the station.",
    "Tobias Ardery was spoken to under caution the next day.",
    "Tobias Ardery was interviewed on tape.",
    "Tobias Ardery was released on bail.",
    "The custody sergeant authorised detention of Tobias Ardery.",
    "Tobias Ardery admitted the offence and was cautioned.",
    "Tobias Ardery made no comment in interview.",
    "Tobias Ardery gave a no comment interview.",
    "Tobias Ardery is considered a risk to her.",
    "Tobias Ardery was flagged as a risk to children.",
    "Tobias Ardery was named as a person of concern.",
    "Police colleagues raised Tobias Ardery as a risk to her.",
    "Concerns were raised about Tobias Ardery as a risk to the girl.",
])
def test_a_suspects_deeds_in_other_words_make_a_suspect(sentence: str) -> None:
    assert _role(sentence, "Tobias Ardery") == "suspect"


@pytest.mark.parametrize("sentence", [
    "Tobias Ardery arrested the man at the flat.",
    "Tobias Ardery cautioned the boy.",
    "Tobias Ardery was present at the arrest.",
    "Tobias Ardery was interviewed as a witness.",
    "Staff raised Tobias Ardery as a witness.",
    "The school reported Tobias Ardery as the person who called.",
    "Tobias Ardery is a teacher who raised concerns.",
])
def test_the_one_who_did_it_to_the_suspect_or_saw_it_is_no_suspect(sentence: str) -> None:
    assert _role(sentence, "Tobias Ardery") != "suspect"


def test_a_scans_short_misread_word_of_a_three_word_name_is_that_name() -> None:
    from search.cases.spellings import misread_names
    seen = {"radomil ostrev kanaly": (3, "Řadomil Ostrev Kanály"), "rf ostrev kanaly": (0, ""),
            "radomil ostrev kanaly jr": (0, "")}
    assert misread_names(seen).get("rf ostrev kanaly") is None  # no first letter kept in a short word
    seen = {"vari ostrev kanaly": (3, "Vaří Ostrev Kanály"), "vaf ostrev kanaly": (0, ""),
            "vit ostrev kanaly": (2, "Vit Ostrev Kanaly")}
    assert misread_names(seen) == {"vaf ostrev kanaly": "vari ostrev kanaly"}
