"""A colon inside a name's word (Mohawk spelling writes a long vowel so), a register's title
after the surname and a comma, and a rank's acting letter, force letters and dotted letters
(names19: invented examples)."""

from __future__ import annotations

import pytest

from ingest.entities import for_recogniser
from ingest.people import person_spans
from search.name_authority import NameAuthority, Person
from search.name_tokens import stray_letters_read, tokens
from search.names import person_display, person_key
from search.query import build_query, mark_kinds, marked_words, with_marks


def test_a_colon_inside_a_word_is_the_word_s_mark_and_leaves_the_key() -> None:
    assert person_display("Wahiá:ke Orrell") == "Wahiá:ke Orrell"
    assert person_key("Wahiá:ke Orrell") == person_key("ORRELL, Wahia:ke") == "wahiake orrell"
    assert person_key("Name: Wahiake Orrell") == "name wahiake orrell"  # a label's colon


def test_the_matcher_and_the_recogniser_read_the_word_whole() -> None:
    assert [w for w, _a, _b in tokens("DC Wahiá:ke Orrell at 10:30")] == [
        "dc", "wahiake", "orrell", "at", "#", "#"]
    text = "Seen by Wahiá:ke Orrell. Time: 10:30"
    assert len(for_recogniser(text)) == len(text) and "Wahiá\ua789ke" in for_recogniser(text)
    assert for_recogniser(text).endswith("Time: 10:30")
    assert [s.text for s in person_spans("ORRELL, Wahia:ke was seen")] == ["ORRELL, Wahia:ke"]


def test_the_person_search_asks_for_the_word_as_the_index_keeps_it() -> None:
    assert with_marks("wahiake orrell", marked_words("Wahiá:ke Orrell")) == "wahia:ke orrell"
    assert "wahia:ke orrell" in str(build_query('person:"Wahiá:ke Orrell"'))


def test_the_person_search_asks_for_every_mark_the_index_keeps_apart() -> None:
    # The name may be shown with a plain apostrophe though typed with a modifier letter one.
    query = str(build_query('person:"Tuqʼanni Brelsford"'))
    assert all(f"tuq{mark}anni brelsford" in query for mark in "'ʻʼ")
    assert mark_kinds("tovin marsh") == ["tovin marsh"]


PEOPLE = [Person("maren tolliver", "Maren Tolliver"), Person("dario okoro", "Dario Okoro"),
          Person("ines pardew", "Ines Pardew")]


def _links(text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in NameAuthority(PEOPLE).find(text)}


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Guest: Tolliver, Mrs.\n", "Tolliver, Mrs", "maren tolliver"),
    ("Booked by Pardew, Dr; paid", "Pardew, Dr", "ines pardew"),
    ("Tolliver, Mr.\tREF/11/2\t7\tyes", "Tolliver, Mr", "maren tolliver"),
    ("Seen. Tolliver, Mrs has the key.", "Tolliver, Mrs", "maren tolliver"),
    ('To: "Pardew, Dr (Health, WDC)" <ip@wdc.example>', "Pardew, Dr", "ines pardew"),
    ("Officer: A/PS 5120 Tolliver\n", "PS 5120 Tolliver", "maren tolliver"),
    ("Officer: PS 5120 KX Tolliver\n", "PS 5120 KX Tolliver", "maren tolliver"),
    ("Officer: P.C.S.O 70215 Pardew\n", "P.C.S.O 70215 Pardew", "ines pardew"),
    ("Officer: D Con 4410 Okoro\n", "D Con 4410 Okoro", "dario okoro"),
    ("Officer: Okoro, Det.Con. 44\n", "Okoro, Det.Con. 44", "dario okoro"),
])
def test_titles_after_a_comma_and_rank_letters_link(text: str, written: str, key: str) -> None:
    links = _links(text)
    assert links.get(written) == key, links


