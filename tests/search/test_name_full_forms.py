"""A person's full name, however written (capitals, a one-letter particle, a hyphen moved), is
linked to them; a recogniser's span over two names gives each its own person; a near namesake
named beside an initial does not take it. Names of a town of our own, none from the evaluation
sets."""

from __future__ import annotations

import pytest

from ingest.names import Authority, relink
from search.name_authority import NameAuthority, Person, is_full_name
from search.names import fold

PEOPLE = NameAuthority([
    Person("ciaran o dalaigh", "Ciarán Ó Dálaigh", named=4),
    Person("grainne nic aodha", "Gráinne Nic Aodha", named=4),
    Person("min-seo yoon", "Min-seo Yoon", named=4),
    Person("dafydd ap gwilym", "Dafydd ap Gwilym", named=4),
    Person("tamsin riddell", "Tamsin Riddell", named=4),
    Person("oskar vennard", "Oskar Vennard", named=4),
])


@pytest.mark.parametrize(("written", "key"), [
    ("Ciarán Ó Dálaigh", "ciaran o dalaigh"), ("CIARÁN Ó DÁLAIGH", "ciaran o dalaigh"),
    ("Gráinne Nic-Aodha", "grainne nic aodha"), ("Min-seo Yoon", "min-seo yoon"),
    ("MIN-SEO YOON", "min-seo yoon"), ("DAFYDD AP GWILYM", "dafydd ap gwilym"),
])
def test_the_full_name_in_any_case_and_spacing_is_the_person(written: str, key: str) -> None:
    links = PEOPLE.find(f"The report was signed by {written} on Monday.")
    assert [(link.key, link.rule) for link in links] == [(key, "full")]


def test_a_one_letter_particle_inside_a_name_makes_a_full_name() -> None:
    assert is_full_name("ciaran o dalaigh")
    assert not is_full_name("o dalaigh") and not is_full_name("ciaran o")


def test_a_span_over_two_names_gives_each_its_own_person() -> None:
    text = "Submitted by: Tamsin Riddell Reviewed: Vennard, O. Operation Kestrel"
    start = text.index("Tamsin")
    records = [{"kind": "person", "key": "tamsin riddell reviewed: vennard",
                "text": "Tamsin Riddell Reviewed: Vennard", "page": 1, "start": start,
                "end": text.index("Vennard") + len("Vennard"), "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(PEOPLE, {}, {}))
    assert sorted(m.key for m in mentions if m.kind == "person") == [
        "oskar vennard", "tamsin riddell"]


def test_a_near_namesake_named_in_full_does_not_take_the_initial() -> None:
    people = NameAuthority([Person("kofi mensworth", "Kofi Mensworth", named=6),
                            Person("kofe mensworth", "Kofe Mensworth", named=6)])
    links = people.find("A check on Kofe Mensworth found nothing. Submitted by: K. Mensworth")
    named = {link.key for link in links if link.key}
    initial = next(link.named_here(named) for link in links if link.text == "K. Mensworth")
    assert initial.key is None
    assert initial.candidates == ("kofe mensworth", "kofi mensworth")


def test_a_name_with_a_one_letter_particle_is_one_person_however_spaced() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("person", "ciaran o dalaigh"): Counter({"Ciarán Ó Dálaigh": 9}),
             ("person", "ciaran odalaigh"): Counter({"Ciarán O'Dálaigh": 2}),
             ("person", "ciaran dalaigh"): Counter({"Ciarán Dálaigh": 2})}
    authority = authority_of(forms)
    assert list(authority.people.people) == ["ciaran o dalaigh"]
    assert authority.people.people["ciaran o dalaigh"].display == "Ciarán Ó Dálaigh"


def test_a_double_surname_written_apart_or_joined_is_the_hyphened_one() -> None:
    from search.name_authority import written_apart

    counts = {"rhodri pryce-vaughan": 20, "rhodri pryce vaughan": 9, "rhodri prycevaughan": 2}
    merged = written_apart(counts)
    assert merged["rhodri pryce vaughan"] == "rhodri pryce-vaughan"
    assert merged["rhodri prycevaughan"] == "rhodri pryce-vaughan"


OFFICERS = NameAuthority([
    Person("nirmal thapa", "Nirmal Thapa", named=5),
    Person("efua mensworth", "Efua Mensworth", named=5),
    Person("gethin ap morgan", "Gethin ap Morgan", named=5)])


@pytest.mark.parametrize(("written", "key"), [
    ("P.C.0927 Thapa", "nirmal thapa"), ("P.C.12345 THAPA", "nirmal thapa"),
    ("Thapa Police Constable 0927.", "nirmal thapa"), ("Thapa PC 4410", "nirmal thapa"),
    ("PC WY2217 Thapa", "nirmal thapa"), ("P/Sgt 1234 ap Morgan", "gethin ap morgan"),
    ("PS 1234/AP MORGAN", "gethin ap morgan"), ("Sgt 1234 / AP MORGAN", "gethin ap morgan"),
    ("MENSWORTH Efua D/Con 1234", "efua mensworth"), ("D/Con 1234 Mensworth", "efua mensworth"),
])
def test_rank_and_collar_number_in_the_shapes_police_write(written: str, key: str) -> None:
    links = OFFICERS.find(f"Statement taken by {written} at the station.")
    assert [link.key for link in links] == [key]


def test_a_slashed_rank_is_no_part_of_the_name() -> None:
    from search.names import person_key

    assert person_key("P/Sgt ap Morgan") == "ap morgan"
    assert person_key("D/Con Mensworth") == "mensworth"


def test_a_possible_match_is_no_chip_and_keeps_its_written_key() -> None:
    from ingest.names import resolved_facets
    from search.corrections import Corrections

    people = NameAuthority([Person("kofi mensworth", "Kofi Mensworth", named=6),
                            Person("kofe mensworth", "Kofe Mensworth", named=6)])
    text = "Kofe Mensworth was seen. Seen by: Mensworth K"
    records = [{"kind": "person", "key": "kofe mensworth", "text": "Mensworth K", "page": 1,
                "start": text.index("Mensworth K"), "end": len(text), "id": "m1"}]
    authority = Authority(people, {}, {})
    mentions = relink(records, {1: text}, authority)
    possible = [m for m in mentions if m.text == "Mensworth K"]
    assert [m.key for m in possible] == ["mensworth k"]
    fields = resolved_facets(mentions, authority, Corrections([]), "c", "d")
    assert fields["person"] == ["Kofe Mensworth"]


def test_a_greeting_tagged_with_a_name_is_no_part_of_the_person() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("org", "dear thapa, nirmal"): Counter({"Dear THAPA, Nirmal": 3}),
             ("person", "nirmal thapa"): Counter({"Nirmal Thapa": 12})}
    assert list(authority_of(forms).people.people) == ["nirmal thapa"]


