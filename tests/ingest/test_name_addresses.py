"""A role's or a shop's address, given once in a mail header under a person's full name, is that
person's wherever it is written alone (issue 13: e-mail addresses as a person's form)."""

from __future__ import annotations

from ingest.name_addresses import address_book, one_person_by_address
from search.name_authority import NameAuthority, Person

PEOPLE = [Person("ian pike", "Ian Pike", named=9, documents=9),
          Person("rosa pike", "Rosa Pike", named=9, documents=9),
          Person("dev mistry", "Dev Mistry", titles={"pcso"}, named=9, documents=9),
          Person("ana lusk", "Ana Lusk", named=9, documents=9)]


def _people(parties: list[str]) -> NameAuthority:
    people = NameAuthority(PEOPLE)
    people.addresses = address_book(parties, people)
    return people


def _links(people: NameAuthority, text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in people.find(text)}


def test_an_address_headed_by_a_name_is_that_person_s_when_written_alone() -> None:
    people = _people(['"Mr Ian Pike" <principal@school.example>',
                      "Dev Mistry / Police <pcso4410@force.example>"])
    assert _links(people, "From: principal@school.example\nSee you then.") == {
        "principal": "ian pike"}
    assert _links(people, "At 09:41, pcso4410@force.example wrote:") == {"pcso4410": "dev mistry"}


def test_an_address_headed_by_two_people_or_by_no_name_is_no_one_s() -> None:
    people = _people(["Ian Pike <enquiries@shop.example>", "Ana Lusk <enquiries@shop.example>",
                      "Youth Justice Officer <yjs@council.example>"])
    assert _links(people, "From: enquiries@shop.example") == {}
    assert _links(people, "To: yjs@council.example") == {}


def test_an_address_whose_words_name_someone_keeps_that_person() -> None:
    # Ana Lusk wrote once from Rosa Pike's account: the address still says it is Rosa's.
    people = _people(["Ana Lusk <rosa.pike@council.example>"])
    assert _links(people, "Cc: rosa.pike@council.example") == {"rosa.pike": "rosa pike"}


def test_the_address_book_tells_namesakes_apart_by_their_desk() -> None:
    people = _people(["Rosa Pike <custody.pike@force.example>"])
    assert _links(people, "From: custody.pike@force.example") == {"custody.pike": "rosa pike"}


def test_two_spellings_of_one_name_over_one_address_are_one_person() -> None:
    people = NameAuthority([*PEOPLE, Person("oswy pennycate", "Oswy Pennycate", named=12),
                            Person("oswy penicate", "Oswy Penicate", named=4)])
    parties = ["Oswy Pennycate <head@school.example>", "Oswy Penicate <head@school.example>",
               "Ian Pike <desk@school.example>", "Rosa Pike <desk@school.example>"]
    # A desk two people of one surname share is no one's; one forename is one person.
    assert one_person_by_address(parties, people) == {"oswy penicate": "oswy pennycate"}