def test_a_title_after_a_comma_before_another_name_is_that_name_s() -> None:
    links = _links("I saw Tolliver, Mr Okoro was there.")
    assert "Tolliver, Mr" not in links and links.get("Mr Okoro") == "dario okoro"


def test_a_rabbi_s_and_a_canon_s_titles_are_titles() -> None:
    assert person_key("Rav Eliezer Toledano") == person_key("Rabbi Eliezer Toledano") == (
        "eliezer toledano")
    assert person_key("Canon Wirral") == "wirral"
    people = [Person("eliezer toledano", "Eliezer Toledano")]
    assert {lk.text: lk.key for lk in NameAuthority(people).find("Ask Rabbi TOLEDANO.")} == {
        "Rabbi TOLEDANO": "eliezer toledano"}


@pytest.mark.parametrize("written", ["Tawai anak Jelani", "Tawai ak. Jelani", "Tawai ak Jelani",
                                     "AK JELANI, Tawai", "anak Jelani, Tawai"])
def test_the_iban_child_of_particle_is_inside_the_name_also_written_short(written: str) -> None:
    assert person_key("Tawai ak. Jelani") == person_key("Tawai anak Jelani") == "tawai anak jelani"
    people = [Person("tawai anak jelani", "Tawai anak Jelani")]
    links = {lk.text: lk.key for lk in NameAuthority(people).find(f"Seen by {written} today.")}
    assert links.get(written.rstrip(".")) == "tawai anak jelani", links


def test_a_lone_name_stated_after_the_full_name_is_their_name_with_the_surname() -> None:
    from search.name_statements import stated_inner_nicknames, stated_lone_nicknames
    authority = NameAuthority(PEOPLE)
    text = "Collected by Ines Pardew, known as Nessa at the gate."
    assert stated_lone_nicknames(text, authority.find(text)) == [("nessa pardew", "ines pardew")]
    text = "Collected by Ines Pardew, known as Nessa Okoro, at the gate."
    assert stated_lone_nicknames(text, authority.find(text)) == []  # a whole other name
    assert stated_inner_nicknames("Guest: Ines «Nessa» Pardew", {"ines pardew": "ines pardew"}) == [
        ("nessa pardew", "ines pardew")]


def test_the_person_search_asks_for_a_short_particle_too() -> None:
    assert "tawai ak jelani" in str(build_query('person:"Tawai anak Jelani"'))


@pytest.mark.parametrize(("text", "kind"), [
    ("Night Shelter", "org"), ("Brightmoor Remit", "org"), ("Wexcombe Minster", "org"),
    ("Counter CCTV", None), ("Ravensholt Cove", "place"), ("Ruth Bay", "person")])
def test_shelters_remittance_counters_minsters_cameras_and_coves_are_no_people(
        text: str, kind: str | None) -> None:
    from search.name_kinds import name_kind
    assert name_kind("person", text)[0] == kind


@pytest.mark.parametrize("written", ["Daragh “Dara” Quennell", 'Daragh "Dara" Quennell',
                                     "QUENNELL, Daragh «Dara»"])
def test_a_nickname_in_double_quotes_or_guillemets_is_no_word_of_the_name(written: str) -> None:
    assert person_key(written) == "daragh quennell"
    assert person_key("Quennell «Dara»") == person_key("Quennell «Dara") == "quennell"


def test_a_namesake_named_in_full_in_three_documents_is_no_misreading() -> None:
    # A decoy one letter from a person named five times as often, but written in full in three
    # documents or more of their own: "M. Hollis" may be either.
    people = [Person("marten hollis", "Marten Hollis", named=60, documents=40),
              Person("martin hollis", "Martin Hollis", named=4, documents=3)]
    link = next(iter(NameAuthority(people).find("Seen by M. Hollis today.")))
    assert link.key is None and link.candidates == ("marten hollis", "martin hollis")
    slipped = [Person("marten hollis", "Marten Hollis", named=60, documents=40),
               Person("martin hollis", "Martin Hollis", named=1, documents=1)]
    assert next(iter(NameAuthority(slipped).find("Seen by M. Hollis today."))).key == "marten hollis"


