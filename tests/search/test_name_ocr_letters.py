"""OCR and text-layer slips of the sixteenth names round (invented names): letters written as
look-alikes of other blocks, and a word whose letters are spaced apart."""

from __future__ import annotations

from search.name_authority import NameAuthority, Person
from search.name_tokens import tokens
from search.names import latin_letters, person_key

PEOPLE = [Person("odile tabeko", "Odile Tabeko"), Person("petronel qadiri", "Petronel Qadiri")]


def _found(text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in NameAuthority(PEOPLE).find(text)}


def test_roman_numeral_armenian_and_click_letters_inside_a_latin_word_read_as_latin() -> None:
    assert latin_letters("Odiⅼe Taⅿeko") == "Odile Tameko"
    assert person_key("Odile Tabekօ") == person_key("Oⅾile Tabeko") == "odile tabeko"
    assert person_key("Odiǀe Tabeko") == "odile tabeko"
    assert person_key("Pıⅾır Tabeko") == "pidir tabeko"  # beside a dotless i too
    assert latin_letters("Chapter Ⅻ") == "Chapter Ⅻ"  # a numeral alone stays one


def test_the_matcher_finds_a_name_written_with_look_alike_letters() -> None:
    assert _found("Seen by Petroneǀ Qaⅾiri today.") == {"Petroneǀ Qaⅾiri": "petronel qadiri"}


def test_letters_spaced_apart_are_read_as_one_word() -> None:
    assert [w for w, _a, _b in tokens("O d i l e Tabeko")] == ["odile", "tabeko"]
    assert _found("Seen by Petronel Q a d i r i today.") == {
        "Petronel Q a d i r i": "petronel qadiri"}


def test_initials_and_a_lone_small_letter_are_not_joined() -> None:
    assert [w for w, _a, _b in tokens("O D Tabeko")] == ["o", "tabeko"]
    assert [w for w, _a, _b in tokens("item A b Tabeko")][:2] == ["item", "a"]


def test_a_note_s_mark_after_a_surname_ending_a_sentence_is_no_initial() -> None:
    people = [Person("odile tabeko", "Odile Tabeko"), Person("mirela tabeko", "Mirela Tabeko")]
    found = {link.text: link.key for link in NameAuthority(people).find(
        "Seen with Odile Tabeko.\n\nN.B. the bus was late. NB: Mirela Tabeko was not there.")}
    assert found == {"Odile Tabeko": "odile tabeko", "Mirela Tabeko": "mirela tabeko"}


def test_no_name_is_read_across_a_blank_line() -> None:
    people = [Person("odile tabeko", "Odile Tabeko"), Person("mirela tabeko", "Mirela Tabeko")]
    found = NameAuthority(people).find("Reported by Tabeko.\n\nM. Ashdown will call back.")
    assert all("\n" not in link.text for link in found)


def test_a_note_s_mark_is_read_as_one_word_and_no_initial() -> None:
    assert [w for w, _a, _b in tokens("Tabeko. N.B. Mirela")] == ["tabeko", "~nb", "mirela"]
    assert [w for w, _a, _b in tokens("NB: Mirela")] == ["~nb", "mirela"]


RANKED = [Person("odile tabeko", "Odile Tabeko"), Person("petronel qadiri", "Petronel Qadiri")]


def _ranked(text: str) -> dict[str, str | None]:
    return {link.text.strip(): link.key for link in NameAuthority(RANKED).find(text)}


def test_a_courtesy_title_or_a_professor_s_after_a_dash_is_the_name_s() -> None:
    assert _ranked("Customer\tTABEKO - Mr\nID seen") == {"TABEKO - Mr": "odile tabeko"}
    assert _ranked("Ask QADIRI - Mrs. to reply.")["QADIRI - Mrs"] == "petronel qadiri"
    assert _ranked("seen by QADIRI - Professor.\n") == {"QADIRI - Professor": "petronel qadiri"}
    assert _ranked("Seat 4\tTABEKO - Mr.\tLeeds") == {"TABEKO - Mr": "odile tabeko"}


def test_ranks_written_short_or_glued_to_a_collar_number() -> None:
    assert [w for w, _a, _b in tokens("QADIRI - Cust Sgt\n")] == ["qadiri", "=ps"]
    assert [w for w, _a, _b in tokens("Qadiri CustSgt4471;")] == ["qadiri", "ps", "#"]
    assert [w for w, _a, _b in tokens("PSergeant4471 Qadiri")] == ["ps", "#", "qadiri"]
    assert [w for w, _a, _b in tokens("Qadiri DSergeant57 has")] == ["qadiri", "ds", "#", "has"]
    assert [w for w, _a, _b in tokens("Sergt 4471/Qadiri")] == ["sgt", "#", "qadiri"]
    assert [w for w, _a, _b in tokens("by Comm Supp Off QADIRI")] == ["by", "pcso", "qadiri"]
    assert person_key("Comm Supp Off Petronel QADIRI") == "petronel qadiri"
    assert person_key("Dn Odile Tabeko") == person_key("Deacon Odile Tabeko") == "odile tabeko"


def test_mr_is_not_the_person_every_other_document_calls_ms() -> None:
    people = [Person("odile tabeko", "Odile Tabeko", titles={"ms"}),
              Person("bruno tabeko", "Bruno Tabeko")]
    authority = NameAuthority(people)
    assert {lk.text: lk.key for lk in authority.find("Ask Mr TABEKO.")} == {
        "Mr TABEKO": "bruno tabeko"}
    assert {lk.text: lk.candidates for lk in authority.find("Ask Dr TABEKO.")} == {
        "Dr TABEKO": ("bruno tabeko", "odile tabeko")}


def test_mr_stays_a_possible_match_when_no_one_is_called_by_another_title() -> None:
    people = [Person("odile tabeko", "Odile Tabeko"), Person("bruno tabeko", "Bruno Tabeko")]
    assert {lk.text: lk.candidates for lk in NameAuthority(people).find("Ask Mr TABEKO.")} == {
        "Mr TABEKO": ("bruno tabeko", "odile tabeko")}


def test_a_computer_s_number_in_a_booking_log_s_cell_is_no_rank() -> None:
    people = [Person("odile tabeko", "Odile Tabeko"), Person("bruno tabeko", "Bruno Tabeko")]
    found = NameAuthority(people).find("PC04\tTabeko, O.\t13:00\nPC 2291 Tabeko")
    assert (found[0].text, found[0].key) == ("Tabeko, O", "odile tabeko")
    assert [w for w, _a, _b in tokens("PC04\tTabeko")] == ["pc04", "tabeko"]


def test_a_police_constable_written_short_is_a_rank() -> None:
    assert person_key("Pol Con Odile Tabeko") == person_key("Pol. Const. Odile Tabeko") == (
        "odile tabeko")
    assert person_key("Pol Tabeko") == "pol tabeko"  # "Pol" alone is a forename


def test_a_lisu_letter_for_a_latin_capital_is_read_as_latin() -> None:
    assert latin_letters("ꓑetronel ꓔabeko") == "Petronel Tabeko"
    assert person_key("Odile ꓔabeko") == "odile tabeko"
    assert _found("Seen by ꓠetronel Qadiri today.") == {}  # "Netronel" is no one's name
    assert _found("Seen by Petronel ꓠadiri today.") == {}
    assert _found("Seen by ꓑetronel Qadiri today.") == {"ꓑetronel Qadiri": "petronel qadiri"}
