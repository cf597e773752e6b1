"""A person's full name, however written (capitals, a one-letter particle, a hyphen moved), is
linked to them; a recogniser's span over two names gives each its own person; a near namesake
named beside an initial does not take it. Names of a town of our own, none from the evaluation
sets."""

from __future__ import annotations

import pytest

from ingest.names import Authority, relink
from search.name_authority import NameAuthority, Person, is_full_name

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