def test_a_nickname_stated_in_quotes_is_the_person_s_over_the_nickname_table() -> None:
    from ingest.names import nickname_pairs, restate_aliases, stated_nickname

    people = NameAuthority([Person("asif thornber", "Asif Thornber", named=12),
                            Person("arshad thornber", "Arshad Thornber", named=9,
                                   aliases={"ash thornber"})])
    authority = Authority(people, {}, {"ash thornber": "arshad thornber"})
    assert ("ash thornber", "asif thornber") in nickname_pairs(authority)
    assert stated_nickname('Subject: Asif "Ash" Thornber, 19', "ash thornber", "asif thornber")
    assert stated_nickname("ASIF 'ASH' THORNBER", "ash thornber", "asif thornber")
    assert not stated_nickname('Asif and "Ash" Thornber', "ash thornber", "asif thornber")
    restated = restate_aliases(people, authority.aliases, {"ash thornber": "asif thornber"})
    links = restated.find("Seen with Ash THORNBER again.")
    assert [link.key for link in links] == ["asif thornber"]
    assert authority.aliases["ash thornber"] == "asif thornber"


def test_statements_that_chain_or_name_no_person_held_do_not_fail_the_stage() -> None:
    """A collection states "Ash" is Arshad's name and that Arshad goes by Asif's: each name
    goes to whoever holds the person by then; a statement about someone no document names in
    full is left, not a failure of the names stage."""
    from ingest.names import restate_aliases

    people = NameAuthority([Person("asif thornber", "Asif Thornber", named=12),
                            Person("arshad thornber", "Arshad Thornber", named=9)])
    aliases: dict[str, str] = {}
    restated = restate_aliases(people, aliases, {"arshad thornber": "asif thornber",
                                                 "ash thornber": "arshad thornber",
                                                 "tamsin thornber": "rosen thornber"})
    assert list(restated.people) == ["asif thornber"]
    assert restated.people["asif thornber"].aliases >= {"arshad thornber", "ash thornber"}
    assert aliases == {"arshad thornber": "asif thornber", "ash thornber": "asif thornber"}


def test_a_person_s_surname_alone_is_no_organisation_or_place() -> None:
    # "Vennard" tagged as an organisation on a page that names no Vennard in full: a surname
    # of the collection's people is theirs, never a firm's or a place's chip.
    text = "Minutes.\n\nVennard to chase the school; Holmfirth Road to be visited."
    records = [{"kind": "org", "key": "vennard", "text": "Vennard", "page": 1,
                "start": text.index("Vennard"), "end": text.index("Vennard") + 7, "id": "m1"},
               {"kind": "place", "key": "holmfirth road", "text": "Holmfirth Road", "page": 1,
                "start": text.index("Holm"), "end": text.index("Holm") + 14, "id": "m2"}]
    mentions = relink(records, {1: text}, Authority(PEOPLE, {}, {}))
    assert [(m.kind, m.key) for m in mentions] == [("place", "holmfirth road")]


