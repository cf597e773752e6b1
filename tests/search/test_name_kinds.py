"""Not persons: vehicles, firms, streets, headings and glued titles (search.name_kinds), the
anonymised-subject kind, and organisation and place keys that merge abbreviations and case."""

from __future__ import annotations

import pytest

from search.entity_kinds import pattern_key
from search.name_kinds import name_kind
from search.names import entity_key


@pytest.mark.parametrize(("kind", "text"), [
    ("person", "Vauxhall Vectra"), ("person", "Ford Mondeo"), ("org", "Ford"),
    ("person", "Schedule"), ("person", "Occupier"), ("person", "Liaison"),
    ("org", "RESTRICTED"), ("org", "CONTROL INCIDENT LOG"), ("org", "MEDIUM"), ("org", "s.5B"),
    ("person", "Alan DI"), ("person", "Sarah DS"), ("person", "DCI"),
])
def test_not_entities(kind: str, text: str) -> None:
    assert name_kind(kind, text)[0] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Firth Gaunt Solicitors", "org"), ("Kwik Kabs", "org"), ("Thornleigh Hse", "place"),
    ("Sowerby Tce", "place"), ("Eastfield Div", "place"), ("Helen Ashworth", "person"),
    ("Mark Lane", "person"), ("Ray Hill", "person"), ("Derek Ford", "person"),
    ("Ashgrove Academy", "org"), ("Lisbon Deli", "org"), ("Tanner Yd", "place"),
    ("Holme Cft", "place"), ("Scar Brow", "place"), ("Jane Croft", "person"),
])
def test_what_a_person_found_really_is(text: str, expected: str) -> None:
    assert name_kind("person", text)[0] == expected


def test_initials_after_the_surname_are_put_first() -> None:
    assert name_kind("person", "Firth L.j.") == ("person", "L.J. Firth")


def test_abbreviations_and_case_merge_places_and_organisations() -> None:
    assert entity_key("place", "Thornleigh Hse") == entity_key("place", "Thornleigh House")
    assert entity_key("place", "Eastfield Div") == entity_key("place", "Eastfield Division")
    assert entity_key("place", "KIRKHAMDALE") == entity_key("place", "Kirkhamdale")
    assert entity_key("org", "Kirklees MBC") == "kirklees metropolitan borough council"
    assert entity_key("place", "St Helens") == "st helens"


@pytest.mark.parametrize(("text", "key"), [
    ("Child A", "Child A"), ("CHILD a", "Child A"), ("YP3", "YP3"), ("YP 3", "YP3"),
    ("Victim 1", "Victim 1"), ("Witness B", "Witness B"), ("Young Person 2", "Young Person 2"),
    # a register numbering its codes in Roman numerals, as written or typed in lower case
    ("Juvenile XIV", "Juvenile XIV"), ("JUVENILE xiv", "Juvenile XIV"), ("Child IX", "Child IX"),
    ("Young Person XII", "Young Person XII"),
])
def test_anonymised_codes_have_one_key(text: str, key: str) -> None:
    assert pattern_key("anonymised", text) == key


@pytest.mark.parametrize("text", ["Child", "YPA", "Witness Statement", "Helen 3", "Helen XIV",
                                  "YP IV", "Child ab"])
def test_other_text_is_no_anonymised_code(text: str) -> None:
    assert pattern_key("anonymised", text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Can Gareth", ("person", "Gareth")), ("Thanks Imran Sadiq", ("person", "Imran Sadiq")),
    ("Will Pickles", ("person", "Will Pickles")), ("Holmbridge Radio", ("org", "Holmbridge Radio")),
])
def test_sentence_words_and_stations(text: str, expected: tuple[str, str]) -> None:
    assert name_kind("person", text) == expected


@pytest.mark.parametrize(("kind", "text"), [("place", "U.S."), ("place", "UK"), ("org", "EU"),
                                            ("place", "MD")])
def test_well_known_two_letter_names_stay(kind: str, text: str) -> None:
    assert name_kind(kind, text) == (kind, text)


@pytest.mark.parametrize(("kind", "text"), [("place", "CR"), ("org", "YP"), ("org", "DC")])
def test_other_two_letter_codes_go(kind: str, text: str) -> None:
    assert name_kind(kind, text)[0] is None


