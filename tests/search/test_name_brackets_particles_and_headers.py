"""names32: general causes and known defects of issue 13 (invented examples, none of an
evaluation set's names).

A bracketed phrase after a name ("(TAPPER by birth)") lends none of its words to the name
before it; a Portuguese or Spanish name with its particle ("Maria dos Santos") and a name with
the islands' "o'" are one name to the rules that find people; a mail header's display name is
a person (or nothing), never an organisation by a recogniser's guess; the titles a name's key
strips and the titles the authority's forms are built from are one list."""

from __future__ import annotations

import pytest

from ingest.people import person_spans
from search.name_authority import NameAuthority, Person
from search.name_kinds import header_display_kind
from search.name_statements import stated_earlier_names
from search.name_tokens import FORM_TITLES
from search.names import TITLES, UNSTRIPPED_TITLES, person_key

WED = NameAuthority([Person("orla kinsey", "Orla Kinsey", named=12, documents=9),
                     Person("orla tapper", "Orla Tapper", named=10, documents=8),
                     Person("rhys tapper", "Rhys Tapper", named=20, documents=15)])


@pytest.mark.parametrize("text", [
    "Minutes: KINSEY, Orla (TAPPER by birth)",
    "Minutes: Kinsey, Orla (Tapper by birth) attended",
    "Present: KINSEY, Orla (TAPPER at birth), Rhys Tapper",
])
def test_an_earlier_surname_in_brackets_after_an_index_form_is_stated_not_read_as_a_name(
        text: str) -> None:
    links = WED.find(text)
    assert (text[links[0].start:links[0].end].lower(), links[0].key) == (
        "kinsey, orla", "orla kinsey")
    assert "orla tapper" not in {link.key for link in links}
    assert stated_earlier_names(text, links, set(WED.people)) == [("orla kinsey", "orla tapper")]


def test_a_nickname_in_brackets_inside_a_name_still_reads_the_name() -> None:
    text = "Seen: Orla (Ollie) Kinsey and Rhys Tapper"
    assert {link.key for link in WED.find(text)} >= {"rhys tapper"}


def _spans(text: str, places: list[tuple[int, int]] = ()) -> list[str]:
    return [span.text for span in person_spans(text, list(places))]


@pytest.mark.parametrize("name", ["Maria dos Santos", "Ana de la Cruz", "Joao do Rosario",
                                  "Pedro de Souza", "Inês das Neves"])
def test_a_name_with_a_romance_particle_is_found_whatever_its_forename(name: str) -> None:
    assert name in _spans(f"Statement of {name}, taken on 4 May 2004.")


def test_a_place_the_recogniser_found_is_no_name_with_a_particle() -> None:
    text = "She flew to Rio de Janeiro in May."
    at = text.index("Rio")
    assert "Rio de Janeiro" not in _spans(text, [(at, at + len("Rio de Janeiro"))])


def test_a_particle_name_keeps_its_particle_in_its_key() -> None:
    assert person_key("Joao do Rosario") == "joao do rosario"
    assert person_key("DOS SANTOS, Maria") == "maria dos santos"


@pytest.mark.parametrize(("written", "key"), [
    ("Garf o' Pennycook", "garf pennycook"), ("Magnus o’ Hoversta", "magnus hoversta"),
    ("Aoife O'Neill", "aoife oneill"), ("Seán Ó Murchú", "sean o murchu"),
])
def test_the_islands_of_is_no_word_of_a_key(written: str, key: str) -> None:
    assert person_key(written) == key


def test_a_name_with_the_islands_of_is_found_by_rule() -> None:
    assert "Garf o' Pennycook" in _spans("Chief Instructor: Garf o' Pennycook\n")


HEADERS = ("From: NotMatthew <matthew.carr@kestrel.example>\n"
           "To: Torben Kirkby <tk@example.org>, Kestrel Taxis <bookings@kestrel.example>\n")