@pytest.mark.parametrize("written", ["N.B. Ines Pardew", "N.b. Ines Pardew", "Ines Pardew N.b.",
                                     "NB Ines Pardew"])
def test_a_note_s_mark_is_no_word_of_the_name(written: str) -> None:
    assert person_key(written) == "ines pardew"


def test_a_first_given_name_before_the_name_used_in_brackets_is_the_person_s() -> None:
    from search.name_statements import stated_used_given_names
    text = "Pupil: Ottilie (Maren) Tolliver, year 9"
    assert stated_used_given_names(text, {"maren tolliver"}) == [("ottilie tolliver", "maren tolliver")]
    assert stated_used_given_names(text, {"dario okoro"}) == []


@pytest.mark.parametrize(("text", "written", "key"), [
    ("From: BRUECK.Talvi@wdc.example", "BRUECK.Talvi", "talvi bruck"),
    ("Seen by Talvi Brueck today.", "Talvi Brueck", "talvi bruck"),
    ("To: varga.jm@wdc.example", "varga.jm", "janos mate varga"),
])
def test_an_umlaut_written_out_and_an_address_s_surname_before_initials_link(
        text: str, written: str, key: str) -> None:
    people = [Person("talvi bruck", "Talvi Brück"), Person("janos mate varga", "Janos Mate Varga")]
    assert {lk.text: lk.key for lk in NameAuthority(people).find(text)}.get(written) == key


def test_a_rank_run_together_at_its_stops_is_a_title() -> None:
    assert person_key("Det.Con. Wahiá:ke Orrell") == "wahiake orrell"
    assert person_key("Det.Sgt Ines Pardew") == "ines pardew"
    assert person_key("Con Holdsworth") == "con holdsworth"  # a forename alone


@pytest.mark.parametrize("text", ["Tolliver, Ottilie Maren\tyes", "Seen Ottilie Maren Tolliver today"])
def test_another_given_name_of_theirs_written_with_the_used_one_links(text: str) -> None:
    people = [Person("maren tolliver", "Maren Tolliver", aliases={"ottilie tolliver"})]
    assert [lk.key for lk in NameAuthority(people).find(text)] == ["maren tolliver"]


def test_the_name_in_brackets_is_the_one_used_only_when_named_as_often() -> None:
    from ingest.names import with_used_given_names
    people = {"maren tolliver": Person("maren tolliver", "Maren Tolliver", named=20),
              "ottilie tolliver": Person("ottilie tolliver", "Ottilie Tolliver", named=8)}
    stated = {"maren tolliver": "ottilie tolliver"}  # the bracket read as a nickname
    assert with_used_given_names(stated, {"ottilie tolliver": "maren tolliver"}, people) == {
        "ottilie tolliver": "maren tolliver"}
    people["ottilie tolliver"].named = 40  # "Ottilie (Maren) Tolliver": a middle name
    assert with_used_given_names({}, {"ottilie tolliver": "maren tolliver"}, people) == {}


def test_a_small_capital_read_by_ocr_is_its_letter_in_lower_case() -> None:
    from search.name_tokens import token
    assert person_key("Dar\u1d0f Okoro") == "daro okoro" and token("D\u1d00rio") == "dario"


def test_a_dropped_letter_in_two_documents_beside_a_name_written_five_times_as_often_is_a_slip() -> None:
    from search.name_authority import merge_ocr_slips
    assert merge_ocr_slips({"dario okoro": 30, "dario okor": 2}) == {"dario okor": "dario okoro"}
    assert merge_ocr_slips({"dario okoro": 9, "dario okor": 2}) == {}
    assert merge_ocr_slips({"dario okoro": 40, "dario okor": 3}) == {}