@pytest.mark.parametrize("kind", ["org", "place", "person"])
def test_a_rank_and_collar_number_before_a_surname_is_a_person(kind: str) -> None:
    assert name_kind(kind, "PS 604 Sadiq") == ("person", "Sadiq")


@pytest.mark.parametrize(("found", "name"), [
    ("PAUL TORDOFF Subject", "PAUL TORDOFF"), ("Helen Ashworth Re", "Helen Ashworth"),
    ("DERMOT HINCHLIFFE Date:", "DERMOT HINCHLIFFE"),
])
def test_a_header_label_after_a_name_is_not_part_of_it(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize(("found", "name"), [
    ("Attended Darren Kearney", "Darren Kearney"), ("Arrested Helen Ashworth", "Helen Ashworth"),
    ("Then Helen", "Helen"), ("Meanwhile Darren Kearney", "Darren Kearney"),
    ("Mother Sharon Lumb", "Sharon Lumb"), ("Uncle Zeeshan Akhtar", "Zeeshan Akhtar"),
    ("Officer Karen Sugden", "Karen Sugden"), ("Friend Imran", "Imran"),
    # names that look like past tenses stay whole
    ("Alfred Smith", "Alfred Smith"), ("Hameed Akhtar", "Hameed Akhtar"), ("Ahmed Khan", "Ahmed Khan"),
    ("Khaled Hassan", "Khaled Hassan"), ("Rashed Ali", "Rashed Ali"),
    ("Cautioned Karen Sugden", "Karen Sugden"),
    ("Searched Imran Akhtar", "Imran Akhtar"),
])
def test_a_word_opening_a_sentence_or_log_line_is_not_the_name(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize("text", [
    "Children Act HHJ", "Civil Procedure Rules J.H.", "Family Procedure Rules DJ", "PACE Code C",
])
def test_legal_references_with_initials_are_no_persons(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", [
    "Skoda Yeti", "Skoda Yeti VRM", "Ford Focus Reg", "Bentley Continental", "Kia Sportage",
    "Mini Cooper", "Vauxhall Vectra Reg",
])
def test_a_make_and_any_model_word_is_a_vehicle(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize(("kind", "text", "expected"), [
    ("person", "Bentley Graham", "person"), ("person", "Austin Lee", "person"),
    ("person", "FORD, Derek", "person"), ("person", "Ford Road", "place"),
    ("org", "Ford Motor Company", "org"), ("org", "Honda UK", "org"),
    ("org", "Jaguar Land Rover", "org"),
])
def test_a_make_before_a_forename_street_or_firm_word_is_no_vehicle(
        kind: str, text: str, expected: str) -> None:
    assert name_kind(kind, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Bradley Grill", "Aziz Car Wash", "Star Cafe", "Ali Kebabs", "Halifax Takeaway",
    "Smith Motors", "Tariq Salon", "Central Garage", "Kwik Cabs", "Patel Stores",
])
def test_businesses_named_by_a_trade_are_organisations(text: str) -> None:
    assert name_kind("person", text)[0] == "org"


@pytest.mark.parametrize(("found", "name"), [
    ("Sowerby Tce Helen Ashworth", "Helen Ashworth"), ("Station Rd Karen Sugden", "Karen Sugden"),
])
def test_a_street_abbreviation_then_a_forename_is_a_place_then_a_person(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)
    assert name_kind("person", "Mary St Clair") == ("person", "Mary St Clair")


@pytest.mark.parametrize(("text", "written"), [
    ("Hi Thornber", "Thornber"), ("Is Thornber", "Thornber"), ("Will Thornber", "Will Thornber"),
    ("Thanks Thornber", "Thornber"),
])
def test_a_sentence_word_before_a_lone_surname_is_not_the_name_s(text: str, written: str) -> None:
    assert name_kind("person", text) == ("person", written)


@pytest.mark.parametrize(("found", "name"), [
    ("Oonagh Brierley Line", "Oonagh Brierley"),  # "Line manager:" after it
    ("TREGASKIS, Demelza Signature", "TREGASKIS, Demelza"),
    ("Oonagh Brierley Checked", "Oonagh Brierley"), ("Oonagh Brierley Shared", "Oonagh Brierley"),
    ("Kofi Ansah Parent", "Kofi Ansah"), ("Brierley Signature", "Brierley"),
])
def test_the_next_field_s_label_after_a_name_is_not_part_of_it(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)
    assert name_kind("org", "Public Protection Unit") == ("org", "Public Protection Unit")


@pytest.mark.parametrize(("found", "name"), [
    ("Oonagh Brierley/SAFEG/NORTHMOOR", "Oonagh Brierley"), ("Kofi Ansah Parent/carer", "Kofi Ansah"),
    ("P/S Brierley", "P/S Brierley"), ("D/Insp Kofi Ansah", "D/Insp Kofi Ansah"),
])
def test_a_hierarchical_mail_name_ends_at_its_first_slash(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize(("found", "name"), [
    ("Driver Kofi Ansah", "Kofi Ansah"), ("Passenger Ansah", "Ansah"), ("NB Ansah", "Ansah"),
    ("Informed Demelza", "Demelza"), ("Informed Kofi Ansah", "Kofi Ansah"),
])
def test_a_role_or_a_verb_before_a_name_is_not_part_of_it(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize("text", ["Penhallow Bk", "Tinners Mws", "Carnkie Pde"])
def test_abbreviated_banks_mews_and_parades_are_places(text: str) -> None:
    assert name_kind("person", text)[0] == "place"


@pytest.mark.parametrize("text", ["Okafor Brothers Hand", "Tran Bros Autos Ltd", "Pascoe Sons"])
def test_a_family_firm_is_an_organisation(text: str) -> None:
    assert name_kind("person", text)[0] == "org"
    assert name_kind("person", "Brothers Grimm")[0] == "person"


def test_a_form_s_next_field_after_a_surname_is_no_forename() -> None:
    from search.name_kinds import name_kind

    # "Name: Ottoline Quarmby Age: 15" with the colon lost: "Quarmby Age" is no one.
    assert name_kind("person", "Quarmby Age") == ("person", "Quarmby")
    assert name_kind("person", "Quarmby DOB") == ("person", "Quarmby")


def test_an_honorific_is_a_title_and_a_bracket_left_open_is_no_name() -> None:
    from search.names import person_key

    assert person_key("Alhaji Yakubu Danladi") == "yakubu danladi"
    assert person_key("Alh. Yakubu Danladi") == "yakubu danladi"
    assert person_key("DANLADI, Yakubu (Alh") == "yakubu danladi"


@pytest.mark.parametrize(("text", "kind"), [
    ("Tata Indica", None),  # a make and a model
    ("Quarrybank Private Hire", "org"),  # firms and services
    ("Moorside Family Hub", "org"),
    ("Oakworth Children's", "org"),  # "Oakworth Children's Home", cut at the apostrophe's word
    ("Tannery Wlk", "place"),  # the Royal Mail's short forms of a street
    ("Lowfold Gth", "place"),
    ("Marine Esp", "place"),
    ("Custody Suite", "place"),
    ("Young Person", None),  # a form's label
])
def test_things_a_recogniser_takes_for_people_are_not(text: str, kind: str | None) -> None:
    from search.name_kinds import name_kind

    assert name_kind("person", text)[0] == kind
    assert name_kind("person", "Neil Young")[0] == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("Says Ottoline Quarmby", "Ottoline Quarmby"),  # a log's reporting verb before a name
    ("Adding Quarmby", "Quarmby"),
    ("Names Quarmby", "Quarmby"),
])
def test_a_reporting_verb_before_a_name_is_not_the_name_s(text: str, name: str) -> None:
    from search.name_kinds import name_kind

    assert name_kind("person", text) == ("person", name)


def test_officer_before_a_surname_is_a_title() -> None:
    from search.names import person_key

    assert person_key("officer Quarmby") == person_key("Officer Quarmby") == "quarmby"


@pytest.mark.parametrize(("text", "name"), [
    ("Ottoline Quarmby Reviewing", "Ottoline Quarmby"),  # "Reviewing officer:" after a name
    ("Reviewing Quarmby", "Quarmby"),
    ("Investigating Ottoline Quarmby", "Ottoline Quarmby"),
])
def test_an_officer_s_role_on_a_form_is_not_the_name_s(text: str, name: str) -> None:
    from search.name_kinds import name_kind

    assert name_kind("person", text) == ("person", name)


@pytest.mark.parametrize(("kind", "text", "expected"), [
    # A display name with the sender's organisation after a slash, spaced as a mail client
    # writes it: the name alone.
    ("person", "Nell Vasquez / HDC", ("person", "Nell Vasquez")),
    # "@" between two names is the police's "alias": the first name is the person's.
    ("person", "Oren Vasquez @ Ron Vaskes", ("person", "Oren Vasquez")),
    # A surname, a dash and a rank written out: the officer, whatever the recogniser said.
    ("org", "VASQUEZ - Detective Sergeant", ("person", "VASQUEZ")),
    ("place", "Vasquez – Det. Insp.", ("person", "Vasquez")),
])
def test_a_name_with_its_organisation_alias_or_rank_after_it_is_the_person(
        kind: str, text: str, expected: tuple[str, str]) -> None:
    assert name_kind(kind, text) == expected


@pytest.mark.parametrize("text", ["Rd Mini", "Ln Mini", "Tce Stores"])
def test_a_person_that_starts_with_a_street_s_abbreviation_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] != "person"