def _kind(written: str, kind: str = "org", text: str = HEADERS) -> str | None:
    start = text.index(written)
    return header_display_kind(text, start, start + len(written), kind)


def test_a_display_name_the_recogniser_called_an_organisation_is_no_mention() -> None:
    assert _kind("NotMatthew") is None
    assert _kind("Torben Kirkby") is None  # the authority links it as the person it writes


def test_a_display_name_whose_words_say_a_business_stays_an_organisation() -> None:
    assert _kind("Kestrel Taxis") == "org"


def test_a_name_outside_a_header_keeps_its_kind() -> None:
    text = "Booked through Torben Kirkby <tk@example.org> last week."
    assert _kind("Torben Kirkby", text=text) == "org"
    assert _kind("Torben Kirkby", kind="person") == "person"


def test_every_title_a_person_is_written_with_is_stripped_from_a_key_but_forenames() -> None:
    assert set(FORM_TITLES) - UNSTRIPPED_TITLES <= TITLES
    assert not UNSTRIPPED_TITLES & TITLES
    assert person_key("Sensei Ann Hirst") == "ann hirst"
    assert person_key("Con O'Neill") == "con oneill"  # a forename, never stripped


OFFICERS = NameAuthority([
    Person("ines okafor", "Ines Okafor", titles={"pcso"}, named=20, documents=12),
    Person("bryn tolland", "Bryn Tolland", titles={"dc"}, named=20, documents=12),
    Person("orrin abara", "Orrin Abara", titles={"insp"}, named=20, documents=12),
    Person("cerys dowlais", "Cerys Dowlais", titles={"dci"}, named=20, documents=12),
    Person("huw rendall", "Huw Rendall", titles={"ds"}, named=20, documents=12)])


def _officers(text: str) -> set[str | None]:
    return {link.key for link in OFFICERS.find(text)}


@pytest.mark.parametrize(("text", "key"), [
    ("Checked by: PCSO 6043, Okafor\n", "ines okafor"),
    ("Seen: PCSO 6043, Okafor on the quay", "ines okafor"),
    ("Booked in by: W.D.C. TOLLAND today", "bryn tolland"),
    ("Exhibit: W.D.C.:419 Tolland\n", "bryn tolland"),
    ("Taken by: TOLLAND, Det/Con no 419\n", "bryn tolland"),
    ("Reviewed: RENDALL, Det/Sgt no 1852\n", "huw rendall"),
    ("Signed: ABARA/Actg. Insp\n", "orrin abara"),
    ("Signed: ABARA - Actg Insp\n", "orrin abara"),
    ("Told DCI (temp) Dowlais on Monday.", "cerys dowlais"),
    ("Copy: DOWLAIS/DCI (temp)\n", "cerys dowlais"),
])
def test_a_rank_is_read_however_a_log_writes_it(text: str, key: str) -> None:
    assert key in _officers(text)


def test_a_rank_after_a_surname_and_a_colon_is_still_that_surname_s() -> None:
    assert "ines okafor" in _officers("OKAFOR: PCSO 6043\n")


@pytest.mark.parametrize(("text", "name"), [
    ("Seen by ŁOBANOS, Sabina today.", "ŁOBANOS, Sabina"),
    ("Seen by DC Łobanos today.", "DC Łobanos"),
    ("Seen by Sabina ŁOBANOS today.", "Sabina ŁOBANOS"),
    ("Seen by ČERMÁK, Zdeněk today.", "ČERMÁK, Zdeněk"),
    ("Seen by ŞAHIN, Ayşe today.", "ŞAHIN, Ayşe"),
    ("Seen by Mr Šimek today.", "Mr Šimek"),
    ("Register checked by: Bina o' Łobanos\n", "Bina o' Łobanos"),
])
def test_a_name_in_the_extended_latin_letters_is_found_as_an_english_one(text: str,
                                                                         name: str) -> None:
    assert name in _spans(text)
