"""Three more ways forces write a suspect's name, and the words that make him one
(search.cases.people, search.cases.roles): the year of birth after a dash ("- YOB 1970"), the
family name first with two given names joined by a hyphen, a disclosure without its "that", a
volunteer's interview under caution after a semicolon, and a taped interview's "Interviewee".
All names and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.people import record_names
from search.cases.roles import role_of_name


def _suspect_read(sentence: str) -> str | None:
    """The name the sentence writes that its words make a suspect, as the register shows it."""
    for name in record_names(sentence):
        rule = role_of_name(sentence[:name.start], sentence[name.start:name.end],
                            sentence[name.end:])
        if rule is not None and rule.role == "suspect":
            return name.display
    return None


@pytest.mark.parametrize(("sentence", "shown"), [
    ("Suspect arrested 04/05/03: Yonatan Berihu Gebrezgi - YOB 1966.", "Yonatan Berihu Gebrezgi"),
    ("Suspect named by the victim (Girl F): Yonatan Berihu Gebrezgi - YOB 1966.",
     "Yonatan Berihu Gebrezgi"),
    ("Suspect interviewed under caution (by appointment) 06/05/03: Tsegay Alem Hagos - YOB 1971.",
     "Tsegay Alem Hagos"),
    ("Entry: On May 9 2003 officers arrested Vasilescu Petru-Sorin at his flat.",
     "Petru Sorin Vasilescu"),
    ("Entry: Girl F told officers Vasilescu Petru-Sorin was among those men.",
     "Petru Sorin Vasilescu"),
    ("Entry: On May 12 2003 Lazarescu Emil-Traian attended voluntarily; interview under caution "
     "took place, his solicitor present.", "Emil Traian Lazarescu"),
    ("Interviewee: Tsegay Alem Hagos, 07-05-2003", "Tsegay Alem Hagos"),
])
def test_a_suspect_written_in_a_force_s_style_is_read_whole(sentence: str, shown: str) -> None:
    assert _suspect_read(sentence) == shown


@pytest.mark.parametrize("sentence", [
    "Lives at 9 Quarry Lane: Yonatan Berihu Gebrezgi - YOB 1966.",
    "Entry: Lives at 12 Mill Row: Vasilescu Petru-Sorin.",
    "Travelled via Stratford-Upon Avon on the way to the meeting.",
])
def test_a_name_with_no_suspect_words_beside_it_is_no_suspect(sentence: str) -> None:
    assert _suspect_read(sentence) is None


def test_the_year_of_birth_is_no_part_of_the_name() -> None:
    (name,) = record_names("Seen: Yonatan Berihu Gebrezgi - YOB 1966, at the bus station.")
    assert name.display == "Yonatan Berihu Gebrezgi"


def test_a_year_at_the_start_of_a_line_is_no_list_item() -> None:
    from search.cases.rules import sentences

    page = ("Suspect interviewed under caution 02/02/03: Tsegay Alem Hagos - YOB\n1971. Legal rep: "
            "Ann Brook.")
    texts = [s.text for s in sentences(page)]
    assert texts[0].endswith("YOB\n1971.")
    assert _suspect_read(texts[0]) == "Tsegay Alem Hagos"


def test_a_scan_s_misreading_of_two_accented_words_is_the_name_the_text_writes() -> None:
    from search.cases.spellings import misread_names
    from search.names import person_key

    typed = {"Gökhan Sürmeli Ünal": 3, "Tolga Şükrü Aydın": 2, "Jason Lee Holt": 2}
    scanned = ["Gbkhan Siirmeli Unal", "Tolga Siikrii Aydin", "Jason Paul Hoult"]
    seen = {person_key(name): (count, name) for name, count in typed.items()}
    seen |= {person_key(name): (0, name) for name in scanned}
    assert misread_names(seen) == {person_key("Gbkhan Siirmeli Unal"): person_key("Gökhan Sürmeli Ünal"),
                                   person_key("Tolga Siikrii Aydin"): person_key("Tolga Şükrü Aydın")}