@pytest.mark.parametrize("text", ["Missing Persons Coordinator", "Item Discussion",
                                  "ICQ Messenger"])
def test_a_job_title_a_table_s_headings_and_a_messenger_service_are_no_person(text: str) -> None:
    assert name_kind("person", text)[0] != "person"


def test_a_verb_before_a_lone_surname_is_no_forename() -> None:
    assert name_kind("person", "Met Quillfeather") == ("person", "Quillfeather")


@pytest.mark.parametrize(("text", "kind"), [
    ("Subject Lambda", None), ("Witness Zeta", None),  # anonymised codes
    ("Tigrinya Language", "org"), ("Westgate Amusements", "org"), ("Hollin Mini Market", "org"),
    ("Alpha Bangoura", "person"),  # a Greek letter's name may be a forename
])
def test_codes_with_a_greek_letter_and_named_things(text: str, kind: str | None) -> None:
    assert name_kind("person", text)[0] == kind


def test_an_interpreter_role_and_a_collar_label_after_a_name_are_no_part_of_it() -> None:
    assert name_kind("person", "Deng Makuei Interpreter") == ("person", "Deng Makuei")
    assert name_kind("person", "Ostrander Nr") == ("person", "Ostrander")


@pytest.mark.parametrize(("text", "name"), [
    ("Quoting Ottoline Brisk", "Ottoline Brisk"), ("Quoting Brisk", "Brisk"),  # a mail's quote line
    ("Ottoline Brisk Sort", "Ottoline Brisk"),  # a bank's "Sort code" after the holder
])
def test_a_quote_line_and_a_sort_code_are_no_part_of_a_name(text: str, name: str) -> None:
    assert name_kind("person", text) == ("person", name)