def test_a_person_the_recogniser_cut_from_a_firm_s_name_is_no_person() -> None:
    # "Vennard Hand Car Wash": the recogniser kept "Vennard Hand" as a person, and the
    # collection wrote it in full often enough to make a person of it.
    people = NameAuthority([*PEOPLE.people.values(), Person("vennard hand", "Vennard Hand",
                                                            named=6)])
    text = "I know him from Vennard Hand Car Wash. Tamsin Riddell was there."
    records = [{"kind": "person", "key": "vennard hand", "text": "Vennard Hand", "page": 1,
                "start": text.index("Vennard"), "end": text.index(" Car"), "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(people, {}, {}))
    assert [m.key for m in mentions if m.kind == "person"] == ["tamsin riddell"]


@pytest.mark.parametrize(("text", "thing"), [
    ("Seen near Brackenholme Fold Cl in a blue van. Tamsin Riddell was there.", "Brackenholme Fold"),
    ("Waiting at Brackenholme Fold Supported Lodgings. Tamsin Riddell was there.",
     "Brackenholme Fold"),
    ("Seen near Brackenholme Fold Wy in a blue van. Tamsin Riddell was there.", "Brackenholme Fold"),
    ("He drives for Brackenholme Fold Off Licence. Tamsin Riddell was there.", "Brackenholme Fold"),
    ("Seen near Brackenholme Fold\nCl in a van. Tamsin Riddell was there.", "Brackenholme Fold"),
])
def test_a_person_the_recogniser_cut_from_a_street_or_a_building_is_no_person(
        text: str, thing: str) -> None:
    # The street's abbreviated word ("Cl") or the building's ("Lodgings") goes on after it.
    people = NameAuthority([*PEOPLE.people.values(), Person("brackenholme fold",
                                                            "Brackenholme Fold", named=3)])
    records = [{"kind": "person", "key": "brackenholme fold", "text": thing, "page": 1,
                "start": text.index(thing), "end": text.index(thing) + len(thing), "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(people, {}, {}))
    assert [m.key for m in mentions if m.kind == "person"] == ["tamsin riddell"]


def test_a_firm_named_after_a_person_s_name_stays_a_firm() -> None:
    # "Brackenholme Fold" is written as a person elsewhere; the letterhead's organisation
    # "Brackenholme Fold Medical Practice" holds it and is no mention of them.
    people = NameAuthority([*PEOPLE.people.values(), Person("brackenholme fold",
                                                            "Brackenholme Fold", named=3)])
    text = "Brackenholme Fold Medical Practice\n\nDear Sir"
    records = [{"kind": "org", "key": "brackenholme fold medical practice",
                "text": "Brackenholme Fold Medical Practice", "page": 1, "start": 0,
                "end": len("Brackenholme Fold Medical Practice"), "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(people, {}, {}))
    assert [(m.kind, m.key) for m in mentions] == [("org", "brackenholme fold medical practice")]


def test_an_organisation_run_over_a_name_and_a_firm_is_the_person_still() -> None:
    text = "I still see Riddell, Tamsin outside Lotus Garden Takeaway."
    written = "Riddell, Tamsin outside Lotus Garden Takeaway"
    records = [{"kind": "org", "key": fold(written), "text": written, "page": 1,
                "start": text.index("Riddell"), "end": text.index("Riddell") + len(written),
                "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(PEOPLE, {}, {}))
    assert [m.key for m in mentions if m.kind == "person"] == ["tamsin riddell"]


@pytest.mark.parametrize("text", ["Signed Tamsin Riddell DC Team 4 today.",
                                  "Tamsin Riddell   Youth Offending Team"])
def test_a_rank_or_a_table_s_next_cell_after_a_name_keeps_the_person(text: str) -> None:
    records = [{"kind": "person", "key": "tamsin riddell", "text": "Tamsin Riddell", "page": 1,
                "start": text.index("Tamsin"), "end": text.index("Riddell") + 7, "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(PEOPLE, {}, {}))
    assert [m.key for m in mentions if m.kind == "person"] == ["tamsin riddell"]


def test_a_hyphen_at_a_name_s_edge_or_doubled_does_not_fail_the_authority() -> None:
    """Text and OCR write "Jean- Walsh" (a line broken at its hyphen) and "Anne--Marie": the
    authority is built, and the doubled one still reads as the double forename it is."""
    people = NameAuthority([Person("jean- walsh", "Jean- Walsh", named=3),
                            Person("anne--marie kerr", "Anne--Marie Kerr", named=3),
                            Person("olwen tarrant-", "Olwen Tarrant-", named=2)])
    assert [link.key for link in people.find("Seen: A-M Kerr at the door.")] == [
        "anne--marie kerr"]