def test_an_address_left_a_possible_match_is_no_chip_of_its_own() -> None:
    from ingest.names import NamedMention, _unresolved_address
    address = NamedMention("person", "tolliver.om", "tolliver om", 1, 0, 11, "tolliver om",
                           "email", 0.3, ("maren tolliver", "ottilie tolliver"), "")
    linked = NamedMention("person", "tolliver.m", "maren tolliver", 1, 0, 10, "tolliver m",
                          "email", 0.9, (), "")
    assert _unresolved_address(address) and not _unresolved_address(linked)


def test_a_glottal_stop_or_ayin_written_with_a_modifier_letter_is_one_apostrophe() -> None:
    # Transliterations write the mark with a modifier letter or a saltillo; others type "'".
    for marked in ("Taviꞌtai Moenga", "Taviʾtai Moenga", "Taviʿtai Moenga", "Taviʹtai Moenga"):
        key = person_key(marked)
        assert key == "tavitai moenga"
        people = NameAuthority([Person(key, marked)])
        for written in ("Tavi'tai Moenga", "Tavitai Moenga", marked.upper()):
            found = people.find(f"Seen with {written} today.")
            assert [link.key for link in found] == [key], written
    query = str(build_query('person:"Taviʿtai Moenga"'))
    assert "taviʿtai moenga" in query and "tavi'tai moenga" in query


@pytest.mark.parametrize("written", ["TARRANT -- Mrs", "Tarrant | Mrs", "TARRANT / Mrs",
                                     "Tarrant ~ Mrs", "Tarrant: Mrs", "Tarrant {Mrs}",
                                     "Tarrant <Mrs>", "Tarrant · Mrs"])
def test_a_title_after_the_surname_is_read_whatever_separator_is_drawn(written: str) -> None:
    people = NameAuthority([Person("olwen tarrant", "Olwen Tarrant"), Person("ruth ibbot", "Ruth Ibbot")])
    for context in ("Seen: {} at the door.", "Visitor\t{}\n"):
        found = people.find(context.format(written))
        assert [link.key for link in found] == ["olwen tarrant"], context


def test_a_title_after_a_drawn_separator_before_a_name_is_that_name_s() -> None:
    people = NameAuthority([Person("olwen tarrant", "Olwen Tarrant"), Person("ruth ibbot", "Ruth Ibbot")])
    for written in ("Tarrant / Mr Ibbot", "Tarrant -- DC Ibbot", "Tarrant: Mr Ibbot"):
        found = people.find(f"Present: {written} today.")
        assert [(link.text, link.key) for link in found] == [(" ".join(written.split()[-2:]), "ruth ibbot")]


@pytest.mark.parametrize("written", ["Vitor Ka\u0b95ev", "Vitor \u0b95anev", "\u0b95ANEV, Vitor",
                                     "\u0b95itor Kanev", "Vitor Kanɐv", "Vitor Ka\u0561ev"])
def test_a_letter_of_a_script_no_table_lists_inside_a_latin_name_is_an_unread_letter(
        written: str) -> None:
    # OCR reads a Latin letter as a look-alike of a script the collection has not shown yet.
    people = NameAuthority([Person("vitor kanev", "Vitor Kanev"), Person("olwen tarrant", "Olwen Tarrant")])
    found = people.find(f"Seen: {written} at the door.")
    assert [(link.text, link.key) for link in found] == [(written, "vitor kanev")]


def test_an_unread_letter_that_fits_two_names_links_neither() -> None:
    people = NameAuthority([Person("vitor kanev", "Vitor Kanev"), Person("vitor kaner", "Vitor Kaner")])
    found = people.find("Seen: Vitor Kane\u0b95 at the door.")
    assert all(link.key is None for link in found)


def test_stray_letters_keep_digits_marks_and_latin_letters_of_an_orthography() -> None:
    text = "Smith² Ḍalip Kárl Shaaxʼsaani Иван"
    assert stray_letters_read(text) == text
    assert stray_letters_read("Ka\u0b95ev") == "Ka\ufffdev"
    assert stray_letters_read("Ka\u217fev") == "Kamev"  # a Roman numeral's letter is its letter