@pytest.mark.parametrize(("text", "kind"), [
    ("Brackenfield Van Rental", "org"), ("Consultant Psychiatrist", None),  # a firm, a post
    ("Venue Tansy Fold", "place"),  # a form's label run into a place
    ("Ted Fold", "person"), ("Ruth Anne Green", "person"),  # a forename first: a person
])
def test_a_rental_firm_a_doctor_s_post_and_a_labelled_place_are_no_people(
        text: str, kind: str | None) -> None:
    assert name_kind("person", text)[0] == kind


@pytest.mark.parametrize(("text", "name"), [
    ("Marr, TILDA <YP/014", "Marr, TILDA"),  # a register's code in angle brackets
    ("Tilda Marr <t.marr", "Tilda Marr"),  # an address after a display name
])
def test_a_name_ends_before_an_angle_bracket(text: str, name: str) -> None:
    assert name_kind("person", text) == ("person", name)


@pytest.mark.parametrize(("text", "codes"), [
    ("Juvenile XIV was collected at 23:10 by a man in a silver van.", ["Juvenile XIV"]),
    ("Child IX and Child X were seen at the fair.", ["Child IX", "Child X"]),
    ("Child Xavier left with the Girl VIP pass.", []),
])
def test_anonymised_codes_in_roman_numerals_are_found_in_text(text: str, codes: list[str]) -> None:
    from ingest.patterns import find_patterns

    assert [m.key for m in find_patterns(text) if m.kind == "anonymised"] == codes

